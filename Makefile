# Two commands for a fresh machine: `make generate` and `make test`.
# Both create .venv from requirements.lock when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

DIST := dist
# Wheels of the generated packages' runtime dependencies, served by the local index of the
# publish test (tests never reach the internet; this download happens during set-up).
WHEELHOUSE := $(VENV)/wheelhouse
WHEELHOUSE_STAMP := $(WHEELHOUSE)/.downloaded

.PHONY: setup generate check test typecheck clean build publish wheelhouse fuzz

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $(STAMP)

setup: $(STAMP)

$(WHEELHOUSE_STAMP): requirements-runtime.txt requirements.lock $(STAMP)
	rm -rf $(WHEELHOUSE)
	$(BIN)/python -m pip download --quiet --disable-pip-version-check --only-binary=:all: -d $(WHEELHOUSE) -r requirements-runtime.txt
	@touch $@

wheelhouse: $(WHEELHOUSE_STAMP)

## Regenerate every client package under generated/ from specs/.
generate: $(STAMP)
	$(BIN)/python -m generator generate

## Exit non-zero, listing stale files, when generated/ is not what specs/ and templates/ produce.
check: $(STAMP)
	$(BIN)/python -m generator generate --check

## Type-check the generator and every generated package with mypy --strict.
typecheck: $(STAMP)
	$(BIN)/python -m mypy --strict generator
	$(BIN)/python -m pytest -q tests/tooling/test_runtime_sources.py  # templates/runtime/*.py in place
	@for pkg in generated/*/; do \
		echo "mypy --strict $$pkg"; \
		(cd $$pkg && ../../$(BIN)/python -m mypy --strict --config-file /dev/null src) || exit 1; \
	done

## An sdist and a wheel of every generated package in dist/<provider>/, checked by twine.
## Built with the locked hatchling (--no-isolation): offline and reproducible.
build: $(STAMP)
	$(BIN)/python -m generator generate --check
	rm -rf $(DIST)
	@for pkg in generated/*/; do \
		name=$$(basename $$pkg); \
		echo "build $$pkg -> $(DIST)/$$name"; \
		$(BIN)/python -m build --no-isolation --outdir $(DIST)/$$name $$pkg >/dev/null || exit 1; \
	done
	$(BIN)/python -m twine check --strict $(DIST)/*/*

## Upload what the index does not have yet. Environment: TWINE_PASSWORD (token), optional
## TWINE_REPOSITORY_URL (default PyPI), TWINE_USERNAME (default __token__), PUBLISH_INDEX_URL.
publish: build
	$(BIN)/python -m generator publish $(DIST)

## What changed in the generated packages' API since BASE (a git revision or a folder), with
## the suggested version bumps: make diff BASE=origin/main [FORMAT=markdown] [FAIL_ON=breaking]
.PHONY: diff
diff: $(STAMP)
	$(BIN)/python -m generator diff $(or $(BASE),origin/main) --format $(or $(FORMAT),text) --fail-on $(or $(FAIL_ON),never)

## Test tooling pinned in package-lock.json: Stoplight Prism for tests/vendors/test_contract_prism.py.
NODE_STAMP := node_modules/.installed

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		echo "error: npm not found. The contract tests run Stoplight Prism, a Node.js tool: install Node.js and npm (e.g. 'apt-get install nodejs npm'), then run make test again." >&2; \
		exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

## The whole test suite.
test: $(STAMP) $(WHEELHOUSE_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## Explore for new counterexamples (not part of `make test`): the Hypothesis properties of the
## hostile-spec and text-safety tests under the `fuzz` profile (tests/conftest.py): random,
## FUZZ_FACTOR times their CI budget (default 20), failures kept in .hypothesis/ and replayed
## first next time. `make test` runs the same properties derandomized, so CI never finds a new
## example at random. A failure found here becomes a deterministic example test.
FUZZ_TESTS ?= tests/generator/test_hostile_specs.py tests/generator/test_textsafe_naming.py
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz HYPOTHESIS_FUZZ_FACTOR=$(or $(FUZZ_FACTOR),20) $(BIN)/python -m pytest -q $(FUZZ_TESTS) --hypothesis-show-statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .hypothesis $(DIST)

## Benchmarks (not part of `make test`): our generator against openapi-python-client on Krea and
## GitHub, import time and per-call overhead; prints the figures and writes .bench/results.md.
## openapi-python-client is a benchmark-only tool in its own venv under .bench/, pinned here.
OPC_VERSION := 0.29.1
# The generated clients of openapi-python-client import dateutil, which it does not install itself.
DATEUTIL_VERSION := 4.0.0
OPC_VENV := .bench/opc
OPC_STAMP := $(OPC_VENV)/.installed-$(OPC_VERSION)

$(OPC_STAMP):
	@test -x $(OPC_VENV)/bin/python || $(PYTHON) -m venv $(OPC_VENV)
	$(OPC_VENV)/bin/python -m pip install --quiet --disable-pip-version-check openapi-python-client==$(OPC_VERSION) python-dateutil==$(DATEUTIL_VERSION)
	@touch $@

.PHONY: bench
bench: $(STAMP) $(NODE_STAMP) $(OPC_STAMP)
	$(BIN)/python bench/run.py --opc $(OPC_VENV)/bin/openapi-python-client $(BENCH_ARGS)
