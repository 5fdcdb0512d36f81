#!/bin/sh
# Writes the class-data-sharing archive of one launcher of a ChorusDesk app-image:
#   cds-archive.sh IMAGE_DIR LAUNCHER
# from lib/app/LAUNCHER.classlist (recorded at build time by one start of the window) into
# lib/app/LAUNCHER.jsa, for the class path the launcher uses *at this location*: on JDK 17 an
# archive is only valid for the exact paths it was made with. Runs at build time for the
# app-image and from the .deb's postinst for /opt/chorusdesk. Needs no display.
set -eu
image="$1"
launcher="$2"
app="$image/lib/app"
classpath=$(sed -n 's/^app\.classpath=//p' "$app/$launcher.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
rm -f "$app/$launcher.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$app/$launcher.classlist" \
    -XX:SharedArchiveFile="$app/$launcher.jsa" \
    -cp "$classpath" >/dev/null
