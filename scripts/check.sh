#!/usr/bin/env bash
# 巡察通 checks, the first step of scripts/test.sh (README command two): lint, the import contracts and the types,
# each run once over the whole tree, outside pytest's time. Run it alone after an edit:
#
#   bash scripts/check.sh
#
# Exits non-zero when any check fails; every check runs, so one run shows all that is wrong.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

failed=0
run() {
    echo "[check] $*"
    "$@" || failed=1
}
# ruff: pyproject.toml's rules (imports inside functions included, PLC0415) over every file.
run .venv/bin/ruff check --no-cache .
# import-linter: the layer, no-Qt, no-network and services/sync contracts in pyproject.toml.
run .venv/bin/lint-imports --no-cache
# mypy: the typed layers listed in pyproject.toml's [tool.mypy].
run .venv/bin/python -m mypy
exit "$failed"
