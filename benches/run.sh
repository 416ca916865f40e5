#!/usr/bin/env bash
# Scoring benchmark: lurewatch vs a scikit-learn TF-IDF + LogisticRegression pipeline on the
# same generated ads, same machine, same run; plus both models on EMSCAD's test split.
# Usage: bash benches/run.sh [N_ADS]   (default 1,000,000; at least 200,000 for a fair figure)
# Prints ads/s, peak RSS and the ratio. Needs pip access to PyPI for scikit-learn.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
OUT=${BENCH_OUT:-bench-out}
mkdir -p "$OUT"
EMSCAD=../shared/data/emscad

echo "== build"
cargo build --release --locked -q
BIN=target/release/lurewatch
[ -n "${CARGO_TARGET_DIR:-}" ] && BIN=$CARGO_TARGET_DIR/release/lurewatch

echo "== python env"
if [ ! -x "$OUT/venv/bin/python" ]; then
  python3 -m venv "$OUT/venv"
  "$OUT/venv/bin/pip" install -q scikit-learn pandas
fi
PY=$OUT/venv/bin/python

ADS=$OUT/ads-$N.jsonl
[ -f "$ADS" ] || { echo "== generating $N ads"; python3 benches/gen_ads.py "$N" "$ADS"; }
ls -l "$ADS"

# peak RSS of a child process, via getrusage
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t0 = time.perf_counter()
with open("/dev/null", "w") as devnull:
    rc = subprocess.run(sys.argv[1:], stdout=devnull).returncode
dt = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{dt:.2f} {rss:.0f} {rc}")
PY
}

echo "== lurewatch score ($N ads, $(nproc) cores)"
read -r LW_S LW_RSS LW_RC < <(measure "$BIN" score -q "$ADS")
LW_RATE=$(python3 -c "print(round($N/$LW_S))")
echo "lurewatch: ${LW_S} s, ${LW_RATE} ads/s, peak RSS ${LW_RSS} MiB (exit $LW_RC)"

echo "== scikit-learn TF-IDF + LogisticRegression (same ads)"
SK=$("$PY" benches/sklearn_baseline.py throughput corpus "$ADS")
echo "scikit-learn: $SK"
SK_RATE=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['ads_per_s'])" "$SK")
python3 -c "print(f'ratio lurewatch/scikit-learn: {$LW_RATE/$SK_RATE:.1f}x')"

if [ -f "$EMSCAD/test.csv" ]; then
  echo "== EMSCAD test split: lurewatch fraud head vs scikit-learn TF-IDF + LinearSVC"
  "$BIN" eval "$EMSCAD/test.csv" --json | python3 -c "import json,sys; o=json.load(sys.stdin)[0]['overall']; print('lurewatch test:', {k:(round(v,3) if isinstance(v,float) else v) for k,v in o.items()})"
  "$BIN" eval "$EMSCAD/test.csv" --ids "$EMSCAD/test_group_ids.txt" --json | python3 -c "import json,sys; o=json.load(sys.stdin)[0]['overall']; print('lurewatch test_group_ids:', {k:(round(v,3) if isinstance(v,float) else v) for k,v in o.items()})"
  echo "scikit-learn: $("$PY" benches/sklearn_baseline.py emscad "$EMSCAD/train.csv" "$EMSCAD/test.csv" "$EMSCAD/test_group_ids.txt")"
else
  echo "EMSCAD comparison skipped: $EMSCAD/test.csv is absent"
fi
