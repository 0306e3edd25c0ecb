#!/usr/bin/env bash
# Rebuilds models/default: the authored corpus (data/articles; data/holdout is never trained on) plus the 80% train
# parts of three public corpora from ../shared, then reports on the held-out parts. Re-run it when the data or the
# pipeline changes; the numbers it prints go into models/README.md.
#   usage: bash models/build-default.sh [--selection Quick|None|Full] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
selection=Quick
out=models/default
while [ $# -gt 0 ]; do
  case "$1" in
    --selection) selection=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
shared=../shared/corpora
[ -d "$shared" ] || { echo "error: $shared is missing; the shipped mix needs the public corpora" >&2; exit 2; }
work=${WORK:-/tmp/classifier-shipped}
mkdir -p "$work"
dotnet build -c Release src/Classifier.Cli -v quiet -nologo >/dev/null
cli=(dotnet src/Classifier.Cli/bin/Release/net10.0/classifier.dll)

# Public corpora → our CSV contract, outside the repository (their text must not be committed).
"${cli[@]}" import --format reuters --input "$shared/reuters21578/train" --output "$work/reuters.csv"
"${cli[@]}" import --format cameo --input "$shared/conflibert-cameo/cameo_class_train.tsv" --output "$work/cameo.csv"
"${cli[@]}" import --format bbc --input "$shared/bbc-news" --output "$work/bbc.csv"
for c in reuters cameo bbc; do
  "${cli[@]}" split --data "$work/$c.csv" --test-fraction 0.2 --seed 7 --train-out "$work/$c-train.csv" --test-out "$work/$c-dev.csv"
done

"${cli[@]}" train --selection "$selection" --out "$out" \
  --data data/articles --data "$work/reuters-train.csv" --data "$work/cameo-train.csv" --data "$work/bbc-train.csv"

for d in data/holdout "$work/reuters-dev.csv" "$work/cameo-dev.csv" "$work/bbc-dev.csv"; do
  echo "== evaluate on $d"
  "${cli[@]}" evaluate --model "$out" --data "$d" --json > "$work/eval-$(basename "$d" .csv).json"
  /usr/bin/python3 - "$work/eval-$(basename "$d" .csv).json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for h in r["heads"]:
    print(f'  {h["head"]:<8} rows {h["rows"]:>5}  accuracy {h["accuracy"]:.3f}  macro-F1 {h["macroF1"]:.3f}')
for k in ("labelAccuracy", "regionsMicroF1", "countriesMicroF1"):
    if r.get(k) is not None:
        print(f'  {k} {r[k]:.3f}')
PY
done
