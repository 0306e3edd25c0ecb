#!/usr/bin/env bash
# Renders the evaluation report of models/default on data/holdout in headless Chromium and saves the top of the page
# as docs/report-screenshot.png (shown in the README's "Reading results"). Every host name resolves to nothing, so a
# page that needed anything from the network would render with holes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Classifier.Cli > /dev/null
dotnet src/Classifier.Cli/bin/Release/net10.0/classifier.dll evaluate --data data/holdout --model models/default \
    --report "$work/report" > /dev/null
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --host-resolver-rules="MAP * ~NOTFOUND" \
    --window-size=1400,2400 --screenshot="$work/screenshot.png" "file://$work/report/index.html" 2> /dev/null
cp "$work/screenshot.png" docs/report-screenshot.png
echo "wrote docs/report-screenshot.png"
