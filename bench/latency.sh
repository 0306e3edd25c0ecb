#!/usr/bin/env bash
# Single-article latency percentiles (in-process, one thread, after a 5 s warm-up), model load time, and process
# cold start to first prediction, for each shipped bundle (models/default with the MiniLM encoder, models/fast).
# Writes the "Latency and start-up" section of docs/benchmarks.md (bench/run.sh keeps that section when it
# regenerates the rest).   usage: bash bench/latency.sh [MODEL_DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=${LATENCY_WORK:-/tmp/classifier-latency}
OUT_MD=$REPO/docs/benchmarks.md
mkdir -p "$WORK"
echo "[latency] building (Release)" >&2
dotnet build -c Release src/Classifier.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Classifier.LoadCheck -v quiet -nologo >/dev/null
models=("$@")
[ ${#models[@]} -gt 0 ] || models=(models/default models/fast)
args=()
for model in "${models[@]}"; do
  name=$(basename "$model")
  dotnet "$REPO/bench/Classifier.LoadCheck/bin/Release/net10.0/Classifier.LoadCheck.dll" latency --model "$REPO/$model" >"$WORK/latency-$name.json"
  # Cold start: a fresh `classifier predict` process, from exec to its answer on stdout; median of 7.
  : >"$WORK/cold-$name.txt"
  for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s.%N)
    dotnet "$REPO/src/Classifier.Cli/bin/Release/net10.0/classifier.dll" predict --json --model "$REPO/$model" \
      "Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians." >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.3f\n", $2 - $1}' >>"$WORK/cold-$name.txt"
  done
  args+=("$model" "$WORK/latency-$name.json" "$WORK/cold-$name.txt")
done

/usr/bin/python3 - "${args[@]}" <<'PY' | /usr/bin/python3 "$REPO/bench/page_section.py" "$OUT_MD"
import datetime, json, os, re, statistics, sys
runs = [(sys.argv[i], json.load(open(sys.argv[i + 1])), [float(l) for l in open(sys.argv[i + 2]) if l.strip()]) for i in range(1, len(sys.argv), 3)]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
load = " / ".join(open("/proc/loadavg").read().split()[:3])
lines = [
    "<!-- latency:begin (written by bench/latency.sh; bench/run.sh keeps it) -->",
    "## Latency and start-up",
    "",
    f"Measured {now} by `bash bench/latency.sh` with the shipped bundles (load average {load}). Latency: "
    f"`NewsClassifier.Classify` (all heads, the encoder included) on one thread, {runs[0][1]['calls']} timed calls per "
    "article after a 5 s warm-up (`bench/Classifier.LoadCheck latency`); the 800-word article is the micro-benchmarks' one.",
    "",
    "| bundle | article | p50 ms | p99 ms | max ms |",
    "| --- | --- | ---: | ---: | ---: |",
] + [f"| `{m}` | {r['article']} | {r['p50Ms']:.3f} | {r['p99Ms']:.3f} | {r['maxMs']:.3f} |" for m, lat, _ in runs for r in lat["rows"]] + [""] + [
    f"`{m}`: model load in a fresh process (`NewsClassifier.Load`, JIT and encoder included) {lat['loadSeconds']:.2f} s; "
    f"cold start to first prediction (`classifier predict --json --model {m} \"…\"` as a new process, exec to exit) median "
    f"{statistics.median(cold):.2f} s of {len(cold)} (min {min(cold):.2f} s, max {max(cold):.2f} s)."
    for m, lat, cold in runs
] + [
    "",
    "<!-- latency:end -->",
]
section = "\n".join(lines) + "\n"
print(section, end="")
PY
