#!/usr/bin/env bash
# Kills the server with kill -9 while clients write, and checks that nothing answered with success was lost
# (issue 16). Starts the server as the README does (mvn -Prun package, on port 8080, demo data), sends public
# registrations through the API, attendance marks and project saves in the back-office from several clients,
# kills the server's JVM at random moments (5 times by default), restarts it, then stops it cleanly and reads the
# database: every request answered 2xx must be stored exactly once with its audit entry (a registration with its
# mail in the outbox), nothing half-written, and
# every e-mail sent (to an SMTP server of the test's own) must belong to a stored registration. Prints
# "acknowledged N, lost M"; exits non-zero when anything is lost or inconsistent.
#
# Usage: scripts/crash-test.sh h2|postgres [kills=5] [seed]
#   h2:       a fresh embedded database in a temporary folder (INTEGRA_DATA_DIR), with the shipped URL
#   postgres: a fresh database on 127.0.0.1:5432 (trust authentication), dropped afterwards
# Port 8080 (and 4848) must be free. The seed, printed at the start, repeats the moments of the kills.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/crash-test.sh h2|postgres [kills] [seed]}
kills=${2:-5}
seed=${3:-}
if curl -s -o /dev/null --max-time 2 http://127.0.0.1:8080/; then
  echo "Port 8080 is taken: stop the running server first" >&2; exit 2
fi
work=$(mktemp -d)
name=""
cleanup() {
  ear/target/payara6/bin/asadmin stop-domain domain1 >/dev/null 2>&1 || true
  if [ -n "$name" ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$name" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
unset INTEGRA_DB_URL INTEGRA_DB_DRIVER INTEGRA_DB_USER INTEGRA_DB_PASSWORD
case "$db" in
  h2) export INTEGRA_DATA_DIR="$work/data" ;;
  postgres)
    name="integra_crash_$$"
    createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 "$name"
    export INTEGRA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$name" INTEGRA_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
           INTEGRA_DB_USER=postgres INTEGRA_DB_PASSWORD=postgres ;;
  *) echo "unknown database '$db': h2 or postgres" >&2; exit 2 ;;
esac
: > integration-tests/target/crash-server.log 2>/dev/null || { mkdir -p integration-tests/target; : > integration-tests/target/crash-server.log; }
echo "crash test on $db; the server's output goes to integration-tests/target/crash-server.log"
mvn -B -q -Pcrash-test verify -pl integration-tests -am -DskipTests -Dcrash.kills="$kills" -Dcrash.seed="$seed"
