#!/usr/bin/env bash
# Writes the list of classes FirstFrameClasses loads on a spare thread while the toolkit starts:
# the classes the FX thread loads between the toolkit's start and the first frame, read from a
# class-loading trace of `java -jar target/chorusdesk.jar --smoke` (fresh home, so the first start).
# Classes from the JDK's class-data archive and generated classes (lambdas, hidden classes) are
# left out: they cost little or cannot be named.
#
#   mvn -q package -DskipTests && packaging/bench/first-frame-classes.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
LIST="$ROOT/src/main/resources/fr/chorusdesk/app/first-frame-classes.txt"
JAR="$ROOT/target/chorusdesk.jar"
[[ -f "$JAR" ]] || { echo "first-frame-classes.sh: no $JAR: run mvn -q package -DskipTests" >&2; exit 1; }

if [[ -z "${DISPLAY:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "first-frame-classes.sh: needs DISPLAY or xvfb-run" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
java -Dchorusdesk.home="$WORK/home" -Djavafx.cachedir="$WORK/fx" -Dchorusdesk.preload=false \
    -Xlog:class+load:file="$WORK/trace.txt":uptime -jar "$JAR" --smoke > "$WORK/marks.txt"
toolkit="$(sed -n 's/^startup-mark toolkit=//p' "$WORK/marks.txt")"
shown="$(sed -n 's/^startup-mark shown=//p' "$WORK/marks.txt")"
[[ -n "$toolkit" && -n "$shown" ]] || { echo "first-frame-classes.sh: --smoke printed no marks" >&2; exit 1; }

{
    echo "# Classes the FX thread loads between the toolkit's start and the first frame (FirstFrameClasses)."
    echo "# Written by packaging/bench/first-frame-classes.sh; do not edit by hand."
    # [0.812s] javafx.scene.control.Label source: jar:file:/…/javafx-controls-21.0.11-linux.jar!/
    awk -v from="$toolkit" -v to="$shown" '
        match($0, /^\[[0-9.]+s\]/) {
            ms = substr($0, 2, RLENGTH - 3) * 1000
            if (ms < from || ms > to) next
            if ($0 ~ /source: shared objects file/) next
            if ($0 !~ /source: (jar:|file:|jrt:)/) next
            name = $2
            if (name ~ /\$\$Lambda|\/0x|^jdk\.internal\.reflect\./) next
            if (!(name in seen)) { seen[name] = 1; print name }
        }' "$WORK/trace.txt"
} > "$LIST"
echo "first-frame-classes.sh: $(grep -vc '^#' "$LIST") classes written to ${LIST#$ROOT/} (toolkit=$toolkit ms, shown=$shown ms)"
