#!/usr/bin/env bash
# Start-up of the packaged app against two baselines packaged the same way (same jlinked
# runtime, same jars, each with its own ahead-of-time cache made by build.sh):
#   EmptyFx    an empty 960x640 JavaFX window          (EmptyFxBaseline)
#   SkeletonFx a menu bar and three tabs, no app code  (EmptyFxBaseline skeleton)
# Each program prints first-frame-ms=N (JVM start to the window's onShown). Runs alternate, the
# medians are compared. Mode "cds" is how the packages start (with their cache, a class-data
# archive); "nocds" adds -XX:AOTMode=off: no archive at all (the jlinked runtime has no default one).
#
# The goal (docs/benchmarks.md): packaged with its archive, the first frame comes no later than
# the empty window started plainly, without one (ChorusDesk cds <= EmptyFx nocds). The script
# exits 2 when it misses it.
#
#   packaging/linux/build.sh --baselines && packaging/bench/startup.sh [RUNS]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/packaging/build/out"
RUNS="${1:-9}"

if [[ -z "${DISPLAY:-}" ]]; then
    command -v xvfb-run >/dev/null || { echo "startup.sh: needs DISPLAY or xvfb-run" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
for image in ChorusDesk EmptyFx SkeletonFx; do
    [[ -x "$OUT/$image/bin/$image" ]] || { echo "startup.sh: no $image app-image: run packaging/linux/build.sh --baselines" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# $1 image, $2 extra JVM options; prints the first-frame-ms figure
one_run() {
    local image="$1" extra="$2" args=()
    [[ "$image" == ChorusDesk ]] && args=(--smoke)
    local line
    line="$(JAVA_TOOL_OPTIONS="-Dchorusdesk.home=$WORK/home -Djavafx.cachedir=$WORK/fx $extra" \
        timeout 120 "$OUT/$image/bin/$image" "${args[@]}" 2>/dev/null | grep '^first-frame-ms=')" \
        || { echo "startup.sh: $image printed no first-frame-ms" >&2; exit 1; }
    echo "${line#first-frame-ms=}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for mode in cds nocds; do
    extra=""
    [[ "$mode" == nocds ]] && extra="-XX:AOTMode=off"
    declare -A times=([ChorusDesk]="" [EmptyFx]="" [SkeletonFx]="")
    for image in ChorusDesk EmptyFx SkeletonFx; do
        one_run "$image" "$extra" >/dev/null # warm the page cache and the native-library cache
    done
    for ((i = 0; i < RUNS; i++)); do
        for image in EmptyFx SkeletonFx ChorusDesk; do
            times[$image]+=" $(one_run "$image" "$extra")"
        done
    done
    app="$(median <<<"${times[ChorusDesk]}")"
    empty="$(median <<<"${times[EmptyFx]}")"
    skeleton="$(median <<<"${times[SkeletonFx]}")"
    printf 'benchmark packaged-startup mode=%s app-median-ms=%d empty-median-ms=%d skeleton-median-ms=%d ratio-vs-empty=%s ratio-vs-skeleton=%s skeleton-vs-empty=%s runs=%d\n' \
        "$mode" "$app" "$empty" "$skeleton" "$(ratio "$app" "$empty")" "$(ratio "$app" "$skeleton")" \
        "$(ratio "$skeleton" "$empty")" "$RUNS"
    echo "  ChorusDesk:${times[ChorusDesk]}"
    echo "  EmptyFx:   ${times[EmptyFx]}"
    echo "  SkeletonFx:${times[SkeletonFx]}"
    if [[ "$mode" == cds ]]; then app_cds="$app"; else empty_plain="$empty"; fi
done
goal="$(ratio "$app_cds" "$empty_plain")"
printf 'benchmark packaged-startup goal app-cds-ms=%d empty-plain-ms=%d ratio=%s (goal <= 1.00)\n' \
    "$app_cds" "$empty_plain" "$goal"
if awk -v r="$goal" 'BEGIN { exit !(r > 1.0) }'; then
    echo "startup.sh: goal missed: ChorusDesk with its archive starts later than the plain empty window" >&2
    exit 2
fi
