"""Where a passphrase comes from. Never from a command-line value (it would sit in the shell history and
in every process listing): a file named by an option, an environment variable, or a prompt on a terminal.

Current passphrase (to unlock):  --passphrase-file F, else XUNCHA_PASSPHRASE, else a prompt.
New passphrase (passwd, users add): --new-passphrase-file F, else XUNCHA_NEW_PASSPHRASE, else a prompt
asked twice. A new workspace (init, demo) also takes the current-passphrase sources, after the new ones:
it has no old passphrase, and ``XUNCHA_PASSPHRASE=... main.py init`` then ``... main.py info`` just works.
A prompt needs a terminal on stdin; without one the command stops with a usage error (exit 2).
"""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace
from dataclasses import dataclass
from pathlib import Path

from cli.parsing import UsageError
from services.errors import ValidationError
from services.workspace import check_passphrase_strength

ENV_PASSPHRASE = "XUNCHA_PASSPHRASE"
ENV_NEW_PASSPHRASE = "XUNCHA_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "XUNCHA_RECOVERY_CODE"


@dataclass(frozen=True)
class Supplied:
    value: str = ""
    interactive: bool = False  # typed at a prompt: a wrong one may be asked for again
    source: str = ""  # "file", the environment variable's name, "prompt" or "default"


def stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def ask(prompt: str) -> str:
    """One hidden prompt (tests replace this)."""
    return getpass.getpass(prompt)


def read_first_line(path: str) -> str:
    """The first line of ``path`` without its line ending (and without a Windows editor's BOM)."""
    try:
        with Path(path).open(encoding="utf-8-sig") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"passphrase file unreadable: {type(exc).__name__}", field="passphrase_file",
                              path=path) from exc
    line = line.rstrip("\r\n")
    if not line:
        raise ValidationError("passphrase file's first line is empty", field="passphrase_file", path=path)
    return line


def current_passphrase(args: Namespace, prompt: str = "口令：") -> Supplied:
    file = getattr(args, "passphrase_file", None)
    if file:
        return Supplied(read_first_line(file), source="file")
    if os.environ.get(ENV_PASSPHRASE):
        return Supplied(os.environ[ENV_PASSPHRASE], source=ENV_PASSPHRASE)
    if not stdin_is_tty():
        raise UsageError("no passphrase source", reason="no_passphrase")
    return Supplied(ask(prompt), interactive=True, source="prompt")


def new_passphrase(args: Namespace, *, prompt: str = "新口令：", for_new_workspace: bool = False,
                   default: str | None = None) -> Supplied:
    """A passphrase to set. ``for_new_workspace`` adds the current-passphrase sources after the new ones;
    ``default`` replaces the prompt (the demo's documented passphrase)."""
    files = ["new_passphrase_file"] + (["passphrase_file"] if for_new_workspace else [])
    envs = [ENV_NEW_PASSPHRASE] + ([ENV_PASSPHRASE] if for_new_workspace else [])
    for attr in files:
        if getattr(args, attr, None):
            return Supplied(read_first_line(getattr(args, attr)), source="file")
    for name in envs:
        if os.environ.get(name):
            return Supplied(os.environ[name], source=name)
    if default is not None:
        return Supplied(default, source="default")
    if not stdin_is_tty():
        raise UsageError("no new passphrase source", reason="no_new_passphrase")
    first = ask(prompt)
    check_passphrase_strength(first)
    if ask("再输入一次：") != first:
        raise ValidationError("the two entries differ", field="passphrase", mismatch=True)
    return Supplied(first, interactive=True, source="prompt")


def recovery_code(args: Namespace) -> Supplied:
    """The recovery code (passwd --recover): --recovery-code-file F, else XUNCHA_RECOVERY_CODE, else a prompt."""
    file = getattr(args, "recovery_code_file", None)
    if file:
        return Supplied(read_first_line(file), source="file")
    if os.environ.get(ENV_RECOVERY_CODE):
        return Supplied(os.environ[ENV_RECOVERY_CODE], source=ENV_RECOVERY_CODE)
    if not stdin_is_tty():
        raise UsageError("no recovery code source", reason="no_recovery_code")
    return Supplied(ask("恢复密钥："), interactive=True, source="prompt")
