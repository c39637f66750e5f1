#!/usr/bin/env bash
# Backup and restore drill, the README's procedure end to end on the local PostgreSQL (loopback only):
#   1. Tandem loads its demo into a database of its own (tandem_drill, port 8186), then stops;
#   2. pg_dump -Fc of that database; pg_restore into a fresh one (tandem_restored);
#   3. every table's row count and content hash, source against restored: all must be equal;
#   4. Tandem starts on the restored database (port 8187): ready, the counts still equal, a demo coordinator signs in
#      and finds the demo programmes.
# Exit 0 when nothing differs. Usage: bench/restore-drill.sh   (BUILD=1 rebuilds the jar; KEEP=1 keeps the databases)
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SOURCE=tandem_drill
RESTORED=tandem_restored
PORT1=${PORT1:-8186}
PORT2=${PORT2:-8187}
WORK=$(mktemp -d)
FAILED=0

cleanup() {
  stop_node "$PORT1"
  stop_node "$PORT2"
  if [[ "${KEEP:-0}" != 1 ]]; then drop_db "$SOURCE"; drop_db "$RESTORED"; fi
  echo "(logs and dump: $WORK)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_up || { echo "PostgreSQL is not running at $PG_HOST:$PG_PORT" >&2; exit 1; }
JAR=$(tandem_jar) || exit 1
fresh_db "$SOURCE" || exit 1
drop_db "$RESTORED"

# Every table of the public schema: name, row count, and an order-independent hash of its rows.
table_figures() {
  local db=$1 sql
  sql=$(psql_q -d "$db" -c "select string_agg(format(
      'select %L, count(*), md5(coalesce(string_agg(md5(t::text), %L order by md5(t::text)), %L)) from %I t',
      table_name, ',', '', table_name), ' union all ' order by table_name)
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
  psql_q -F ' ' -d "$db" -c "$sql" | sort
}

note "loading the demo into $SOURCE (port $PORT1)"
started=$(now)
start_node "$PORT1" "$SOURCE" "$WORK/source.log" --tandem.demo.enabled=true
wait_ready "$PORT1" 300 || exit 1
note "demo loaded and ready in $(since "$started") s; stopping the node"
stop_node "$PORT1"
table_figures "$SOURCE" >"$WORK/source.txt"

note "pg_dump -Fc $SOURCE"
started=$(now)
pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Fc --no-owner --no-acl -f "$WORK/tandem.dump" "$SOURCE" \
  || { fail "pg_dump failed"; exit 1; }
note "dump: $(du -h "$WORK/tandem.dump" | cut -f1) in $(since "$started") s"

note "pg_restore into a fresh $RESTORED"
started=$(now)
psql_q -d postgres -c "create database $RESTORED" || exit 1
pg_restore -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --no-owner --no-acl --exit-on-error -d "$RESTORED" \
  "$WORK/tandem.dump" || { fail "pg_restore failed"; exit 1; }
note "restored in $(since "$started") s"
table_figures "$RESTORED" >"$WORK/restored.txt"

tables=$(wc -l <"$WORK/source.txt")
rows=$(awk '{s += $2} END {print s}' "$WORK/source.txt")
if diff <(cut -d' ' -f1,2 "$WORK/source.txt") <(cut -d' ' -f1,2 "$WORK/restored.txt") >"$WORK/counts.diff"; then
  note "row counts equal in all $tables tables ($rows rows)"
else
  fail "row counts differ (source < > restored):"; cat "$WORK/counts.diff" >&2
fi
if diff "$WORK/source.txt" "$WORK/restored.txt" >"$WORK/content.diff"; then
  note "contents equal in all $tables tables (hash of every row)"
else
  fail "contents differ:"; cat "$WORK/content.diff" >&2
fi
[[ "$tables" -gt 30 && "$rows" -gt 1000 ]] || fail "only $tables tables and $rows rows: did the demo load?"

note "starting Tandem on $RESTORED (port $PORT2)"
started=$(now)
start_node "$PORT2" "$RESTORED" "$WORK/restored.log"
wait_ready "$PORT2" 240 || { fail "Tandem did not start on the restored database"; exit 1; }
note "ready on the restored database in $(since "$started") s"
table_figures "$RESTORED" | cut -d' ' -f1,2 >"$WORK/restored-running.txt"
diff <(cut -d' ' -f1,2 "$WORK/source.txt") "$WORK/restored-running.txt" >"$WORK/running.diff" \
  && note "row counts still equal with Tandem running on the restored database" \
  || { fail "row counts differ once Tandem runs on the restored database:"; cat "$WORK/running.diff" >&2; }
sign_in "$PORT2" "$WORK/cookies" coordinator@demo.tandem tandem-demo || fail "demo coordinator cannot sign in"
curl -s -m 10 -b "$WORK/cookies" -H 'Accept-Language: en' "http://127.0.0.1:$PORT2/programmes" \
  | grep -q 'Kracht van Mentorschap' || fail "the demo programmes are not on the restored installation's page"
api=$(curl -s -m 10 -u coordinator@demo.tandem:tandem-demo "http://127.0.0.1:$PORT2/api/v1/participants?size=1" \
  -o /dev/null -w '%{http_code}')
[[ "$api" == 200 ]] || fail "the API on the restored installation answered $api"

if [[ "$FAILED" == 0 ]]; then
  echo "restore drill passed: $tables tables, $rows rows, counts and contents equal after pg_dump/pg_restore;" \
    "Tandem runs on the restored database"
else
  echo "restore drill FAILED" >&2
  exit 1
fi
