# Shared by bench/outage.sh, bench/restore-drill.sh and bench/nodes.sh: Tandem nodes on the local PostgreSQL
# (127.0.0.1:5432, user postgres), loopback only, every wait bounded. Source it; it defines functions only.

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=${PG_USER:-postgres}

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | awk '{printf "%.1f", $1}'; }
fail() { echo "FAIL: $*" >&2; FAILED=1; }
note() { echo "== $*"; }

# The jar, built once if missing (BUILD=1 rebuilds).
tandem_jar() {
  if [[ "${BUILD:-0}" == 1 ]] || ! ls target/tandem-*.jar >/dev/null 2>&1; then
    mvn -B -q package -DskipTests >&2 || return 1
  fi
  ls target/tandem-*.jar | grep -v original | head -1
}

pg_version() { pg_lsclusters -h | awk '$2 == "main" {print $1; exit}'; }
pg_up() { pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; }
psql_q() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qtA "$@"; }

# PostgreSQL running again, whatever happened (bounded: 30 s).
ensure_pg_running() {
  pg_up && return 0
  local version
  version=$(pg_version)
  echo "== starting PostgreSQL $version again" >&2
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do pg_up && return 0; sleep 0.5; done
  echo "PostgreSQL did not come back: start it with pg_ctlcluster $version main start" >&2
  return 1
}

# An empty database of that name (its former connections ended first).
fresh_db() {
  psql_q -d postgres -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$1'" >/dev/null
  psql_q -d postgres -c "drop database if exists $1" && psql_q -d postgres -c "create database $1"
}

drop_db() {
  psql_q -d postgres -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$1'" >/dev/null
  psql_q -d postgres -c "drop database if exists $1" || true
}

# start_node PORT DATABASE LOGFILE [more --args]: a node on PostgreSQL, loopback only; its pid in $WORK/node-PORT.pid.
# The drills sign in with a password alone (form and HTTP Basic), so no role must have a second factor there.
start_node() {
  local port=$1 db=$2 log=$3
  shift 3
  TANDEM_BOOTSTRAP_ADMIN_EMAIL="${ADMIN_EMAIL:-}" TANDEM_BOOTSTRAP_ADMIN_PASSWORD="${ADMIN_PASSWORD:-}" \
    java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --spring.profiles.active=postgres \
      --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" --spring.datasource.username="$PG_USER" \
      --server.address=127.0.0.1 --server.port="$port" --tandem.mfa.required-roles= "$@" >"$log" 2>&1 &
  echo $! >"$WORK/node-$port.pid"
  disown $!   # a node killed on purpose is no news
}

# node_gone PORT: waits (at most 30 s) until the node's process has ended.
node_gone() {
  local pid
  pid=$(node_pid "$1")
  [[ -z "$pid" ]] && return 0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$WORK/node-$1.pid"; return 0; }; sleep 0.5; done
  return 1
}

node_pid() { cat "$WORK/node-$1.pid" 2>/dev/null; }

# wait_ready PORT SECONDS: until /actuator/health/readiness says UP; fails if the node died or time ran out.
wait_ready() {
  local port=$1 limit=$2 start pid
  start=$(date +%s)
  pid=$(node_pid "$port")
  while (($(date +%s) - start < limit)); do
    if curl -fs -m 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "node on $port died" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node on $port not ready within $limit s" >&2
  return 1
}

# stop_node PORT [SIGNAL]: ends the node (TERM, or KILL) and waits for it, at most 30 s.
stop_node() {
  local port=$1 signal=${2:-TERM} pid
  pid=$(node_pid "$port")
  [[ -z "$pid" ]] && return 0
  kill -"$signal" "$pid" 2>/dev/null || true
  node_gone "$port" || { kill -KILL "$pid" 2>/dev/null; node_gone "$port"; }
  rm -f "$WORK/node-$port.pid"
}

# sign_in PORT JAR EMAIL PASSWORD: the login form with its CSRF token, the session cookie into the curl cookie jar.
sign_in() {
  local port=$1 jar=$2 email=$3 password=$4 csrf location
  csrf=$(curl -s -m 30 -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [[ -z "$csrf" ]] && { echo "no CSRF token on the login page of $port" >&2; return 1; }
  location=$(curl -s -m 30 -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "http://127.0.0.1:$port/login")
  [[ "$location" != *error* && "$location" != *login* ]] || { echo "sign-in refused on $port ($location)" >&2; return 1; }
}

# status PORT PATH [curl args]: the HTTP status of one GET (000 when nothing answered within 10 s).
status() {
  local port=$1 path=$2
  shift 2
  curl -s -m 10 -o /dev/null -w '%{http_code}' "$@" "http://127.0.0.1:$port$path" || true
}
