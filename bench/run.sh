#!/usr/bin/env bash
# Benchmark our training pipeline against fastText and scikit-learn on the same splits; regenerates
# docs/benchmarks.md. Usage (from anywhere in the checkout): bash bench/run.sh
# Writes only under $BENCH_WORK (default /tmp/classifier-bench) and to docs/benchmarks.md. Re-runnable.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BENCH_WORK:-/tmp/classifier-bench}
CORPORA=${BENCH_CORPORA:-/work/shared/corpora}
PY=/usr/bin/python3
PEERS="$REPO/bench/peers.py"
DLL="$REPO/src/Classifier.Cli/bin/Release/net10.0/classifier.dll"
OUT_MD=${BENCH_OUT:-$REPO/docs/benchmarks.md}    # development override only
MIN_SCORE_DOCS=${BENCH_MIN_SCORE_DOCS:-5000}   # repeated test texts for the throughput measurement
TASKS=${BENCH_TASKS:-"tone topic region"}
TRAIN_TIMEOUT=${BENCH_TRAIN_TIMEOUT:-300}        # seconds for our model selection before the L-BFGS-only fallback

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }
START=$(date +%s)

# ---------------------------------------------------------------------------------------------------- peers
need_install=()
command -v fasttext >/dev/null 2>&1 || need_install+=(fasttext)
"$PY" -c "import sklearn" >/dev/null 2>&1 || need_install+=(python3-sklearn)
[ -x /usr/bin/time ] || need_install+=(time)
if [ ${#need_install[@]} -gt 0 ]; then
  log "installing missing peers: ${need_install[*]} (running apt-get update once first)"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_install[@]}" >&2
fi

mkdir -p "$WORK"
rm -f "$WORK/results.jsonl"

# ---------------------------------------------------------------------------------------------------- build
log "building the CLI (Release)"
if ! (cd "$REPO" && dotnet build -c Release src/Classifier.Cli >"$WORK/build.log" 2>&1); then
  if [ -f "$DLL" ]; then
    log "WARNING: dotnet build failed (see $WORK/build.log); using the existing $DLL"
  else
    log "dotnet build failed and no built CLI exists; see $WORK/build.log"; exit 1
  fi
fi
C=(dotnet "$DLL")
LOADCHECK="$REPO/bench/Classifier.LoadCheck/bin/Release/net10.0/Classifier.LoadCheck.dll"
if ! (cd "$REPO" && dotnet build -c Release bench/Classifier.LoadCheck >>"$WORK/build.log" 2>&1); then
  log "building bench/Classifier.LoadCheck failed; see $WORK/build.log"; exit 1
fi

# /usr/bin/time -v helpers: wall seconds and peak RSS (kB) from a -v report file
wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }
rss_kb() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
now() { date +%s.%N; }
maxof() { printf '%s\n' "$@" | sort -n | tail -n 1; }
# cold start: median wall seconds of 3 runs of a command that loads a model and prints one prediction
median_wall() { for _ in 1 2 3; do a=$(now); "$@" >/dev/null 2>&1 || true; b=$(now); echo "$b - $a" | bc; done | sort -n | sed -n 2p; }

# ---------------------------------------------------------------------------------------------------- import + split
import_task() { # task -> $WORK/<task>/all.csv
  local task=$1 dir=$WORK/$1
  mkdir -p "$dir"
  case $task in
    tone)   "${C[@]}" import --format cameo --input "$CORPORA/conflibert-cameo/cameo_class_train.tsv" --output "$dir/all.csv" ;;
    topic)  "${C[@]}" import --format bbc --input "$CORPORA/bbc-news" --output "$dir/all.csv" ;;
    region) (cd "$REPO" && "${C[@]}" import --format reuters --input "$CORPORA/reuters21578/train" --output "$dir/all.csv") ;;
  esac >"$dir/import.log" 2>&1
}

for task in $TASKS; do
  dir=$WORK/$task
  log "$task: import + split"
  if ! import_task "$task"; then
    log "$task: classifier import failed (see $dir/import.log)"; exit 1
  fi
  "${C[@]}" split --data "$dir/all.csv" --test-fraction 0.2 --seed 7 --train-out "$dir/train.csv" --test-out "$dir/test.csv" 2>&1 | tail -n 1 >&2
  # copies of the test texts so the throughput run scores >= MIN_SCORE_DOCS documents
  ntest=$("$PY" -c "import csv,sys; csv.field_size_limit(1<<30); print(sum(1 for _ in csv.DictReader(open(sys.argv[1], encoding='utf-8', newline=''))))" "$dir/test.csv")
  copies=$(( (MIN_SCORE_DOCS + ntest - 1) / ntest )); [ $copies -lt 3 ] && copies=3
  echo "$copies" >"$dir/copies"
  "$PY" "$PEERS" prep "$task" "$dir/train.csv" "$dir/test.csv" "$dir" "$copies" >"$dir/split.json"
done

emit() { # task system json-fragment
  "$PY" - "$@" >>"$WORK/results.jsonl" <<'EOF'
import json, sys
task, system, frag, split = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
d = {"task": task, "system": system, "split": json.load(open(split))}
d.update(json.loads(frag))
print(json.dumps(d))
EOF
}

# ---------------------------------------------------------------------------------------------------- systems
# ---- ours: train with one --selection mode, then measure like the peers
run_ours() { # task selection
  local task=$1 sel=$2 dir=$WORK/$1 o=$WORK/$1/ours-$2 rc=0
  local copies ntest nbig stuck m s1 sN fallback frag system="ours (classifier, $2)"
  copies=$(cat "$dir/copies"); ntest=$(wc -l <"$dir/gold.txt"); nbig=$(( ntest * copies ))
  log "$task: ours (train --selection $sel, at most ${TRAIN_TIMEOUT}s)"
  rm -rf "$o" && mkdir -p "$o"
  /usr/bin/time -v -o "$o/train.time" timeout "$TRAIN_TIMEOUT" "${C[@]}" train --data "$dir/train.csv" --heads "$task" \
    --selection "$sel" --out "$o/model" >"$o/train.out" 2>"$o/train.err" || rc=$?
  if [ $rc -eq 124 ]; then
    # Quick ends with SDCA and one-versus-all FastTree on the best featurizer; on long texts FastTree over the sparse
    # n-gram features can run for many minutes. Fall back to the featurizer search with the L-BFGS trainer only.
    stuck=$(grep -oE 'fitting .* on [0-9]+ rows' "$o/train.err" | tail -n 1 || true)
    log "$task: ours: $sel selection exceeded ${TRAIN_TIMEOUT}s (last step: $stuck); retrying with --trainer LbfgsMaximumEntropy"
    echo "$sel exceeded ${TRAIN_TIMEOUT}s (stopped while ${stuck:-?}); trained with \`--selection $sel --trainer LbfgsMaximumEntropy\` (featurizer search only)" \
      >"$o/train.fallback"
    mv "$o/train.err" "$o/train.timeout.err"
    rm -rf "$o/model"
    rc=0
    /usr/bin/time -v -o "$o/train.time" "${C[@]}" train --data "$dir/train.csv" --heads "$task" --selection "$sel" \
      --trainer LbfgsMaximumEntropy --out "$o/model" >"$o/train.out" 2>"$o/train.err" || rc=$?
  fi
  if [ $rc -ne 0 ]; then
    log "$task: ours ($sel): train FAILED (see $o/train.err)"
    emit "$task" "$system" '{"note":"train failed"}' "$dir/split.json"
    return
  fi
  /usr/bin/time -v -o "$o/eval.time" "${C[@]}" evaluate --data "$dir/test.csv" --model "$o/model" --json \
    >"$o/eval.json" 2>"$o/eval.err" || true
  /usr/bin/time -v -o "$o/score1.time" "${C[@]}" score --input "$dir/test.jsonl" --output "$o/scored.jsonl" \
    --model "$o/model" 2>"$o/score1.err" || true
  /usr/bin/time -v -o "$o/scoreN.time" "${C[@]}" score --input "$dir/test.x$copies.jsonl" --output "$o/scoredN.jsonl" \
    --model "$o/model" 2>"$o/scoreN.err" || true
  # In-process throughput after warm-up, one thread and all cores, the way the peers' in-process predict is timed.
  dotnet "$LOADCHECK" throughput --model "$o/model" --articles "$dir/test.jsonl" >"$o/throughput.json" 2>"$o/throughput.err" \
    || echo '{}' >"$o/throughput.json"
  # The same on ML.NET's engine (--engine mlnet), for the compiled scorer's speed-up within this run.
  dotnet "$LOADCHECK" throughput --model "$o/model" --articles "$dir/test.jsonl" --engine mlnet --seconds 3 --warmup 3 \
    >"$o/throughput-mlnet.json" 2>"$o/throughput-mlnet.err" || echo '{}' >"$o/throughput-mlnet.json"
  # Cold start: a fresh `classifier predict` process with this model on the first test text, exec to exit; median of 3.
  "$PY" -c 'import json,sys; print(json.loads(open(sys.argv[1], encoding="utf-8").readline())["text"])' "$dir/test.jsonl" >"$o/one.txt"
  median_wall "${C[@]}" predict --model "$o/model" --json --file "$o/one.txt" >"$o/cold.txt"
  "$PY" "$PEERS" ours "$task" "$o/scored.jsonl" "$o/pred.txt"
  m=$("$PY" "$PEERS" metrics "$dir/gold.txt" "$o/pred.txt" || echo '{}')
  s1=$(grep -oE '[0-9.]+s, [0-9]+ docs/s' "$o/score1.err" | tail -n 1 | cut -d's' -f1 || true)
  sN=$(grep -oE '[0-9.]+s, [0-9]+ docs/s' "$o/scoreN.err" | tail -n 1 | cut -d's' -f1 || true)
  fallback=$(cat "$o/train.fallback" 2>/dev/null || true)
  frag=$("$PY" - "$m" "$o" "$task" "${s1:-0}" "${sN:-0}" "$ntest" "$nbig" \
    "$(wall_s "$o/train.time")" \
    "$(maxof "$(rss_kb "$o/train.time")" "$(rss_kb "$o/eval.time")" "$(rss_kb "$o/score1.time")" "$(rss_kb "$o/scoreN.time")")" \
    "$(du -sb "$o/model" | cut -f1)" "$fallback" <<'EOF'
import json, sys
m, d, task, s1, sN, n1, nN, train_s, rss, size, fallback = sys.argv[1:]
out = json.loads(m)
s1, sN, n1, nN = float(s1), float(sN), int(n1), int(nN)
tp = json.load(open(f"{d}/throughput.json"))
out["docsPerSecond"] = tp.get("oneThreadDocsPerSecond")
out["docsPerSecondAllCores"] = tp.get("allCoresDocsPerSecond")
out["p50Ms"], out["p99Ms"], out["loadSeconds"] = tp.get("p50Ms"), tp.get("p99Ms"), tp.get("loadSeconds")
out["featurizeOnlyDocsPerSecond"] = tp.get("featurizeOnlyDocsPerSecond")
out["compiledHeads"] = tp.get("compiledHeads")
try:
    out["mlnetDocsPerSecond"] = json.load(open(f"{d}/throughput-mlnet.json")).get("oneThreadDocsPerSecond")
except Exception:
    out["mlnetDocsPerSecond"] = None
try:
    # The training profile: seconds of each pipeline fitted during selection (the refit on all rows comes on top).
    out["candidates"] = [{"pipeline": f"{c['featurizer']} + {c['trainer']}", "seconds": c["seconds"]}
                         for c in json.load(open(f"{d}/model/manifest.json"))["heads"][task]["candidates"]]
except Exception:
    out["candidates"] = []
cold = open(f"{d}/cold.txt").read().strip()
out["coldStartSeconds"] = float(cold) if cold else None
notes = []
try:
    man = json.load(open(f"{d}/model/manifest.json"))["heads"][task]
    notes.append(f"kept {man['featurizer']} + {man['trainer']}")
except Exception:
    pass
if out["docsPerSecond"]:
    notes.append(f"in-process {out['docsPerSecond']:,.0f} docs/s on one thread, {out['docsPerSecondAllCores']:,.0f} on {tp['cores']} cores")
    if out["mlnetDocsPerSecond"]:
        notes.append(f"compiled heads {', '.join(out['compiledHeads'] or []) or 'none'}; `--engine mlnet` {out['mlnetDocsPerSecond']:,.0f} docs/s on one thread")
# `classifier score` end to end (JSON in and out, reader and writer threads), marginal between the 1x and Nx runs
if sN - s1 >= 0.5:
    notes.append(f"`score` CLI {(nN - n1) / (sN - s1):,.0f} docs/s (marginal over {nN} docs)")
try:
    ev = json.load(open(f"{d}/eval.json"))
    h = next(h for h in ev["heads"] if h["head"] == task)
    out["evaluateAccuracy"], out["evaluateMacroF1"] = h["accuracy"], h["macroF1"]
    notes.append(f"`evaluate`: acc {h['accuracy']:.3f}, macro-F1 {h['macroF1']:.3f}")
except Exception:
    notes.append("`evaluate --json` unavailable")
if fallback:
    notes.insert(0, fallback)
out.update({"trainSeconds": float(train_s), "peakRssKb": int(rss), "modelBytes": int(size), "note": "; ".join(notes)})
print(json.dumps(out))
EOF
)
  emit "$task" "$system" "$frag" "$dir/split.json"
}

for task in $TASKS; do
  dir=$WORK/$task; copies=$(cat "$dir/copies"); ntest=$(wc -l <"$dir/gold.txt")
  nbig=$(( ntest * copies ))

  run_ours "$task" Quick
  run_ours "$task" None

  # ---- fastText
  for variant in default tuned; do
    log "$task: fastText $variant"
    if [ $variant = default ]; then args=(-wordNgrams 2); else args=(-epoch 25 -lr 0.5 -wordNgrams 2 -dim 50); fi
    ft=$dir/ft-$variant
    if /usr/bin/time -v -o "$ft.train.time" fasttext supervised -input "$dir/ft.train.txt" -output "$ft" -thread 2 -seed 7 \
          "${args[@]}" >"$ft.train.log" 2>&1; then
      /usr/bin/time -v -o "$ft.pred.time" fasttext predict "$ft.bin" "$dir/ft.test.txt" >"$ft.pred.txt"
      # throughput: best-of wall times, test texts once vs repeated 10*copies times (load time cancels out)
      tsmall=; tbig=
      for _ in 1 2 3; do
        a=$(now); fasttext predict "$ft.bin" "$dir/ft.test.txt" >/dev/null; b=$(now)
        t=$(echo "$b - $a" | bc); if [ -z "$tsmall" ] || [ "$(echo "$t < $tsmall" | bc)" = 1 ]; then tsmall=$t; fi
      done
      for _ in 1 2; do
        a=$(now); /usr/bin/time -v -o "$ft.predN.time" fasttext predict "$ft.bin" "$dir/ft.test.big.txt" >/dev/null; b=$(now)
        t=$(echo "$b - $a" | bc); if [ -z "$tbig" ] || [ "$(echo "$t < $tbig" | bc)" = 1 ]; then tbig=$t; fi
      done
      # cold start: `fasttext predict` on one text (its model load is most of it); median of 3
      head -n 1 "$dir/ft.test.txt" >"$dir/ft.one.txt"
      cold=$(median_wall fasttext predict "$ft.bin" "$dir/ft.one.txt")
      m=$("$PY" "$PEERS" metrics "$dir/gold.txt" "$ft.pred.txt" || echo '{}')
      frag=$("$PY" - "$m" 0 "$tsmall" "$(echo "$tsmall + $tbig" | bc)" "$ntest" "$(( ntest * copies * 10 ))" "$(wall_s "$ft.train.time")" \
        "$(maxof "$(rss_kb "$ft.train.time")" "$(rss_kb "$ft.pred.time")" "$(rss_kb "$ft.predN.time")")" \
        "$(stat -c %s "$ft.bin")" "${args[*]}" "$cold" <<'EOF'
import json, sys
m, t0, t1, t2, n1, nN, train_s, rss, size, args, cold = sys.argv[1:]
out = json.loads(m)
t1w, tNw = float(t1) - float(t0), float(t2) - float(t1)
rate = (int(nN) - int(n1)) / (tNw - t1w) if tNw - t1w > 0.05 else int(nN) / tNw
out.update({"trainSeconds": float(train_s), "peakRssKb": int(rss), "modelBytes": int(size), "docsPerSecond": rate,
            "coldStartSeconds": float(cold) if cold else None,
            "note": f"`{args}` -thread 2 -seed 7; latency and load not separable (CLI only)"})
print(json.dumps(out))
EOF
)
      emit "$task" "fastText $variant" "$frag" "$dir/split.json"
    else
      log "$task: fastText $variant FAILED (see $ft.train.log)"
      emit "$task" "fastText $variant" '{"note":"fasttext failed"}' "$dir/split.json"
    fi
  done

  # ---- scikit-learn
  for model in svm logreg; do
    log "$task: scikit-learn $model"
    name="sklearn tfidf+LinearSVC"; [ $model = logreg ] && name="sklearn tfidf+LogReg"
    if /usr/bin/time -v -o "$dir/sk-$model.time" "$PY" "$PEERS" sklearn "$task" "$dir/train.csv" "$dir/test.csv" "$model" "$dir" "$copies" \
          2>"$dir/sk-$model.err"; then
      frag=$("$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); d["peakRssKb"]=int(sys.argv[2]); d["note"]="fit/predict timed in-process"; print(json.dumps(d))' \
        "$dir/sk-$model.json" "$(rss_kb "$dir/sk-$model.time")")
      emit "$task" "$name" "$frag" "$dir/split.json"
    else
      log "$task: scikit-learn $model FAILED (see $dir/sk-$model.err)"
      emit "$task" "$name" '{"note":"sklearn failed"}' "$dir/split.json"
    fi
  done
done

# ---------------------------------------------------------------------------------------------------- report
END=$(date +%s)
"$PY" - "$WORK/machine.json" "$((END - START))" "$REPO" <<'EOF'
import json, os, platform, re, subprocess, sys, datetime
out, secs, repo = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def run(*a):
    try:
        r = subprocess.run(a, capture_output=True, text=True, timeout=60)
        return (r.stdout + r.stderr).strip()
    except Exception as e:
        return f"unavailable ({e})"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
mem = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "unknown")
kb = int(mem.split()[0]) if mem != "unknown" else 0
import sklearn
ft = run("dpkg-query", "-W", "-f=${Version}", "fasttext")
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "cpu": cpu, "nproc": run("nproc"), "memory": f"{kb / 1048576:.1f} GiB",
    "dotnet": run("dotnet", "--version"), "fasttext": f"{ft} (Debian package)", "sklearn": sklearn.__version__,
    "python": platform.python_version(),
    "cli": "dotnet src/Classifier.Cli/bin/Release/net10.0/classifier.dll (built with `dotnet build -c Release src/Classifier.Cli`)",
    "runSeconds": secs,
}, open(out, "w"))
EOF
mkdir -p "$(dirname "$OUT_MD")"
"$PY" "$PEERS" report "$WORK/results.jsonl" "$WORK/machine.json" "$OUT_MD.tmp"
# The "Service load", "Micro-benchmarks" and "Latency and start-up" sections come from bench/load.sh,
# bench/micro.sh and bench/latency.sh; carry them over.
for part in load micro latency; do
  if [ -f "$OUT_MD" ] && grep -q "<!-- $part:begin" "$OUT_MD"; then
    { echo; sed -n "/<!-- $part:begin/,/<!-- $part:end -->/p" "$OUT_MD"; } >>"$OUT_MD.tmp"
  fi
done
mv "$OUT_MD.tmp" "$OUT_MD"
log "wrote $OUT_MD in $((END - START)) s (work dir $WORK)"

# The same page also holds the micro-benchmarks, latency and start-up, and the service load check;
# BENCH_PEERS_ONLY=1 skips them.
if [ "${BENCH_PEERS_ONLY:-0}" != 1 ]; then
  bash "$REPO/bench/micro.sh"
  bash "$REPO/bench/latency.sh"
  bash "$REPO/bench/load.sh"
fi
