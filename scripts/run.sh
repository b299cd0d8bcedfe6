#!/usr/bin/env bash
# `make run`: check articles/ (the seed draft fails on purpose), build what passes,
# then one summary: exit 0 when everything behaved as documented (README "Quick start").
set -u
BIN=${1:-.venv/bin}
SEED=articles/baclofen-10mg-anxiety.md
report=$(mktemp "${TMPDIR:-/tmp}/pipeline-run.XXXXXX")
trap 'rm -f "$report"' EXIT
"$BIN/pipeline" check -f json -o "$report" articles/
check=$?
echo
"$BIN/pipeline" build articles/
build=$?
"$BIN/python" scripts/run-summary.py "$report" "$check" "$build" "$SEED"
