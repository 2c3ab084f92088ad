#!/usr/bin/env bash
# 巡察通 tests (README command two): set up, check (lint, import contracts, types: scripts/check.sh), then the
# whole pytest suite offscreen, the tests marked slow included.
#
#   bash scripts/test.sh [pytest arguments...]
#
# Exits non-zero when a check or a test fails (both always run), and when pytest collected no tests (its 5): a green
# run must have run tests. While editing, `.venv/bin/python -m pytest -m "not slow"` leaves out the longest tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

set +e
bash scripts/check.sh
checks=$?
# One pytest worker per core (pytest-xdist); XUNCHA_TEST_WORKERS=0 runs in this one process (e.g. to debug).
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -n "${XUNCHA_TEST_WORKERS:-auto}" "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "[test] ERROR: pytest collected no tests (exit 5); a run that tests nothing is a failure" >&2
    exit 1
fi
if [ "$checks" -ne 0 ]; then
    echo "[test] ERROR: the checks failed (scripts/check.sh above)" >&2
    [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
