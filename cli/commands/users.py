"""``users add``, ``users list`` and ``passwd``: who may unlock a workspace, and with what passphrase."""

from __future__ import annotations

from argparse import Namespace
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.messages import role_label
from cli.parsing import Commands, role_argument, workspace_argument
from cli.passphrase import new_passphrase
from cli.session import unlocked, unlocked_with_passphrase
from models.organisation import UserAccount
from services.accounts import add_user, change_passphrase, list_users
from services.workspace import ADMIN_ROLES


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
    with unlocked_with_passphrase(args, console) as (ws, old):
        new = new_passphrase(args, prompt="新口令：")
        change_passphrase(ws, old, new.value)
        name = ws.actor.name
    console.result({"user": name, "changed": True}, [f"已更换 {name} 的口令；旧口令已失效。"])
    return 0
