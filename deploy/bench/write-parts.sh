#!/usr/bin/env bash
# What each part of POST /claims' database ceiling costs (deploy/bench/README.md, "Writes"): pgbench -M prepared, 16
# clients, on the bench data set (.data/bench, as `make bench` leaves it, nothing else running on 15433), running
# sql/pgbench-write-claim.sql (the ceiling of section 3) and variants of it, each without one part: a statement left
# out (sql/write-parts/*.sql), a trigger disabled for the run, or V14's trigger functions replaced for the run. Every
# change is undone after its run (triggers enabled again, the saved function definitions restored). The old form of
# the file (sql/write-parts/old*.sql: topics written by V5's trigger) is measured beside it. Extra rows, not a
# section of make bench: the variants leave a part of the write out, so they are no ceiling of the service.
#   PARTS_RUNS=3 PARTS_SECONDS=8 PARTS="old old-noaudit new ..." bash deploy/bench/write-parts.sh
# Writes results/write-parts-<UTC time>.txt: per variant the transactions/s of each run, then "/" failed ones.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly S=deploy/bench/sql OUT=deploy/bench/results/write-parts-$(date -u +%Y-%m-%dT%H%MZ).txt
readonly V14=services/claims/src/main/resources/db/migration/V14__cheaper_claim_write_triggers.sql
readonly LOG=.data/bench/write-parts-localdb.log
java -jar deploy/localdb/target/claimtrail-localdb-*-runner.jar 15433 .data/bench/postgres >$LOG 2>&1 &
dbpid=$!
trap 'kill -TERM $dbpid; wait $dbpid' EXIT
for _ in $(seq 1 120); do grep -q "PostgreSQL ready" $LOG && break; sleep 1; done
sql() { PGPASSWORD=postgres psql -q -X -h localhost -p 15433 -U postgres -d claims -tAc "$1"; }
psqlf() { PGPASSWORD=postgres psql -q -X -v ON_ERROR_STOP=1 -h localhost -p 15433 -U postgres -d claims -f "$1"; }
once() { PGOPTIONS="-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1" PGPASSWORD=postgres pgbench -n \
    -h localhost -p 15433 -U postgres -c 16 -j 2 -T "${PARTS_SECONDS:-8}" -M prepared -f "$1" claims 2>&1 |
    awk '/^tps/ {tps=$3} /number of failed/ {f=$5} END {printf "%.0f/%d ", tps, f+0}'; }
run() { printf '%-60s' "$1" >>$OUT; for _ in $(seq 1 "${PARTS_RUNS:-3}"); do once "$2" >>$OUT; done; echo >>$OUT; }
FUNCS="'claim_keep_version','claim_version_topics_follow','claim_topic_takes_claim_order','claim_order_to_topics',"
FUNCS+="'claim_topics_follow','claim_words_of_new_claims','claim_words_follow_claim'"
save() { sql "SELECT string_agg(pg_get_functiondef(p.oid), E';\n') || ';' FROM pg_proc p WHERE proname IN ($FUNCS)" \
    >.data/bench/functions-saved.sql; }
restore() { psqlf .data/bench/functions-saved.sql; }
without() { sql "ALTER TABLE $1 DISABLE TRIGGER $2"; run "$3" "$4"; sql "ALTER TABLE $1 ENABLE TRIGGER $2"; }
sql "CHECKPOINT" >/dev/null
for v in ${PARTS:-new old old-noaudit new-noaudit new-notransition new-nowords new-noversion new-notopictrig new-12words}; do
  case $v in
    new) run "new (topics in the claim insert)" $S/pgbench-write-claim.sql ;;
    old) run "old (today's file: topics by trigger update)" $S/write-parts/old.sql ;;
    old-noaudit) run "old without the audit insert" $S/write-parts/old-noaudit.sql ;;
    new-noaudit) run "new without the audit insert" $S/write-parts/new-noaudit.sql ;;
    new-notransition) run "new without the transition insert" $S/write-parts/new-notransition.sql ;;
    new-12words) run "new, a 12-word text (the data set's claims)" $S/write-parts/new-12words.sql ;;
    new-nowords) without claim claim_words_insert "new without V13's claim_word trigger" $S/pgbench-write-claim.sql ;;
    12-nowords) without claim claim_words_insert "new 12 words without V13's claim_word trigger" $S/write-parts/new-12words.sql ;;
    new-noversion) without claim claim_keeps_versions "new without V6's version trigger (history)" $S/pgbench-write-claim.sql ;;
    new-notopictrig) without claim_topic claim_topics_insert "new without V5's topics trigger" $S/pgbench-write-claim.sql ;;
    new-auto) save; grep "^ALTER FUNCTION" $V14 | psqlf -; run "new, trigger functions with plan_cache_mode=auto" $S/pgbench-write-claim.sql; restore ;;
    new-v14) save; psqlf $V14; run "new, with V14 (auto plans, INSERT skips)" $S/pgbench-write-claim.sql; restore ;;
    old-v14) save; psqlf $V14; run "old file, with V14" $S/write-parts/old.sql; restore ;;
  esac
done
cat $OUT
