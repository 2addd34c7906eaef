#!/usr/bin/env bash
# Start-up benchmark: the wall time of `tiegraph explain` of a one-line file (the pack
# loaded and compiled, one sentence analyzed, the process gone), and its CPU time.
# Prints the median and the fastest of RUNS runs (default 20), after two warm-up runs.
#
# usage: bench/startup.sh [RUNS]
# TIEGRAPH_BIN=path measures that binary instead of building target/release/tiegraph.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
if [ -z "${TIEGRAPH_BIN:-}" ]; then cargo build --release --quiet; fi
bin=${TIEGRAPH_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/tiegraph}
work=$(mktemp -d /tmp/tiegraph-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "The Taliban said al-Qaeda trains its fighters." > "$work/one.txt"
"$bin" explain "$work/one.txt" > /dev/null
"$bin" explain "$work/one.txt" > /dev/null
for _ in $(seq "$runs"); do
    s=$(date +%s%N)
    "$bin" explain "$work/one.txt" > /dev/null
    e=$(date +%s%N)
    echo $(( (e - s) / 1000 ))
done | sort -n | awk -v runs="$runs" '
    { t[NR] = $1 }
    END { printf "explain of a one-line file, %d runs: median %.1f ms, fastest %.1f ms (wall)\n", runs, t[int((NR + 1) / 2)] / 1000, t[1] / 1000 }'
if command -v perf > /dev/null; then
    perf stat -r "$runs" "$bin" explain "$work/one.txt" 2>&1 > /dev/null |
        awk '/task-clock/ { printf "CPU time: %s ms a run (perf stat, %d runs; %s CPUs used)\n", $1, '"$runs"', $5 }'
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
