"""``conflicts list``, ``conflicts show`` and ``conflicts resolve``: HQ's conflict inbox from the command line.

A conflict is named by its id or by the first characters of it (as ``conflicts list`` prints them). Resolving
is a change of its own: audited, and sent to the team with the next update package. Main conflicts are
resolved by the HQ administrator; clue conflicts are listed and resolved only by the clue roles.
"""

from __future__ import annotations

from argparse import Namespace
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.messages import TABLE_LABELS
from cli.parsing import Commands, UsageError, team_argument, workspace_argument
from cli.session import unlocked
from services.sync.conflicts.inbox import ConflictNotFoundError, ConflictView, conflict, list_conflicts, resolve
from services.workspace import WorkspaceSession

KINDS = {"field": "字段冲突", "delete_vs_edit": "组内删除、巡察办已修改", "edit_vs_delete": "组内修改、巡察办已删除",
         "duplicate_key": "编号重复"}
STATUS = {"open": "待处理", "resolved": "已处理"}
RESOLUTIONS = {"keep_current": "保留现有", "take_incoming": "采用新来的", "merged": "合并值", "superseded": "已被取代"}
SHORT = 8


def register(commands: Commands) -> None:
    group = commands.add("conflicts", help="巡察办的冲突收件箱：列出、查看、处理同步冲突", handler=None)
    sub = commands.nested(group, "conflicts_command")
    listing = sub.add("list", help="列出冲突（默认只列待处理的）", handler=run_list, parents=[commands.unlock])
    workspace_argument(listing)
    listing.add_argument("--team", type=team_argument, metavar="N", help="只列第 N 组的冲突")
    listing.add_argument("--all", action="store_true", help="也列出已处理的冲突")
    show = sub.add("show", help="显示一个冲突的原值、现有值和新来的值", handler=run_show, parents=[commands.unlock])
    workspace_argument(show)
    show.add_argument("conflict_id", metavar="CONFLICT_ID", help="冲突编号（conflicts list 所列的前几位即可）")
    fix = sub.add("resolve", help="处理一个冲突（处理结果本身是一条变更，记入审计并随更新包发回该组）",
                  handler=run_resolve, parents=[commands.unlock])
    workspace_argument(fix)
    fix.add_argument("conflict_id", metavar="CONFLICT_ID", help="冲突编号（conflicts list 所列的前几位即可）")
    choice = fix.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("current", "incoming"),
                        help="current = 保留巡察办现有值；incoming = 采用该组新来的值")
    choice.add_argument("--value", metavar="TEXT", help="改用合并后的值（按编辑界面的规则检查）")


def _view_data(view: ConflictView) -> dict[str, Any]:
    return {"id": view.conflict_id, "clue": view.clue, "entity": view.entity, "entity_id": view.entity_id,
            "field": view.field, "field_label": view.field_label, "kind": view.kind, "status": view.status,
            "team_no": view.team_no, "record": view.row_label, "device": view.device_label,
            "opened_at": view.opened_at, "resolution": view.resolution}


def _what(view: ConflictView) -> str:
    entity = ("线索·" if view.clue else "") + TABLE_LABELS.get(view.entity, view.entity)
    return f"{entity} {view.row_label}"


def run_list(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        views = list_conflicts(ws, status="all" if args.all else "open", team_no=args.team)
    lines: list[str] = []
    if not views:
        lines.append("没有已处理或待处理的冲突。" if args.all else "没有待处理的冲突。")
    else:
        rows = [["编号", "组", "记录", "字段", "类型", "状态", "发现时间"]]
        for view in views:
            status = STATUS.get(view.status, view.status)
            if view.resolution:
                status += f"（{RESOLUTIONS.get(view.resolution, view.resolution)}）"
            rows.append([view.conflict_id[:SHORT], str(view.team_no or ""), _what(view), view.field_label or "整条记录",
                         KINDS.get(view.kind, view.kind), status, fmt.moment(view.opened_at)])
        lines = fmt.table(rows)
        lines.append(f"共 {len(views)} 个冲突。用 conflicts show WS 编号 查看详情，conflicts resolve 处理。")
    console.result({"conflicts": [_view_data(v) for v in views], "count": len(views)}, lines)
    return 0


def _full_id(ws: WorkspaceSession, given: str) -> str:
    """The conflict whose id is ``given`` or starts with it (unique)."""
    matches = [v.conflict_id for v in list_conflicts(ws, status="all") if v.conflict_id.startswith(given.strip())]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UsageError("ambiguous id", reason=f"编号“{given}”对应多个冲突，请多写几位。")
    raise ConflictNotFoundError("no such conflict", conflict=given)


def run_show(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        detail = conflict(ws, _full_id(ws, args.conflict_id))
    view = detail.view
    data = {**_view_data(view), "base": detail.base, "current": detail.current, "incoming": detail.incoming,
            "base_value": detail.base_value, "current_value": detail.current_value,
            "incoming_value": detail.incoming_value, "resolved": detail.resolved_value, "choices": list(detail.choices)}

    def block(title: str, text: str) -> list[str]:
        return [f"{title}：", *(f"    {line}" for line in (text or "（空）").splitlines())]

    lines = [f"冲突 {view.conflict_id}", f"  记录：{_what(view)}（第 {view.team_no or '?'} 组）",
             f"  字段：{view.field_label or '整条记录'}　类型：{KINDS.get(view.kind, view.kind)}",
             f"  来自：{view.device_label or '未知设备'}　{fmt.moment(view.opened_at)}",
             *block("  原值（双方修改前）", detail.base), *block("  巡察办现有值", detail.current),
             *block("  该组新来的值", detail.incoming)]
    if detail.resolved_value is not None:
        lines += block(f"  已处理（{RESOLUTIONS.get(view.resolution or '', view.resolution)}）", detail.resolved_value)
    console.result(data, lines)
    return 0


def run_resolve(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        conflict_id = _full_id(ws, args.conflict_id)
        change_id = resolve(ws, conflict_id, keep=args.keep, value=args.value)
        detail = conflict(ws, conflict_id)
    how = {"current": "保留巡察办现有值", "incoming": "采用该组新来的值"}.get(args.keep or "", "改用合并值")
    data = {"id": conflict_id, "change_id": change_id, "resolution": detail.view.resolution,
            "value": detail.resolved_value}
    console.result(data, [f"已处理冲突 {conflict_id[:SHORT]}：{how}。",
                          f"  {detail.view.field_label or '记录'}：{detail.resolved_value or '（空）'}",
                          f"  变更编号：{change_id}（将随下一次更新包发回第 {detail.view.team_no or '?'} 组）"])
    return 0
