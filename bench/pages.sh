#!/usr/bin/env bash
# Pages under load at 20,000 participants (issue 14). Seeds the data set once (PagesSeed: the demo, plus a programme
# "Bench" whose 20,000 participants come in through Tandem's own CSV import, with 6,000 duos and their meeting log),
# starts Tandem on it, measures each page one request at a time (median of 20), then runs wrk (loopback, -t2 -c50,
# 30 s) per URL and the trivial /actuator/health/liveness, and prints requests/s, p50, p99 and the share of the
# trivial endpoint's throughput. Every wait is bounded; only loopback.
#
#   bench/pages.sh                 on H2 (a file under /tmp/tandem-pages/h2)
#   bench/pages.sh -p              on the local PostgreSQL (database pages_bench)
#   bench/pages.sh -p --soak 600   then 600 s at 50 connections over all URLs: errors, heap after GC, Hikari
#   options: --duration S (wrk run per URL, 30), --jar PATH (default: target/, built if missing),
#            --fresh (seed again), --port N (8209), --warmup S (at most S seconds of warm-up, 900; 0 for none)
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

PG=0; SOAK=0; DURATION=30; PORT=8209; FRESH=0; JAR=""; WARMUP=900
while (($#)); do
  case $1 in
    -p|--postgres) PG=1 ;;
    --soak) SOAK=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --port) PORT=$2; shift ;;
    --fresh) FRESH=1 ;;
    --warmup) WARMUP=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -n "${TANDEM_BENCH_PG:-}" ]] && PG=1
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

WORK=${WORK:-/tmp/tandem-pages}
mkdir -p "$WORK"
FAILED=0
PG_DB=${PG_DB:-pages_bench}
H2_URL="jdbc:h2:file:$WORK/h2/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256"
if ((PG)); then
  ENGINE=postgresql
  DB_ARGS=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
    --spring.datasource.username="$PG_USER" --tandem.demo.enabled=true)
else
  ENGINE=h2
  DB_ARGS=(--spring.datasource.url="$H2_URL")
fi
ENV_FILE="$WORK/$ENGINE.env"

trap 'stop_node "$PORT"' EXIT

# --- the data set, once (about two minutes)
if ((FRESH)) || [[ ! -s "$ENV_FILE" ]]; then
  if ((PG)); then fresh_db "$PG_DB" >/dev/null; else rm -rf "$WORK/h2"; fi
  note "seeding $ENGINE (PagesSeed through mvn exec:java; log in $WORK/seed-$ENGINE.log)"
  start=$(now)
  timeout 1200 mvn -B -q test-compile exec:java -Dexec.mainClass=org.tandem.reporting.PagesSeed \
    -Dexec.classpathScope=test -Dbench.out="$ENV_FILE" -Dexec.args="${DB_ARGS[*]}" >"$WORK/seed-$ENGINE.log" 2>&1 \
    || { rm -f "$ENV_FILE"; echo "seeding failed, see $WORK/seed-$ENGINE.log" >&2; exit 1; }
  note "seeded in $(since "$start") s"
fi
source "$ENV_FILE"
note "data: $COUNTS"
# the seed writes in bulk; the planner's statistics are what autovacuum would have gathered by then (without them
# PostgreSQL took 1.5 s for a search that takes 30 ms)
if ((PG)); then psql_q -d "$PG_DB" -c analyze >/dev/null && note "statistics gathered (analyze)"; fi

# --- Tandem on that database
[[ -z "$JAR" ]] && JAR=$(tandem_jar)
note "starting $JAR on $ENGINE, port $PORT"
java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" "${DB_ARGS[@]}" --server.address=127.0.0.1 --server.port="$PORT" \
  --management.endpoints.web.exposure.include=health,info,metrics --tandem.reporting.history.enabled=false \
  --tandem.mfa.required-roles= \
  >"$WORK/node-$ENGINE.log" 2>&1 &
echo $! >"$WORK/node-$PORT.pid"
wait_ready "$PORT" 600 || { tail -30 "$WORK/node-$ENGINE.log" >&2; exit 1; }
PID=$(node_pid "$PORT")

COOKIES="$WORK/cookies-$ENGINE"
rm -f "$COOKIES"
sign_in "$PORT" "$COOKIES" "$COORDINATOR" "$PASSWORD" || exit 1
SESSION=$(awk '$6 == "SESSION" {print $7}' "$COOKIES" | tail -1)
[[ -n "$SESSION" ]] || { echo "no session cookie after signing in" >&2; exit 1; }

BASE="http://127.0.0.1:$PORT"
# name|path|header. "lightest page" (the signed-in user's own security settings: one small read, the layout, no list) is
# what any signed-in page costs before its own content: the session, the security filters and the layout.
URLS=(
  "trivial (liveness)|/actuator/health/liveness|"
  "lightest page|/account/security|cookie"
  "participant list|/participants?programmeId=$PROGRAMME|cookie"
  "participant search|/participants?programmeId=$PROGRAMME&q=Jansen|cookie"
  "participant page|/participants/$PARTICIPANT|cookie"
  "programme page|/programmes/$PROGRAMME|cookie"
  "programme dashboard|/programmes/$PROGRAMME/dashboard|cookie"
  "coordinator's day|/|cookie"
  "at-risk list|/duos/cohorts/$COHORT/at-risk|cookie"
  "duo page|/duos/$DUO|cookie"
  "participant API|/api/v1/participants?programmeId=$PROGRAMME|token"
)
header() {
  case $1 in
    cookie) echo "Cookie: SESSION=$SESSION" ;;
    token) echo "Authorization: Bearer $TOKEN" ;;
    *) echo "X-Bench: 1" ;;
  esac
}

# wrk's own summary, plus a line from this script: requests/s, p50, p99 (ms), errors and answers other than 200
cat >"$WORK/count.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) other = 0 end
function response(status, headers, body) if status ~= 200 then other = other + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("other") end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, n))
end
LUA

# one request at a time: status 200, not the login page, and the median of 20 after 5 warm-ups
single() {
  local path=$1 h=$2 code times
  code=$(curl -s -m 30 -o "$WORK/page.html" -w '%{http_code}' -H "$h" "$BASE$path")
  if [[ "$code" != 200 ]] || grep -q 'name="password"' "$WORK/page.html"; then
    fail "$path answered $code"; echo "-"; return
  fi
  for _ in 1 2 3 4 5; do curl -s -m 30 -o /dev/null -H "$h" "$BASE$path"; done
  times=$(for _ in $(seq 1 20); do curl -s -m 30 -o /dev/null -w '%{time_total}\n' -H "$h" "$BASE$path"; done)
  echo "$times" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", (a[10]+a[11])/2*1000}'
}

# A fresh JVM spends minutes compiling: on two cores the JIT compilers took 10-35 % of a core for the first 10-13
# minutes under load, and every page got 1.5-2.5 times faster meanwhile. So the warm-up runs rounds over all URLs at
# 50 connections (5 s each) until the JIT compilers used under 5 % of one core in a round (or WARMUP seconds passed),
# and only then is anything measured: the steady state of a node that has been serving for a while.
jit_ticks() { # user + system clock ticks of the JIT compiler threads of process $1
  local t sum=0
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm" 2>/dev/null)" == C[12]\ Compiler* ]] && sum=$((sum + $(awk '{print $14 + $15}' "$t/stat")))
  done
  echo "$sum"
}
if ((WARMUP > 0)); then
  note "warm-up: rounds of 5 s per URL at 50 connections until the JIT compilers settle (at most $WARMUP s)"
  warm_start=$(date +%s); round=0; tck=$(getconf CLK_TCK)
  while :; do
    round=$((round + 1)); before=$(jit_ticks "$PID"); round_start=$(date +%s.%N)
    for entry in "${URLS[@]}"; do
      IFS='|' read -r name path kind <<<"$entry"
      timeout 40 wrk -t2 -c50 -d5s --timeout 5s -H "$(header "$kind")" "$BASE$path" >/dev/null 2>&1
    done
    jit=$(awk -v a="$before" -v b="$(jit_ticks "$PID")" -v t="$tck" -v s="$round_start" -v n="$(date +%s.%N)" \
      'BEGIN {printf "%.1f", 100 * (b - a) / t / (n - s)}')
    note "warm-up round $round ($(( $(date +%s) - warm_start )) s): JIT compilers at $jit % of a core"
    awk -v j="$jit" 'BEGIN {exit !(j < 5)}' && break
    (( $(date +%s) - warm_start >= WARMUP )) && { note "warm-up stopped after $WARMUP s; the JIT had not settled"; break; }
  done
  sleep 5
fi
note "load before the run: $(uptime | sed 's/.*load average: //')"
declare -A SINGLE
for entry in "${URLS[@]}"; do
  IFS='|' read -r name path kind <<<"$entry"
  SINGLE[$name]=$(single "$path" "$(header "$kind")")
done

printf '\n%-22s %10s %10s %9s %9s %8s %7s\n' "URL ($ENGINE)" "1 request" "req/s" "p50 ms" "p99 ms" "share" "errors"
TRIVIAL=""
for entry in "${URLS[@]}"; do
  IFS='|' read -r name path kind <<<"$entry"
  line=$(timeout $((DURATION + 30)) wrk -t2 -c50 -d"${DURATION}s" --timeout 5s -s "$WORK/count.lua" \
    -H "$(header "$kind")" "$BASE$path" | grep '^RESULT') || { fail "wrk on $path"; continue; }
  read -r _ rps p50 p99 errors other <<<"$line"
  [[ -z "$TRIVIAL" ]] && TRIVIAL=$rps
  share=$(awk -v a="$rps" -v b="$TRIVIAL" 'BEGIN {printf "%.0f %%", 100 * a / b}')
  printf '%-22s %7s ms %10s %9s %9s %8s %7s\n' "$name" "${SINGLE[$name]}" "$rps" "$p50" "$p99" "$share" \
    "$((errors + other))"
  ((errors + other > 0)) && fail "$name: $errors socket errors, $other answers other than 200"
done
note "load after the run: $(uptime | sed 's/.*load average: //')"

# --- the soak: all page URLs in turn at 50 connections; heap after GC and Hikari sampled every 30 s
metric() {
  curl -s -m 10 -H "Cookie: SESSION=$SESSION" "$BASE/actuator/metrics/$1${2:+?tag=$2}" \
    | grep -o '"value":[0-9.E+-]*' | head -1 | cut -d: -f2
}
if ((SOAK > 0)); then
  {
    echo 'local paths = {'
    for entry in "${URLS[@]:1}"; do
      IFS='|' read -r name path kind <<<"$entry"
      [[ "$kind" == cookie ]] && echo "  \"$path\","
    done
    echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'
    cat "$WORK/count.lua"
  } >"$WORK/soak.lua"
  note "soak: $SOAK s at 50 connections over ${#URLS[@]} URLs (page URLs only, session cookie)"
  timeout $((SOAK + 60)) wrk -t2 -c50 -d"${SOAK}s" --timeout 5s -s "$WORK/soak.lua" \
    -H "Cookie: SESSION=$SESSION" "$BASE/" >"$WORK/soak-wrk.txt" 2>&1 &
  WRK=$!
  printf '%6s %16s %16s %8s %8s %s\n' "s" "live after GC MB" "heap used MB" "hikari" "threads" "load"
  for ((t = 0; t <= SOAK; t += 30)); do
    live=$(metric jvm.gc.live.data.size); used=$(metric jvm.memory.used area:heap)
    active=$(metric hikaricp.connections.active); threads=$(metric jvm.threads.live)
    # the values come as 1.84748032E8: awk reads that notation, bc did not (it printed 0 MB)
    printf '%6d %16.0f %16.0f %8.0f %8.0f %s\n' "$t" "$(awk -v v="${live:-0}" 'BEGIN {print v / 1048576}')" \
      "$(awk -v v="${used:-0}" 'BEGIN {print v / 1048576}')" "${active:-0}" "${threads:-0}" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
    kill -0 "$WRK" 2>/dev/null || break
    sleep 30
  done
  wait "$WRK"
  cat "$WORK/soak-wrk.txt"
  line=$(grep '^RESULT' "$WORK/soak-wrk.txt")
  read -r _ rps p50 p99 errors other <<<"$line"
  note "soak: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors socket errors, $other answers other than 200"
  ((errors + other > 0)) && fail "soak had errors"
  sleep 5
  note "Hikari active connections 5 s after the end: $(metric hikaricp.connections.active) (idle: $(metric hikaricp.connections.idle))"
  grep -c ' ERROR ' "$WORK/node-$ENGINE.log" | xargs -I{} echo "== ERROR lines in the application log: {}"
fi

((FAILED)) && { echo "pages.sh: FAILED (see above)"; exit 1; }
echo "pages.sh: done"
