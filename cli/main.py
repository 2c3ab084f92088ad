"""``python main.py <command>``: the parser, the dispatch and the exit codes every command shares.

Exit codes: 0 done; 1 internal error or cancelled; 2 wrong command line; 3 wrong passphrase, locked or not
permitted; 4 input rejected (bad file, tampered data, failed verification, missing or damaged workspace).
DomainErrors carry their own (services/errors.py). A bug prints one short line with the exception's type
only (its text could quote data), the traceback with --debug or XUNCHA_DEBUG=1.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from cli import VERSION
from cli.commands import COMMANDS
from cli.console import Console
from cli.parsing import CliParser, Commands, HelpShown, UsageError
from services.errors import CancelledError, DomainError

TOP_LEVEL_OPTIONS = frozenset({"-h", "--help", "--version", "--self-test", "--json", "--debug"})
DEBUG_ENV = "XUNCHA_DEBUG"


class InternalError(DomainError):
    code = "internal_error"
    exit_code = 1


def _prog() -> str:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).name
    return "python main.py"


def build_parser() -> CliParser:
    parser = CliParser(
        prog=_prog(), description="巡察通命令行：与窗口程序使用相同的工作区和服务。不带命令时打开窗口程序。",
        epilog="口令从不作为命令行参数：用 --passphrase-file、环境变量 XUNCHA_PASSPHRASE，或在终端输入。\n"
               "退出码：0 成功；1 内部错误或已取消；2 用法错误；3 口令错误、已锁定或无权限；4 输入被拒绝。",
    )
    parser.add_argument("--version", action="store_true", help="显示版本并退出")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时文件夹中建立工作区、写入、校验、锁定并重新解锁，然后删除")
    parser.add_argument("--json", action="store_true", help="以一个 JSON 对象输出结果（出错时也是）")
    parser.add_argument("--debug", action="store_true", help="内部错误时打印完整的调用栈（也可设置 XUNCHA_DEBUG=1）")
    parser.set_defaults(handler=None)
    commands = Commands(parser.add_subparsers(dest="command", metavar="命令"))
    for module in COMMANDS:
        module.register(commands)
    return parser


def command_names() -> frozenset[str]:
    actions = build_parser()._actions
    return frozenset(name for a in actions if isinstance(a, argparse._SubParsersAction) for name in a.choices)


def is_cli_invocation(args: Sequence[str]) -> bool:
    """True when ``args`` asks for the CLI rather than the windows.

    The windows take no argument, their own options (``--lang``) or a workspace folder. Anything else is
    for the CLI, so a mistyped command gets a usage error instead of a window; a folder that happens to
    carry a command's name still means the command.
    """
    if not args:
        return False
    first = args[0]
    if first.startswith("-"):
        return first in TOP_LEVEL_OPTIONS
    return not Path(first).is_dir() or first in command_names()


def _debug_wanted(argv: Sequence[str]) -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0") or "--debug" in _options_part(argv)


def _options_part(argv: Sequence[str]) -> list[str]:
    return list(argv[: argv.index("--")] if "--" in argv else argv)


def _tolerant_streams() -> None:
    """A console that cannot show a character gets a replacement, not a crash half way through."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns its exit code (never raises SystemExit)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    console = Console(json_mode="--json" in _options_part(argv), debug=_debug_wanted(argv))
    try:
        args = build_parser().parse_args(argv)
        console.json_mode = bool(args.json)
        console.debug = console.debug or bool(args.debug)
        if args.version:
            console.result({"name": "巡察通", "version": VERSION}, [f"巡察通 {VERSION}"])
            return 0
        if args.self_test:
            from cli.selftest import self_test

            return self_test(console)
        if args.handler is None:
            raise UsageError("no command", reason="no_command")
        return int(args.handler(args, console) or 0)
    except HelpShown as shown:
        return shown.status
    except DomainError as error:
        console.error(error)
        return error.exit_code
    except KeyboardInterrupt:
        console.error(CancelledError("cancelled"))
        return CancelledError.exit_code
    except BrokenPipeError:
        # The reader went away (``xuncha findings list WS | head``): the work is done; stop writing quietly.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if console.debug:
            traceback.print_exc(file=sys.stderr)
        console.error(InternalError(f"{type(exc).__name__}", kind=type(exc).__name__))
        return InternalError.exit_code
