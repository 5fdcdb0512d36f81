#!/usr/bin/env bash
# Builds the macOS disk image of ChorusDesk (.dmg) with a bundled runtime.
#   packaging/macos/build.sh
# Needs: macOS, JDK 17 with jpackage, Maven, Xcode command-line tools (hdiutil, codesign).
# Output: packaging/build/out/ChorusDesk-<version>.dmg (unsigned: see packaging/README.md).
# Not built in CI (no macOS machine there).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/packaging/build"
# shellcheck source=../app.env
source "$ROOT/packaging/app.env"

[[ "$(uname -s)" == Darwin ]] || { echo "macos/build.sh: runs on macOS only" >&2; exit 1; }
for tool in jlink jpackage mvn; do
    command -v "$tool" >/dev/null || { echo "macos/build.sh: $tool not found" >&2; exit 1; }
done

(cd "$ROOT" && mvn -B -q package -DskipTests)
VERSION_FULL="$(unzip -p "$ROOT/target/chorusdesk.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
# macOS bundle versions are 1 to 3 numbers, the first one not 0: while the project is 0.x.y
# the bundle says 1.x.y (0.1.0-SNAPSHOT is packaged as 1.1.0)
VERSION="${VERSION_FULL%%-*}"
[[ "$VERSION" == 0.* ]] && VERSION="1.${VERSION#0.}"

rm -rf "$BUILD"
mkdir -p "$BUILD/fx" "$BUILD/input/lib" "$BUILD/out"
# Maven resolves the -mac (or -mac-aarch64) JavaFX jars on macOS: linked as named modules
cp "$ROOT"/target/lib/javafx-*-mac*.jar "$BUILD/fx/"
cp "$ROOT/target/chorusdesk.jar" "$BUILD/input/"
find "$ROOT/target/lib" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$BUILD/input/lib/" \;

jlink --module-path "$BUILD/fx" --add-modules "$JDK_MODULES,$FX_MODULES" \
    --include-locales=en,fr --strip-debug --no-man-pages --no-header-files --strip-native-commands \
    --output "$BUILD/runtime"

jpackage --type dmg --dest "$BUILD/out" \
    --name "$APP_NAME" --app-version "$VERSION" --vendor "$APP_VENDOR" \
    --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
    --icon "$ROOT/packaging/icon/chorusdesk.icns" \
    --runtime-image "$BUILD/runtime" \
    --input "$BUILD/input" --main-jar chorusdesk.jar --main-class "$MAIN_CLASS" \
    --file-associations "$ROOT/packaging/macos/pdf-association.properties" \
    --mac-package-identifier fr.chorusdesk.ChorusDesk \
    --mac-package-name "$APP_NAME"
ls -l "$BUILD/out"
