#!/usr/bin/env bash
# Builds the Linux packages of ChorusDesk: an app-image and a .deb, each with a bundled runtime
# (jlink) and a class-data-sharing archive for a fast first window.
#
#   packaging/linux/build.sh               app-image + .deb in packaging/build/
#   packaging/linux/build.sh --baselines   also the two start-up baselines (see packaging/bench/)
#   packaging/linux/build.sh --no-deb      app-image only (what the smoke check needs)
#
# Needs: JDK 17 with jpackage, Maven; fakeroot for the .deb; for the CDS archive a display
# (DISPLAY, or xvfb-run) and libgtk-3-0, because the archive is made by starting the app once.
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

for tool in java jlink jpackage jar mvn; do
    command -v "$tool" >/dev/null || fail "$tool not found: install a JDK 17 (with jpackage) and Maven"
done
command -v unzip >/dev/null || fail "unzip not found (apt-get install unzip)"
if $DEB; then
    command -v fakeroot >/dev/null \
        || fail "fakeroot not found: jpackage needs it for the .deb (apt-get install fakeroot), or pass --no-deb"
    command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: the .deb can only be built on Debian or Ubuntu"
fi

# a display for the one start that records the start-up class list
if [[ -n "${DISPLAY:-}" ]]; then
    WITH_DISPLAY=()
elif command -v xvfb-run >/dev/null; then
    WITH_DISPLAY=(xvfb-run -a)
else
    fail "no display for the run that records the start-up archive: set DISPLAY or install xvfb (apt-get install xvfb libgtk-3-0)"
fi
# ldconfig lives in /sbin, which is not on a normal user's PATH on Debian
"$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' \
    || fail "GTK 3 not found: the run that records the start-up archive opens the window (apt-get install libgtk-3-0)"

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

step "jlink runtime: $JDK_MODULES,$FX_MODULES"
# native commands are kept (then all but bin/java removed): the start-up archive is written by
# bin/java -Xshare:dump, at build time and again by the .deb at install time
jlink --module-path "$BUILD/fx" \
      --add-modules "$JDK_MODULES,$FX_MODULES" \
      --include-locales=en,fr \
      --strip-debug --no-man-pages --no-header-files \
      --output "$BUILD/runtime"
find "$BUILD/runtime/bin" -type f ! -name java -delete

# $1 name, $2 input dir, $3 main jar, $4 main class, then extra jpackage options
app_image() {
    local name="$1" input="$2" jar="$3" main="$4"
    shift 4
    jpackage --type app-image --dest "$BUILD/out" \
        --name "$name" --app-version "$VERSION" --vendor "$APP_VENDOR" \
        --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
        --icon "$ROOT/packaging/icon/chorusdesk.png" \
        --runtime-image "$BUILD/runtime" \
        --java-options "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" \
        --input "$input" --main-jar "$jar" --main-class "$main" "$@"
}

# Start-up archive of one launcher (docs/decisions/008-installers-and-startup-archive.md): one
# start to the first frame records the classes it loads (lib/app/<launcher>.classlist, path-free),
# then cds-archive.sh turns the list into lib/app/<launcher>.jsa for this image's location, and the
# launcher maps it (--java-options above). A missing or stale archive is ignored by the JVM
# (-Xshare:auto), which is also how the recording run starts.
cds_archive() {
    local image="$1" launcher="$2"
    shift 2
    local home
    home="$(mktemp -d)"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$image/lib/app/$launcher.classlist -Dchorusdesk.home=$home -Djavafx.cachedir=$home/fx" \
        "${WITH_DISPLAY[@]}" "$image/bin/$launcher" "$@" >"$BUILD/$launcher-training.log" 2>&1 \
        || { cat "$BUILD/$launcher-training.log" >&2; rm -rf "$home"; fail "training run of $launcher failed"; }
    rm -rf "$home"
    [[ -s "$image/lib/app/$launcher.classlist" ]] || fail "no class list written by $launcher"
    cp "$ROOT/packaging/linux/cds-archive.sh" "$image/lib/cds-archive.sh"
    "$image/lib/cds-archive.sh" "$image" "$launcher" || fail "the start-up archive of $launcher could not be written"
}

step "app-image $APP_NAME $VERSION"
# C1 only (decision 017): on 2 cores the first frame came about 300 ms earlier and the first
# Factur-X validation about 2 s earlier; repeated work is slower per item, overtaken after about
# 400 validations in one session
app_image "$APP_NAME" "$BUILD/input" chorusdesk.jar "$MAIN_CLASS" --java-options "-XX:TieredStopAtLevel=1"
step "start-up archive (one --smoke run records the classes)"
cds_archive "$BUILD/out/$APP_NAME" "$APP_NAME" --smoke

if $DEB; then
    step ".deb"
    # the archive made above is valid only where it was made; the .deb makes its own at
    # install time (postinst) for /opt/chorusdesk
    rm -rf "$BUILD/deb-image" && mkdir -p "$BUILD/deb-image"
    cp -a "$BUILD/out/$APP_NAME" "$BUILD/deb-image/"
    rm -f "$BUILD/deb-image/$APP_NAME/lib/app/$APP_NAME.jsa"
    # the desktop entry lists ChorusDesk for PDFs ("Ouvrir avec") without making it the default
    # viewer; postinst copies it to /usr/share/applications (see linux/postinst for why)
    cp "$ROOT/packaging/linux/chorusdesk.desktop" "$BUILD/deb-image/$APP_NAME/lib/chorusdesk.desktop"
    mkdir -p "$BUILD/resources"
    cp "$ROOT/packaging/linux/postinst" "$ROOT/packaging/linux/prerm" "$BUILD/resources/"
    # jpackage computes Depends from the JDK's libraries only; JavaFX's libraries sit inside
    # lib/modules, so their direct needs are declared here (readelf -d on JavaFX's .so files:
    # GTK 3 brings pango, cairo, glib, fontconfig and freetype; libXtst, libGL and libXxf86vm are
    # not among its dependencies)
    jpackage --type deb --dest "$BUILD/out" \
        --app-image "$BUILD/deb-image/$APP_NAME" \
        --name "$APP_NAME" --app-version "$VERSION" --vendor "$APP_VENDOR" \
        --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
        --install-dir /opt \
        --linux-package-name "$APP_PACKAGE" \
        --linux-app-category Office \
        --linux-package-deps "libgtk-3-0, libgl1, libxtst6, libxxf86vm1" \
        --icon "$ROOT/packaging/icon/chorusdesk.png" \
        --resource-dir "$BUILD/resources"
fi

if $BASELINES; then
    step "start-up baselines (empty window, standard-controls skeleton)"
    mkdir -p "$BUILD/baseline-input"
    (cd "$ROOT/target/test-classes" \
        && jar --create --file "$BUILD/baseline-input/baseline.jar" fr/chorusdesk/app/EmptyFxBaseline*.class)
    cp -r "$BUILD/input/." "$BUILD/baseline-input/"
    app_image EmptyFx "$BUILD/baseline-input" baseline.jar fr.chorusdesk.app.EmptyFxBaseline
    cds_archive "$BUILD/out/EmptyFx" EmptyFx
    app_image SkeletonFx "$BUILD/baseline-input" baseline.jar fr.chorusdesk.app.EmptyFxBaseline --arguments skeleton
    cds_archive "$BUILD/out/SkeletonFx" SkeletonFx
fi

step "done"
ls -l "$BUILD/out"
du -sh "$BUILD/out"/*/
