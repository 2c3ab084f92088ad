"""``demo``: the demo workspace (the seed round 十三届市委第三轮巡察), for trying the program out; with
``--with-teams DIR`` HQ's planned round plus the four teams' enrolled laptops and their first packages, for
trying the USB exchange (services/demo/teams.py)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import TABLE_LABELS, role_label
from cli.parsing import Commands, team_argument, workspace_argument
from cli.passphrase import new_passphrase
from models.enums import Role, WorkspaceKind
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.demo.teams import DemoWithTeams, create_demo_with_teams
from services.errors import WorkspaceExistsError
from services.progress import CancelToken

WITH_TEAMS_HELP = """\
--with-teams DIR：试用数据包交换（U 盘往返），全部经由真实的入网、导出与导入：
  WS     巡察办工作区，只含巡察计划（轮次、各巡察组及成员、被巡察单位、巡察任务）；
  DIR/team-1 … team-4  各组笔记本：先空着入网（组长申请、巡察办登记授权、组长接受授权，文件在
         DIR/enrollment），再在本机写入本组的谈话、信访、问题底稿（含撰写、审核、签字记录）、
         佐证材料、整改事项和线索；
  DIR/usb  各组导出的第一个数据包。
然后在巡察办导入：import-package WS DIR/usb（无拒收、无冲突），统计即与演示工作区相同
（常规巡察 12 个单位、问题 398 个、线索 18 条；提级巡察 1 个乡镇、9 个村、问题 172 个、线索 8 条）。
再往返一次：export-package WS --out 文件夹（巡察办更新包），在组里 import-package DIR/team-N 该文件。"""


def register(commands: Commands) -> None:
    demo = commands.add(
        "demo", help="生成演示工作区（虚构的十三届市委第三轮巡察数据）；默认为巡察办工作区", handler=run_demo,
        epilog=f"口令依次取自：--passphrase-file 文件、环境变量 XUNCHA_NEW_PASSPHRASE、XUNCHA_PASSPHRASE；\n"
               f"都没有时使用公开的演示口令 {DEMO_PASSPHRASE}（会打印出来）。所有演示用户使用同一口令。\n\n"
               f"{WITH_TEAMS_HELP}",
    )
    workspace_argument(demo)
    which = demo.add_mutually_exclusive_group()
    which.add_argument("--team", type=team_argument, metavar="N", help="只生成第 N 巡察组的巡察组工作区（更小、更快）")
    which.add_argument("--with-teams", type=Path, metavar="DIR",
                       help="巡察办工作区（只含巡察计划）加上 DIR 中已入网的各组笔记本及其第一个数据包（DIR/usb）")
    demo.add_argument("--passphrase-file", metavar="F", help="从文件 F 的第一行读取演示用户的口令")


def run_demo(args: Namespace, console: Console) -> int:
    path = Path(args.workspace)
    for folder in (path, args.with_teams):
        if folder is not None and folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise WorkspaceExistsError(f"{folder} exists", path=str(folder))
    passphrase = new_passphrase(args, for_new_workspace=True, default=DEMO_PASSPHRASE)
    token = CancelToken()
    with interrupt_cancels(token, console.err), console_progress(console.err, console.stderr_is_tty()) as progress:
        if args.with_teams is not None:
            both = create_demo_with_teams(path, args.with_teams, passphrase.value, progress=progress, cancel=token)
        else:
            report = create_demo_workspace(path, passphrase.value, team_no=args.team, progress=progress,
                                           cancel=token)
    if args.with_teams is not None:
        return _with_teams_result(both, passphrase.source, console)
    data = {
        "path": str(report.path.resolve()), "kind": str(report.kind), "team_no": report.team_no,
        "users": [{"name": name, "role": str(role)} for name, role in report.users],
        "counts": report.counts, "seconds": report.seconds, "passphrase_source": passphrase.source,
    }
    if passphrase.source == "default":
        data["passphrase"] = DEMO_PASSPHRASE  # public and documented; a chosen passphrase is never echoed
    kind = WorkspaceKind(report.kind).zh + (f"（第 {report.team_no} 组）" if report.team_no else "")
    lines = [
        f"已生成演示工作区：{data['path']}",
        f"类型：{kind}",
        _users_line(report.users),
        _passphrase_line(passphrase.source),
        "",
        "已写入：",
        *(f"  {TABLE_LABELS.get(table, table)}：{fmt.count(n)}" for table, n in report.counts.items() if n),
        f"用时 {fmt.seconds(report.seconds)}",
    ]
    console.result(data, lines)
    return 0


def _with_teams_result(both: DemoWithTeams, source: str, console: Console) -> int:
    hq = str(both.hq.path.resolve())
    data: dict[str, Any] = {
        "path": hq, "kind": str(both.hq.kind), "plan_only": True,
        "users": [{"name": name, "role": str(role)} for name, role in both.hq.users], "counts": both.hq.counts,
        "teams": [{"team_no": t.team_no, "path": str(t.path.resolve()), "device_id": t.device_id,
                   "fingerprint": t.fingerprint, "hq_fingerprint": t.hq_fingerprint,
                   "users": [{"name": name, "role": str(role)} for name, role in t.users],
                   "package": str(t.package.resolve()), "counts": t.counts} for t in both.teams],
        "usb": str(both.usb.resolve()), "enrollment": str(both.enrollment.resolve()), "seconds": both.seconds,
        "passphrase_source": source,
    }
    if source == "default":
        data["passphrase"] = DEMO_PASSPHRASE
    lines = [
        f"已生成巡察办演示工作区：{hq}",
        "  只含巡察计划：" + "、".join(f"{TABLE_LABELS.get(table, table)} {fmt.count(both.hq.counts.get(table, 0))}"
                                   for table in ("inspection_round", "inspection_team", "team_member",
                                                 "inspected_org", "assignment")),
        "  " + _users_line(both.hq.users),
        _passphrase_line(source),
        "",
        "已入网的各组笔记本（申请、登记授权、接受授权，文件在 " + data["enrollment"] + "）：",
    ]
    for team in both.teams:
        lines += [
            f"  第 {team.team_no} 组：{team.path.resolve()}（设备指纹 {team.fingerprint}）",
            "    " + _users_line(team.users),
            f"    问题底稿 {fmt.count(team.counts.get('finding', 0))}、"
            f"问题线索 {fmt.count(team.counts.get('clue', 0))}，已导出数据包：{team.package.name}",
        ]
    lines += [
        "",
        f"数据包在 {data['usb']}。在巡察办导入（口令同上）：",
        f"  python main.py import-package {hq} {data['usb']}",
        f"用时 {fmt.seconds(both.seconds)}",
    ]
    console.result(data, lines)
    return 0


def _users_line(users: list[tuple[str, Role]]) -> str:
    return "用户（口令相同）：" + "、".join(f"{name}（{role_label(role)}）" for name, role in users)


def _passphrase_line(source: str) -> str:
    if source == "default":
        return f"演示口令：{DEMO_PASSPHRASE}（公开口令，仅供演示，请勿存放真实数据）"
    return f"口令：取自 {_source_label(source)}"


def _source_label(source: str) -> str:
    return "口令文件" if source == "file" else f"环境变量 {source}"
