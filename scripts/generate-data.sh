#!/usr/bin/env bash
# Makes the scale data set of issue 9 in a PostgreSQL database: 2,000 organisations, 20,000 projects, 200,000
# events, 1,000,000 registrations, 100,000 content items with texts in all seven portal languages (besides the
# events) and 1,000,000 audit rows, and the network's directory (the 2,000 organisations as members with 10,000
# locations and 20,000 services), on top of the demo data.
#
# The schema is the application's: the database is created (when missing), the application is started once
# against it so that Flyway migrates it and the demo data goes in, and stopped; then scripts/scale/generate-data.sql
# fills it with set-based INSERT … SELECT statements (a few minutes), advancing the id sequences past the rows it
# made. The texts are built from scripts/scale/words.tsv, folded by the application's own Folding class.
#
# Usage: scripts/generate-data.sh DATABASE
# Environment: INTEGRA_DOMAIN (the Payara domain to start, default domain1) and BASE_URL (where it answers, default
# http://127.0.0.1:8080), e.g. INTEGRA_DOMAIN=scale BASE_URL=http://127.0.0.1:30180 for a domain made with
# --portbase 30100; INTEGRA_ADMIN_PASSWORD for the first administrator (else random, printed); PGHOST, PGPORT,
# PGUSER (127.0.0.1, 5432, postgres; trust authentication); STARTUP_TIMEOUT (600 s).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/generate-data.sh DATABASE}
[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "generate-data: '$db' is not a plain database name" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
domain=${INTEGRA_DOMAIN:-domain1}
base=${BASE_URL:-http://127.0.0.1:8080}; base=${base%/}
fail() { echo "generate-data: $*" >&2; exit 1; }
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" 2>/dev/null || true; }
started=$SECONDS

[ "$(status "$base/")" = 000 ] || fail "something already answers at $base: stop it, or set INTEGRA_DOMAIN and BASE_URL"
if psql -d "$db" -Atc 'SELECT 1' >/dev/null 2>&1; then
  projects=$(psql -d "$db" -Atc "SELECT count(*) FROM project" 2>/dev/null || echo 0)
  [ "$projects" -lt 1000 ] || fail "database $db already holds $projects projects: generate into a new database"
else
  createdb -E UTF8 -T template0 "$db"
fi

# 1. the application migrates the database and writes its demo data
if [ -z "${INTEGRA_ADMIN_PASSWORD:-}" ]; then
  INTEGRA_ADMIN_PASSWORD="scale-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
  echo "administrator 'admin', password $INTEGRA_ADMIN_PASSWORD (used only if the database has no administrator yet)"
fi
export INTEGRA_ADMIN_PASSWORD INTEGRA_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
       INTEGRA_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource INTEGRA_DB_USER="$PGUSER" INTEGRA_DB_PASSWORD=postgres
log=$(mktemp)
mvn -B -q -Prun package -Dintegra.domain="$domain" > "$log" 2>&1 &
trap 'ear/target/payara6/bin/asadmin stop-domain "$domain" >/dev/null 2>&1 || true' EXIT
deadline=$((SECONDS + ${STARTUP_TIMEOUT:-600}))
until [ "$(status "$base/api/v1/projects")" = 200 ]; do
  [ $SECONDS -lt $deadline ] || { tail -n 40 "$log" >&2; fail "the application did not start at $base (log above)"; }
  sleep 2
done
ear/target/payara6/bin/asadmin stop-domain "$domain" >/dev/null
trap - EXIT
wait || true
rm -f "$log"
echo "migrated with the demo data in $((SECONDS - started)) s"

# 2. the scale data, set-based
vocab=$(mktemp --suffix .sql)
trap 'rm -f "$vocab"' EXIT
{ echo 'COPY vocab_row FROM STDIN;'
  java -cp persistence/target/classes scripts/scale/FoldWords.java < scripts/scale/words.tsv
  echo '\.'; } > "$vocab"
generated=$SECONDS
out=$(mktemp)
trap 'rm -f "$vocab" "$out"' EXIT
psql -d "$db" -q -v vocab="$vocab" -f scripts/scale/generate-data.sql > "$out" 2>&1 || { cat "$out" >&2; fail "the generation failed (nothing of it was kept: one transaction)"; }
grep -v '^Time: [0-9]\{1,2\}\.' "$out" || true
echo "generated in $((SECONDS - generated)) s; $((SECONDS - started)) s in all"
