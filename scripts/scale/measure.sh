#!/usr/bin/env bash
# Measures the addresses of issue 9's scale target against a running server, every answer read from the database
# and rendered (scripts/wrk/uncached.lua adds a parameter never sent before): the portal's lists, the site search
# in Bulgarian, English and Arabic, the API's lists and the back-office's lists (signed in as an administrator),
# and the network's directory (the list, nearest to a town with a kind of service, open now with a language, a
# member's page, the API's locations by distance and HSDS's services).
# Prints a Markdown row per address and the machine's load average before and after.
#
# Usage: scripts/scale/measure.sh BASE_URL ADMIN_PASSWORD [seconds=15] [connections=50]
# SEARCH_CONNECTIONS (10) is used for the search rows; WARMUP (5 s) before each address; ROWS picks rows by label;
# PROJECT and EVENT choose the project page and the attendance page (default: found through the API), MEMBER the
# network member's page (default member-1000, a generated one; rsr-maritsa with the demo data alone), TOPIC the
# forum's long topic (default: the one with the most posts, through the API), FORUM_MEMBER the member whose page is
# measured (default scale-1, a generated account with some 50 posts; a demo handle with the demo data alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:?usage: scripts/scale/measure.sh BASE_URL ADMIN_PASSWORD [seconds] [connections]}; base=${base%/}
password=${2:?usage: scripts/scale/measure.sh BASE_URL ADMIN_PASSWORD}
secs=${3:-15}; conns=${4:-50}; search_conns=${SEARCH_CONNECTIONS:-10}
fail() { echo "measure: $*" >&2; exit 1; }
command -v wrk >/dev/null || fail "wrk is missing: apt-get install -y wrk"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/projects")" = 200 ] || fail "no server at $base"

# sign in as a browser does: the login form's fields from its HTML, then the session cookie
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
form=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
fields=$(perl -ne 'while (/<input\b([^>]*)>/g) { my $a = $1; my ($n) = $a =~ /name="([^"]+)"/; my ($v) = $a =~ /value="([^"]*)"/;
  next unless $n; print "$n\t", ($v // ""), "\n" }' <<<"$form")
args=()
while IFS=$'\t' read -r name value; do
  case "$name" in
    *:username) value=admin ;;
    *:password) value=$password ;;
  esac
  args+=(--data-urlencode "$name=$value")
done <<<"$fields"
button=$(grep -o '<button[^>]*type="submit"[^>]*' <<<"$form" | grep -o 'name="[^"]*"' | head -n 1 | cut -d'"' -f2) || true
[ -z "$button" ] || args+=(--data-urlencode "$button=")
action=$(grep -o '<form[^>]*id="login"[^>]*' <<<"$form" | grep -o 'action="[^"]*"' | cut -d'"' -f2 | sed 's/&amp;/&/g')
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "${args[@]}" "$base${action:-/login.xhtml}")
case "$code" in 302*|303*) [[ $code != *login.xhtml* ]] || fail "signing in failed: $code" ;; *) fail "signing in answered $code" ;; esac
cookie=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -n 1)
[ -n "$cookie" ] || fail "no session cookie after signing in"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/admin/audit/")" = 200 ] || fail "the audit trail does not answer 200 when signed in"

# a project, an event with registrations: the last ones the API lists (the generated ones at scale)
project=$(curl -s "$base/api/v1/projects?size=1&page=$(( $(curl -s "$base/api/v1/projects?size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2) - 1 ))" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2) || true
project=${PROJECT:-${project:-1}}
event=$(curl -s "$base/api/v1/events?when=past" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2) || true
event=${EVENT:-$event}
# the forum's longest thread (the generated one of 500 posts at scale), its last page of 20 posts
long_topic=$(curl -s "$base/api/v1/forum/topics?order=top&size=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2) || true
long_topic=${TOPIC:-${long_topic:-1}}
long_topic_path=$(curl -s "$base/api/v1/forum/topics/$long_topic?size=1" | grep -o '"path":"[^"]*"' | head -n 1 | cut -d'"' -f4) || true
long_topic_path=${long_topic_path:-$long_topic}
enc() { perl -MURI::Escape -CA -e 'print uri_escape_utf8($ARGV[0])' "$1" 2>/dev/null || python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

rows=(
  "home|/|$conns|"
  "news|/news|$conns|"
  "events|/events|$conns|"
  "resources|/resources|$conns|"
  "info|/info|$conns|"
  "project|/projects/$project|$conns|"
  "network|/network|$conns|"
  "network-near|/network?near=HASKOVO&kind=LEGAL_ADVICE|$conns|"
  "network-open|/network?open=1&language=ar|$conns|"
  "member|/network/${MEMBER:-member-1000}|$conns|"
  "search-bg|/search?q=$(enc 'интеграция')|$search_conns|"
  "search-bg2|/search?q=$(enc 'правна помощ')|$search_conns|"
  "search-en|/search?q=integration|$search_conns|"
  "search-en2|/search?q=$(enc 'legal help')|$search_conns|"
  "search-ar|/search?q=$(enc 'اندماج')|$search_conns|"
  "search-ar2|/search?q=$(enc 'مساعدة قانونية')|$search_conns|"
  "api-projects|/api/v1/projects|$conns|"
  "api-organisations|/api/v1/organisations|$conns|"
  "api-events|/api/v1/events|$conns|"
  "api-locations|/api/v1/network/locations?lat=42.15&lon=24.75|$conns|"
  "hsds-services|/api/hsds/services|$conns|"
  "forum|/forum|$conns|"
  "forum-topic-500|/forum/t/$long_topic_path?page=25|$conns|"
  "forum-member|/forum/u/${FORUM_MEMBER:-scale-1}|$conns|"
  "api-forum-topics|/api/v1/forum/topics|$conns|"
  "api-forum-topic-500|/api/v1/forum/topics/$long_topic?page=24|$conns|"
  "bo-projects|/admin/projects/list.xhtml|10|$cookie"
  "bo-content|/admin/content/list.xhtml|10|$cookie"
  "bo-audit|/admin/audit/|10|$cookie"
  "bo-events|/admin/events/list.xhtml|10|$cookie"
  "bo-attendance|/admin/events/attendance.xhtml?event=$event|10|$cookie"
  "bo-forum|/admin/forum/|10|$cookie"
)
echo "project $project, event $event; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| row | URL | connections | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r label path c ck <<<"$row"
  [ -z "${ROWS:-}" ] || [[ " $ROWS " == *" $label "* ]] || continue
  header=(); [ -z "$ck" ] || header=(-H "Cookie: $ck")
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$base$path")
  [ "$status" = 200 ] || { echo "| $label | \`$path\` | $c | – | – | – | answered $status |"; continue; }
  wrk -t2 -c"$c" -d"${WARMUP:-5}s" -s scripts/wrk/uncached.lua "${header[@]}" "$base$path" >/dev/null 2>&1 || true
  wrk -t2 -c"$c" -d"${secs}s" --latency -s scripts/wrk/uncached.lua "${header[@]}" "$base$path" | awk -v label="$label" -v path="$path" -v c="$c" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s$/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END { printf "| %s | `%s` | %s | %.0f | %.1f | %.1f | %s |\n", label, path, c, rps, p50, p99, (errors == "" ? "none" : errors) }'
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
