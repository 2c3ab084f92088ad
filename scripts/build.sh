#!/usr/bin/env bash
# 巡察通 frozen build: the one-folder program dist/xuncha/ (PyInstaller, pyinstaller.spec), then a smoke run.
#
#   bash scripts/build.sh
#
# Not part of the test run. Reports the folder's size and the build time, then runs
# `dist/xuncha/xuncha --self-test` (a temp workspace is created, written, verified; exit 0) and exits
# with its code.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh

echo "[build] installing the build tools (requirements-build.txt)"
PIP_NO_INPUT=1 .venv/bin/python -m pip install --disable-pip-version-check --progress-bar off -q \
    -r requirements-build.txt

start=$(date +%s.%N)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN pyinstaller.spec
end=$(date +%s.%N)

size=$(du -sh dist/xuncha | cut -f1)
bytes=$(du -sb dist/xuncha | cut -f1)
packed=$(tar -C dist -czf - xuncha | wc -c)
files=$(find dist/xuncha -type f | wc -l)
printf '[build] dist/xuncha: %s (%s bytes, %s files; %s MB as .tar.gz), built in %.1f s\n' \
    "$size" "$bytes" "$files" "$((packed / 1000000))" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"

echo "[build] smoke run: dist/xuncha/xuncha --self-test"
set +e
QT_QPA_PLATFORM=offscreen dist/xuncha/xuncha --self-test
rc=$?
set -e
if [ "$rc" -eq 0 ]; then
    echo "[build] self-test passed"
else
    echo "[build] ERROR: self-test failed with exit code $rc" >&2
fi
exit "$rc"
