#!/usr/bin/env bash
# Start-up time of Tandem on its embedded default: seconds from launching `java -jar` to the first served
# login page, and to readiness (/actuator/health/readiness UP: start-up runners, i.e. the demo data, done),
# on a fresh ./data (Flyway migrates, demo data loads) and on an existing one. Median of RUNS.
# Usage: bench/startup.sh [RUNS]   (run `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=$(ls target/tandem-*.jar | grep -v original | head -1)
port=18080
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
  local start end ready pid
  start=$(date +%s.%N)
  (cd "$work" && exec java -jar "$OLDPWD/$jar" --server.port=$port > "$work/app.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "Tandem did not start; see $work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  until curl -fs "http://localhost:$port/actuator/health/readiness" | grep -q UP; do sleep 0.05; done
  ready=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $(echo "$ready - $start" | bc)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

fresh=(); again=()
for _ in $(seq "$runs"); do
  rm -rf "$work/data"
  fresh+=("$(measure)")
  again+=("$(measure)")
done
report() {
  local label=$1; shift
  local login ready
  login=$(printf '%s\n' "$@" | awk '{print $1}' | median)
  ready=$(printf '%s\n' "$@" | awk '{print $2}' | median)
  echo "$label login page: median ${login} s, ready: median ${ready} s   (runs: $(printf '[%s] ' "$@"))"
}
report "fresh ./data (migrate + demo):" "${fresh[@]}"
report "existing ./data:              " "${again[@]}"
