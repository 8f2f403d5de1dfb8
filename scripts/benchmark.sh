#!/usr/bin/env bash
# Measures the portal home page (from the page cache, and rendered every time: an address with an unknown
# parameter is never cached), a project page and GET /api/v1/projects with wrk on loopback (50 connections), on
# the embedded H2 database or on PostgreSQL. Starts the application itself (as `mvn -Prun package` does), waits for
# it, warms it up, measures, prints a Markdown table row per URL and stops the server.
#
# Usage: scripts/benchmark.sh [h2|postgres] [seconds=30] [connections=50]
# Needs wrk (apt-get install -y wrk); for postgres a server on 127.0.0.1:5432 with trust authentication.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}; secs=${2:-30}; conns=${3:-50}
base=http://127.0.0.1:8080
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
if curl -s -o /dev/null "$base/"; then echo "Port 8080 is taken: stop the running server first" >&2; exit 2; fi

work=$(mktemp -d)
export INTEGRA_DATA_DIR="$work/data"
export INTEGRA_ADMIN_PASSWORD="benchmark-$(date +%s)"
if [ "$db" = postgres ]; then
  name="integra_bench_$$"
  createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 "$name"
  export INTEGRA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$name" INTEGRA_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
         INTEGRA_DB_USER=postgres INTEGRA_DB_PASSWORD=postgres
fi

mvn -B -q -Prun package > "$work/server.log" 2>&1 &
stop() {
  ear/target/payara6/bin/asadmin stop-domain domain1 >/dev/null 2>&1 || true
  [ "$db" = postgres ] && dropdb -h 127.0.0.1 -U postgres --if-exists "$name" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 300); do
  curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/projects" 2>/dev/null | grep -q 200 && break
  sleep 1
done

echo "| database | URL | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for path in / '/?render=always' /projects/1 /api/v1/projects; do
  wrk -t2 -c"$conns" -d20s "$base$path" >/dev/null 2>&1  # warm-up: JIT, pools, caches
  wrk -t2 -c"$conns" -d"${secs}s" --latency "$base$path" | awk -v db="$db" -v path="$path" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s$/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END { printf "| %s | `%s` | %.0f | %.1f | %.1f | %s |\n", db, path, rps, p50, p99, (errors == "" ? "none" : errors) }'
done
