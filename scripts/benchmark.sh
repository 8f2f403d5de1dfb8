#!/usr/bin/env bash
# Measures the portal, the API and the back-office with wrk on loopback (2 threads, 50 connections, 30 s after a
# 10 s warm-up per address) and prints a Markdown table row per address with issue 9's target beside it:
#   cached        the page cache's answer: home, a project, an article, a search
#   render        every portal page type rendered on every request (scripts/wrk/uncached.lua adds a parameter never
#                 sent before, which the page cache does not keep): home, project, news, article, events, event,
#                 registration form, resources, material, info, topic, search, the network's directory (all, and
#                 nearest to Haskovo with legal advice) and a member's page
#   api           GET /api/v1/projects as cached; api-uncached: list and detail answers computed every time
#   backoffice    signed in as the administrator, 10 connections: projects, content, audit trail, attendance
#   register      POST /api/v1/events/{id}/registrations, a new person per request (scripts/wrk/register.lua): every
#                 request a committed write. Against a running server ("url") it needs INTEGRA_REGISTRATION_LIMIT
#                 raised there (30 an hour by default)
# then, for the home page, the article and the search, the same page served as a static file by nginx in the
# same run (../shared/tools/compare-static.sh), the practical ceiling on this machine.
#
# The article is the first one the running server lists at /news; the search looks for the longest word of its
# title, so it has at least one result; the event, material and topic are the first their lists link to.
#
# The invalidation row measures the cached home page quiet, then while scripts/wrk/publisher.py signs in to the
# back-office as admin and publishes one news article a second through the content editor (against a running
# server ("url") set BENCHMARK_ADMIN_PASSWORD to its admin password), and prints both rates and their ratio.
#
# ROWS picks rows: any of home project article search render api api-uncached backoffice register invalidation
# compare (default: all). Against a running server the backoffice row needs BENCHMARK_ADMIN_PASSWORD.
# WRITER_WARMUP: how long the invalidation row's writer publishes before it is measured (120 s).
#
# Usage: scripts/benchmark.sh [h2|postgres] [seconds=30] [connections=50]
#          builds and starts the application as `mvn -Prun package` does (a fresh database with the demo data),
#          measures it and stops it; port 8080 must be free
#        scripts/benchmark.sh url BASE_URL [seconds=30] [connections=50]
#          measures a server that is already running, e.g. http://127.0.0.1:8080
#        scripts/benchmark.sh scale BASE_URL ADMIN_PASSWORD [seconds=15] [connections=50]
#          scripts/scale/measure.sh: the lists, searches and back-office lists of a running server, uncached
# Needs wrk and nginx (apt-get install -y wrk nginx); for postgres a server on 127.0.0.1:5432 with trust
# authentication. COMPARE_STATIC overrides the path of compare-static.sh, WARMUP the warm-up per address (10 s),
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
  # the server renders the portal's pages once in the background after it starts (PortalWarmUp): measure after that,
  # not beside it (the first row of a run used to pay for it)
  # (INTEGRA_WARMUP=false turns the warm-up off: nothing to wait for)
  if [ "${INTEGRA_WARMUP:-}" != false ]; then
    while [ $SECONDS -lt $deadline ] && ! grep -q 'Warmed up\|Warm-up stopped' "$work/server.log"; do sleep 1; done
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

# the other page types: the first event, material and topic that their lists link to
first_link() { curl -s --max-time 30 "$base$1" | grep -o "href=\"$1/[a-z0-9]\+\(-[a-z0-9]\+\)*\"" | head -n 1 | sed 's/^href="//; s/"$//'; }
event_page=$(first_link /events); resource_page=$(first_link /resources); topic_page=$(first_link /info)
[ -n "$event_page" ] && [ -n "$resource_page" ] && [ -n "$topic_page" ] || fail "no event, material or topic linked from /events, /resources, /info"

rows=" ${ROWS:-home project article search render api api-uncached backoffice register invalidation compare} "
event=$(curl -s --max-time 30 "$base/api/v1/events" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2) || true
[ -n "$event" ] || [[ $rows != *" register "* && $rows != *" backoffice "* ]] || fail "no upcoming event at $base/api/v1/events"

# measure LABEL PATH CONNECTIONS TARGET_RPS TARGET_P99_MS [wrk options...]: one table row, after a warm-up of the
# address; a target of - is none
measure() {
  local label=$1 path=$2 c=$3 want_rps=$4 want_p99=$5; shift 5
  wrk -t2 -c"$c" -d"${WARMUP:-10}s" "$@" "$base$path" >/dev/null 2>&1  # warm-up: JIT, pools, caches
  wrk -t2 -c"$c" -d"${secs}s" --latency "$@" "$base$path" | awk -v db="${db:-$base}" -v label="$label" -v path="$path" \
      -v c="$c" -v want_rps="$want_rps" -v want_p99="$want_p99" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s$/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END {
      target = want_rps == "-" ? "-" : sprintf("≥ %s/s", want_rps) (want_p99 == "-" ? "" : sprintf(", p99 < %s ms", want_p99))
      met = want_rps == "-" ? "" : (rps >= want_rps && (want_p99 == "-" || p99 < want_p99) && errors == "" ? "yes" : "**no**")
      printf "| %s | %s | `%s` | %d | %.0f | %.1f | %.1f | %s | %s | %s |\n", db, label, path, c, rps, p50, p99,
             (errors == "" ? "none" : errors), target, met }'
}

echo "| database | row | URL | connections | requests/s | p50 ms | p99 ms | errors | target | met |"
echo "|---|---|---|---|---|---|---|---|---|---|"
# cached portal pages (the page cache answers; the side-by-side with nginx is below)
[[ $rows == *" home "* ]] && measure cached / "$conns" - -
[[ $rows == *" project "* ]] && measure cached /projects/1 "$conns" - -
[[ $rows == *" article "* ]] && measure cached "$article" "$conns" - -
[[ $rows == *" search "* ]] && measure cached "$search" "$conns" - -
# every portal page type rendered on every request: scripts/wrk/uncached.lua adds a parameter never sent before,
# which the page cache does not keep (issue 9's render target: 1,000 requests/s, p99 < 100 ms)
if [[ $rows == *" render "* ]]; then
  for path in / /projects/1 /news "$article" /events "$event_page" "$event_page/register" /resources "$resource_page" \
              /info "$topic_page" "$search" /network "/network?near=HASKOVO&kind=LEGAL_ADVICE" /network/rsr-maritsa; do
    measure render "$path" "$conns" 1000 100 -s scripts/wrk/uncached.lua
  done
fi
[[ $rows == *" api "* ]] && measure api-cached /api/v1/projects "$conns" - -
# API answers computed on every request (an address never asked before): 2,000 requests/s, p99 < 50 ms
if [[ $rows == *" api-uncached "* ]]; then
  for path in /api/v1/projects /api/v1/projects/1 /api/v1/events "/api/v1/events/$event" /api/v1/organisations \
              /api/v1/network/locations /api/hsds/services; do
    measure api-uncached "$path" "$conns" 2000 50 -s scripts/wrk/uncached.lua
  done
fi
# the back-office, signed in as the administrator (the password the script set, or BENCHMARK_ADMIN_PASSWORD for
# a running server), 10 connections of one staff member: 300 requests/s each
if [[ $rows == *" backoffice "* ]]; then
  password=${BENCHMARK_ADMIN_PASSWORD:-${INTEGRA_ADMIN_PASSWORD:-}}
  [ -n "$password" ] || fail "the backoffice row signs in: set BENCHMARK_ADMIN_PASSWORD to the administrator's password"
  jar=$(mktemp)
  login=$(curl -s -c "$jar" -b "$jar" --max-time 30 "$base/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*' <<<"$login" | grep -o 'value="[^"]*"' | head -n 1 | sed 's/^value="//; s/"$//')
  signed=$(curl -s -c "$jar" -b "$jar" --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' \
      --data-urlencode login=login --data-urlencode login:username=admin --data-urlencode "login:password=$password" \
      --data-urlencode login:submit= --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n 1); rm -f "$jar"
  [[ $signed == 302* && $signed != *login.xhtml* && -n $session ]] || fail "signing in as admin failed ($signed)"
  for path in /admin/projects/list.xhtml /admin/content/list.xhtml /admin/audit/ "/admin/events/attendance.xhtml?event=$event"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base$path")" = 200 ] || fail "$base$path does not answer 200 when signed in"
    measure backoffice "$path" 10 300 - -H "Cookie: JSESSIONID=$session"
  done
fi
[[ $rows == *" register "* ]] && measure "register (POST)" "/api/v1/events/$event/registrations" "$conns" - - -s scripts/wrk/register.lua

if [[ $rows == *" invalidation "* ]]; then
  writer_password=${BENCHMARK_ADMIN_PASSWORD:-${INTEGRA_ADMIN_PASSWORD:-}}
  [ -n "$writer_password" ] || fail "the invalidation row signs in as admin: set BENCHMARK_ADMIN_PASSWORD"
  rate() { # -> "req/s p99_ms"
    wrk -t2 -c"$conns" -d"${secs}s" --latency "$base/" | awk '
      function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s$/, "", v); return v * 1000 }
      /Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = ms($2) } END { printf "%.0f %.1f\n", rps, p99 }'
  }
  # The writer's path (the editor's page, its save, the renders that follow) is warmed up like every address
  # measured here: for its first two minutes the JIT compiles it (about 0.1 of a core for a write a second) and
  # the ratio is 0.57-0.75 instead of about 0.9 (docs/benchmarks.md, 2026-12-06)
  python3 scripts/wrk/publisher.py "$base" "$writer_password" 1 & writer=$!
  wrk -t2 -c"$conns" -d"${WRITER_WARMUP:-120}s" "$base/" >/dev/null 2>&1
  kill "$writer" 2>/dev/null || fail "the writer (scripts/wrk/publisher.py) stopped early"; wait "$writer" || true
  wrk -t2 -c"$conns" -d"${WARMUP:-20}s" "$base/" >/dev/null 2>&1
  read -r quiet quiet_p99 < <(rate)
  python3 scripts/wrk/publisher.py "$base" "$writer_password" 1 & writer=$!
  sleep 3  # signed in, first articles out
  read -r busy busy_p99 < <(rate)
  kill "$writer" 2>/dev/null || fail "the writer (scripts/wrk/publisher.py) stopped early"; wait "$writer" || true
  echo
  echo "The cached home page while a writer publishes one article a second through the back-office:"
  echo
  echo "| URL | quiet | under the writer | ratio |"
  echo "|---|---|---|---|"
  awk -v q="$quiet" -v qp="$quiet_p99" -v b="$busy" -v bp="$busy_p99" 'BEGIN {
    printf "| `/` | %d req/s, p99 %.1f ms | %d req/s, p99 %.1f ms | %.2f |\n", q, qp, b, bp, (q > 0 ? b / q : 0) }'
fi

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
