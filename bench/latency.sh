#!/usr/bin/env bash
# Single-article latency percentiles (in-process, one thread, after a 5 s warm-up), model load time, and process
# cold start to first prediction, with the shipped model. Writes the "Latency and start-up" section of
# docs/benchmarks.md (bench/run.sh keeps that section when it regenerates the rest).   usage: bash bench/latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=${LATENCY_WORK:-/tmp/classifier-latency}
OUT_MD=$REPO/docs/benchmarks.md
mkdir -p "$WORK"
echo "[latency] building (Release)" >&2
dotnet build -c Release src/Classifier.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Classifier.LoadCheck -v quiet -nologo >/dev/null
dotnet "$REPO/bench/Classifier.LoadCheck/bin/Release/net10.0/Classifier.LoadCheck.dll" latency --model "$REPO/models/default" >"$WORK/latency.json"

# Cold start: a fresh `classifier predict` process, from exec to its answer on stdout; median of 7.
: >"$WORK/cold.txt"
for _ in 1 2 3 4 5 6 7; do
  start=$(date +%s.%N)
  dotnet "$REPO/src/Classifier.Cli/bin/Release/net10.0/classifier.dll" predict --json \
    "Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians." >/dev/null
  end=$(date +%s.%N)
  echo "$start $end" | awk '{printf "%.3f\n", $2 - $1}' >>"$WORK/cold.txt"
done

/usr/bin/python3 - "$WORK/latency.json" "$WORK/cold.txt" <<'PY' | /usr/bin/python3 "$REPO/bench/page_section.py" "$OUT_MD"
import datetime, json, os, re, statistics, sys
lat = json.load(open(sys.argv[1])); cold = [float(l) for l in open(sys.argv[2]) if l.strip()]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
load = " / ".join(open("/proc/loadavg").read().split()[:3])
lines = [
    "<!-- latency:begin (written by bench/latency.sh; bench/run.sh keeps it) -->",
    "## Latency and start-up",
    "",
    f"Measured {now} by `bash bench/latency.sh` with the shipped model (load average {load}). Latency: "
    f"`NewsClassifier.Classify` on one thread, {lat['calls']} timed calls per article after a 5 s warm-up "
    "(`bench/Classifier.LoadCheck latency`); the 800-word article is the micro-benchmarks' one.",
    "",
    "| article | p50 ms | p99 ms | max ms |",
    "| --- | ---: | ---: | ---: |",
] + [f"| {r['article']} | {r['p50Ms']:.3f} | {r['p99Ms']:.3f} | {r['maxMs']:.3f} |" for r in lat["rows"]] + [
    "",
    f"Model load in a fresh process (`NewsClassifier.Load`, three heads, JIT included): {lat['loadSeconds']:.2f} s. "
    f"Cold start to first prediction (`classifier predict --json \"…\"` as a new process, exec to exit): median "
    f"{statistics.median(cold):.2f} s of {len(cold)} (min {min(cold):.2f} s, max {max(cold):.2f} s).",
    "",
    "<!-- latency:end -->",
]
section = "\n".join(lines) + "\n"
print(section, end="")
PY
