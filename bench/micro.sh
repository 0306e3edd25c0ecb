#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks (featurization and single-article scoring, a sentence and an 800-word article,
# with allocations) with models/fast (n-grams only: with models/default MiniLM is ~11 ms of every call and the rest
# would not show). Writes the "Micro-benchmarks" section of docs/benchmarks.md
# (bench/run.sh keeps that section when it regenerates the rest).   usage: bash bench/micro.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=${MICRO_WORK:-/tmp/classifier-micro}
OUT_MD=$REPO/docs/benchmarks.md
rm -rf "$WORK"; mkdir -p "$WORK"
echo "[micro] running BenchmarkDotNet (Release); this takes a few minutes" >&2
CLASSIFIER_MODEL=$REPO/models/fast dotnet run -c Release --project bench/Classifier.Benchmarks -- \
  --filter '*' --exporters github --artifacts "$WORK" >&2
report=$(ls "$WORK"/results/*-report-github.md | head -1)
/usr/bin/python3 - "$report" <<'PY' | /usr/bin/python3 "$REPO/bench/page_section.py" "$OUT_MD"
import datetime, os, re, sys
report = sys.argv[1]
body = open(report).read().strip()
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
section = "\n".join([
    "<!-- micro:begin (written by bench/micro.sh; bench/run.sh keeps it) -->",
    "## Micro-benchmarks",
    "",
    f"Measured {now} by `bash bench/micro.sh` (BenchmarkDotNet, default job, `models/fast`: n-grams only; with",
    "`models/default` MiniLM takes ~11 ms of every call, see Latency below). `Classify*` is one article through",
    "featurization, the three heads (compiled linear scorer, the default engine) and the composer; `*MlNet` the same",
    "with `--engine mlnet` (pooled ML.NET prediction engines). The 800-word article is synthetic wire-style text",
    "(`bench/Classifier.Benchmarks/LongText.cs`).",
    "",
    body,
    "",
    "<!-- micro:end -->",
]) + "\n"
print(section, end="")
PY
