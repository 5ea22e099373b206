# Claimtrail developer verbs. `make` alone lists them.
MVN ?= ./mvnw

.DEFAULT_GOAL := help
.PHONY: help run test build clean clean-data

help:
	@echo "Claimtrail: make <verb>"
	@echo ""
	@echo "  run         build, start PostgreSQL and every service, print their URLs; Ctrl-C stops them"
	@echo "              (SKIP_BUILD=1 skips the build; see README.md for the settings)"
	@echo "  test        build and run all tests of every module"
	@echo "  build       build every module without running tests"
	@echo "  clean       delete the build output (target/ folders); keeps the local database"
	@echo "  clean-data  delete .data/: the local database and the logs of make run"
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

clean:
	$(MVN) -B -q clean

clean-data:
	rm -rf .data
