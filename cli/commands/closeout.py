"""``close-round``: the team leader wipes a round from this laptop (清退) once HQ has confirmed all of it.

Without ``--yes`` the round's title must be typed to confirm (at a terminal). Refused, with what is still
unconfirmed, until HQ's update package has acknowledged every change, clue change and audit record of the round.
"""

from __future__ import annotations

import sys
from argparse import Namespace

from sqlalchemy import select

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import TABLE_LABELS
from cli.parsing import Commands, UsageError, workspace_argument
from cli.session import unlocked
from models.entities import InspectionRound
from models.sync_inbox import SyncPurge
from services.progress import CancelToken
from services.sync.closeout.wipe import RoundAlreadyWipedError, RoundNotFoundError, close_round, coverage
from services.workspace import WorkspaceSession


def register(commands: Commands) -> None:
    parser = commands.add("close-round", handler=run_close, parents=[commands.unlock],
                          help="清退：巡察办确认本轮全部数据后，从本机彻底清除该轮次的数据和附件（仅组长）")
    workspace_argument(parser)
    parser.add_argument("round", metavar="ROUND_ID", help="巡察轮次编号（前 8 位即可）或轮次名称全称")
    parser.add_argument("--yes", action="store_true", help="不再询问，直接清退（脚本使用）")


def _round_id(ws: WorkspaceSession, given: str) -> str:
    with ws.read() as session:
        rows = session.execute(select(InspectionRound.id, InspectionRound.title)).all()
        if session.get(SyncPurge, given.strip()) is not None:
            raise RoundAlreadyWipedError("round already wiped", round=given)
    text = given.strip()
    exact = [str(round_id) for round_id, title in rows if text in (round_id, title)]
    prefixed = [str(round_id) for round_id, _ in rows if len(text) >= 6 and str(round_id).startswith(text)]
    if exact or len(prefixed) == 1:
        return (exact or prefixed)[0]
    raise RoundNotFoundError("no such round", round=given)


def _confirm(title: str, console: Console) -> None:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise UsageError("confirmation needed", reason="非交互方式运行时须加 --yes 确认清退。")
    console.note(f"清退后，本机上“{title}”的全部数据和附件将被彻底清除，无法恢复。")
    typed = input(f"请输入轮次名称“{title}”以确认：")
    if typed.strip() != title:
        raise UsageError("not confirmed", reason="输入的轮次名称不一致，未清退。")


def run_close(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id = _round_id(ws, args.round)
        cover = coverage(ws, round_id)
        if cover.ok and not args.yes:
            _confirm(cover.title, console)
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            report = close_round(ws, round_id, progress=progress, cancel=token)
    data = {"round_id": report.round_id, "title": report.title, "counts": report.counts,
            "changes_purged": report.changes_purged, "clue_changes_purged": report.clue_changes_purged,
            "blobs_purged": report.blobs_purged, "checkpoint_busy": bool(report.checkpoint_busy)}
    lines = [f"已清退“{report.title}”：本机上该轮次的数据已彻底清除，并记入审计。"]
    lines += [f"  {TABLE_LABELS.get(name, name)}：{fmt.count(n)} 条" for name, n in report.counts.items()]
    lines += [f"  附件文件：{fmt.count(report.blobs_purged)} 个",
              f"  已确认的变更记录：{fmt.count(report.changes_purged + report.clue_changes_purged)} 条"]
    if report.checkpoint_busy:
        lines.append("注意：另有程序正打开此工作区，日志文件未能立即清空；请关闭它后再锁定一次工作区。")
    console.result(data, lines)
    return 0
