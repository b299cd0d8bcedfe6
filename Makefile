# The two set-up commands (README "Quick start"):
#   make run   installs the tool and runs the main job on articles/ (check, then build)
#   make test  installs the tool with its test tools and runs the whole test suite
# Both need only the package registries for installation; everything then runs offline.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install install-test run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	bash scripts/install-test-tools.sh

run: install
	-$(BIN)/pipeline check articles/
	$(BIN)/pipeline build articles/

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .pipeline_cache output/*.html output/*.md output/review
