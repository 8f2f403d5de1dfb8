#!/usr/bin/env bash
# Measures the portal with wrk on loopback (2 threads, 50 connections, 30 s after a 20 s warm-up per address):
# the home page (from the page cache, and rendered every time: an address with an unknown parameter is never
# cached), a project page, an article, a search and GET /api/v1/projects. Prints a Markdown table row per
# address, then, for the home page, the article and the search, the same page served as a static file by nginx
# in the same run (../shared/tools/compare-static.sh), the practical ceiling on this machine.
#
# The article is the first one the running server lists at /news; the search looks for the longest word of its
# title, so it has at least one result. The last row registers a new person per request for the first upcoming
# event (POST /api/v1/events/{id}/registrations, scripts/wrk/register.lua): every request is a committed write.
# Against a running server ("url") that row needs INTEGRA_REGISTRATION_LIMIT raised there (30 an hour by default).
#
# ROWS picks rows: any of home render project article search api register compare (default: all).
#
# Usage: scripts/benchmark.sh [h2|postgres] [seconds=30] [connections=50]
#          builds and starts the application as `mvn -Prun package` does (a fresh database with the demo data),
#          measures it and stops it; port 8080 must be free
#        scripts/benchmark.sh url BASE_URL [seconds=30] [connections=50]
#          measures a server that is already running, e.g. http://127.0.0.1:8080
#        scripts/benchmark.sh scale BASE_URL ADMIN_PASSWORD [seconds=15] [connections=50]
#          scripts/scale/measure.sh: the lists, searches and back-office lists of a running server, uncached
# Needs wrk and nginx (apt-get install -y wrk nginx); for postgres a server on 127.0.0.1:5432 with trust
# authentication. COMPARE_STATIC overrides the path of compare-static.sh, WARMUP the warm-up in seconds,
# STARTUP_TIMEOUT how long to wait for the application to start (600 s).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-h2}
# scale BASE_URL ADMIN_PASSWORD [seconds] [connections]: lists, search and back-office of a running server, uncached
if [ "$mode" = scale ]; then shift; exec scripts/scale/measure.sh "$@"; fi
if [ "$mode" = url ]; then
  base=${2:?usage: scripts/benchmark.sh url BASE_URL [seconds] [connections]}; base=${base%/}
  secs=${3:-30}; conns=${4:-50}
else
  base=http://127.0.0.1:8080; secs=${2:-30}; conns=${3:-50}
fi
compare=${COMPARE_STATIC:-../shared/tools/compare-static.sh}
fail() { echo "benchmark: $*" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -x "$compare" ] || [ -f "$compare" ] || fail "no $compare (the shared tools folder beside the repository); set COMPARE_STATIC"
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" 2>/dev/null || true; }

if [ "$mode" = url ]; then
  [ "$(status "$base/")" = 200 ] || fail "no portal answers at $base/ (is the server up? start it with: mvn -Prun package)"
else
  db=$mode
  case "$db" in h2|postgres) ;; *) fail "unknown database '$db': h2, postgres or url BASE_URL" ;; esac
  if [ "$(status "$base/")" != 000 ]; then echo "Port 8080 is taken: stop the running server first" >&2; exit 2; fi
  work=$(mktemp -d)
  export INTEGRA_DATA_DIR="$work/data"
  export INTEGRA_ADMIN_PASSWORD="benchmark-$(date +%s)"
  export INTEGRA_REGISTRATION_LIMIT=1000000000
  if [ "$db" = postgres ]; then
    name="integra_bench_$$"
    createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 "$name"
    export INTEGRA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$name" INTEGRA_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
           INTEGRA_DB_USER=postgres INTEGRA_DB_PASSWORD=postgres
  fi
  mvn -B -q -Prun package > "$work/server.log" 2>&1 &
  stop() {
    ear/target/payara6/bin/asadmin stop-domain domain1 >/dev/null 2>&1 || true
    if [ "$db" = postgres ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$name" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
  }
  trap stop EXIT
  up=no; deadline=$((SECONDS + ${STARTUP_TIMEOUT:-600}))
  while [ $SECONDS -lt $deadline ]; do
    if [ "$(status "$base/api/v1/projects")" = 200 ]; then up=yes; break; fi
    sleep 1
  done
  if [ $up != yes ]; then
    tail -n 40 "$work/server.log" >&2
    fail "the application did not answer at $base/api/v1/projects within ${STARTUP_TIMEOUT:-600} s (its log ends above)"
  fi
fi

# the article: the first one /news lists
news=$(curl -s --max-time 30 -w '\n%{http_code}' "$base/news") || fail "$base/news did not answer"
[ "${news##*$'\n'}" = 200 ] || fail "$base/news answered ${news##*$'\n'}, not 200: the news list is needed to find an article"
article=$(grep -o 'href="/news/[a-z0-9]\+\(-[a-z0-9]\+\)*' <<<"$news" | head -n 1 | sed 's/^href="//') || true
[ -n "$article" ] || fail "$base/news lists no article: publish one (the demo data should have some)"
[ "$(status "$base$article")" = 200 ] || fail "$base$article (the first article on /news) does not answer 200"

# the search: the longest word of the article's title
title=$(curl -s --max-time 30 "$base$article" | tr '\n' ' ' | grep -o '<h1[^>]*>[^<]*</h1>' | head -n 1 | sed 's/<[^>]*>//g') || true
word=$(perl -CSD -ne 'for (/(\w{3,})/g) { $w = $_ if length > length($w // "") } END { print $w // "" }' <<<"$title")
[ -n "$word" ] || fail "no title found on $base$article to search for"
search=$(curl -s -o /dev/null -G --max-time 30 -w '%{url_effective}' --data-urlencode "q=$word" "$base/search")
search=${search#"$base"}
[ "$(status "$base$search")" = 200 ] || fail "$base$search does not answer 200"
echo "article: $article; search: $search (the word «$word» of its title)"
echo

rows=" ${ROWS:-home render project article search api register compare} "
declare -A row_path=([home]=/ [render]='/?render=always' [project]=/projects/1 [article]="$article" [search]="$search"
                     [api]=/api/v1/projects)
event=$(curl -s --max-time 30 "$base/api/v1/events" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2) || true
[ -n "$event" ] || [[ $rows != *" register "* ]] || fail "no upcoming event at $base/api/v1/events to register for"
row_path[register]=/api/v1/events/$event/registrations

echo "| database | URL | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for row in home render project article search api register; do
  [[ $rows == *" $row "* ]] || continue
  path=${row_path[$row]}; script=()
  [ "$row" = register ] && script=(-s scripts/wrk/register.lua)
  wrk -t2 -c"$conns" -d"${WARMUP:-20}s" "${script[@]}" "$base$path" >/dev/null 2>&1  # warm-up: JIT, pools, caches
  wrk -t2 -c"$conns" -d"${secs}s" --latency "${script[@]}" "$base$path" | awk -v db="${db:-$base}" -v path="$( [ "$row" = register ] && echo "POST $path" || echo "$path")" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s$/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END { printf "| %s | `%s` | %.0f | %.1f | %.1f | %s |\n", db, path, rps, p50, p99, (errors == "" ? "none" : errors) }'
done

[[ $rows == *" compare "* ]] || exit 0
echo
echo "Against nginx serving the same bytes (compare-static.sh URL $conns $secs, server warmed up above):"
echo
echo "| page | application | nginx static | ratio |"
echo "|---|---|---|---|"
for path in / "$article" "$search"; do
  out=$(bash "$compare" "$base$path" "$conns" "$secs") || fail "compare-static.sh failed on $base$path: $out"
  awk -v path="$path" '
    /^page:/ { n = split($0, w, "("); bytes = w[n]; sub(/ bytes\).*/, "", bytes) }
    /^application:/ { app = $2 " req/s, p99 " $5 " ms" }
    /^nginx static:/ { st = $3 " req/s, p99 " $6 " ms" }
    /^ratio/ { ratio = $NF }
    END { printf "| `%s` (%s bytes) | %s | %s | %s |\n", path, bytes, app, st, ratio }' <<<"$out"
done
