"""A command acts as one user of an unlocked workspace, and locks it again however the command ends.

``--as NAME`` picks the user; without it, the only user, or for a workspace with several the first team
leader (HQ: the first HQ administrator); services.workspace.default_user_slot holds that rule.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cli import formatting as fmt
from cli import messages_hardening as messages
from cli.console import Console
from cli.passphrase import current_passphrase
from services.clock import SYSTEM_CLOCK
from services.errors import WrongPassphraseError
from services.unlock_failures import check_throttle
from services.workspace import WorkspaceSession, load_keystore, unlock_workspace

MAX_PROMPTS = 3


def _prompt(args: Namespace) -> str:
    user = getattr(args, "as_user", None)
    return f"{user} 的口令：" if user else "口令："


def open_workspace(args: Namespace, console: Console) -> tuple[WorkspaceSession, str]:
    """Unlock ``args.workspace`` as the chosen user; a passphrase typed at a prompt may be retried."""
    path = Path(args.workspace)
    store = load_keystore(path)  # no workspace there, or a damaged one: say so before asking for a passphrase
    check_throttle(path, store, SYSTEM_CLOCK)  # too many failures: say how long to wait before asking
    user = getattr(args, "as_user", None)
    supplied = current_passphrase(args, _prompt(args))
    failures = 0
    while True:
        try:
            ws = unlock_workspace(path, supplied.value, user)
        except WrongPassphraseError:
            failures += 1
            if not supplied.interactive or failures >= MAX_PROMPTS:
                raise
            console.note("口令不正确，请重新输入。")
            supplied = current_passphrase(args, _prompt(args))
            continue
        if ws.failed_unlocks:
            console.note(messages.failed_unlocks_note(ws.failed_unlocks))
        removed = ws.leftovers_removed
        if removed:
            console.note(f"已删除上次中断的导出留在工作区中的临时文件 {len(removed.names)} 个"
                         f"（{fmt.size(removed.size)}）。")
        return ws, supplied.value


@contextmanager
def unlocked_with_passphrase(args: Namespace, console: Console) -> Iterator[tuple[WorkspaceSession, str]]:
    ws, passphrase = open_workspace(args, console)
    try:
        yield ws, passphrase
    finally:
        ws.lock()


@contextmanager
def unlocked(args: Namespace, console: Console) -> Iterator[WorkspaceSession]:
    with unlocked_with_passphrase(args, console) as (ws, _):
        yield ws
