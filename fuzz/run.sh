#!/usr/bin/env bash
# Fuzzing as a habit (issue 17): builds the seed corpus, replays it through every target
# with the stable toolchain (tests/fuzz_replay.rs), then, when a nightly toolchain is
# there, fuzzes each target for a bounded time with cargo-fuzz (installed if missing).
#
#   bash fuzz/run.sh [SECONDS_PER_TARGET]     (default 30)
#
# Seeds: the example articles, the test fixtures, fuzz/seeds/ (dumps, archives, feeds and
# PDFs written for their readers), fuzz/regressions/ (inputs that once
# crashed a target: add each new crash there), and, when present, the 181 pages of the
# article-extraction benchmark and the seed articles in ../shared (read in place, never
# copied into the repository). A crash fails the run; libFuzzer writes the input to
# fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
targets=(read_text read_html read_jsonl read_warc read_feed read_pdf segment recognize extract)
target_dir=${CARGO_TARGET_DIR:-target}
corpus="$target_dir/fuzz-corpus"

echo "== fuzz: seed corpus in $corpus"
for t in "${targets[@]}"; do
    mkdir -p "$corpus/$t"
    if [ -d "fuzz/regressions/$t" ]; then
        cp -f fuzz/regressions/"$t"/* "$corpus/$t/" 2>/dev/null || true
    fi
    if [ -d "fuzz/seeds/$t" ]; then
        # Dumps, archives, feeds and PDFs: seeds written for the target (fuzz/seeds/make.py
        # writes the binary ones), and the PDF test fixtures.
        cp -f fuzz/seeds/"$t"/* "$corpus/$t/"
        if [ "$t" = read_pdf ]; then
            cp -f tests/fixtures/pdf/*.pdf "$corpus/$t/"
        fi
    elif [ "$t" = read_html ]; then
        cp -f tests/fixtures/html/* "$corpus/$t/"
        pages=../shared/peers/article-extraction/html
        if [ -d "$pages" ]; then
            for p in "$pages"/*.html.gz; do
                out="$corpus/$t/$(basename "$p" .gz)"
                [ -f "$out" ] || gzip -dc "$p" > "$out"
            done
        fi
    else
        cp -f examples/articles/* tests/fixtures/uncovered/* "$corpus/$t/"
        if [ -d ../shared/seeds ]; then
            cp -f ../shared/seeds/*.txt "$corpus/$t/" 2>/dev/null || true
        fi
    fi
done

echo "== fuzz: replay of the corpus through every target (stable)"
TIEGRAPH_FUZZ_CORPUS="$PWD/$corpus" cargo test --quiet --test fuzz_replay

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "== fuzz: no nightly toolchain: the replay above is all that runs"
    exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "== fuzz: installing cargo-fuzz"
    if ! cargo install --quiet --locked cargo-fuzz; then
        echo "== fuzz: cargo-fuzz could not be installed: the replay above is all that runs"
        exit 0
    fi
fi
echo "== fuzz: each target for ${secs}s (cargo-fuzz, nightly)"
for t in "${targets[@]}"; do
    max_len=65536
    # Pages and PDFs run larger than articles (the PDF fixtures are up to 92 KB).
    [ "$t" = read_html ] && max_len=262144
    [ "$t" = read_pdf ] && max_len=131072
    log="$target_dir/fuzz-$t.log"
    # A unit may take 120 s of wall time before it counts as a hang: on a loaded machine a
    # large page under coverage instrumentation takes seconds.
    # Without a sanitizer: the targets are safe Rust, and what they look for (panics,
    # overflows, hangs, runaway memory) libFuzzer sees without one, at half the cost.
    if ! cargo +nightly fuzz run --sanitizer none "$t" "$corpus/$t" -- \
        -max_total_time="$secs" -max_len="$max_len" -timeout=120 -rss_limit_mb=4096 \
        -print_final_stats=1 >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz target $t failed: see fuzz/artifacts/$t/ (add the input to fuzz/regressions/$t/)"
        exit 1
    fi
    echo "$t: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs, no crash"
done
