#!/usr/bin/env bash
# `npm run lighthouse [URL]`: audits a running production build (default http://localhost:3000/) in
# Debian's Chromium and prints the category scores. Reports land in .data/lighthouse/.
set -euo pipefail
url="${1:-http://localhost:${PORT:-3000}/}"
out=".data/lighthouse"
mkdir -p "$out"
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
npx lighthouse "$url" --quiet --output=json --output=html --output-path="$out/report" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
node -e '
const r = require(process.argv[1]);
for (const [id, c] of Object.entries(r.categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
' "$(pwd)/$out/report.report.json"
