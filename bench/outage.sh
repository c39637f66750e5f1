#!/usr/bin/env bash
# Database outage drill: Tandem on PostgreSQL (its own database tandem_outage, port 8186, loopback only) while
# PostgreSQL is stopped and started again under it.
#   1. start a node, sign in on a page (form + CSRF, cookie jar), create programmes through the API (acknowledged: 201);
#   2. stop PostgreSQL (pg_ctlcluster ... stop): readiness must go DOWN within seconds (liveness stays UP), a signed-in
#      page answers 503 "temporarily unavailable" without a stack trace, the API 503 problem details, a write is refused;
#   3. start PostgreSQL again: readiness UP without restarting the node, the same session goes on (it is in the
#      database), every programme acknowledged before the outage is there, and writing works again.
# PostgreSQL is started again on any exit (trap), and the outage lasts seconds (stopping it affects everything else
# on this PostgreSQL). Exit 0 when every check passed. Usage: bench/outage.sh   (BUILD=1 rebuilds the jar)
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

PORT=${PORT:-8186}
DB=tandem_outage
ADMIN_EMAIL=admin@outage.test
ADMIN_PASSWORD=outage-drill-password
WORK=$(mktemp -d)
FAILED=0
WRITES=5

cleanup() {
  ensure_pg_running
  stop_node "$PORT"
  echo "(node log: $WORK/node.log)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_up || { echo "PostgreSQL is not running at $PG_HOST:$PG_PORT" >&2; exit 1; }
VERSION=$(pg_version)
JAR=$(tandem_jar) || exit 1
fresh_db "$DB" || exit 1

note "starting Tandem on $DB (port $PORT)"
start_node "$PORT" "$DB" "$WORK/node.log"
wait_ready "$PORT" 240 || exit 1
sign_in "$PORT" "$WORK/cookies" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" || exit 1
[[ $(status "$PORT" /programmes -b "$WORK/cookies") == 200 ]] || fail "signed-in page before the outage"

api() { curl -s -m 10 -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" -H 'Accept-Language: en' "$@"; }
create_programme() {
  api -o "$WORK/created.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"kind\":\"OTHER\",\"languages\":[\"NL\"],\"defaultDurationMonths\":6,\"meetingFrequency\":\"WEEKLY\"}" \
    "http://127.0.0.1:$PORT/api/v1/programmes"
}
ids=()
for i in $(seq 1 "$WRITES"); do
  code=$(create_programme "Outage drill $i")
  [[ "$code" == 201 ]] || { fail "write $i before the outage answered $code"; continue; }
  ids+=("$(grep -o '"id":[0-9]*' "$WORK/created.json" | head -1 | cut -d: -f2)")
done
note "${#ids[@]} programmes acknowledged (201) before the outage: ids ${ids[*]}"

note "stopping PostgreSQL $VERSION"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main stop || fail "could not stop PostgreSQL"
stopped=$(now)
down=""
for _ in $(seq 1 40); do   # at most ~20 s
  if [[ $(status "$PORT" /actuator/health/readiness) == 503 ]]; then down=$(since "$stopped"); break; fi
  sleep 0.5
done
[[ -n "$down" ]] && note "readiness DOWN after $down s" || fail "readiness not DOWN within 20 s"
[[ $(status "$PORT" /actuator/health/liveness) == 200 ]] || fail "liveness should stay UP during the outage"

page_code=$(curl -s -m 15 -o "$WORK/page.html" -w '%{http_code}' -b "$WORK/cookies" -H 'Accept-Language: nl' \
  "http://127.0.0.1:$PORT/programmes")
[[ "$page_code" == 503 ]] || fail "signed-in page during the outage answered $page_code, not 503"
grep -q 'Tijdelijk niet beschikbaar' "$WORK/page.html" || fail "the 503 page is not the friendly one"
grep -Eqi 'exception|at org\.|psql|hikari|jdbc' "$WORK/page.html" && fail "the 503 page shows technical details"
api_code=$(api -o "$WORK/api.json" -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/programmes")
[[ "$api_code" == 503 ]] || fail "API during the outage answered $api_code, not 503"
grep -q '"status":503' "$WORK/api.json" || fail "API 503 is not problem details: $(head -c 300 "$WORK/api.json")"
grep -Eqi 'exception|psql|hikari|jdbc' "$WORK/api.json" && fail "the API's 503 shows technical details"
write_code=$(create_programme "Outage drill during")
[[ "$write_code" == 503 ]] || fail "a write during the outage answered $write_code, not 503"
note "during the outage: page $page_code, API $api_code ($(grep -o '"detail":"[^"]*"' "$WORK/api.json" | head -c 90)...), write $write_code"

note "starting PostgreSQL $VERSION again"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start || fail "could not start PostgreSQL"
started=$(now)
note "PostgreSQL was down for $(echo "$started - $stopped" | bc | awk '{printf "%.1f", $1}') s"
up=""
for _ in $(seq 1 120); do   # at most ~60 s
  if [[ $(status "$PORT" /actuator/health/readiness) == 200 ]]; then up=$(since "$started"); break; fi
  sleep 0.5
done
[[ -n "$up" ]] && note "readiness UP again $up s after PostgreSQL started (no restart of the node)" \
  || fail "readiness not UP within 60 s of PostgreSQL's start"

after=$(status "$PORT" /programmes -b "$WORK/cookies")
[[ "$after" == 200 ]] || fail "the signed-in session did not go on after the outage ($after)"
found=0
for id in "${ids[@]}"; do
  if api "http://127.0.0.1:$PORT/api/v1/programmes/$id" | grep -q "\"name\":\"Outage drill"; then found=$((found + 1)); fi
done
[[ "$found" == "${#ids[@]}" && "$found" == "$WRITES" ]] || fail "only $found of $WRITES acknowledged programmes are there"
rows=$(psql_q -d "$DB" -c "select count(*) from programme where name like 'Outage drill%'")
[[ "$rows" == "$WRITES" ]] || fail "$rows drill programmes in the database, expected $WRITES (the refused write must not be there)"
code=$(create_programme "Outage drill after")
[[ "$code" == 201 ]] || fail "a write after the outage answered $code"
note "after the outage: same session $after, $found of $WRITES acknowledged programmes found, $rows rows, new write $code"

stop_node "$PORT"
drop_db "$DB"
if [[ "$FAILED" == 0 ]]; then
  echo "outage drill passed: readiness DOWN after ${down} s, UP ${up} s after PostgreSQL was back"
else
  echo "outage drill FAILED" >&2
  exit 1
fi
