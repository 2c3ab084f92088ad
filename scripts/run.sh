#!/usr/bin/env bash
# 巡察通 (README command one): set up, make the demo workspace once, then open it.
#
#   bash scripts/run.sh
#
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the windows open on ./demo-workspace; without one the
# headless demo runs instead (workspace info, integrity check, users). The demo workspace's passphrase is
# the documented demo passphrase xuncha-demo-2026 unless XUNCHA_PASSPHRASE was set when it was made.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEMO=demo-workspace
DEMO_PASSPHRASE=xuncha-demo-2026
PY=.venv/bin/python

bash scripts/setup.sh

if [ -f "$DEMO/keys.json" ] && [ -f "$DEMO/workspace.db" ]; then
    echo "[run] 演示工作区已存在 / demo workspace exists: $DEMO"
else
    if [ -e "$DEMO" ] && [ -n "$(ls -A "$DEMO" 2>/dev/null)" ]; then
        echo "[run] ERROR: $DEMO 存在但不是完整的工作区，请删除后重试" >&2
        echo "[run] ERROR: $DEMO exists but is not a complete workspace; remove it and run again" >&2
        exit 1
    fi
    echo "[run] 正在创建演示工作区 / creating the demo workspace: $DEMO"
    "$PY" main.py demo "$DEMO"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    if [ -z "${XUNCHA_PASSPHRASE:-}" ]; then
        echo "[run] 演示口令 / demo passphrase: $DEMO_PASSPHRASE"
    fi
    exec "$PY" main.py "$DEMO"
fi

cat <<'MSG'
[run] 未检测到图形显示（$DISPLAY / $WAYLAND_DISPLAY 均未设置），改为运行命令行演示。
[run] No display found ($DISPLAY and $WAYLAND_DISPLAY are unset): running the headless demo instead.
MSG
export XUNCHA_PASSPHRASE="${XUNCHA_PASSPHRASE:-$DEMO_PASSPHRASE}"
for command in info verify; do
    echo
    echo "[run] \$ python main.py $command $DEMO"
    "$PY" main.py "$command" "$DEMO"
done
echo
echo "[run] \$ python main.py users list $DEMO"
"$PY" main.py users list "$DEMO"
