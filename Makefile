# Two commands for a fresh machine: `make generate` and `make test`.
# Both create .venv from requirements.lock when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate check test typecheck clean

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $(STAMP)

setup: $(STAMP)

## Regenerate every client package under generated/ from specs/.
generate: $(STAMP)
	$(BIN)/python -m generator generate

## Exit non-zero, listing stale files, when generated/ is not what specs/ and templates/ produce.
check: $(STAMP)
	$(BIN)/python -m generator generate --check

## Type-check the generator and every generated package with mypy --strict.
typecheck: $(STAMP)
	$(BIN)/python -m mypy --strict generator
	@for pkg in generated/*/; do \
		echo "mypy --strict $$pkg"; \
		(cd $$pkg && ../../$(BIN)/python -m mypy --strict --config-file /dev/null src) || exit 1; \
	done

## The whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
