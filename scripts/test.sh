#!/usr/bin/env bash
# npm test — every check and every test suite, in order of speed:
# type check, lint, OpenAPI freshness, unit tests, the integration suite on PGlite and
# again on a throwaway PostgreSQL server (with the pgTAP policy tests on that server),
# and the Playwright e2e suite against a production build in Debian's Chromium.
# Runs every step even after a failure, then prints a summary and fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=()
failed=()

step() {
  local name=$1
  shift
  printf '\n\033[1m▶ %s\033[0m\n' "$name"
  local started=$SECONDS
  if "$@"; then
    passed+=("$name")
    printf '\033[32m✔ %s (%ss)\033[0m\n' "$name" $((SECONDS - started))
  else
    failed+=("$name")
    printf '\033[31m✘ %s (%ss)\033[0m\n' "$name" $((SECONDS - started))
  fi
}

step "type check" npm run --silent typecheck -w web
step "lint" npm run --silent lint -w web
step "OpenAPI document is current" npm run --silent openapi:check -w web
step "unit tests" npm run --silent test:unit -w web
step "integration tests on PGlite" npm run --silent test:integration -w web
step "integration and pgTAP tests on PostgreSQL" scripts/postgres-server.sh \
  bash -c 'npm run --silent test:integration -w web && bash scripts/test-pgtap.sh'
step "end-to-end tests in Chromium" npm run --silent test:e2e -w web

printf '\n'
for name in "${passed[@]}"; do printf '  ✔ %s\n' "$name"; done
for name in "${failed[@]}"; do printf '  ✘ %s\n' "$name"; done
printf 'suites: %d passed, %d failed\n' "${#passed[@]}" "${#failed[@]}"
[ "${#failed[@]}" -eq 0 ]
