"""``demo``: the demo workspace (the seed round 十三届市委第三轮巡察), for trying the program out."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import TABLE_LABELS, role_label
from cli.parsing import Commands, team_argument, workspace_argument
from cli.passphrase import new_passphrase
from models.enums import WorkspaceKind
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.errors import WorkspaceExistsError
from services.progress import CancelToken


def register(commands: Commands) -> None:
    demo = commands.add(
        "demo", help="生成演示工作区（虚构的十三届市委第三轮巡察数据）；默认为巡察办工作区", handler=run_demo,
        epilog=f"口令依次取自：--passphrase-file 文件、环境变量 XUNCHA_NEW_PASSPHRASE、XUNCHA_PASSPHRASE；"
               f"都没有时使用公开的演示口令 {DEMO_PASSPHRASE}（会打印出来）。所有演示用户使用同一口令。",
    )
    workspace_argument(demo)
    demo.add_argument("--team", type=team_argument, metavar="N", help="只生成第 N 巡察组的巡察组工作区（更小、更快）")
    demo.add_argument("--passphrase-file", metavar="F", help="从文件 F 的第一行读取演示用户的口令")


def run_demo(args: Namespace, console: Console) -> int:
    path = Path(args.workspace)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise WorkspaceExistsError(f"{path} exists", path=str(path))
    passphrase = new_passphrase(args, for_new_workspace=True, default=DEMO_PASSPHRASE)
    token = CancelToken()
    with interrupt_cancels(token, console.err), console_progress(console.err, console.stderr_is_tty()) as progress:
        report = create_demo_workspace(path, passphrase.value, team_no=args.team, progress=progress, cancel=token)
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
        "用户（口令相同）：" + "、".join(f"{name}（{role_label(role)}）" for name, role in report.users),
        f"演示口令：{DEMO_PASSPHRASE}（公开口令，仅供演示，请勿存放真实数据）"
        if passphrase.source == "default" else f"口令：取自 {_source_label(passphrase.source)}",
        "",
        "已写入：",
        *(f"  {TABLE_LABELS.get(table, table)}：{fmt.count(n)}" for table, n in report.counts.items() if n),
        f"用时 {fmt.seconds(report.seconds)}",
    ]
    console.result(data, lines)
    return 0


def _source_label(source: str) -> str:
    return "口令文件" if source == "file" else f"环境变量 {source}"
