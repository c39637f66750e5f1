#!/usr/bin/env bash
# Before and after side by side on the same data (issue 14): two nodes, each on its own copy of the H2 data set that
# bench/pages.sh seeded, signed in as the set's coordinator; per URL, requests alternate between the two nodes and
# the median of N single requests each is printed. Loopback only, every wait bounded.
#
#   WORK=/tmp/tandem-pages bench/pages-compare.sh BEFORE.jar BEFORE_H2_DIR AFTER.jar AFTER_H2_DIR [PORT] [N]
#   (the H2 dirs are copies of $WORK/h2 made while no node ran on it; ports PORT and PORT+1, default 8209, N 7;
#   WARMUP=S seconds of wrk per URL and node before measuring, 5 by default: a fresh JVM compiles for minutes)
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
(($# >= 4)) || { sed -n 2,7p "$0" >&2; exit 2; }
WORK=${WORK:-/tmp/tandem-pages}
JARS=("$1" "$3"); DIRS=("$2" "$4"); PORT=${5:-8209}; N=${6:-7}
PORTS=("$PORT" "$((PORT + 1))")
FAILED=0
source "$WORK/h2.env"
trap 'stop_node "${PORTS[0]}"; stop_node "${PORTS[1]}"' EXIT

for i in 0 1; do
  url="jdbc:h2:file:${DIRS[$i]}/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256"
  java ${JAVA_OPTS:--Xmx1g} -jar "${JARS[$i]}" --spring.datasource.url="$url" --server.address=127.0.0.1 \
    --server.port="${PORTS[$i]}" --tandem.reporting.history.enabled=false --tandem.mfa.required-roles= >"$WORK/compare-$i.log" 2>&1 &
  echo $! >"$WORK/node-${PORTS[$i]}.pid"
done
for i in 0 1; do
  wait_ready "${PORTS[$i]}" 600 || { tail -30 "$WORK/compare-$i.log" >&2; exit 1; }
  rm -f "$WORK/cookies-$i"
  sign_in "${PORTS[$i]}" "$WORK/cookies-$i" "$COORDINATOR" "$PASSWORD" || exit 1
  SESSIONS[$i]=$(awk '$6 == "SESSION" {print $7}' "$WORK/cookies-$i" | tail -1)
done

URLS=(
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
header() { [[ $2 == token ]] && echo "Authorization: Bearer $TOKEN" || echo "Cookie: SESSION=${SESSIONS[$1]}"; }
median() { sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.1f", m*1000}'; }

if (( ${WARMUP:-5} > 0 )) && command -v wrk >/dev/null; then
  note "warm-up: ${WARMUP:-5} s per URL and node at 2 connections"
  for entry in "${URLS[@]}"; do
    IFS='|' read -r name path kind <<<"$entry"
    for i in 0 1; do
      timeout $(( ${WARMUP:-5} + 30 )) wrk -t1 -c2 -d"${WARMUP:-5}s" --timeout 5s -H "$(header $i "$kind")" \
        "http://127.0.0.1:${PORTS[$i]}$path" >/dev/null 2>&1
    done
  done
  sleep 5
fi
note "load before: $(uptime | sed 's/.*load average: //')"
printf '%-22s %12s %12s\n' "URL (h2)" "before ms" "after ms"
for entry in "${URLS[@]}"; do
  IFS='|' read -r name path kind <<<"$entry"
  for i in 0 1; do   # status 200 and warm-up
    code=$(curl -s -m 60 -o "$WORK/compare-page.html" -w '%{http_code}' -H "$(header $i "$kind")" \
      "http://127.0.0.1:${PORTS[$i]}$path")
    [[ $code == 200 ]] && ! grep -q 'name="password"' "$WORK/compare-page.html" || fail "$path on ${PORTS[$i]}: $code"
    for _ in 1 2; do curl -s -m 60 -o /dev/null -H "$(header $i "$kind")" "http://127.0.0.1:${PORTS[$i]}$path"; done
  done
  : >"$WORK/t0"; : >"$WORK/t1"
  for _ in $(seq 1 "$N"); do
    for i in 0 1; do
      curl -s -m 60 -o /dev/null -w '%{time_total}\n' -H "$(header $i "$kind")" \
        "http://127.0.0.1:${PORTS[$i]}$path" >>"$WORK/t$i"
    done
  done
  printf '%-22s %12s %12s\n' "$name" "$(median <"$WORK/t0")" "$(median <"$WORK/t1")"
done
note "load after: $(uptime | sed 's/.*load average: //')"
exit $FAILED
