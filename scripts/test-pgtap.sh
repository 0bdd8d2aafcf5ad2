#!/usr/bin/env bash
# Runs the pgTAP tests (supabase/tests/database/*.test.sql) against DATABASE_URL: applies
# the compat layer and migrations, then pg_prove over every test file; exits non-zero if
# any test fails. Meant to run inside the throwaway server of scripts/postgres-server.sh:
#   scripts/postgres-server.sh bash scripts/test-pgtap.sh
# Needs the server's postgresql-NN-pgtap package and pg_prove
# (apt-get install postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl).
set -euo pipefail

cd "$(dirname "$0")/.."

if [ -z "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL is not set: run this inside scripts/postgres-server.sh" >&2
  exit 1
fi
if ! command -v pg_prove >/dev/null 2>&1; then
  echo "pg_prove not found (apt-get install libtap-parser-sourcehandler-pgtap-perl)" >&2
  exit 1
fi

shopt -s nullglob
tests=(supabase/tests/database/*.test.sql)
if [ ${#tests[@]} -eq 0 ]; then
  echo "no pgTAP tests in supabase/tests/database" >&2
  exit 1
fi

# Every test file runs `create extension pgtap` itself; fail early with the fix if the
# server cannot.
available=$(psql --no-psqlrc -X -At -d "$DATABASE_URL" -c "select count(*) from pg_available_extensions where name = 'pgtap'")
if [ "$available" != 1 ]; then
  echo "the server has no pgtap extension (apt-get install postgresql-15-pgtap)" >&2
  exit 1
fi

npm run db:migrate --silent -w web

# Serial on purpose: the files insert the same test users, each in a transaction that
# rolls back, and would block one another.
pg_prove --dbname "$DATABASE_URL" --norc "${tests[@]}"
