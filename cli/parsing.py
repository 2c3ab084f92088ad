"""argparse, made to speak Chinese and to report mistakes as UsageError (exit 2) instead of exiting."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

from models.enums import Role, Vocabulary
from services.errors import DomainError

if TYPE_CHECKING:
    from cli.console import Console


class UsageError(DomainError):
    """The command line is wrong (argparse's errors included): exit 2."""

    code = "usage"
    exit_code = 2


class HelpShown(Exception):
    """argparse printed help (or another message) and wants to end with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class CliParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, with_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        parents = kwargs.pop("parents", ())
        super().__init__(*args, **kwargs)
        # Titled before the parents' options join, so theirs merge into the same two groups (argparse matches
        # groups by title).
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if with_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, reason=message, details=[self.format_usage().strip()])

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._print_message(message)
        raise HelpShown(status)


def vocabulary_member(vocabulary: type[Vocabulary], noun: str, text: str) -> Vocabulary:
    """The member of ``vocabulary`` named ``text`` by its code or Chinese name, or argparse's error listing both."""
    try:
        return vocabulary.from_text(text)
    except ValueError:
        choices = "、".join(f"{member.value}（{member.zh}）" for member in vocabulary)
        raise argparse.ArgumentTypeError(f"未知{noun}“{text}”，可用：{choices}") from None


def vocabulary_argument(vocabulary: type[Vocabulary], noun: str) -> Callable[[str], str]:
    """An argparse ``type=`` that turns a code or Chinese name of ``vocabulary`` into the code."""
    def argument(text: str) -> str:
        return vocabulary_member(vocabulary, noun, text).value
    argument.__name__ = f"{vocabulary.__name__}_argument"
    return argument


def role_argument(text: str) -> Role:
    """A role by its code (``team_leader``) or its Chinese name (``组长``)."""
    return vocabulary_member(Role, "角色", text)  # type: ignore[return-value]


def team_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"组号须为正整数，而不是“{text}”")
    return value


# ---- option groups a command takes with ``parents=[...]`` ----


def output_options() -> CliParser:
    """--json and --debug, accepted before or after the command (SUPPRESS: a sub-command keeps the top's)."""
    parent = CliParser(with_help=False)
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="以一个 JSON 对象输出结果（出错时也是）")
    parent.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="内部错误时打印完整的调用栈（也可设置 XUNCHA_DEBUG=1）")
    return parent


def unlock_options() -> CliParser:
    """Who acts and where their passphrase comes from (never the passphrase itself on the command line)."""
    parent = CliParser(with_help=False)
    parent.add_argument("--as", dest="as_user", metavar="NAME",
                        help="以该用户身份操作；省略时为唯一用户，多用户时为第一个组长（巡察办：第一个管理员）")
    parent.add_argument("--passphrase-file", metavar="F",
                        help="从文件 F 的第一行读取口令（否则读环境变量 XUNCHA_PASSPHRASE，再否则在终端提示输入）")
    return parent


def new_passphrase_options() -> CliParser:
    parent = CliParser(with_help=False)
    parent.add_argument("--new-passphrase-file", metavar="F",
                        help="从文件 F 的第一行读取新口令（否则读环境变量 XUNCHA_NEW_PASSPHRASE，"
                             "再否则在终端输入两次）")
    return parent


def workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="工作区文件夹")


Handler = Callable[[argparse.Namespace, "Console"], "int | None"]


@dataclass
class Commands:
    """What a command module's ``register`` receives: where to add its parsers, and the shared options.

    ``add`` gives every command --json/--debug; pass ``unlock``/``new_passphrase`` in ``parents`` for the
    options of commands that open a workspace or set a passphrase.
    """

    subparsers: argparse._SubParsersAction[CliParser]
    output: CliParser = field(default_factory=output_options)
    unlock: CliParser = field(default_factory=unlock_options)
    new_passphrase: CliParser = field(default_factory=new_passphrase_options)

    def add(self, name: str, *, help: str, handler: Handler | None,
            parents: Sequence[CliParser] = (), epilog: str | None = None) -> CliParser:
        shared = [self.output, *parents]
        parser = self.subparsers.add_parser(name, help=help, description=help, epilog=epilog, parents=shared)
        parser.set_defaults(handler=handler)
        return parser

    def nested(self, parser: CliParser, dest: str) -> Commands:
        """Sub-commands of a command (``users add``, ``users list``)."""
        subparsers = parser.add_subparsers(dest=dest, metavar="子命令", required=True)
        return Commands(subparsers, self.output, self.unlock, self.new_passphrase)
