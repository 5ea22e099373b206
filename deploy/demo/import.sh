#!/usr/bin/env bash
# Imports the demo story into a running Claimtrail the first time (make run calls it once the services are ready),
# then prints where to look at it. Importing again would change nothing; the check only saves the work.
# CLAIMTRAIL_TOKEN must hold an admin token (make run passes one; by hand: CLAIMTRAIL_TOKEN=$(make -s token ROLE=admin)).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly TIMELINES="${TIMELINES_URL:-http://localhost:8083}"
readonly SLUG="nk-troops-ukraine-2024"
readonly BUNDLE="nk-troops-2024-07-02.json"

if [ ! -f ../../services/timelines/pom.xml ]; then
  exit 0
fi
if [ -z "${CLAIMTRAIL_TOKEN:-}" ]; then
  echo "CLAIMTRAIL_TOKEN is not set: the import needs an admin token, e.g. CLAIMTRAIL_TOKEN=\$(make -s token ROLE=admin)" >&2
  exit 1
fi
readonly AUTH="Authorization: Bearer $CLAIMTRAIL_TOKEN"

status=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$TIMELINES/timelines/$SLUG")
if [ "$status" = 404 ]; then
  report=$(mktemp)
  code=$(curl -s -o "$report" -w '%{http_code}' -X POST "$TIMELINES/timelines/import" \
    -H "$AUTH" -H 'Content-Type: application/json' --data-binary "@$BUNDLE")
  if [ "$code" != 200 ]; then
    echo "The demo import failed with HTTP $code:" >&2
    cat "$report" >&2
    rm -f "$report"
    exit 1
  fi
  rm -f "$report"
  echo "==> Imported the demo story from deploy/demo/$BUNDLE"
elif [ "$status" != 200 ]; then
  echo "The timelines service answered HTTP $status for the demo timeline" >&2
  exit 1
fi

cat <<TXT
==> The demo story (TV Chosun, the Pentagon and North Korean troops, July 2024), with a viewer token or above:
      page:              $TIMELINES/timelines/$SLUG/view (give it the token with "Use a token")
      entries:           $TIMELINES/timelines/$SLUG/entries
      as of 2024-07-01:  $TIMELINES/timelines/$SLUG/entries?asOf=2024-07-01
      TimelineJS export: $TIMELINES/timelines/$SLUG/timelinejs
      summary:           $TIMELINES/timelines/$SLUG/summary
TXT
