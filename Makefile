# The two set-up commands (README "Quick start"):
#   make run   installs the tool and runs the main job on articles/ (check, then build)
#   make test  installs the tool with its test tools, runs the gates (make lint) and the whole test suite
# Also: make lint (ruff, ruff format --check, mypy), make quick (the tests without the slow ones).
# Both need only the package registries for installation; everything then runs offline.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install install-test run test lint quick bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: pip runs again only when the project's metadata changes, so a second
# `make run` (or `make quick`) works offline and reinstalls nothing.
INSTALLED      := $(VENV)/.installed
INSTALLED_TEST := $(VENV)/.installed-test

$(INSTALLED): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(INSTALLED_TEST): pyproject.toml setup.py scripts/install-test-tools.sh | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	bash scripts/install-test-tools.sh
	touch $@ $(INSTALLED)

install: $(INSTALLED)

install-test: $(INSTALLED_TEST)

# check (the seed draft fails on purpose), build, then one summary line; exit 0 when
# everything behaved as documented (scripts/run.sh, scripts/run-summary.py).
run: install
	bash scripts/run.sh $(BIN)

lint: install-test
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench
	$(BIN)/mypy

# The suite runs on every core (pytest-xdist): each test has its own directory and
# caches (tests/conftest.py), so workers share nothing; worksteal evens out the long ones.
test: lint
	$(BIN)/python -m pytest -n auto --dist worksteal

quick: install-test
	$(BIN)/python -m pytest -n auto --dist worksteal -m "not slow"

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .pipeline_cache output/*.html output/*.md output/review
