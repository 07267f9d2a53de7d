# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-fast lint bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip 23 (Python 3.11's bundled one) skips lxml[html_clean]; upgrade it first.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install -q --upgrade "pip>=24.2"
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/python -m pip install -q --require-hashes -r requirements-dev.lock
	touch $@

demo: $(VENV)/.installed
	$(BIN)/newsledger analyze --sample --format text

# Test files run in parallel (pytest-xdist), one worker per core, at most 4: each worker loads the spaCy model
# and the vocabularies (about 0.9 GB resident). A whole file goes to one worker (--dist loadfile), so a module's
# or a session's fixtures are built once per worker that runs them. `make test JOBS=1` runs in one process.
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); if [ "$$n" -gt 4 ]; then n=4; fi; echo $$n)
PYTEST_JOBS := $(if $(filter-out 0 1,$(JOBS)),-n $(JOBS) --dist loadfile)

test: $(VENV)/.dev
	$(BIN)/python -m pytest -q $(PYTEST_JOBS)

# The extractor, lint and top-level tests without the quality gates or the ledger: the loop to run while
# changing an extractor or a vocabulary. Under a minute (25 s measured on a shared, busy 2-core machine).
test-fast: $(VENV)/.dev
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not eval" tests/extract tests/lexicon tests/lint tests/test_*.py

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python bench/throughput.py

# Re-resolve the pinned, hashed lock files (needs network and uv).
lock:
	uv pip compile --python-version 3.11 --generate-hashes requirements.in -o requirements.lock
	uv pip compile --python-version 3.11 --generate-hashes requirements-dev.in -o requirements-dev.lock

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
