#!/usr/bin/env bash
# Start-up time of Tandem on its embedded default: from launch to the first served login page, and to readiness
# (/actuator/health/readiness UP: start-up runners, i.e. the demo data, done), on a fresh ./data (Flyway migrates,
# demo data loads) and on an existing one. Each as wall seconds and as the JVM's CPU seconds (user + system, from
# /proc, all threads: JIT compilers and GC included), which say more than wall time on a shared machine.
# Median of RUNS; the load average is printed with each run.
# Usage: bench/startup.sh [RUNS] [jar|script]   (run `mvn -B package -DskipTests` first)
#   jar:    java -jar target/tandem-*.jar (the default)
#   script: ./tandem (the unpacked jar with the JVM's class cache; its one-time training is done before measuring)
# PORT (default 18080) and JAVA_OPTS are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
how="${2:-jar}"
jar=$(ls "$PWD"/target/tandem-*.jar | grep -v original | head -1)
port=${PORT:-18080}
tck=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$how" in
  jar) launch=(java ${JAVA_OPTS:-} -jar "$jar") ;;
  script) launch=("$PWD/tandem")
    # the one-time unpacking and training, not measured
    (cd "$work" && "$OLDPWD/tandem" --train --server.port=$port)
    rm -rf "$work/data" ;;
  *) echo "usage: $0 [RUNS] [jar|script]" >&2; exit 2 ;;
esac

cpu() { awk -v t="$tck" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
since() { echo "$(date +%s.%N) - $1" | bc | awk '{printf "%.2f", $1}'; }

measure() {
  local start login ready pid cpu_login cpu_ready
  start=$(date +%s.%N)
  (cd "$work" && exec "${launch[@]}" --server.port=$port > "$work/app.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { echo "Tandem did not start; see $work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  login=$(since "$start"); cpu_login=$(cpu $pid)
  until curl -fs "http://localhost:$port/actuator/health/readiness" | grep -q UP; do sleep 0.05; done
  ready=$(since "$start"); cpu_ready=$(cpu $pid)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$login $cpu_login $ready $cpu_ready $(cut -d' ' -f1 /proc/loadavg)"
}

column() { local c=$1; shift; printf '%s\n' "$@" | awk -v c="$c" '{print $c}' | median; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

fresh=(); again=()
for _ in $(seq "$runs"); do
  rm -rf "$work/data"
  fresh+=("$(measure)")
  again+=("$(measure)")
done
report() {
  local label=$1; shift
  local l lc r rc
  l=$(column 1 "$@"); lc=$(column 2 "$@"); r=$(column 3 "$@"); rc=$(column 4 "$@")
  echo "$label login page ${l} s (CPU ${lc} s), ready ${r} s (CPU ${rc} s)   medians; runs [wall cpu wall cpu load]: $(printf '[%s] ' "$@")"
}
echo "$how: ${launch[*]}"
report "fresh ./data (migrate + demo):" "${fresh[@]}"
report "existing ./data:              " "${again[@]}"
