#!/usr/bin/env bash
# `npm test`: the whole suite. Lint, types, unit, integration (embedded PGlite + in-process cache,
# and again on PostgreSQL + Redis when DATABASE_URL / REDIS_URL are set), then a production build
# and Playwright e2e in Chromium against each of those modes (all specs on PostgreSQL + Redis, the
# journeys embedded; all specs embedded when only that mode is available).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint"
npx eslint . --max-warnings 0
step "typecheck"
npx tsc --noEmit
step "unit tests"
npx vitest run --project unit

step "integration tests — embedded (PGlite + in-process cache)"
env -u DATABASE_URL -u REDIS_URL npx vitest run --project integration
modes=(embedded)
if [[ -n "${DATABASE_URL:-}" && -n "${REDIS_URL:-}" ]]; then
  step "integration tests — PostgreSQL + Redis"
  npx vitest run --project integration
  modes+=(services)
else
  echo "(DATABASE_URL/REDIS_URL not set: skipping the PostgreSQL + Redis integration and e2e runs)"
fi

if [[ "${SKIP_E2E:-}" == "1" ]]; then
  echo "SKIP_E2E=1: not running the browser tests"
  exit 0
fi

step "production build"
# The build needs no database: keep it hermetic whatever the environment points at.
env -u DATABASE_URL -u REDIS_URL npm run build

# With both modes available, the whole browser suite runs on PostgreSQL + Redis (production's setup) and
# the embedded mode runs the end-to-end journeys (PGlite, in-process jobs and cache), to keep CI short.
EMBEDDED_JOURNEYS=(auth catalogue-journey checkout orders platform search visual-search)
for mode in "${modes[@]}"; do
  specs=()
  if [[ "$mode" == services ]]; then
    E2E_DATABASE_URL="$(npx tsx scripts/create-database.ts ql_e2e)"
    export E2E_DATABASE_URL
  else
    export E2E_DATA_DIR=.data/e2e
    rm -rf "$E2E_DATA_DIR"
    if [[ ${#modes[@]} -gt 1 ]]; then
      for name in "${EMBEDDED_JOURNEYS[@]}"; do specs+=("tests/e2e/$name.spec.ts"); done
    fi
  fi
  step "e2e — $mode${specs:+ (journeys)}"
  E2E_MODE="$mode" npx playwright test "${specs[@]}"
done
