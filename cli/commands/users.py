"""``users add``, ``users list`` and ``passwd``: who may unlock a workspace, and with what passphrase."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli import formatting as fmt
from cli import messages_hardening as messages
from cli.console import Console
from cli.messages import role_label
from cli.parsing import Commands, role_argument, workspace_argument
from cli.passphrase import new_passphrase, recovery_code
from cli.session import unlocked, unlocked_with_passphrase
from models.organisation import UserAccount
from services.accounts import add_user, change_passphrase, list_users, make_recovery_code, recover_passphrase
from services.clock import SYSTEM_CLOCK
from services.errors import NoRecoverySlotError
from services.rekey import rekey_workspace
from services.unlock_failures import check_throttle
from services.workspace import ADMIN_ROLES, load_keystore


def register(commands: Commands) -> None:
    users = commands.add("users", help="管理可解锁此工作区的用户", handler=None)
    sub = commands.nested(users, "users_command")

    add = sub.add(
        "add", help="添加用户（仅组长或巡察办管理员）", handler=run_add,
        parents=[commands.unlock, commands.new_passphrase],
        epilog="--as/--passphrase-file/XUNCHA_PASSPHRASE 是执行操作的管理员的口令；新用户的口令取自 "
               "--new-passphrase-file、XUNCHA_NEW_PASSPHRASE，否则在终端输入两次。",
    )
    workspace_argument(add)
    add.add_argument("name", metavar="NAME", help="新用户的姓名")
    add.add_argument("--role", required=True, type=role_argument, metavar="ROLE",
                     help="角色：team_leader、deputy_leader、member、clue_officer（巡察组）；"
                          "hq_admin、member、clue_officer（巡察办）；也可用中文名称")

    listing = sub.add("list", help="列出用户", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)

    passwd = commands.add(
        "passwd", help="更换当前用户（--as）自己的口令", handler=run_passwd,
        parents=[commands.unlock, commands.new_passphrase],
        epilog="旧口令取自 --passphrase-file、XUNCHA_PASSPHRASE 或终端输入；新口令取自 --new-passphrase-file、"
               "XUNCHA_NEW_PASSPHRASE，否则在终端输入两次。",
    )
    workspace_argument(passwd)
    mode = passwd.add_mutually_exclusive_group()
    mode.add_argument("--recover", action="store_true",
                      help="忘记口令：用恢复密钥为 --as 指定的用户（默认用户）设置新口令；恢复密钥取自 "
                           "--recovery-code-file、环境变量 XUNCHA_RECOVERY_CODE，否则在终端输入")
    mode.add_argument("--make-recovery", action="store_true",
                      help="为工作区生成新的恢复密钥（仅组长或巡察办管理员；旧的恢复密钥随即失效）")
    passwd.add_argument("--recovery-code-file", metavar="F", help="从文件 F 的第一行读取恢复密钥")

    rekey = commands.add(
        "rekey", help="轮换两个数据库（workspace.db、clues.db）的加密密钥（仅组长或巡察办管理员）",
        handler=run_rekey, parents=[commands.unlock],
        epilog="各用户的口令和恢复密钥不变。中途断电或被终止时，工作区仍可用旧密钥或新密钥打开；"
               "再次运行 rekey 即完成轮换。",
    )
    workspace_argument(rekey)


def user_data(account: UserAccount) -> dict[str, Any]:
    return {"id": account.id, "name": account.name, "role": account.role, "active": account.active,
            "created_at": account.created_at}


def run_add(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        ws.require(*ADMIN_ROLES)  # refuse before asking for the new user's passphrase
        passphrase = new_passphrase(args, prompt=f"{args.name} 的口令：")
        account = add_user(ws, args.name, args.role, passphrase.value)
    console.result({"user": user_data(account)},
                   [f"已添加用户：{account.name}（{role_label(account.role)}）"])
    return 0


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        accounts = list_users(ws)
        acting = ws.actor.name
    rows = [["姓名", "角色", "状态", "创建时间", ""]]
    rows += [[a.name, role_label(a.role), "启用" if a.active else "停用", fmt.moment(a.created_at),
              "← 当前用户" if a.name == acting else ""] for a in accounts]
    lines = [*fmt.table(rows), f"共 {len(accounts)} 人"]
    console.result({"users": [user_data(a) for a in accounts], "acting_user": acting}, lines)
    return 0


def run_passwd(args: Namespace, console: Console) -> int:
    if args.recover:
        return run_recover(args, console)
    if args.make_recovery:
        with unlocked(args, console) as ws:
            code = make_recovery_code(ws)
        console.result({"recovery_code": code}, recovery_code_lines(code, made_now=False))
        return 0
    with unlocked_with_passphrase(args, console) as (ws, old):
        new = new_passphrase(args, prompt="新口令：")
        change_passphrase(ws, old, new.value)
        name = ws.actor.name
    console.result({"user": name, "changed": True}, [f"已更换 {name} 的口令；旧口令已失效。"])
    return 0


def recovery_code_lines(code: str, *, made_now: bool) -> list[str]:
    """The code, said once: print it or write it down, keep it apart from the laptop (docs/security.md §1.7)."""
    return [
        "恢复密钥（只显示这一次）：" if made_now else "新的恢复密钥（只显示这一次；此前的恢复密钥已失效）：",
        f"    {code}",
        "请打印或抄写后交保密管理人员妥善保管，不要与电脑或 U 盘放在一起。忘记口令时，可用它重新设置口令："
        "python main.py passwd WS --recover [--as 用户]。",
    ]


def run_recover(args: Namespace, console: Console) -> int:
    path = Path(args.workspace)
    store = load_keystore(path)
    check_throttle(path, store, SYSTEM_CLOCK)
    if store.recovery is None:
        raise NoRecoverySlotError("this workspace has no recovery slot")
    code = recovery_code(args)
    new = new_passphrase(args, prompt="新口令：")
    ws = recover_passphrase(path, code.value, new.value, getattr(args, "as_user", None))
    try:
        name, role = ws.actor.name, ws.actor.role
        note = messages.failed_unlocks_note(ws.failed_unlocks) if ws.failed_unlocks else ""
    finally:
        ws.lock()
    if note:
        console.note(note)
    console.result({"user": name, "role": str(role), "recovered": True},
                   [f"已用恢复密钥为 {name}（{role_label(role)}）设置新口令；旧口令已失效。此操作已记入审计日志。"])
    return 0


def run_rekey(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        ws.require(*ADMIN_ROLES)
        outcome = rekey_workspace(ws, lambda stage, done, total: console.note(f"  {REKEY_STAGES[stage]}"))
    data = {"rekeyed": list(outcome.databases), "resumed": outcome.resumed}
    lines = ["已轮换数据库加密密钥：" + ("、".join(outcome.databases) or "（上次中断的轮换已完成）")]
    if outcome.resumed:
        lines.append("上次被中断的轮换已在本次完成。")
    lines.append("各用户的口令和恢复密钥不变。")
    console.result(data, lines)
    return 0


REKEY_STAGES = {"keys_prepared": "新密钥已写入 keys.json（旧密钥仍可用）", "clues_rekeyed": "线索库已换用新密钥",
                "main_rekeyed": "主库已换用新密钥", "keys_finished": "keys.json 已只保留新密钥"}
