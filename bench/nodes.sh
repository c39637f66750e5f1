#!/usr/bin/env bash
# Two Tandem nodes on one PostgreSQL database (tandem_nodes; ports 8186 and 8187, loopback only):
#   1. node 1 starts on an empty database (first admin from the bootstrap variables), then node 2;
#   2. sign in on node 1 (login form + CSRF, curl cookie jar), switch the language there, go on on node 2 with the
#      same cookie: signed in, in that language (the session and its attributes are in the database);
#   3. a bounded run of requests spread over both nodes like a load balancer (round robin; a node that does not answer
#      is skipped, as a load balancer does); in the middle node 1 is killed with kill -9: no request of the run may be
#      sent to the login page or fail, the rest is served by node 2 without signing in again;
#   4. node 1 starts again and serves the same session;
#   5. the daily duo reminders (ShedLock lock "duo-reminders"), fired every 20 s on both nodes for this drill: every
#      firing of both nodes is logged, and the job ran once across them (its lock is held 5 minutes after a run).
# Stops its nodes on any exit. Exit 0 when every check passed. Usage: bench/nodes.sh   (BUILD=1 rebuilds the jar)
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DB=tandem_nodes
PORT1=${PORT1:-8186}
PORT2=${PORT2:-8187}
ADMIN_EMAIL=admin@nodes.test
ADMIN_PASSWORD=nodes-drill-password
REQUESTS=${REQUESTS:-40}
KILL_AT=$((REQUESTS / 2))
CRON='*/20 * * * * *'
WORK=$(mktemp -d)
FAILED=0
begin=$(now)

cleanup() {
  stop_node "$PORT1" KILL
  stop_node "$PORT2"
  [[ "$FAILED" == 0 && "${KEEP:-0}" != 1 ]] && drop_db "$DB"
  echo "(node logs: $WORK)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_up || { echo "PostgreSQL is not running at $PG_HOST:$PG_PORT" >&2; exit 1; }
JAR=$(tandem_jar) || exit 1
fresh_db "$DB" || exit 1
NODE_ARGS=(--tandem.duo.reminders.cron="$CRON" --logging.level.net.javacrumbs.shedlock=DEBUG)
# C1 only: these nodes live a few minutes, so they start faster without the optimising compiler
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}

note "node 1 on $DB (port $PORT1)"
start_node "$PORT1" "$DB" "$WORK/node1.log" "${NODE_ARGS[@]}"
wait_ready "$PORT1" 240 || { FAILED=1; exit 1; }
note "node 1 ready after $(since "$begin") s; node 2 (port $PORT2)"
start_node "$PORT2" "$DB" "$WORK/node2.log" "${NODE_ARGS[@]}"

sign_in "$PORT1" "$WORK/cookies" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" || { FAILED=1; exit 1; }
[[ $(status "$PORT1" "/programmes?lang=en" -b "$WORK/cookies") == 200 ]] || fail "node 1 after signing in"
wait_ready "$PORT2" 240 || { FAILED=1; exit 1; }
note "node 2 ready after $(since "$begin") s"
code=$(curl -s -m 10 -o "$WORK/node2.html" -w '%{http_code}' -b "$WORK/cookies" "http://127.0.0.1:$PORT2/programmes")
[[ "$code" == 200 ]] || fail "node 2 did not serve node 1's session ($code)"
grep -q 'lang="en"' "$WORK/node2.html" || fail "node 2 did not keep the language chosen on node 1"
note "signed in on node 1, node 2 serves the same session ($code, in the language chosen on node 1)"

# The run: round robin over the nodes that answer; node 1 is killed (kill -9) half-way, while requests go on.
paths=(/programmes /participants /me/activities /employers)
served1=0; served2=0; failovers=0; to_login=0; errors=0
for i in $(seq 1 "$REQUESTS"); do
  if [[ "$i" == "$KILL_AT" ]]; then
    note "kill -9 node 1 (at request $i of $REQUESTS, while the run goes on)"
    (sleep 0.2; kill -KILL "$(node_pid "$PORT1")") &
  fi
  path=${paths[$((i % ${#paths[@]}))]}
  first=$([[ $((i % 2)) == 1 ]] && echo "$PORT1" || echo "$PORT2")
  second=$([[ "$first" == "$PORT1" ]] && echo "$PORT2" || echo "$PORT1")
  code=$(status "$first" "$path" -b "$WORK/cookies")
  port=$first
  if [[ "$code" == 000 ]]; then   # nothing answered: the load balancer tries the other node
    failovers=$((failovers + 1))
    code=$(status "$second" "$path" -b "$WORK/cookies")
    port=$second
  fi
  case "$code" in
    200) [[ "$port" == "$PORT1" ]] && served1=$((served1 + 1)) || served2=$((served2 + 1)) ;;
    302) to_login=$((to_login + 1)) ;;
    *) errors=$((errors + 1)); echo "request $i $path on $port answered $code" >&2 ;;
  esac
done
node_gone "$PORT1" || fail "node 1 did not die"
note "run of $REQUESTS requests: node 1 served $served1, node 2 served $served2, $failovers failed over to node 2," \
  "$to_login sent to the login page, $errors errors"
[[ "$to_login" == 0 && "$errors" == 0 && "$served1" -gt 0 && "$failovers" -gt 0 ]] \
  || fail "the run did not go on on node 2 without signing in again"
[[ $((served1 + served2)) == "$REQUESTS" ]] || fail "not every request of the run was served"

note "node 1 starts again"
restarted=$(now)
start_node "$PORT1" "$DB" "$WORK/node1-again.log" "${NODE_ARGS[@]}"
wait_ready "$PORT1" 240 || { FAILED=1; exit 1; }
note "node 1 ready again in $(since "$restarted") s"
[[ $(status "$PORT1" /programmes -b "$WORK/cookies") == 200 ]] || fail "node 1 did not serve the session after its restart"

# Both nodes up: wait (bounded) until the restarted node 1 has also fired the job at least once.
for _ in $(seq 1 60); do
  grep -q "'duo-reminders'" "$WORK/node1-again.log" && break
  sleep 0.5
done
runs=$(cat "$WORK"/node*.log | grep -c "Locked 'duo-reminders'")
skips1=$(cat "$WORK/node1.log" "$WORK/node1-again.log" | grep -c "Not executing 'duo-reminders'")
skips2=$(grep -c "Not executing 'duo-reminders'" "$WORK/node2.log")
held=$(psql_q -d "$DB" -c "select extract(epoch from lock_until - locked_at)::int from shedlock where name = 'duo-reminders'")
elapsed=$(since "$begin")
note "daily duo reminders over $elapsed s: ran $runs time(s); skipped because locked: node 1 $skips1, node 2 $skips2;" \
  "lock held ${held:-?} s after the run"
# the lock is held 5 minutes after a run: a drill slower than that may see one more run per 5 minutes, no more
allowed=$((1 + ${elapsed%.*} / 300))
[[ "$runs" -ge 1 && "$runs" -le "$allowed" ]] || fail "the daily job ran $runs times across the nodes, not once"
[[ "$skips1" -gt 0 && "$skips2" -gt 0 ]] || fail "not both nodes fired the job (node 1 $skips1, node 2 $skips2 skips)"
[[ "$held" == 300 ]] || fail "the lock was not held 5 minutes after the run ($held s)"

if [[ "$FAILED" == 0 ]]; then
  echo "nodes drill passed in $(since "$begin") s: session shared across nodes, node 1 killed mid-run without" \
    "signing anybody out, the daily job ran once across both nodes"
else
  echo "nodes drill FAILED" >&2
  exit 1
fi
