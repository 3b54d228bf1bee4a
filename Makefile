# dipgraph developer tasks. `make test` is the project's test command.
# The build command is shared with the Dockerfile (`make build`).

SHELL := /bin/bash
GO        ?= go
BIN       ?= bin/dipgraph
# Flags of every dipgraph build: CI (make build) and the Dockerfile use these.
BUILD_FLAGS ?= -trimpath -ldflags=-s\ -w
FUZZTIME  ?= 10s

.PHONY: all build test check fmt-check vet generate-check fuzz-short docs-examples bench web web-check \
	neo4j-start neo4j-stop neo4j-status neo4j-build clean

all: build

## build: the dipgraph binary ($(BIN)), static (CGO_ENABLED=0)
build:
	@mkdir -p $(dir $(BIN))
	CGO_ENABLED=0 $(GO) build $(BUILD_FLAGS) -o $(BIN) ./cmd/dipgraph

## test: starts the embedded Neo4j, runs all Go tests, stops Neo4j (even on failure)
test:
	scripts/test.sh

## check: gofmt, go vet, and `go generate ./...` leaves no diff
check: fmt-check vet generate-check

fmt-check:
	@out="$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt: these files need formatting:"; echo "$$out"; exit 1; fi; \
	echo "gofmt: ok"

vet:
	$(GO) vet ./...

# Compares `git status` before and after `go generate`, so it also works in a
# work tree with uncommitted changes.
generate-check:
	@before="$$(git status --porcelain=v1 --untracked-files=all | sort)"; \
	$(GO) generate ./... || exit 1; \
	after="$$(git status --porcelain=v1 --untracked-files=all | sort)"; \
	if [ "$$before" != "$$after" ]; then \
		echo "go generate changed the tree (regenerate and commit):"; \
		diff <(echo "$$before") <(echo "$$after") || true; \
		git --no-pager diff --stat; exit 1; \
	fi; \
	echo "go generate: no diff"

## web: rebuilds the front-end files the binary embeds (web/dashboard/dist, web/ide/dist) from their locked npm packages
web:
	web/dashboard/build.sh
	cd web/ide && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

## web-check: rebuilds them and fails when they differ from what is committed
web-check: web
	@git add -N web/dashboard/dist web/ide/dist
	git diff --exit-code --stat web/dashboard/dist web/ide/dist
	@echo "web/*/dist match their sources and locks"

## fuzz-short: every Fuzz* target for $(FUZZTIME)
fuzz-short:
	scripts/fuzz-short.sh $(FUZZTIME)

## docs-examples: runs the Python (requests + pandas) and R (httr2) examples of docs/analysis/ against dipgraph serve (DOCS_EXAMPLES="python" for one)
docs-examples:
	scripts/docs-examples.sh $(DOCS_EXAMPLES)

## bench: the benchmark report docs/BENCHMARKS.md (cmd/dipgraph-bench; BENCH_FLAGS=--quick for a smoke run)
bench:
	$(GO) run ./cmd/dipgraph-bench $(BENCH_FLAGS)

neo4j-build:
	mvn -q -B -f tools/neo4j-dev/pom.xml package

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

neo4j-status:
	scripts/neo4j status

clean:
	rm -rf bin tools/neo4j-dev/target
