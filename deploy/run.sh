#!/usr/bin/env bash
# Runs Claimtrail locally (`make run`): builds it, starts the embedded PostgreSQL unless an external database is
# configured, starts every service that exists in this checkout, and waits. Ctrl-C stops the services, then
# PostgreSQL.
#
# Environment:
#   SKIP_BUILD=1             use the jars already built
#   JAVA_OPTS                JVM options added to those of deploy/jvm-options
#   CLAIMTRAIL_AOT_CACHE     Java 25 or newer only (the `java` on PATH): start each service's aot-jar packaging
#                            (services/<name>/target/aot-jar) with the AOT cache $CLAIMTRAIL_AOT_CACHE<name>.aot, e.g.
#                            .data/bench/work/startup/java25-chosen-aot-aotjar- as deploy/bench/startup.sh trains them
#                            (deploy/bench/README.md, "Start-up and memory, issue #17"); Java 17 knows no AOT cache
#   CLAIMTRAIL_DATA          folder for the database and the logs (default .data)
#   CLAIMTRAIL_READY_TIMEOUT seconds to wait for each service to be ready (default 120; a first start on a large
#                            database runs its migrations first: claims V15 takes about 70 s on 1M claims)
#   DB_PORT                  port of the embedded PostgreSQL (default 15432)
#   DB_HOST, DB_USER, DB_PASSWORD
#                            an external PostgreSQL; a DB_HOST other than localhost/127.0.0.1 means "external"
#   CLAIMTRAIL_EXTERNAL_DB=1 use an external PostgreSQL even on localhost
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_AUDIENCES
#                            trust another token issuer (a PEM/JWKS file or an https JWKS URL) instead of the local
#                            key pair in $CLAIMTRAIL_DATA/jwt; then set CLAIMTRAIL_TOKEN to an admin token of that
#                            issuer for the demo import, or it is skipped
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly ALL_SERVICES="sources:8081 claims:8082 timelines:8083"
readonly DATA_DIR="${CLAIMTRAIL_DATA:-.data}"
readonly LOG_DIR="$DATA_DIR/logs"
readonly TIMEOUT_SECONDS=${CLAIMTRAIL_READY_TIMEOUT:-120}
readonly STOP_TIMEOUT_SECONDS=30
export DB_PORT="${DB_PORT:-15432}"

services=""  # "name:port" of each service present in this checkout
started=""   # "name:pid" of each service process started
db_pid=""
local_keys=""  # set when the services trust the local key pair, whose tokens this script can then print

log() { printf '==> %s\n' "$*"; }

fail() {
  printf '==> ERROR: %s\n' "$*" >&2
  exit 1
}

show_log() {
  printf -- '---- last 80 lines of %s ----\n' "$1" >&2
  tail -n 80 "$1" >&2 || true
  printf -- '---- end of %s ----\n' "$1" >&2
}

external_db() {
  [ "${CLAIMTRAIL_EXTERNAL_DB:-}" = 1 ] && return 0
  case "${DB_HOST:-localhost}" in
    localhost | 127.0.0.1) return 1 ;;
    *) return 0 ;;
  esac
}

# A successful connect means something already listens there. bash's /dev/tcp needs no extra tools.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

find_services() {
  local entry
  for entry in $ALL_SERVICES; do
    if [ -f "services/${entry%%:*}/pom.xml" ]; then
      services="$services $entry"
    fi
  done
  [ -n "$services" ] || fail "no services/<name>/pom.xml found"
}

check_tools() {
  command -v java >/dev/null || fail "java not found; install JDK 17 or newer"
  command -v curl >/dev/null || fail "curl not found; it is needed to check that the services are up"
}

check_ports() {
  local entry
  if ! external_db && port_in_use "$DB_PORT"; then
    fail "port $DB_PORT (PostgreSQL) is already in use; stop what listens there or set DB_PORT to a free port"
  fi
  for entry in $services; do
    if port_in_use "${entry##*:}"; then
      fail "port ${entry##*:} (service ${entry%%:*}) is already in use; stop what listens there (an earlier make run?)"
    fi
  done
}

build() {
  if [ "${SKIP_BUILD:-}" = 1 ]; then
    log "SKIP_BUILD=1: using the jars already built"
    return
  fi
  log "Building: ${MVN:-./mvnw} -B -q install -DskipTests"
  "${MVN:-./mvnw}" -B -q install -DskipTests
}

# Usage: wait_until_ready NAME PID LOGFILE COMMAND... ; fails early if the process dies.
wait_until_ready() {
  local name=$1 pid=$2 logfile=$3 deadline=$((SECONDS + TIMEOUT_SECONDS))
  shift 3
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log "$logfile"
      fail "$name stopped while starting; see $logfile"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      show_log "$logfile"
      fail "$name was not ready after $TIMEOUT_SECONDS s; see $logfile"
    fi
    sleep 1
  done
}

database_ready() {
  grep -qs "PostgreSQL ready" "$LOG_DIR/postgres.log"
}

service_ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$1/q/health/ready" || true)" = 200 ]
}

tokens() {
  local jars=(deploy/tokens/target/claimtrail-tokens-*-runner.jar)
  [ -f "${jars[0]}" ] || fail "deploy/tokens/target/claimtrail-tokens-*-runner.jar is missing; run make build"
  java -jar "${jars[0]}" "$@"
}

# The services verify tokens with the local key pair (created once, outside git) unless told to trust another issuer.
use_local_keys() {
  if [ -n "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}${MP_JWT_VERIFY_PUBLICKEY:-}" ]; then
    log "Tokens are verified with the configured key (MP_JWT_VERIFY_PUBLICKEY*), not the local key pair"
    return
  fi
  local dir
  dir=$(tokens keys "$DATA_DIR/jwt") || fail "could not create the local signing key pair in $DATA_DIR/jwt"
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$dir/publicKey.pem"
  local_keys=$dir
  log "Tokens are verified with the local key pair in $dir"
}

start_database() {
  local jars=(deploy/localdb/target/claimtrail-localdb-*-runner.jar)
  [ -f "${jars[0]}" ] || fail "deploy/localdb/target/claimtrail-localdb-*-runner.jar is missing; run make build"
  log "Starting PostgreSQL on port $DB_PORT, data in $DATA_DIR/postgres"
  java -jar "${jars[0]}" "$DB_PORT" "$DATA_DIR/postgres" >"$LOG_DIR/postgres.log" 2>&1 &
  db_pid=$!
  wait_until_ready PostgreSQL "$db_pid" "$LOG_DIR/postgres.log" database_ready
}

# The JVM settings of every service: deploy/jvm-options (options, VAR=value lines for the environment, and
# "<service>: <options>" lines for one service, after the common ones), chosen by the figures of
# deploy/bench/startup.sh; JAVA_OPTS adds to them.
jvm_options() { # jvm_options <service>
  grep -v '^ *#' deploy/jvm-options | grep -v '^[A-Z_]*=' |
    awk -v own="$1:" '/^[a-z]+:/ { if ($1 == own) { $1 = ""; mine = mine " " $0 }; next } { print } END { print mine }' | xargs
}
jvm_environment() { grep -v '^ *#' deploy/jvm-options | grep '^[A-Z_]*=' | xargs; }

start_service() {
  local name=$1 port=$2 jar="services/$1/target/quarkus-app/quarkus-run.jar" pid aot=""
  if [ -n "${CLAIMTRAIL_AOT_CACHE:-}" ]; then
    # The cache holds the class path it was trained on: the same absolute path of the aot-jar.
    jar="$PWD/services/$name/target/aot-jar/quarkus-run.jar"
    aot="-XX:AOTCache=${CLAIMTRAIL_AOT_CACHE}$name.aot"
    [ -f "${CLAIMTRAIL_AOT_CACHE}$name.aot" ] || fail "${CLAIMTRAIL_AOT_CACHE}$name.aot is missing"
  fi
  [ -f "$jar" ] || fail "$jar is missing; run make build"
  log "Starting $name on port $port, log in $LOG_DIR/$name.log"
  # shellcheck disable=SC2046 # the options are words
  env DB_NAME="$name" $(jvm_environment) java $(jvm_options "$name") $aot ${JAVA_OPTS:-} -jar "$jar" >"$LOG_DIR/$name.log" 2>&1 &
  pid=$!
  started="$started $name:$pid"
  wait_until_ready "$name" "$pid" "$LOG_DIR/$name.log" service_ready "$port"
}

run_demo_import() {
  [ -x deploy/demo/import.sh ] || return 0
  if [ -z "${CLAIMTRAIL_TOKEN:-}" ] && [ -z "$local_keys" ]; then
    log "Skipping the demo import: set CLAIMTRAIL_TOKEN to an admin token of your issuer to import it"
    return
  fi
  log "Importing the demo story: deploy/demo/import.sh"
  CLAIMTRAIL_TOKEN="${CLAIMTRAIL_TOKEN:-$(tokens token "$local_keys" admin --subject demo-import@claimtrail.local)}" \
    deploy/demo/import.sh || fail "deploy/demo/import.sh failed"
}

# One ready token per role (12 hours), for curl and Swagger UI's Authorize button.
print_tokens() {
  [ -n "$local_keys" ] || return 0
  printf '\nTokens (12 h; each role includes the ones above it; a fresh one: TOKEN=$(make -s token ROLE=analyst)):\n\n'
  tokens tokens "$local_keys" | while read -r role token; do
    printf '  %-8s %s\n' "$role" "$token"
  done
  printf '\n  e.g. curl -H "Authorization: Bearer $TOKEN" http://localhost:8081/sources\n'
}

# The story page of the demo, with a viewer token in the link's fragment: the browser keeps it in the tab and never
# sends it to a server except in the Authorization header.
print_story_link() {
  [ -n "$local_keys" ] && [ -f services/timelines/pom.xml ] || return 0
  printf '\nThe demo story as a page (the link carries a 12-hour viewer token):\n\n  %s\n' \
    "http://localhost:8083/timelines/nk-troops-ukraine-2024/view#token=$(tokens token "$local_keys" viewer)"
}

print_urls() {
  local entry name base
  printf '\nClaimtrail is running.\n\n'
  printf '  %-10s %-11s %s\n' SERVICE WHAT URL
  for entry in $services; do
    name=${entry%%:*}
    base="http://localhost:${entry##*:}"
    printf '  %-10s %-11s %s\n' \
      "$name" "API" "$base/$name" \
      "" "Swagger UI" "$base/q/swagger-ui" \
      "" "OpenAPI" "$base/q/openapi" \
      "" "Health" "$base/q/health" \
      "" "Metrics" "$base/q/metrics"
  done
  if [ -n "$db_pid" ]; then
    printf '  %-10s %-11s %s\n' PostgreSQL "embedded" "localhost:$DB_PORT (user postgres), data in $DATA_DIR/postgres"
  else
    printf '  %-10s %-11s %s\n' PostgreSQL "external" "${DB_HOST:-localhost}:$DB_PORT"
  fi
  printf '  %-10s %-11s %s\n' Logs "" "$LOG_DIR/"
  print_tokens
  print_story_link
  printf '\nPress Ctrl-C to stop.\n'
}

# Returns when a process has ended by itself: that is an error, the rest is then stopped.
watch_processes() {
  local entry
  while true; do
    for entry in $started; do
      if ! kill -0 "${entry##*:}" 2>/dev/null; then
        show_log "$LOG_DIR/${entry%%:*}.log"
        fail "${entry%%:*} stopped unexpectedly; see $LOG_DIR/${entry%%:*}.log"
      fi
    done
    if [ -n "$db_pid" ] && ! kill -0 "$db_pid" 2>/dev/null; then
      show_log "$LOG_DIR/postgres.log"
      fail "PostgreSQL stopped unexpectedly; see $LOG_DIR/postgres.log"
    fi
    sleep 1
  done
}

# Usage: await_exit NAME PID ; the process has been sent TERM already.
await_exit() {
  local name=$1 pid=$2 deadline=$((SECONDS + STOP_TIMEOUT_SECONDS))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name did not stop within $STOP_TIMEOUT_SECONDS s; killing it"
      kill -KILL "$pid" 2>/dev/null
      break
    fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null
}

# Runs on every exit. Services go first so that none of them loses its database while still serving.
stop_all() {
  local entry
  set +e
  # A second Ctrl-C must not cut the shutdown short and leave processes behind.
  trap '' INT TERM
  if [ -n "$started" ]; then
    log "Stopping the services"
    for entry in $started; do
      kill -TERM "${entry##*:}" 2>/dev/null
    done
    for entry in $started; do
      await_exit "${entry%%:*}" "${entry##*:}"
    done
  fi
  if [ -n "$db_pid" ]; then
    log "Stopping PostgreSQL"
    kill -TERM "$db_pid" 2>/dev/null
    await_exit PostgreSQL "$db_pid"
  fi
  if [ -n "$started$db_pid" ]; then
    log "Stopped"
  fi
}

main() {
  find_services
  check_tools
  check_ports
  build
  mkdir -p "$LOG_DIR"
  trap stop_all EXIT
  trap 'exit 0' INT TERM
  use_local_keys
  if ! external_db; then
    start_database
  fi
  local entry
  for entry in $services; do
    start_service "${entry%%:*}" "${entry##*:}"
  done
  run_demo_import
  print_urls
  watch_processes
}

main "$@"
