"""``init``, ``info`` and ``verify``: make a workspace, say what it holds, check that it is whole."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from cli import formatting as fmt
from cli.commands.users import recovery_code_lines
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import COUNT_LABELS, role_label
from cli.parsing import Commands, UsageError, role_argument, team_argument, workspace_argument
from cli.passphrase import new_passphrase
from cli.session import unlocked
from models.enums import Role, WorkspaceKind
from services.accounts import has_recovery
from services.errors import VerificationFailedError, WorkspaceExistsError
from services.info import WorkspaceInfo, workspace_info
from services.progress import CancelToken
from services.verify import VerifyReport, verify_workspace
from services.workspace import WorkspaceSession
from services.workspace_create import create_workspace

FULL_WIDTH_SPACE = "\u3000"  # pads Chinese labels to one column


def register(commands: Commands) -> None:
    init = commands.add(
        "init", help="新建工作区及其第一个用户（组长或巡察办管理员）", handler=run_init,
        epilog="第一个用户的口令依次取自：--passphrase-file 文件、环境变量 XUNCHA_NEW_PASSPHRASE、"
               "环境变量 XUNCHA_PASSPHRASE，否则在终端输入两次。",
    )
    workspace_argument(init)
    init.add_argument("--user", required=True, metavar="NAME", help="第一个用户的姓名")
    init.add_argument("--role", type=role_argument, metavar="ROLE",
                      help="第一个用户的角色：team_leader（巡察组工作区，默认）或 hq_admin（巡察办工作区，默认）")
    init.add_argument("--team", type=team_argument, metavar="N", help="组号（巡察组工作区必填）")
    init.add_argument("--hq", action="store_true", help="新建巡察办工作区（而不是巡察组工作区）")
    init.add_argument("--passphrase-file", metavar="F", help="从文件 F 的第一行读取第一个用户的口令")

    info = commands.add("info", help="显示工作区概况：类型、当前用户、各类记录数", handler=run_info,
                        parents=[commands.unlock])
    workspace_argument(info)

    verify = commands.add(
        "verify", help="校验工作区：数据库完整性、加密页校验、审计链和变更日志（失败时退出码 4）",
        handler=run_verify, parents=[commands.unlock],
    )
    workspace_argument(verify)


# ---- init ----


def run_init(args: Namespace, console: Console) -> int:
    if args.hq and args.team is not None:
        raise UsageError("--hq with --team", reason="team_and_hq")
    if not args.hq and args.team is None:
        raise UsageError("no --team", reason="team_missing")
    kind = WorkspaceKind.HQ if args.hq else WorkspaceKind.TEAM
    role = args.role or (Role.HQ_ADMIN if args.hq else Role.TEAM_LEADER)
    path = Path(args.workspace)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise WorkspaceExistsError(f"{path} exists", path=str(path))  # before asking for a passphrase
    passphrase = new_passphrase(args, prompt=f"{args.user} 的口令：", for_new_workspace=True)
    ws = create_workspace(path, user_name=args.user, role=role, passphrase=passphrase.value, kind=kind,
                          team_no=args.team)
    try:
        data = {"path": str(path.resolve()), "kind": str(ws.kind), "team_no": ws.team_no, "user": ws.actor.name,
                "role": str(ws.actor.role), "workspace_id": ws.keystore.workspace_id,
                "recovery_code": ws.recovery_code}
    finally:
        ws.lock()  # drops the code from memory: this output is the only place it is ever shown
    console.result(data, [
        f"已新建{_kind_label(str(ws.kind), ws.team_no)}：{data['path']}",
        f"第一个用户：{data['user']}（{role_label(role)}）",
        "",
        *recovery_code_lines(str(data["recovery_code"]), made_now=True),
    ])
    return 0


def _kind_label(kind: str, team_no: int | None) -> str:
    label = WorkspaceKind(kind).zh
    return f"{label}（第 {team_no} 组）" if kind == WorkspaceKind.TEAM and team_no else label


# ---- info ----


def run_info(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        info = workspace_info(ws)
        recovery = has_recovery(ws)
    console.result({**info.as_dict(), "recovery_slot": recovery}, [*info_lines(info), *recovery_lines(recovery)])
    return 0


def rotation_pending(ws: WorkspaceSession) -> bool:
    """keys.json still holds the next keys of a rotation a crash interrupted (docs/security.md §1.7)."""
    return bool((ws.keystore.envelope or {}).get("next"))


def recovery_lines(recovery: bool) -> list[str]:
    if recovery:
        return ["恢复密钥：已设置（忘记口令时用 passwd --recover）"]
    return ["恢复密钥：未设置（此工作区建于恢复密钥功能之前）。忘记全部口令将无法打开工作区；"
            "建议组长或巡察办管理员运行 python main.py passwd WS --make-recovery 生成一个并妥善保管。"]


def info_lines(info: WorkspaceInfo) -> list[str]:
    lines = [
        f"工作区：{info.path}",
        f"类型：{_kind_label(info.kind, info.team_no)}{'（演示数据）' if info.demo else ''}",
        f"当前用户：{info.user}（{role_label(info.role)}）",
        f"线索库：{'可访问' if info.clue_access else '不可访问（当前角色无线索权限）'}",
        f"数据库版本：{info.schema_revision or '未知'}",
        "",
        "记录数：",
    ]
    counts = {COUNT_LABELS.get(key, key): value for key, value in info.counts.items()}
    if info.clues is not None:
        counts["问题线索"] = info.clues
    width = max((len(label) for label in counts), default=0)
    lines += [f"  {label.ljust(width, FULL_WIDTH_SPACE)}  {fmt.count(value):>8}" for label, value in counts.items()]
    lines += [
        "",
        f"用户：{fmt.count(info.users)} 人",
        f"变更记录：{fmt.count(info.changes)} 条（待同步 {fmt.count(info.pending_changes)} 条）",
        f"本机审计事件：{fmt.count(info.audit_events)} 条",
        "文件：" + "，".join(f"{name} {fmt.size(size)}" for name, size in info.file_bytes.items()
                            if not name.endswith(("-wal", "-shm"))),
        f"工作区编号：{info.workspace_id}　设备编号：{info.device_id}",
    ]
    return lines


# ---- verify ----


def run_verify(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        token = CancelToken()
        with interrupt_cancels(token, console.err), \
                console_progress(console.err, console.stderr_is_tty()) as progress:
            report = verify_workspace(ws, progress, token)
        recovery = has_recovery(ws)
        rotating = rotation_pending(ws)
    problems = report.all_problems()
    if problems:
        raise VerificationFailedError("verification failed", details=problems)
    chains = [{"device_id": c.device_id, "events": c.events, "head_hash": c.head_hash, "ok": c.ok}
              for c in report.chains]
    data = {"ok": True, "integrity": report.integrity, "chains": chains, "checked_changes": report.checked_changes,
            "clues_checked": report.clues_checked, "problems": [], "recovery_slot": recovery,
            "rotation_pending": rotating,
            "leftovers": {"removed_at_unlock": report.leftovers_removed.to_dict(),
                          "found": report.leftovers_found.to_dict()}}
    events = sum(c.events for c in report.chains)
    console.result(data, [
        "校验通过。",
        "  数据库完整性与加密页校验：正常",
        f"  审计链：{len(report.chains)} 台设备，共 {fmt.count(events)} 条记录，无断链、无改动",
        f"  变更日志：本机 {fmt.count(report.checked_changes)} 条，序号连续，均有审计记录",
        f"  线索库：{'已校验' if report.clues_checked else '未校验（当前角色无线索权限）'}",
        *_leftover_lines(report),
        *("  " + line for line in recovery_lines(recovery)),
        *(["  密钥轮换：上次 rekey 被中断，两个数据库仍可打开；请再次运行 python main.py rekey WS 完成轮换"]
          if rotating else []),
    ])
    return 0


def _leftover_lines(report: VerifyReport) -> list[str]:
    """What dead exports left in the workspace folder: not damage, but hundreds of MB perhaps."""
    removed, found = report.leftovers_removed, report.leftovers_found
    lines = []
    if removed:
        lines.append(f"  中断的导出留下的临时文件：本次解锁时已删除 {len(removed.names)} 个"
                     f"（{fmt.size(removed.size)}）")
    if found:
        lines.append(f"  中断的导出留下的临时文件：仍有 {len(found.names)} 个（{fmt.size(found.size)}）："
                     f"{'、'.join(found.names)}；下次解锁或导出时删除")
    if not removed and not found:
        lines.append("  中断的导出留下的临时文件：无")
    return lines


