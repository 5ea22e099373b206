#!/usr/bin/env bash
# What `make api-check` runs: checks each service's OpenAPI document as a client developer would.
#  1. Builds the services, which write their documents (quarkus.smallrye-openapi.store-schema-directory) to
#     services/<service>/target/openapi/openapi.{yaml,json}, and deploy/api-clients, which generates a Java client
#     per service from them with openapi-generator (library native, Jackson) and compiles it, and generates the
#     TypeScript (fetch) clients.
#  2. Lints each document with Redocly CLI (recommended rules, deploy/api-check/redocly.yaml) and Spectral
#     (spectral:oas, deploy/api-check/.spectral.yaml). Any error or warning fails: each rule turned off there says why.
#  3. Type-checks the TypeScript clients with tsc --strict.
# The linters and tsc are the versions pinned in deploy/api-check/package.json and package-lock.json, installed
# with `npm ci` into deploy/api-check/node_modules (git-ignored). The end-to-end contract test (make test,
# deploy/e2e ContractEndToEndTest) then runs the demo story through the generated Java clients.
#
# Environment:
#   MVN   how to run Maven (default ./mvnw); e.g. MVN="./mvnw -o" offline
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

readonly MVN="${MVN:-./mvnw}"
readonly HERE=deploy/api-check
readonly SERVICES="sources claims timelines"
# Redocly CLI: no usage telemetry and no update notice (the version is pinned on purpose).
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

log() { printf '==> %s\n' "$*"; }

fail() {
  printf '==> ERROR: %s\n' "$*" >&2
  exit 1
}

install_tools() {
  command -v npm >/dev/null || fail "npm not found; it installs the linters (deploy/api-check/package.json)"
  # npm ci again only when the lock file changed since the last install.
  if ! cmp -s "$HERE/package-lock.json" "$HERE/node_modules/.package-lock.json.installed" 2>/dev/null; then
    log "installing the pinned linters and tsc: npm ci in $HERE"
    npm ci --prefix "$HERE" --no-audit --no-fund --loglevel=error >&2
    cp "$HERE/package-lock.json" "$HERE/node_modules/.package-lock.json.installed"
  fi
}

# Prints "<errors> <warnings>" of a Redocly JSON report.
redocly_counts() {
  node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); const t = r.totals || {};
    console.log((t.errors || 0) + " " + (t.warnings || 0));'
}

# Prints "<errors> <warnings>" of a Spectral JSON report (severity 0 error, 1 warning).
spectral_counts() {
  node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    console.log(r.filter(p => p.severity === 0).length + " " + r.filter(p => p.severity === 1).length);'
}

install_tools
readonly BIN="$PWD/$HERE/node_modules/.bin"

log "building the services (writes their OpenAPI documents) and the generated clients (deploy/api-clients)"
# shellcheck disable=SC2086 # MVN may carry options, e.g. "./mvnw -o"
$MVN -B -q package -DskipTests -pl deploy/api-clients -am

log "$("$BIN/redocly" --version | head -n 1 | sed 's/^/redocly /'), spectral $("$BIN/spectral" --version), tsc $("$BIN/tsc" --version | sed 's/Version //')"
failed=0
for service in $SERVICES; do
  document="services/$service/target/openapi/openapi.yaml"
  [ -f "$document" ] || fail "$document was not written by the build"

  report="$("$BIN/redocly" lint --config "$HERE/redocly.yaml" "$service" --format json 2>/dev/null || true)"
  read -r errors warnings <<<"$(redocly_counts <<<"$report")"
  if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    "$BIN/redocly" lint --config "$HERE/redocly.yaml" "$service" --format stylish >&2 || true
    failed=1
  fi
  log "redocly  $service: $errors errors, $warnings warnings"

  report="$("$BIN/spectral" lint --ruleset "$HERE/.spectral.yaml" --format json --quiet "$document" || true)"
  read -r errors warnings <<<"$(spectral_counts <<<"${report:-[]}")"
  if [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    "$BIN/spectral" lint --ruleset "$HERE/.spectral.yaml" "$document" >&2 || true
    failed=1
  fi
  log "spectral $service: $errors errors, $warnings warnings"
done
[ "$failed" = 0 ] || fail "the linters found problems (above); fix them, or justify a rule in $HERE/redocly.yaml or $HERE/.spectral.yaml"

for service in $SERVICES; do
  client="deploy/api-clients/target/typescript/$service"
  [ -f "$client/index.ts" ] || fail "no TypeScript client in $client"
  "$BIN/tsc" --noEmit --strict --target es2020 --module es2020 --moduleResolution node --lib es2020,dom \
    "$client/index.ts" || fail "the TypeScript client of $service does not type-check"
  log "tsc      $service: the generated TypeScript client type-checks"
done

log "api-check passed: 3 documents lint clean, 3 Java clients compiled, 3 TypeScript clients type-checked"
