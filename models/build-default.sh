#!/usr/bin/env bash
# Rebuilds the shipped bundles: models/default (word n-grams + the MiniLM sentence encoder, where selection keeps it)
# and models/fast (word n-grams + the static table distilled from MiniLM; no transformer at scoring time). Both train
# on the authored corpus (data/articles; data/holdout is never trained on), the 80% train parts of three public
# corpora and the News Category items labelled on our taxonomy (data/labels), then report on the held-out parts and
# the real-news dev set (never trained on). Re-run it when the data or the pipeline changes; the numbers it prints
# go into models/README.md.
#   usage: bash models/build-default.sh [--selection Quick|None|Full] [--only default|fast]
set -euo pipefail
cd "$(dirname "$0")/.."
selection=Quick
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --selection) selection=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
shared=../shared/corpora
[ -d "$shared" ] || { echo "error: $shared is missing; the shipped mix needs the public corpora" >&2; exit 2; }
work=${WORK:-/tmp/classifier-shipped}
mkdir -p "$work"
dotnet build -c Release src/Classifier.Cli -v quiet -nologo >/dev/null
# A copy of the program, so that rebuilding the source while this runs cannot change it half-way.
rm -rf "$work/cli" && cp -r src/Classifier.Cli/bin/Release/net10.0 "$work/cli"
cli=(dotnet "$work/cli/classifier.dll")

# Public corpora → our CSV contract, outside the repository (their text must not be committed).
"${cli[@]}" import --format reuters --input "$shared/reuters21578/train" --output "$work/reuters.csv"
"${cli[@]}" import --format cameo --input "$shared/conflibert-cameo/cameo_class_train.tsv" --output "$work/cameo.csv"
"${cli[@]}" import --format bbc --input "$shared/bbc-news" --output "$work/bbc.csv"
"${cli[@]}" import --format newscategory --input "$shared/news-category" --labels data/labels/news-category.csv \
  --labelled-only --output "$work/news-category.csv"
for c in reuters cameo bbc; do
  "${cli[@]}" split --data "$work/$c.csv" --test-fraction 0.2 --seed 7 --train-out "$work/$c-train.csv" --test-out "$work/$c-dev.csv"
done

data=(--data data/articles --data "$work/reuters-train.csv" --data "$work/cameo-train.csv" --data "$work/bbc-train.csv"
      --data "$work/news-category.csv")

[ "$only" = fast ] || "${cli[@]}" train --selection "$selection" --encoder minilm --out models/default "${data[@]}"
[ "$only" = default ] || "${cli[@]}" train --selection "$selection" --encoder static --out models/fast "${data[@]}"

for model in models/default models/fast; do
  [ -z "$only" ] || [ "$model" = "models/$only" ] || continue
  for d in ../shared/corpora/news-category/dev-gold.csv data/holdout "$work/reuters-dev.csv" "$work/cameo-dev.csv" "$work/bbc-dev.csv"; do
    echo "== $model on $d"
    json="$work/eval-$(basename "$model")-$(basename "$d" .csv).json"
    "${cli[@]}" evaluate --model "$model" --data "$d" --json > "$json"
    /usr/bin/python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for h in r["heads"]:
    ece = h.get("expectedCalibrationError")
    print(f'  {h["head"]:<8} rows {h["rows"]:>5}  accuracy {h["accuracy"]:.3f}  macro-F1 {h["macroF1"]:.3f}'
          + (f'  ECE {ece:.3f}' if ece is not None else '') + (f'  abstained {h["abstained"]}' if h.get("abstained") else ''))
for k in ("labelAccuracy", "regionsMicroF1", "countriesMicroF1"):
    if r.get(k) is not None:
        print(f'  {k} {r[k]:.3f}')
PY
  done
done
