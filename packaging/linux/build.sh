#!/usr/bin/env bash
# Builds the Linux packages of ChorusDesk: an app-image and a .deb, each with a bundled runtime
# (jlink, JDK 25 or later) and an ahead-of-time cache for a fast first window (decision 020).
#
#   packaging/linux/build.sh               app-image + .deb in packaging/build/
#   packaging/linux/build.sh --baselines   also the two start-up baselines (see packaging/bench/)
#   packaging/linux/build.sh --no-deb      app-image only (what the smoke check needs)
#
# Needs: Maven and a JDK 17 for the build; a JDK 25 or later with jlink and jpackage for the
# runtime and the packages (PACKAGING_JDK, else JAVA_HOME or /usr/lib/jvm when one is 25 or
# later); fakeroot for the .deb; for the ahead-of-time cache a display (DISPLAY, or xvfb-run) and
# libgtk-3-0, because the cache is made by starting the app once.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/packaging/build"
# shellcheck source=../app.env
source "$ROOT/packaging/app.env"

BASELINES=false
DEB=true
for arg in "$@"; do
    case "$arg" in
        --baselines) BASELINES=true ;;
        --no-deb) DEB=false ;;
        *) echo "Unknown option: $arg (expected --baselines or --no-deb)" >&2; exit 64 ;;
    esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in java jar mvn; do
    command -v "$tool" >/dev/null || fail "$tool not found: install a JDK 17 and Maven"
done

# the JDK the runtime and the packages come from: 25 or later, for its ahead-of-time cache
# (JEP 483); the app itself stays compiled for Java 17
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
packaging_jdk() {
    local home major
    for home in "${PACKAGING_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [[ -n "$home" && -x "$home/bin/jlink" && -x "$home/bin/jpackage" ]] || continue
        major="$(jdk_major "$home")"
        [[ -n "$major" && "$major" -ge 25 ]] && { echo "$home"; return; }
    done
}
if [[ -n "${PACKAGING_JDK:-}" ]]; then
    major="$(jdk_major "$PACKAGING_JDK")"
    [[ -x "$PACKAGING_JDK/bin/jpackage" && -n "$major" && "$major" -ge 25 ]] \
        || fail "PACKAGING_JDK=$PACKAGING_JDK is not a JDK 25 or later with jlink and jpackage"
fi
PACKAGING_JDK="$(packaging_jdk)"
[[ -n "$PACKAGING_JDK" ]] \
    || fail "no JDK 25 or later with jpackage found (the packages' runtime): install one (Debian: a Temurin 25 JDK) and set PACKAGING_JDK to its directory"
JLINK="$PACKAGING_JDK/bin/jlink"
JPACKAGE="$PACKAGING_JDK/bin/jpackage"
command -v unzip >/dev/null || fail "unzip not found (apt-get install unzip)"
if $DEB; then
    command -v fakeroot >/dev/null \
        || fail "fakeroot not found: jpackage needs it for the .deb (apt-get install fakeroot), or pass --no-deb"
    command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: the .deb can only be built on Debian or Ubuntu"
fi

# a display for the one start that makes the ahead-of-time cache
if [[ -n "${DISPLAY:-}" ]]; then
    WITH_DISPLAY=()
elif command -v xvfb-run >/dev/null; then
    WITH_DISPLAY=(xvfb-run -a)
else
    fail "no display for the run that makes the ahead-of-time cache: set DISPLAY or install xvfb (apt-get install xvfb libgtk-3-0)"
fi
# ldconfig lives in /sbin, which is not on a normal user's PATH on Debian
"$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' \
    || fail "GTK 3 not found: the run that makes the ahead-of-time cache opens the window (apt-get install libgtk-3-0)"

step "Maven package (tests are run by mvn verify, not here)"
(cd "$ROOT" && mvn -B -q package -DskipTests)
VERSION_FULL="$(unzip -p "$ROOT/target/chorusdesk.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
[[ -n "$VERSION_FULL" ]] || fail "no Implementation-Version in target/chorusdesk.jar"
# installers want numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0
VERSION="${VERSION_FULL%%-*}"

rm -rf "$BUILD"
mkdir -p "$BUILD/fx" "$BUILD/input/lib" "$BUILD/out"

# JavaFX goes into the runtime as named modules (the -linux jars are modular jars with their
# native libraries); everything else stays on the class path, exactly as with java -jar
cp "$ROOT"/target/lib/javafx-*-linux.jar "$BUILD/fx/"
cp "$ROOT/target/chorusdesk.jar" "$BUILD/input/"
find "$ROOT/target/lib" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$BUILD/input/lib/" \;

step "jlink runtime ($(jdk_major "$PACKAGING_JDK")): $JDK_MODULES,$FX_MODULES"
# native commands are kept (then all but bin/java removed): the ahead-of-time cache is made by a
# run of bin/java
"$JLINK" --module-path "$BUILD/fx" \
      --add-modules "$JDK_MODULES,$FX_MODULES" \
      --include-locales=en,fr \
      --strip-debug --no-man-pages --no-header-files \
      --output "$BUILD/runtime"
find "$BUILD/runtime/bin" -type f ! -name java -delete

# $1 name, $2 input dir, $3 main jar, $4 main class, then extra jpackage options
app_image() {
    local name="$1" input="$2" jar="$3" main="$4"
    shift 4
    "$JPACKAGE" --type app-image --dest "$BUILD/out" \
        --name "$name" --app-version "$VERSION" --vendor "$APP_VENDOR" \
        --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
        --icon "$ROOT/packaging/icon/chorusdesk.png" \
        --runtime-image "$BUILD/runtime" \
        --java-options "-XX:AOTCache=\$APPDIR/$name.aot" --java-options "-Xlog:aot=off" \
        --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" \
        --input "$input" --main-jar "$jar" --main-class "$main" "$@"
}

# The class path of a launcher's .cfg ($1: the image's lib/app, $2: the launcher), for this location
launcher_classpath() {
    sed -n 's/^app\.classpath=//p' "$1/$2.cfg" | sed "s|\\\$APPDIR|$1|g" | paste -sd: -
}
# The JVM options of a launcher's .cfg, one per line, for this location
launcher_options() {
    sed -n 's/^java-options=//p' "$1/$2.cfg" | sed "s|\\\$APPDIR|$1|g"
}

# Ahead-of-time cache of one launcher (decision 020): one start to the first frame, by the image's
# own bin/java with the launcher's class path, main class and JVM options (lib/app/<launcher>.cfg,
# the cache itself aside), records what the JVM loads and links, and the JVM writes
# lib/app/<launcher>.aot as it exits (JEP 514). The launcher maps it (--java-options above); the
# cache holds no path of this machine, so the .deb ships it as is. A missing or stale cache is
# ignored by the JVM (the start is only slower).
#
# Then the cache is tried by a second start with -XX:AOTMode=on. Temurin 25.0.3 sometimes writes a
# cache that crashes every JVM mapping it (SIGSEGV in AOTLinkedClassBulkLoader, before main): in
# about one training run in three, java.util.stream.StreamSpliterators is loaded but not yet
# linked as the run exits (the training log says "Skipping java/util/stream/StreamSpliterators:
# Unlinked class"), and the cache keeps classes nested in it. Such a cache is made again, up to six
# times; none is ever shipped. (-Xlog:aot=off is left out of these two runs, for their logs.)
aot_cache() {
    local image="$1" launcher="$2"
    shift 2
    local app="$image/lib/app" home attempt
    local classpath main options=()
    classpath="$(launcher_classpath "$app" "$launcher")"
    main="$(sed -n 's/^app\.mainclass=//p' "$app/$launcher.cfg")"
    while IFS= read -r option; do
        [[ "$option" == -XX:AOTCache=* || "$option" == -Xlog:aot=off ]] || options+=("$option")
    done < <(launcher_options "$app" "$launcher")
    for attempt in 1 2 3 4 5 6; do
        home="$(mktemp -d)"
        rm -f "$app/$launcher.aot"
        "${WITH_DISPLAY[@]}" "$image/lib/runtime/bin/java" "${options[@]}" -XX:AOTCacheOutput="$app/$launcher.aot" \
            -Dchorusdesk.home="$home" -Djavafx.cachedir="$home/fx" -cp "$classpath" "$main" "$@" \
            >"$BUILD/$launcher-training.log" 2>&1 \
            || { cat "$BUILD/$launcher-training.log" >&2; rm -rf "$home"; fail "training run of $launcher failed"; }
        rm -rf "$home"
        [[ -s "$app/$launcher.aot" ]] \
            || { cat "$BUILD/$launcher-training.log" >&2; fail "no ahead-of-time cache written for $launcher"; }
        home="$(mktemp -d)"
        if "${WITH_DISPLAY[@]}" "$image/lib/runtime/bin/java" "${options[@]}" -XX:AOTCache="$app/$launcher.aot" \
            -XX:AOTMode=on -XX:ErrorFile="$BUILD/$launcher-cache-crash-%p.log" -Dchorusdesk.home="$home" -Djavafx.cachedir="$home/fx" -cp "$classpath" "$main" "$@" \
            >"$BUILD/$launcher-cache-check.log" 2>&1; then
            rm -rf "$home"
            return 0
        fi
        rm -rf "$home"
        echo "   the cache of attempt $attempt does not start (see $BUILD/$launcher-cache-check.log): made again"
    done
    fail "no working ahead-of-time cache for $launcher in six attempts (see $BUILD/$launcher-training.log)"
}

step "app-image $APP_NAME $VERSION"
# C1 only (decision 017): on 2 cores the first frame came about 300 ms earlier and the first
# Factur-X validation about 2 s earlier; repeated work is slower per item, overtaken after about
# 400 validations in one session. No loading of the first frame's classes ahead on a second
# thread (app.FirstFrameClasses): the cache's classes are loaded and linked as the JVM starts, and
# the thread only took CPU from the start (748 against 732 ms, 28 alternating rounds)
app_image "$APP_NAME" "$BUILD/input" chorusdesk.jar "$MAIN_CLASS" --java-options "-XX:TieredStopAtLevel=1" \
    --java-options "-Dchorusdesk.preload=false"
step "ahead-of-time cache (one --smoke run)"
aot_cache "$BUILD/out/$APP_NAME" "$APP_NAME" --smoke

if $DEB; then
    step ".deb"
    # the cache made above goes in as it is (cp -a keeps the jars' times, which the JVM checks)
    rm -rf "$BUILD/deb-image" && mkdir -p "$BUILD/deb-image"
    cp -a "$BUILD/out/$APP_NAME" "$BUILD/deb-image/"
    # the desktop entry lists ChorusDesk for PDFs ("Ouvrir avec") without making it the default
    # viewer; postinst copies it to /usr/share/applications (see linux/postinst for why)
    cp "$ROOT/packaging/linux/chorusdesk.desktop" "$BUILD/deb-image/$APP_NAME/lib/chorusdesk.desktop"
    mkdir -p "$BUILD/resources"
    cp "$ROOT/packaging/linux/postinst" "$ROOT/packaging/linux/prerm" "$BUILD/resources/"
    # jpackage computes Depends from the JDK's libraries only; JavaFX's libraries sit inside
    # lib/modules, so their direct needs are declared here (readelf -d on JavaFX's .so files:
    # GTK 3 brings pango, cairo, glib, fontconfig and freetype; libXtst, libGL and libXxf86vm are
    # not among its dependencies)
    "$JPACKAGE" --type deb --dest "$BUILD/out" \
        --app-image "$BUILD/deb-image/$APP_NAME" \
        --name "$APP_NAME" --app-version "$VERSION" --vendor "$APP_VENDOR" \
        --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
        --install-dir /opt --linux-app-release 1 \
        --linux-package-name "$APP_PACKAGE" \
        --linux-app-category Office \
        --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" \
        --icon "$ROOT/packaging/icon/chorusdesk.png" \
        --resource-dir "$BUILD/resources"

    # jpackage copies the image into the .deb without its files' times, and the JVM refuses an
    # ahead-of-time cache whose jars' times have changed ("timestamp has changed", the start
    # without the cache): the .deb is unpacked, its files given back the image's times, and
    # packed again (under fakeroot, so that the files stay root's)
    deb="$(ls "$BUILD"/out/"$APP_PACKAGE"_*.deb)"
    installed="opt/$APP_PACKAGE"
    fakeroot sh -c '
        set -e
        raw="$1/deb-raw"; deb="$2"; image="$3"; installed="$4"
        rm -rf "$raw"
        dpkg-deb -R "$deb" "$raw"
        (cd "$raw/$installed" && find . -type f) | while IFS= read -r file; do
            [ -e "$image/$file" ] && touch -r "$image/$file" "$raw/$installed/$file"
        done
        dpkg-deb --build "$raw" "$deb" >/dev/null
        rm -rf "$raw"' sh "$BUILD" "$deb" "$BUILD/deb-image/$APP_NAME" "$installed" \
        || fail "the .deb could not be given the image's file times"
    # the cache in the .deb must map where its files land: the launcher's own options, then
    # -XX:AOTMode=on, which refuses to start otherwise
    check="$(mktemp -d)"
    dpkg-deb -x "$deb" "$check"
    app="$check/$installed/lib/app"
    mapfile -t options < <(launcher_options "$app" "$APP_NAME")
    "$check/$installed/lib/runtime/bin/java" "${options[@]}" -XX:AOTMode=on -Xlog:aot=warning \
        -XX:ErrorFile="$BUILD/deb-cache-crash-%p.log" \
        -cp "$(launcher_classpath "$app" "$APP_NAME")" -version >/dev/null 2>"$BUILD/deb-cache-check.log" \
        || { rm -rf "$check"; cat "$BUILD/deb-cache-check.log" >&2; fail "the .deb's ahead-of-time cache does not map once unpacked"; }
    rm -rf "$check"
fi

if $BASELINES; then
    step "start-up baselines (empty window, standard-controls skeleton)"
    mkdir -p "$BUILD/baseline-input"
    (cd "$ROOT/target/test-classes" \
        && jar --create --file "$BUILD/baseline-input/baseline.jar" fr/chorusdesk/app/EmptyFxBaseline*.class)
    cp -r "$BUILD/input/." "$BUILD/baseline-input/"
    app_image EmptyFx "$BUILD/baseline-input" baseline.jar fr.chorusdesk.app.EmptyFxBaseline
    aot_cache "$BUILD/out/EmptyFx" EmptyFx
    app_image SkeletonFx "$BUILD/baseline-input" baseline.jar fr.chorusdesk.app.EmptyFxBaseline --arguments skeleton
    aot_cache "$BUILD/out/SkeletonFx" SkeletonFx skeleton
fi

step "done"
ls -l "$BUILD/out"
du -sh "$BUILD/out"/*/
