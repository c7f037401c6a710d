# Targets a newcomer guesses. `make test` is what CI runs (after `make lint`).
GO      ?= go
PKGS    := ./...
FUZZTIME ?= 30s

.PHONY: build cross test lint fmt fuzz golden cover demo clean fault refscore measure-compare measure-bench

build: ## the binary, ./dutycheck
	$(GO) build -o dutycheck ./cmd/dutycheck

cross: ## builds for Windows and macOS too, tests included (locks, signals and terminals differ by platform)
	GOOS=windows GOARCH=amd64 $(GO) build -o /dev/null ./...
	GOOS=darwin GOARCH=arm64 $(GO) build -o /dev/null ./...
	GOOS=windows GOARCH=amd64 $(GO) vet ./...
	GOOS=darwin GOARCH=arm64 $(GO) vet ./...

test: ## every test: unit, golden, fuzz seeds, TUI, PDF, end-to-end scripts
	$(GO) test -count=1 $(PKGS)

lint: ## fails when gofmt, go vet or go mod tidy would change anything
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	@cp go.mod /tmp/dutycheck.go.mod.bak; cp go.sum /tmp/dutycheck.go.sum.bak; \
	  $(GO) mod tidy; \
	  if ! cmp -s go.mod /tmp/dutycheck.go.mod.bak || ! cmp -s go.sum /tmp/dutycheck.go.sum.bak; then \
	    echo "go mod tidy would change go.mod or go.sum"; \
	    cp /tmp/dutycheck.go.mod.bak go.mod; cp /tmp/dutycheck.go.sum.bak go.sum; exit 1; fi

fmt: ## format the code
	gofmt -w $$(git ls-files '*.go')

fuzz: ## run each fuzzer for FUZZTIME (default 30s)
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./internal/questionnaire/
	$(GO) test -run='^$$' -fuzz=FuzzDecode -fuzztime=$(FUZZTIME) ./internal/answers/
	$(GO) test -run='^$$' -fuzz=FuzzParseMap -fuzztime=$(FUZZTIME) ./internal/measure/
	$(GO) test -run='^$$' -fuzz=FuzzRun -fuzztime=$(FUZZTIME) ./internal/measure/
	$(GO) test -run='^$$' -fuzz=FuzzFinishPDF -fuzztime=$(FUZZTIME) ./internal/report/

golden: ## rewrite golden files after an intended change (review the diff!)
	$(GO) test -count=1 $(PKGS) -update

cover: ## coverage of the internal packages
	$(GO) test -count=1 -cover ./internal/...

N    ?= 1000
SEED ?= 1
refscore: ## compares scoring with an independent Python scorer on N random assessments (python3, PyYAML)
	$(GO) build -o $${TMPDIR:-/tmp}/dutycheck-refscore ./cmd/dutycheck
	python3 testdata/refscore/run.py -n $(N) --seed $(SEED) --bin $${TMPDIR:-/tmp}/dutycheck-refscore --cases testdata/refscore/cases

ROWS  ?= 2000
SEEDS ?= 5
measure-compare: ## compares measure's figures with an independent pandas implementation on generated exports (python3-pandas)
	$(GO) build -o $${TMPDIR:-/tmp}/dutycheck-measure ./cmd/dutycheck
	/usr/bin/python3 testdata/measure/compare.py $${TMPDIR:-/tmp}/dutycheck-measure $(ROWS) $(SEEDS)

measure-bench: ## times measure and pandas on one generated 1,000,000-row export (python3-pandas, /usr/bin/time)
	bash testdata/measure/bench.sh

fault: ## fault injection: reruns issue 11's attacks on the built binary (Unix)
	bash testdata/fault/run.sh

demo: build ## the walk-through on the built-in questionnaire, in /tmp
	cd /tmp && $(CURDIR)/dutycheck

clean:
	rm -f dutycheck
