#!/usr/bin/env bash
# 巡察通 tests (README command two): set up, then the whole pytest suite offscreen.
#
#   bash scripts/test.sh [pytest arguments...]
#
# Exits with pytest's code, except that "no tests collected" (pytest's 5) is a failure: a green run
# must have run tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

set +e
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "[test] ERROR: pytest collected no tests (exit 5); a run that tests nothing is a failure" >&2
    exit 1
fi
exit "$rc"
