#!/usr/bin/env bash
# make bench: measures Claimtrail on this machine against its limits (see README.md beside this file).
# Starts the system as `make run` does, on its own data folder, unless BENCH_USE_RUNNING=1; loads the data set once;
# prints a table and writes it to deploy/bench/results/.
#
#   BENCH_RUNS=3          runs per figure (the median is reported with min-max)
#   BENCH_SECONDS=10      seconds per wrk run
#   BENCH_CONNECTIONS=16  concurrent connections (wrk) and clients (pgbench)
#   BENCH_TIMEOUT=5s      wrk's request timeout: a request without an answer by then is counted as a timeout, and
#                         a row with any timeout, socket error or non-2xx answer is marked FAILED
#   BENCH_IDS=200000      claim ids drawn uniformly from all claims for GET /claims/{id}
#   BENCH_SECTIONS="1 2 3 4 5 6 7 8 9"  the sections to measure (space-separated numbers, see README.md)
#   BENCH_SEARCHES="claims sources"     the searches of section 5 to measure
#   BENCH_USE_RUNNING=1   use services already running on 8081-8083 and PostgreSQL on DB_PORT; their signing key
#                         pair is then taken from .data/jwt (BENCH_KEYS=<dir> to name another)
#
# Every request carries an admin token signed with the system's local key pair, as analysts' requests would carry
# theirs: the figures include verifying it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
readonly HERE=$PWD ROOT=$(cd ../.. && pwd)
readonly RUNS=${BENCH_RUNS:-3} SECONDS_PER_RUN=${BENCH_SECONDS:-10} CONNECTIONS=${BENCH_CONNECTIONS:-16}
readonly TIMEOUT=${BENCH_TIMEOUT:-5s} IDS=${BENCH_IDS:-200000} SECTIONS=" ${BENCH_SECTIONS:-1 2 3 4 5 6 7 8 9} "
readonly DATA=${BENCH_DATA:-$ROOT/.data/bench}
readonly SEARCHES=" ${BENCH_SEARCHES:-claims sources} "
export DB_PORT=${DB_PORT:-15433}
readonly SOURCES=http://localhost:8081 CLAIMS=http://localhost:8082 TIMELINES=http://localhost:8083
readonly WORK=$DATA/work
readonly STAMP=$(date -u +%Y-%m-%dT%H%MZ)
readonly RESULT=$HERE/results/$STAMP.md
mkdir -p "$WORK" "$HERE/results"
system_pid=""
AUTH=""  # the Authorization header of every request, once the system runs

log() { printf '==> %s\n' "$*" >&2; }

# section_on <n>...: whether any of these sections is to be measured (BENCH_SECTIONS).
section_on() {
  local n
  for n in "$@"; do
    [[ $SECTIONS == *" $n "* ]] && return 0
  done
  return 1
}

stop_system() {
  if [ -n "$system_pid" ]; then
    log "Stopping the system"
    kill -TERM "$system_pid" 2>/dev/null || true
    wait "$system_pid" 2>/dev/null || true
  fi
}
trap stop_system EXIT

need_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v psql >/dev/null || missing+=(postgresql-client)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} (Debian packages)"
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  fi
}

start_system() {
  if [ "${BENCH_USE_RUNNING:-}" = 1 ]; then
    return
  fi
  log "Starting the system (log: $DATA/system.log)"
  CLAIMTRAIL_DATA=$DATA SKIP_BUILD=${SKIP_BUILD:-} bash "$ROOT/deploy/run.sh" >"$DATA/system.log" 2>&1 &
  system_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Press Ctrl-C to stop" "$DATA/system.log" 2>/dev/null && return
    kill -0 "$system_pid" 2>/dev/null || { tail -40 "$DATA/system.log"; exit 1; }
    sleep 1
  done
  log "the system did not start"; exit 1
}

# An admin token for the bench, signed with the key pair the running system trusts.
sign_token() {
  local keys=${BENCH_KEYS:-$DATA/jwt} jars=("$ROOT"/deploy/tokens/target/claimtrail-tokens-*-runner.jar)
  if [ "${BENCH_USE_RUNNING:-}" = 1 ] && [ -z "${BENCH_KEYS:-}" ]; then
    keys=$ROOT/.data/jwt
  fi
  [ -f "${jars[0]}" ] || { log "deploy/tokens is not built; run make build"; exit 1; }
  AUTH="Authorization: Bearer $(java -jar "${jars[0]}" token "$keys" admin --subject bench@claimtrail.local)"
  export BENCH_AUTHORIZATION=${AUTH#Authorization: }
}

sql() { PGPASSWORD=postgres psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d "$1" "${@:2}"; }

load_data() {
  if [ "$(sql claims -tAc "SELECT count(*) FROM claim WHERE text LIKE '%, report %'")" -ge 1000000 ]; then
    log "Data set already loaded"
    if [ "$(sql claims -tAc "SELECT count(*) FROM claim_version WHERE actor = 'bench'")" -lt 1000000 ]; then
      log "Writing the first versions of the claims (a load stopped before them)"
      sql claims -f "$HERE/sql/claim-versions.sql"
    fi
    if [ "$(sql claims -tAc "SELECT count(*) FROM claim WHERE id = md5('claim1')::uuid AND text LIKE 'North Korea%'")" = 1 ]; then
      log "Rewriting the claims' text with the word distribution of sql/claims.sql (a data set loaded before it)"
      sql claims -f "$HERE/sql/claim-words.sql"
    fi
  else
    log "Loading 100,000 sources"; sql sources -f "$HERE/sql/sources.sql"
    log "Loading 1,000,000 claims (a few minutes)"; sql claims -f "$HERE/sql/claims.sql"
  fi
  # A freshly loaded data set has no visibility map until autovacuum gets to it, so index-only scans read the heap
  # and the first runs after a load measured slower (the roll-up 210-279 ms against 140 ms); on a data set already
  # vacuumed this takes seconds.
  log "Vacuuming the data set"; sql sources -c "VACUUM (ANALYZE)"; sql claims -c "VACUUM (ANALYZE)"
  # Ids drawn uniformly from all rows, as pgbench draws them (sql/pgbench-*.sql): every source, and BENCH_IDS claims.
  sql sources -tAc "SELECT id FROM source WHERE slug LIKE 'bench-src-%' ORDER BY slug LIMIT 5000" >"$WORK/source-ids"
  sql sources -tAc "SELECT '/sources/' || slug FROM source WHERE slug LIKE 'bench-src-%' ORDER BY random()" >"$WORK/source-paths"
  sql claims -tAc "SELECT '/claims/' || id FROM claim WHERE text LIKE '%, report %' ORDER BY random() LIMIT $IDS" >"$WORK/claim-paths"
  for size in 100 1000 10000 100000; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$TIMELINES/timelines/bench-story-$size")" = 404 ]; then
      curl -sf -X POST "$TIMELINES/timelines" -H "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"slug\":\"bench-story-$size\",\"title\":\"Bench story of $size claims\",\"topics\":[\"bench-story-$size\"]}" >/dev/null
    fi
  done
}

# Prints "<requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors> <timeouts>" of one wrk run (WRK_CONNECTIONS
# overrides the connections). wrk leaves requests that timed out out of its latency histogram: they are counted here.
wrk_once() {
  local out
  out=$(wrk -t2 -c"${WRK_CONNECTIONS:-$CONNECTIONS}" -d"${SECONDS_PER_RUN}s" --timeout "$TIMEOUT" --latency "$@" 2>&1)
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2; seen = 1 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses/ { bad = $NF }
    /Socket errors/ { errors = $4 + $6 + $8; timeouts = $10 + 0 }
    END { if (!seen) errors += 1; printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, bad + 0, errors + 0, timeouts + 0 }' <<<"$out"
}

# "none", or FAILED with the worst run's non-2xx answers, socket errors and timeouts, of a repeat of wrk_once.
problems() {
  awk '{ if ($12 + $15 + $18 == 0) print "none";
         else printf "FAILED: %d non-2xx, %d socket errors, %d timeouts (worst run)\n", $12, $15, $18 }' <<<"$1"
}

# wrk_row <what> <repeat of wrk_once> [cells...]: req/s, p50, p99, the cells, then the failures.
wrk_row() {
  row "$1" "$(col "$2" 1)" "$(col "$2" 2)" "$(col "$2" 3)" "${@:3}" "$(problems "$2")"
}

# Runs a measure RUNS times; prints "median min max" of each of its columns.
repeat() {
  local i
  for i in $(seq 1 "$RUNS"); do "$@"; done | python3 -c '
import sys, statistics
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
cols = list(zip(*rows))
print(" ".join("%g %g %g" % (statistics.median(c), min(c), max(c)) for c in cols))'
}

# pgbench_once <database> <script> <protocol: simple|prepared>: "<transactions/s> <failed transactions>". Its
# sessions get the settings the services set on their connections (application.properties): custom plans, SSD costs.
pgbench_once() {
  PGOPTIONS="-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1" PGPASSWORD=postgres pgbench -n -h localhost -p "$DB_PORT" -U postgres -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" \
    -M "$3" -f "$2" "$1" 2>&1 | awk '/^tps/ { tps = $3 } /number of failed transactions/ { failed = $5 }
      END { printf "%.0f %d\n", tps, failed + 0 }'
}

pg_problems() { awk '{ print ($6 == 0 ? "none" : "FAILED: " $6 " failed transactions (worst run)") }' <<<"$1"; }

metric() { # metric <base url> <uri>: how many requests the service has served on that path
  curl -s "$1/q/metrics" | awk -v uri="$2" '$0 ~ /^http_server_requests_seconds_count/ && index($0, "uri=\"" uri "\"") { n += $NF } END { print n + 0 }'
}

row() { printf '| %s |\n' "$(IFS='|'; echo "$*" | sed 's/|/ | /g')" | tee -a "$RESULT"; }

fmt() { awk '{ printf "%s (%s-%s)", $1, $2, $3 }' <<<"$1"; }
col() { awk -v c="$2" '{ printf "%s (%s-%s)", $(3*c-2), $(3*c-1), $(3*c) }' <<<"$1"; }

# Lets the JIT compile the hot paths before anything is measured: 60 s of reads per service (with token verification
# and plain-SQL reads, reads reach their warm speed after about a minute), then 30 s of timeline assemblies.
warm_up() {
  log "Warming up"
  BENCH_PATHS=$WORK/source-paths wrk -t2 -c"$CONNECTIONS" -d60s -s "$HERE/lua/random-path.lua" "$SOURCES" >/dev/null
  BENCH_PATHS=$WORK/claim-paths wrk -t2 -c"$CONNECTIONS" -d60s -s "$HERE/lua/random-path.lua" "$CLAIMS" >/dev/null
  # the assembly path (three services, 4.7 MB answers) needs about a dozen runs before it is compiled
  local size end=$((SECONDS + 30))
  while [ $SECONDS -lt $end ]; do
    for size in 100 1000 10000; do
      curl -s -o /dev/null -H "$AUTH" "$TIMELINES/timelines/bench-story-$size/entries"
    done
  done
}

# Section 7: the same reads as they stood (asOf, a day all bench claims were stated by) and as recorded at a moment
# after the load (knownAt: the claims' versions, the chain of transitions), measured back to back with the current
# ones. The issue's target: each at most 1.5x the cost of the current read.
history_reads() {
  echo | tee -a "$RESULT"; echo "## 7. Reads as of a day and as recorded at a moment" | tee -a "$RESULT"
  row "what" "req/s" "p50 ms" "p99 ms" "cost vs current (p50)" "failures"
  row "---" "---" "---" "---" "---" "---"
  local known past_paths now_c past_c story now_s past_s now_t past_t
  known=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  past_paths=$WORK/claim-paths-past
  sed "s|\$|?asOf=2026-01-01\&knownAt=$known|" "$WORK/claim-paths" >"$past_paths"
  now_c=$(BENCH_PATHS=$WORK/claim-paths repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
  past_c=$(BENCH_PATHS=$past_paths repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
  wrk_row "GET /claims/{id}" "$now_c" "1.00"
  wrk_row "GET /claims/{id}?asOf=&knownAt=" "$past_c" "$(ratio "$past_c" "$now_c")"
  story='"topics":["bench-story-10000"],"size":1000,"includeRelations":true,"includeHistory":true'
  now_s=$(BENCH_BODY="{$story}" WRK_CONNECTIONS=2 repeat wrk_once -s "$HERE/lua/post-body.lua" "$CLAIMS/claims/query")
  past_s=$(BENCH_BODY="{$story,\"asOf\":\"2026-01-01\",\"knownAt\":\"$known\"}" WRK_CONNECTIONS=2 \
      repeat wrk_once -s "$HERE/lua/post-body.lua" "$CLAIMS/claims/query")
  wrk_row "POST /claims/query, first page of 1,000 of the 10,000-claim story, 2 connections" "$now_s" "1.00"
  wrk_row "the same with asOf and knownAt" "$past_s" "$(ratio "$past_s" "$now_s")"
  now_t=$(assembly_ms "$TIMELINES/timelines/bench-story-10000/entries")
  past_t=$(assembly_ms "$TIMELINES/timelines/bench-story-10000/entries?asOf=2026-01-01&knownAt=$known")
  row "GET /timelines/{10,000-claim story}/entries (ms)" "" "$(fmt "$now_t")" "" "1.00" "none"
  row "the same with asOf and knownAt (ms)" "" "$(fmt "$past_t")" "" \
      "$(awk -v a="${past_t%% *}" -v b="${now_t%% *}" 'BEGIN { printf "%.2f", a / b }')" "none"
}

ratio() { awk -v a="$(awk '{ print $4 }' <<<"$1")" -v b="$(awk '{ print $4 }' <<<"$2")" 'BEGIN { printf "%.2f", a / b }'; }

# "median min max" milliseconds of RUNS complete answers (HTTP 200, not degraded, 10,000 entries) of one assembly;
# the bench stops at the first run that is not.
assembly_ms() {
  local i code
  for i in $(seq 1 "$RUNS"); do
    code=$(curl -s -o "$WORK/assembly.json" -w '%{http_code} %{time_total}' -H "$AUTH" "$1")
    [ "${code%% *}" = 200 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["degraded"] or d["total"] != 10000)' \
      "$WORK/assembly.json" || { log "assembly failed or degraded: $1 ($code)"; exit 1; }
    echo "${code#* }"
  done | python3 -c 'import sys,statistics; v=[float(x)*1000 for x in sys.stdin]; print("%.0f %.0f %.0f" % (statistics.median(v), min(v), max(v)))'
}

# Section 8: the history migrations (claims V6, sources V4) on the bench data set loaded at the schema before
# them, in databases of their own: how long each takes, and that nothing is lost (the rows of every table as
# before, new columns aside, and one first version per row).
migrations() {
  [ "${BENCH_MIGRATION:-1}" = 1 ] || return 0
  echo | tee -a "$RESULT"; echo "## 8. The history migrations on the bench data set" | tee -a "$RESULT"
  row "migration" "rows" "took s" "rows as before" "first versions"
  row "---" "---" "---" "---" "---"
  migrate_on_data sources source 3 4 "$HERE/sql/sources.sql" "'updated_by'"
  migrate_on_data claims claim 5 6 "$HERE/sql/claims.sql" "'updated_by'"
}

# migrate_on_data <service> <table> <last version before> <the migration> <data set> <new columns>
migrate_on_data() {
  local service=$1 table=$2 before=$3 version=$4 data=$5 new_columns=$6 db=bench_migration_$1 file start took
  local checksum="SELECT count(*) || ' ' || sum(('x' || substr(md5((to_jsonb(t) - ARRAY[$new_columns])::text), 1, 15))::bit(60)::bigint) FROM $table t"
  sql postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  for file in "$ROOT"/services/"$service"/src/main/resources/db/migration/V*__*.sql; do
    [ "$(basename "$file" | sed 's/^V\([0-9]*\)__.*/\1/')" -le "$before" ] && sql "$db" -f "$file" >/dev/null
  done
  log "Loading the $service data set at the schema of V$before"
  sql "$db" -f "$data" >/dev/null
  local rows_before rows_after versions
  rows_before=$(sql "$db" -tAc "$checksum")
  file=$(ls "$ROOT"/services/"$service"/src/main/resources/db/migration/V"$version"__*.sql)
  start=$(date +%s.%N)
  sql "$db" -f "$file" >/dev/null
  took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  rows_after=$(sql "$db" -tAc "$checksum")
  versions=$(sql "$db" -tAc "SELECT count(*) FROM ${table}_version v JOIN $table t ON t.id = v.id AND t.version = v.version")
  row "$(basename "$file")" "${rows_before%% *}" "$took" "$([ "$rows_before" = "$rows_after" ] && echo yes || echo NO)" \
      "$versions of ${rows_before%% *}"
  sql postgres -c "DROP DATABASE $db" >/dev/null
}

# Section 9 (issue #14, what the evidence adds up to): the assessment of a claim with 1,000 relations (target
# < 50 ms), a roll-up listing for an institution of 1,000 members over the 1M claims (target < 200 ms) and
# calibration over the 1M claims (target < 2 s), each at 2 connections (one per core) or as single timed calls.
# The fixtures are added once, in SQL: 1,000 bench claims SUPPORT one bench claim (each by its own bench source),
# and bench sources 2-1001 are affiliated with bench source 1 since 2020 (about 200,000 claims roll up to it).
evidence_figures() {
  echo | tee -a "$RESULT"; echo "## 9. What the evidence adds up to" | tee -a "$RESULT"
  local target institution
  target=$(sql claims -tAc "SELECT id FROM claim WHERE source_id = md5('src1')::uuid ORDER BY id LIMIT 1")
  institution=$(sql sources -tAc "SELECT id FROM source WHERE slug = 'bench-src-1'")
  if [ "$(sql claims -tAc "SELECT count(*) FROM claim_relation WHERE to_claim_id = '$target'")" -lt 1000 ]; then
    log "Relating 1,000 claims to one"
    sql claims -c "INSERT INTO claim_relation (id, from_claim_id, to_claim_id, type, note, recorded_at, actor)
      SELECT md5('bench-rel' || c.id)::uuid, c.id, '$target', 'SUPPORTS', 'bench', now(), 'bench'
        FROM (SELECT DISTINCT ON (source_id) id FROM claim WHERE source_id <> md5('src1')::uuid
               AND text LIKE '%, report %' ORDER BY source_id, id LIMIT 1000) c
      ON CONFLICT DO NOTHING"
  fi
  if [ "$(sql sources -tAc "SELECT count(*) FROM source_affiliation WHERE parent_id = '$institution'")" -lt 1000 ]; then
    log "Affiliating 1,000 sources with one"
    sql sources -c "INSERT INTO source_affiliation (source_id, position, parent_id, role, valid_from, from_earliest)
      SELECT md5('src' || n)::uuid, 100, '$institution', 'member', '2020', DATE '2020-01-01'
        FROM generate_series(2, 1001) n ON CONFLICT DO NOTHING"
  fi
  row "what" "req/s" "p50 ms" "p99 ms" "target" "failures"
  row "---" "---" "---" "---" "---" "---"
  local assessment rollup calibration
  printf '%s\n' "/claims/$target/assessment" >"$WORK/assessment-path"
  printf '%s\n' "/claims?sourceId=$institution&includeMembers=true" >"$WORK/rollup-path"
  assessment=$(WRK_CONNECTIONS=2 BENCH_PATHS=$WORK/assessment-path repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
  rollup=$(WRK_CONNECTIONS=2 BENCH_PATHS=$WORK/rollup-path repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
  wrk_row "GET /claims/{id}/assessment, 1,000 relations, 2 connections" "$assessment" "< 50 ms"
  wrk_row "GET /claims?sourceId=&includeMembers=true, 1,000 members, 2 connections" "$rollup" "< 200 ms"
  calibration=$(for _ in $(seq 1 "$RUNS"); do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "$AUTH" "$CLAIMS/claims/calibration"; done |
    python3 -c 'import sys,statistics
rows=[l.split() for l in sys.stdin if l.strip()]
v=[float(t)*1000 for c,t in rows]
print("%.0f %.0f %.0f %d" % (statistics.median(v), min(v), max(v), sum(c != "200" for c,t in rows)))')
  row "GET /claims/calibration, 1M claims (ms, single calls)" "" "$(fmt "$calibration")" "" "< 2,000 ms" \
      "$(awk '{ print ($4 == 0 ? "none" : "FAILED: " $4 " answers not 200") }' <<<"$calibration")"
}

# Sections 1-2: single-row reads against pgbench running the service's own statements (sql/pgbench-*.sql) with
# prepared statements, as the service runs them (the simple protocol beside it), and against the framework's limit.
single_reads() {
  echo "## 1-2. Single-row reads against the database and the framework" | tee -a "$RESULT"
  row "what" "req/s" "p50 ms" "p99 ms" "ratio" "failures"
  row "---" "---" "---" "---" "---" "---"
  local pg_source pg_claim pg_source_simple pg_claim_simple src clm live_s live_c
  pg_source=$(repeat pgbench_once sources "$HERE/sql/pgbench-source.sql" prepared)
  pg_source_simple=$(repeat pgbench_once sources "$HERE/sql/pgbench-source.sql" simple)
  pg_claim=$(repeat pgbench_once claims "$HERE/sql/pgbench-claim.sql" prepared)
  pg_claim_simple=$(repeat pgbench_once claims "$HERE/sql/pgbench-claim.sql" simple)
  src=$(BENCH_PATHS=$WORK/source-paths repeat wrk_once -s "$HERE/lua/random-path.lua" "$SOURCES")
  clm=$(BENCH_PATHS=$WORK/claim-paths repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
  live_s=$(repeat wrk_once "$SOURCES/q/health/live")
  live_c=$(repeat wrk_once "$CLAIMS/q/health/live")
  row "pgbench -M prepared: the statement of GET /sources/{slug} (the baseline)" "$(col "$pg_source" 1)" "" "" "" \
      "$(pg_problems "$pg_source")"
  row "pgbench -M simple: the same" "$(col "$pg_source_simple" 1)" "" "" "" "$(pg_problems "$pg_source_simple")"
  wrk_row "GET /sources/{slug}" "$src" \
      "$(awk -v a="${src%% *}" -v b="${pg_source%% *}" 'BEGIN { printf "%.2f of pgbench", a / b }')"
  wrk_row "GET /q/health/live (sources, no database)" "$live_s" \
      "$(awk -v a="${src%% *}" -v b="${live_s%% *}" 'BEGIN { printf "reads at %.2f of it", a / b }')"
  row "pgbench -M prepared: the statements of GET /claims/{id} (the baseline)" "$(col "$pg_claim" 1)" "" "" "" \
      "$(pg_problems "$pg_claim")"
  row "pgbench -M simple: the same" "$(col "$pg_claim_simple" 1)" "" "" "" "$(pg_problems "$pg_claim_simple")"
  wrk_row "GET /claims/{id}" "$clm" \
      "$(awk -v a="${clm%% *}" -v b="${pg_claim%% *}" 'BEGIN { printf "%.2f of pgbench", a / b }')"
  wrk_row "GET /q/health/live (claims, no database)" "$live_c" \
      "$(awk -v a="${clm%% *}" -v b="${live_c%% *}" 'BEGIN { printf "reads at %.2f of it", a / b }')"
}

writes() {
  echo | tee -a "$RESULT"; echo "## 3. Writes" | tee -a "$RESULT"
  row "what" "req/s" "p50 ms" "p99 ms" "failures"
  row "---" "---" "---" "---" "---"
  local written pg_write
  pg_write=$(repeat pgbench_once claims "$HERE/sql/pgbench-write-claim.sql" prepared)
  written=$(BENCH_SOURCES=$WORK/source-ids repeat wrk_once -s "$HERE/lua/post-claim.lua" "$CLAIMS")
  row "pgbench -M prepared: the inserts of POST /claims in one transaction (the ceiling)" "$(col "$pg_write" 1)" "" "" \
      "$(pg_problems "$pg_write")"
  wrk_row "POST /claims (checks the source, searches duplicates)" "$written"
}

# Section 4: every run of every assembly is checked: HTTP 200, not degraded, one entry per claim of the story. Each
# run is read as it arrives (story-timing.py): the time to the first byte, to the first 100 entries (what a client
# can show first) and to the end; for the largest story, the timelines JVM's peak heap during the read as well.
timelines() {
  echo | tee -a "$RESULT"; echo "## 4. The assembled timeline" | tee -a "$RESULT"
  row "claims" "first byte ms" "first 100 entries ms" "all ms" "entries" "calls to claims" "calls to sources" \
      "ms per 1000 entries" "peak heap MiB" "failures"
  row "---" "---" "---" "---" "---" "---" "---" "---" "---" "---"
  local size before_c before_s runs entries after_c after_s failures pid heap
  pid=$(pgrep -f "services/timelines/target/quarkus-app/quarkus-run.jar" | head -1 || true)
  for size in 100 1000 10000 100000; do
    before_c=$(metric "$CLAIMS" /claims/query); before_s=$(metric "$SOURCES" /sources/lookup)
    heap=""
    [ "$size" = 100000 ] && heap=$pid
    runs=$(for _ in $(seq 1 "$RUNS"); do
      python3 "$HERE/story-timing.py" "$TIMELINES/timelines/bench-story-$size/entries" "${AUTH#Authorization: }" 100 "$heap"
    done)
    after_c=$(metric "$CLAIMS" /claims/query); after_s=$(metric "$SOURCES" /sources/lookup)
    entries=$(awk '{ print $5 }' <<<"$runs" | sort -u | paste -sd/)
    failures=$(awk -v n="$size" '$1 != 200 || $5 != n || $6 != 0 { bad++; why = why sprintf(" HTTP %s, %s entries%s;", $1, $5, $6 ? ", degraded" : "") }
      END { print bad ? "FAILED: " bad " of " NR " runs:" why : "none" }' <<<"$runs")
    local ttfb first all peak
    ttfb=$(runs_column "$runs" 2); first=$(runs_column "$runs" 3); all=$(runs_column "$runs" 4)
    peak=$([ -n "$heap" ] && runs_column "$runs" 7 || echo "")
    # story-timing.py says -1 when jstat gave it no reading: say so rather than print a heap of -1
    [[ $peak == -1* ]] && peak="not read (jstat gave no sample)"
    row "$size" "$ttfb" "$first" "$all" "$entries" "$(( (after_c - before_c) / RUNS ))" "$(( (after_s - before_s) / RUNS ))" \
        "$(awk -v t="${all%% *}" -v n="$size" 'BEGIN { printf "%.1f", t * 1000 / n }')" "$peak" "$failures"
  done
}

# runs_column <runs> <n>: "median (min-max)" of column n of story-timing.py's lines.
runs_column() {
  awk -v c="$2" '{ print $c }' <<<"$1" | python3 -c 'import sys,statistics
v=[float(x) for x in sys.stdin]; print("%.0f (%.0f-%.0f)" % (statistics.median(v), min(v), max(v)))'
}

# Section 5: searches for words of three frequencies of the claims' Zipf-like text (sql/claims.sql): common (ranks
# 1-5), medium (ranks 50-59) and rare (ranks 3000-3009), each measured alone; how many claims each word matches is
# given beside it.
search() {
  echo | tee -a "$RESULT"; echo "## 5. Search" | tee -a "$RESULT"
  local band name first last words matches
  local bands=()
  [[ $SEARCHES == *" claims "* ]] && bands=("common 1 5" "medium 50 59" "rare 3000 3009")
  for band in "${bands[@]}"; do
    read -r name first last <<<"$band"
    words=$(sql claims -tAc "SELECT bench_word(r) FROM generate_series($first, $last) r")
    sed 's|^|/claims?q=|' <<<"$words" >"$WORK/claim-searches-$name"
    matches=$(while read -r word; do
      sql claims -tAc "SELECT count(*) FROM claim WHERE search @@ plainto_tsquery('english', '$word')"; done <<<"$words" |
      sort -n | awk '{ v[NR] = $1 } END { printf "%s-%s", v[1], v[NR] }')
    echo "- $name words (ranks $first-$last): $(paste -sd' ' <<<"$words"), matching $matches of the claims each" |
      tee -a "$RESULT"
  done
  printf '%s\n' "/sources?q=pentagon" "/sources?q=d%C3%A9fense" "/sources?q=ministry%20seoul" "/sources?q=dod" \
    "/sources?q=radio%20kyiv" >"$WORK/source-searches"
  echo | tee -a "$RESULT"
  row "what" "req/s" "p50 ms" "p99 ms" "failures"
  row "---" "---" "---" "---" "---"
  # At $CONNECTIONS connections the 2 cores are saturated and latency is mostly queueing; at 2 (one per core) it is
  # the time of a search itself.
  local result connections
  for band in "${bands[@]}"; do
    name=${band%% *}
    BENCH_PATHS=$WORK/claim-searches-$name wrk -t2 -c"$CONNECTIONS" -d5s --timeout "$TIMEOUT" \
      -s "$HERE/lua/random-path.lua" "$CLAIMS" >/dev/null
    for connections in "$CONNECTIONS" 2; do
      result=$(WRK_CONNECTIONS=$connections BENCH_PATHS=$WORK/claim-searches-$name \
        repeat wrk_once -s "$HERE/lua/random-path.lua" "$CLAIMS")
      wrk_row "GET /claims?q= (1M claims), $name words, $connections connections" "$result"
    done
  done
  [[ $SEARCHES == *" sources "* ]] || return 0
  BENCH_PATHS=$WORK/source-searches wrk -t2 -c"$CONNECTIONS" -d5s --timeout "$TIMEOUT" \
    -s "$HERE/lua/random-path.lua" "$SOURCES" >/dev/null
  for connections in "$CONNECTIONS" 2; do
    result=$(WRK_CONNECTIONS=$connections BENCH_PATHS=$WORK/source-searches repeat wrk_once -s "$HERE/lua/random-path.lua" "$SOURCES")
    wrk_row "GET /sources?q= (100k sources), $connections connections" "$result"
  done
}

startup_and_memory() {
  echo | tee -a "$RESULT"; echo "## 6. Start-up and memory (JVM mode)" | tee -a "$RESULT"
  row "service" "started in" "resident MiB after the load"
  row "---" "---" "---"
  local name pid
  for name in sources claims timelines; do
    pid=$(pgrep -f "services/$name/target/quarkus-app/quarkus-run.jar" | head -1)
    row "$name" "$(grep -ho 'started in [0-9.]*s' "$DATA/logs/$name.log" 2>/dev/null | tail -1 | cut -d' ' -f3)" \
        "$(ps -o rss= -p "$pid" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }')"
  done
}

main() {
  need_tools
  start_system
  sign_token
  load_data
  if section_on 1 2 3 4 5 7 9; then
    warm_up
  fi
  {
    echo "# Claimtrail benchmark, $STAMP"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)."
    echo "Java: $(java -version 2>&1 | head -1). PostgreSQL 17.6 (embedded), load generator and services on the same machine."
    echo "JVM options: deploy/jvm-options$([ -n "${JAVA_OPTS:-}" ] && echo ", then JAVA_OPTS=$JAVA_OPTS")$([ "${BENCH_USE_RUNNING:-}" = 1 ] && echo " (services already running: as they were started)")."
    echo "Each figure: median of $RUNS runs of ${SECONDS_PER_RUN}s (min-max), $CONNECTIONS connections, wrk timeout $TIMEOUT."
    echo "Sections:$SECTIONS(BENCH_SECTIONS)$(section_on 5 && echo ", searches:$SEARCHES(BENCH_SEARCHES)"). A row with any timeout, socket error, non-2xx answer or failed run is FAILED."
    echo
  } | tee "$RESULT"
  if section_on 1 2; then single_reads; fi
  if section_on 3; then writes; fi
  if section_on 4; then timelines; fi
  if section_on 5; then search; fi
  if section_on 7; then history_reads; fi
  if section_on 6; then startup_and_memory; fi
  if section_on 8; then migrations; fi
  if section_on 9; then evidence_figures; fi
  echo | tee -a "$RESULT"
  log "Written to $RESULT"
}

main "$@"
