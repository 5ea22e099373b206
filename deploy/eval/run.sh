#!/usr/bin/env bash
# make eval: measures libs/extraction on the PolNeAR development split in ../shared/corpora/polnear-dev (read
# where it lies, never copied) and writes deploy/eval/results/<UTC time>.md. Without the corpus it still measures
# speed and memory. Then measures claim matching (POST /claims/similar) on the labelled pairs of
# deploy/eval/matching/pairs.txt (development), heldout.txt and test.txt (second and third development sets) and
# fresh.txt (untouched, written without sight of the rules) against the packaged services, and the memory of the
# timelines service around 50 extractions, appending to the same file. Maven, the evaluations and the services run
# through the shared lock when flock is there (2 cores shared with others).
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN="${MVN:-./mvnw}"
CORPUS="${CORPUS:-../shared/corpora/polnear-dev}"
LOCK=()
if command -v flock >/dev/null; then LOCK=(flock /tmp/claimtrail-mvn.lock); fi
CP_FILE=libs/extraction/target/eval.classpath
"${LOCK[@]}" $MVN -B -q -pl libs/extraction test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/eval.classpath -Dmdep.includeScope=test >&2
CP="libs/extraction/target/classes:libs/extraction/target/test-classes:$(cat "$CP_FILE")"
"${LOCK[@]}" java ${EVAL_JAVA_OPTS:-} -Xms64m -Xmx512m -cp "$CP" io.claimtrail.extraction.eval.PolnearEval "$CORPUS" deploy/eval/results
RESULTS="$(ls -t deploy/eval/results/*.md | head -n 1)"

"${LOCK[@]}" $MVN -B -q -pl deploy/eval -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/eval.classpath >&2
MATCH_CP="deploy/eval/target/classes:$(cat deploy/eval/target/eval.classpath)"
"${LOCK[@]}" java -Xmx256m -cp "$MATCH_CP" io.claimtrail.eval.MatchingEval . "$RESULTS"
