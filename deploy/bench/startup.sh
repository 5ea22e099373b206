#!/usr/bin/env bash
# Start-up and memory of each service under JVM settings (issue #17): for each setting, the time from launching the
# JVM to /q/health/ready answering 200, then the resident memory (ps), heap and non-heap in use (the service's own
# Micrometer gauges) after a load, and what the load achieved under that setting. Writes
# deploy/bench/results/startup-<UTC time>.md. README.md beside this file ("JVM settings").
#
# It runs on the bench data set (a copy of it in .data/bench, see the brief, or `make bench` once to load it) and
# starts its own PostgreSQL on it (port 15433) and the services one after the other, as `make run` does; nothing may
# run on 8081-8083 or 15433. The jars must be built (./mvnw package -DskipTests).
#
#   STARTUP_SETTINGS="current sized ..."  the settings to measure (default: all of them, see settings() below)
#   STARTUP_LOAD_SECONDS=20               seconds of reads per service in the load
#   STARTUP_APP=quarkus-app               the packaging under services/<name>/target/ to start (quarkus-app: the
#                                         fast-jar; a settings name ending in -aotjar uses aot-jar instead)
#   BENCH_DATA=.data/bench                the bench data folder
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
readonly HERE=$PWD ROOT=$(cd ../.. && pwd)
readonly DATA=${BENCH_DATA:-$ROOT/.data/bench} LOAD_SECONDS=${STARTUP_LOAD_SECONDS:-20}
readonly WORK=$DATA/work/startup STAMP=$(date -u +%Y-%m-%dT%H%MZ)
readonly RESULT=$HERE/results/startup-$STAMP.md
readonly JAVA17=${JAVA17:-java} JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
readonly SERVICES="sources:8081 claims:8082 timelines:8083"
export DB_PORT=15433 MP_JWT_VERIFY_PUBLICKEY_LOCATION=$DATA/jwt/publicKey.pem
mkdir -p "$WORK" "$HERE/results"
db_pid=""

# The sizing every "sized" setting shares: a heap bound, metaspace and code cache bounds, smaller thread stacks, a
# bound on Netty's direct buffers and the serial collector (two cores: G1's concurrent threads and remembered sets
# cost memory and buy nothing at this heap size).
readonly BOUNDS="-Xms32m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=64m"
readonly SIZED="-XX:+UseSerialGC $BOUNDS"

# settings <name>: "<java> | <environment> | <options> | <archive: none, cds or aot> | <packaging: fast-jar or aot-jar>".
settings() {
  case $1 in
    current) echo "$JAVA17 | | | none | fast-jar" ;;            # what make run used before: no options at all
    heap) echo "$JAVA17 | | -Xmx128m | none | fast-jar" ;;       # the heap bound alone, G1 as the JVM chooses
    g1-sized) echo "$JAVA17 | | -XX:+UseG1GC $BOUNDS | none | fast-jar" ;;
    sized) echo "$JAVA17 | | $SIZED | none | fast-jar" ;;
    sized-arena2) echo "$JAVA17 | MALLOC_ARENA_MAX=2 | $SIZED | none | fast-jar" ;;
    sized-c1) echo "$JAVA17 | | $SIZED -XX:TieredStopAtLevel=1 | none | fast-jar" ;;
    # Quarkus' side: one Vert.x event loop per core instead of two, a smaller worker pool
    # timelines holds a whole assembled story in its heap (a 100,000-claim one fails at 128 MiB): a larger heap for it
    sized-t256) echo "$JAVA17 | | $SIZED timelines:-Xmx256m | none | fast-jar" ;;
    sized-t384) echo "$JAVA17 | | $SIZED timelines:-Xmx384m | none | fast-jar" ;;
    # no schema validation by Hibernate at start (Flyway has migrated the schema it validates)
    sized-novalidate) echo "$JAVA17 | | $SIZED -Dquarkus.hibernate-orm.schema-management.strategy=none | none | fast-jar" ;;
    sized-lean) echo "$JAVA17 | | $SIZED -Dquarkus.vertx.event-loops-size=2 -Dquarkus.thread-pool.max-threads=16 | none | fast-jar" ;;
    sized-appcds) echo "$JAVA17 | | $SIZED | cds | fast-jar" ;;
    sized-appcds-aotjar) echo "$JAVA17 | | $SIZED | cds | aot-jar" ;;
    # what make run and the Helm chart use (deploy/jvm-options)
    chosen) echo "$JAVA17 | $(chosen_environment) | $(chosen_options) | none | fast-jar" ;;
    java25-sized) echo "$JAVA25 | | $SIZED | none | fast-jar" ;;
    java25-sized-aot) echo "$JAVA25 | | $SIZED | aot | fast-jar" ;;
    java25-sized-aot-aotjar) echo "$JAVA25 | | $SIZED | aot | aot-jar" ;;
    chosen-appcds-aotjar) echo "$JAVA17 | $(chosen_environment) | $(chosen_options) | cds | aot-jar" ;;
    java25-chosen-aot-aotjar) echo "$JAVA25 | $(chosen_environment) | $(chosen_options) | aot | aot-jar" ;;
    *) return 1 ;;
  esac
}
readonly ALL="current heap g1-sized sized sized-arena2 sized-c1 sized-t256 sized-t384 sized-lean sized-novalidate sized-appcds sized-appcds-aotjar java25-sized
  java25-sized-aot java25-sized-aot-aotjar chosen"

# The quarkus-run.jar of a packaging: the fast-jar of a normal build, or the aot-jar (classes on the JVM's class path,
# where the archives can hold them) of a build with -Dquarkus.package.jar.type=aot-jar
# -Dquarkus.package.output-directory=aot-jar, which writes target/aot-jar/quarkus-run.jar (README.md beside this file).
run_jar() {
  case $2 in
    fast-jar) echo "$ROOT/services/$1/target/quarkus-app/quarkus-run.jar" ;;
    aot-jar) echo "$ROOT/services/$1/target/aot-jar/quarkus-run.jar" ;;
  esac
}

# The options of deploy/jvm-options; a line "<service>: <options>" applies to that service only (as <service>:<option>).
chosen_options() {
  grep -v '^ *#' "$ROOT/deploy/jvm-options" | grep -v '^[A-Z_]*=' |
    awk '/^[a-z]+:/ { for (i = 2; i <= NF; i++) printf "%s%s ", $1, $i; next } { print }' | xargs
}

# for_service <name> <options>: the options that apply to that service (a <service>:<option> word to that one only).
for_service() {
  local word out=""
  for word in $2; do
    case $word in
      sources:* | claims:* | timelines:*) [[ $word != "$1":* ]] || out="$out ${word#*:}" ;;
      *) out="$out $word" ;;
    esac
  done
  echo "${out# }"
}
chosen_environment() { grep -v '^#' "$ROOT/deploy/jvm-options" | grep '^[A-Z_]*=' | xargs; }

log() { printf '==> %s\n' "$*" >&2; }
row() { printf '| %s |\n' "$(IFS='|'; echo "$*" | sed 's/|/ | /g')" | tee -a "$RESULT"; }

stop_pid() { # stop_pid <pid> [seconds to wait for it]
  local pid=$1 deadline=$((SECONDS + ${2:-30}))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Stops the services this script started (their pids are in $WORK/<name>.pid).
stop_services() {
  local entry file
  for entry in $SERVICES; do
    file=$WORK/${entry%%:*}.pid
    [ -f "$file" ] && stop_pid "$(cat "$file")" "${1:-30}"
    rm -f "$file"
  done
}

stop_all() {
  stop_services
  [ -z "$db_pid" ] || stop_pid "$db_pid"
  db_pid=""
}
trap stop_all EXIT

start_database() {
  local jars=("$ROOT"/deploy/localdb/target/claimtrail-localdb-*-runner.jar)
  [ -d "$DATA/postgres" ] || { log "no bench data in $DATA: run make bench once first"; exit 1; }
  java -jar "${jars[0]}" "$DB_PORT" "$DATA/postgres" >"$WORK/postgres.log" 2>&1 &
  db_pid=$!
  until grep -qs "PostgreSQL ready" "$WORK/postgres.log"; do
    kill -0 "$db_pid" 2>/dev/null || { cat "$WORK/postgres.log"; exit 1; }
    sleep 0.5
  done
}

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://localhost:$1/q/health/ready" || true)" = 200 ]; }

# start <java> <environment> <options> <extra option> <name> <port> <jar>: launches the service, prints the
# milliseconds until it is ready.
start() {
  local java=$1 environment=$2 options=$3 extra=$4 name=$5 port=$6 jar=$7 began pid
  [ -f "$jar" ] || { log "$jar is missing: package the services first"; return 1; }
  began=$(date +%s%N)
  # shellcheck disable=SC2086 # the environment and options are words
  env DB_NAME="$name" $environment "$java" $options $extra -jar "$jar" >"$WORK/$name.log" 2>&1 &
  pid=$!
  echo "$pid" >"$WORK/$name.pid"
  until ready "$port"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$name.log" >&2; return 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - began) / 1000000 ))
}

# wrk_rate <wrk output file>: "<req/s> rps, p99 <ms> ms", or FAILED with the errors wrk counted.
wrk_rate() {
  awk '/Requests\/sec/ { rps = $2 } $1 == "99%" { p99 = $2 } /Non-2xx|Socket errors/ { bad = bad " " $0 }
    END { if (bad) print "FAILED:" bad; else printf "%.0f req/s, p99 %s\n", rps, p99 }' "$1"
}

# The load after which memory is read: reads and searches on sources and claims, assemblies of the 10,000- and
# 100,000-claim stories on timelines. Every answer must be 200. Writes what each service achieved to
# $WORK/achieved-<name>.
load() {
  local auth=$1 code size times="" failed=""
  sql() { PGPASSWORD=postgres psql -q -X -h localhost -p "$DB_PORT" -U postgres -d "$1" -tAc "$2"; }
  [ -s "$WORK/claim-paths" ] || sql claims "SELECT '/claims/' || id FROM claim ORDER BY random() LIMIT 50000" >"$WORK/claim-paths"
  [ -s "$WORK/source-paths" ] || sql sources "SELECT '/sources/' || slug FROM source ORDER BY random() LIMIT 50000" >"$WORK/source-paths"
  rm -f "$WORK"/achieved-*
  BENCH_AUTHORIZATION=${auth#Authorization: } BENCH_PATHS=$WORK/source-paths \
    wrk -t2 -c16 -d"${LOAD_SECONDS}s" --timeout 5s --latency -s "$HERE/lua/random-path.lua" http://localhost:8081 >"$WORK/wrk-sources.txt"
  BENCH_AUTHORIZATION=${auth#Authorization: } BENCH_PATHS=$WORK/claim-paths \
    wrk -t2 -c16 -d"${LOAD_SECONDS}s" --timeout 5s --latency -s "$HERE/lua/random-path.lua" http://localhost:8082 >"$WORK/wrk-claims.txt"
  wrk_rate "$WORK/wrk-sources.txt" >"$WORK/achieved-sources"
  wrk_rate "$WORK/wrk-claims.txt" >"$WORK/achieved-claims"
  for size in 10000 10000 10000 100000; do
    code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 -H "$auth" \
      "http://localhost:8083/timelines/bench-story-$size/entries" || echo "000 0")
    times="$times ${size}: $(awk '{ printf "%.0f ms", $2 * 1000 }' <<<"$code");"
    [ "${code%% *}" = 200 ] || failed="$failed bench-story-$size answered ${code%% *};"
  done
  echo "${failed:+FAILED:$failed}${times% ;}" >"$WORK/achieved-timelines"
  ! grep -q "FAILED" "$WORK"/achieved-* || { log "the load had errors"; return 1; }
}

# memory <port> <pid>: "<resident MiB> <heap used MiB> <heap committed MiB> <non-heap used MiB>".
memory() {
  local rss
  rss=$(ps -o rss= -p "$2" | awk '{ printf "%.0f", $1 / 1024 }')
  echo "$rss $(curl -s "http://localhost:$1/q/metrics" | awk '
      /^jvm_memory_used_bytes/ { if ($0 ~ /area="heap"/) h += $NF; else if ($0 ~ /area="nonheap"/) n += $NF }
      /^jvm_memory_committed_bytes/ { if ($0 ~ /area="heap"/) c += $NF }
      END { printf "%.0f %.0f %.0f", h / 1048576, c / 1048576, n / 1048576 }')"
}

field() { awk -F'|' -v f="$1" '{ print $f }' <<<"$2" | xargs; }

# measure <setting>: an archive's training run first where the setting has one (under the same load), then the
# measured run.
measure() {
  local setting=$1 java environment options archive packaging line extra="" train="" auth name port ms entry jar
  line=$(settings "$setting")
  java=$(field 1 "$line"); environment=$(field 2 "$line"); options=$(field 3 "$line")
  archive=$(field 4 "$line"); packaging=$(field 5 "$line")
  auth="Authorization: Bearer $(java -jar "$ROOT"/deploy/tokens/target/claimtrail-tokens-*-runner.jar token "$DATA/jwt" admin --subject startup@claimtrail.local)"
  if [ "$archive" != none ]; then
    log "$setting: training run"
    for entry in $SERVICES; do
      name=${entry%%:*}
      rm -f "$WORK/$setting-$name.$archive"
      case $archive in
        cds) train="-XX:ArchiveClassesAtExit=$WORK/$setting-$name.cds" ;;
        # The assembly of the cache needs more class space than a 128 MiB metaspace bound leaves ("Unable to
        # allocate from 'ro' region" for timelines); the bound applies again in the measured run.
        aot) train="-XX:AOTCacheOutput=$WORK/$setting-$name.aot -XX:MaxMetaspaceSize=512m" ;;
      esac
      start "$java" "$environment" "$(for_service "$name" "$options")" "$train" "$name" "${entry##*:}" "$(run_jar "$name" "$packaging")" >/dev/null
    done
    load "$auth" || log "$setting: the training load had errors"
    stop_services 300  # the archive is written as the JVM exits
    for entry in $SERVICES; do
      name=${entry%%:*}
      if [ ! -s "$WORK/$setting-$name.$archive" ]; then
        log "$setting: no archive for $name"; grep -m3 'error' "$WORK/$name.log" >&2 || true
        row "$setting" "$name" "FAILED: the training run wrote no archive" "" "" "" "" "" ""
        return 0
      fi
    done
  fi
  log "$setting: measured run"
  local started=""
  for entry in $SERVICES; do
    name=${entry%%:*}
    case $archive in
      cds) extra="-XX:SharedArchiveFile=$WORK/$setting-$name.cds -Xshare:on" ;;
      aot) extra="-XX:AOTCache=$WORK/$setting-$name.aot -XX:AOTMode=on" ;;
    esac
    ms=$(start "$java" "$environment" "$(for_service "$name" "$options")" "$extra" "$name" "${entry##*:}" "$(run_jar "$name" "$packaging")") || {
      row "$setting" "$name" "FAILED to start" "" "" "" "" "" ""; stop_services; return 0; }
    started="$started $name:$ms:$(grep -ho 'started in [0-9.]*s' "$WORK/$name.log" | tail -1 | cut -d' ' -f3)"
  done
  load "$auth" || true
  for entry in $started; do
    IFS=: read -r name ms quarkus <<<"$entry"
    port=$(tr ' ' '\n' <<<"$SERVICES" | grep "^$name:" | cut -d: -f2)
    read -r rss heap committed nonheap <<<"$(memory "$port" "$(cat "$WORK/$name.pid")")"
    row "$setting" "$name" "$ms" "$quarkus" "$rss" "$heap" "$committed" "$nonheap" "$(cat "$WORK/achieved-$name")"
  done
  stop_services
}

main() {
  local setting
  for setting in ${STARTUP_SETTINGS:-$ALL}; do
    settings "$setting" >/dev/null || { log "unknown setting $setting"; exit 1; }
  done
  {
    echo "# Start-up and memory by JVM setting, $STAMP"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB. Java 17: $($JAVA17 -version 2>&1 | head -1)."
    echo "Java 25: $($JAVA25 -version 2>&1 | head -1). The bench data set (1M claims), services started one after"
    echo "the other. Ready: from launching the JVM to /q/health/ready answering 200. Memory after the load: ${LOAD_SECONDS}s"
    echo "of reads per service at 16 connections, three assemblies of the 10,000-claim story and one of 100,000."
    echo
    echo "Settings:"
    for setting in ${STARTUP_SETTINGS:-$ALL}; do echo "- \`$setting\`: $(settings "$setting")"; done
    echo
  } | tee "$RESULT"
  row "setting" "service" "ready ms" "Quarkus started in" "resident MiB" "heap used MiB" "heap committed MiB" \
    "non-heap used MiB" "the load on this service"
  row "---" "---" "---" "---" "---" "---" "---" "---" "---"
  start_database
  for setting in ${STARTUP_SETTINGS:-$ALL}; do measure "$setting"; done
  log "Written to $RESULT"
}

main "$@"
