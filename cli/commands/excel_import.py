"""``import-excel``: read a ledger (findings, rectification, orgs, taxonomy, clues) and import it in one
transaction. Rejected rows: exit 4 with the row report, nothing written. ``--dry-run`` writes nothing."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.longwork import console_progress, interrupt_cancels
from cli.messages import TABLE_LABELS, field_problem_text
from cli.parsing import Commands, workspace_argument
from cli.session import unlocked
from services.errors import FieldProblem, InvalidFieldsError
from services.excel.columns import KINDS
from services.excel.importing import ImportPlan, apply_import, plan_import
from services.progress import CancelToken

KIND_LABELS = {kind: spec.title for kind, spec in KINDS.items()}
ACTIONS = {"add": "新增", "update": "更新", "unchanged": "无变化（跳过）", "rejected": "未通过"}
NOTES = {
    "hidden_rows": "工作表“{sheet}”有 {count} 个隐藏行，已照常读取。",
    "blank_run": "工作表“{sheet}”自第 {row} 行起连续空行过多，其后内容未读取。",
    "summary_rows": "工作表“{sheet}”有 {count} 个合计行，已跳过。",
    "ignored_column": "工作表“{sheet}”的 {column} 列“{header}”不是可识别的列，已忽略。",
    "duplicate_column": "工作表“{sheet}”的 {column} 列“{header}”与前面的列重复，已忽略。",
    "export_only_column": "工作表“{sheet}”的 {column} 列“{header}”仅用于导出，导入时不读取。",
    "missing_columns": "工作表“{sheet}”缺少必填列：{headers}。",
}
SKIPPED = {"empty": "空白", "unknown_kind": "无法识别的表头", "other_kind": "另一种台账"}
MAX_LINES = 200


def register(commands: Commands) -> None:
    command = commands.add(
        "import-excel", help="从 Excel 台账导入（被巡察单位、问题清单、整改台账、问题分类、线索清单）",
        handler=run_import, parents=[commands.unlock],
        epilog="类型由表头自动识别，--kind 可指定：orgs、findings、rectification、taxonomy、clues。"
               "有任何一行未通过检查时不导入任何内容（退出码 4），并列出行号、列号和原因。"
               "同一文件导入两次，第二次不会改变任何内容。",
    )
    workspace_argument(command)
    command.add_argument("file", metavar="FILE", help="Excel 文件（.xlsx、.xlsm）或 .csv")
    command.add_argument("--kind", choices=sorted(KINDS), metavar="KIND",
                         help="台账类型：orgs、findings、rectification、taxonomy、clues")
    command.add_argument("--dry-run", action="store_true", help="只检查并报告将要发生的变化，不写入")
    command.add_argument("--create-missing", action="store_true",
                         help="工作区中没有的巡察轮次、巡察组、被巡察单位一并新建（否则这些行不予导入）")


def problem_data(problem: FieldProblem) -> dict[str, Any]:
    return {"sheet": problem.params.get("sheet"), "row": problem.row, "column": problem.column,
            "header": problem.params.get("label"), "value": problem.params.get("value"), "field": problem.field,
            "reason": problem.reason, "message": field_problem_text(problem)}


def plan_data(plan: ImportPlan, create_missing: bool) -> dict[str, Any]:
    return {
        "file": str(plan.path), "kind": plan.kind, "sheets": plan.sheets,
        "skipped_sheets": [{"sheet": title, "reason": reason} for title, reason in plan.skipped_sheets],
        "counts": plan.counts(create_missing), "to_create": plan.to_create,
        "notes": [{"code": code, **params} for code, params in plan.notes],
        "rejected": [problem_data(p) for p in plan.problems(create_missing)],
    }


def plan_lines(plan: ImportPlan, create_missing: bool) -> list[str]:
    counts = plan.counts(create_missing)
    lines = [f"文件：{plan.path}", f"台账类型：{KIND_LABELS.get(plan.kind, plan.kind)}（{plan.kind}）",
             "工作表：" + "、".join(plan.sheets)]
    lines += [f"跳过工作表“{title}”：{SKIPPED.get(reason, reason)}" for title, reason in plan.skipped_sheets]
    lines += [f"  {ACTIONS[action]}：{fmt.count(n)} 行" for action, n in counts.items()]
    if any(plan.to_create.values()):
        lines.append("需要新建（--create-missing）：" if not create_missing else "将新建：")
        for table, labels in plan.to_create.items():
            shown = "、".join(labels[:10]) + (f" 等 {len(labels)} 个" if len(labels) > 10 else "")
            lines.append(f"  {TABLE_LABELS.get(table, table)}：{shown}")
    lines += ["注意：" + NOTES.get(code, code).format(**params) for code, params in plan.notes]
    problems = plan.problems(create_missing)
    if problems:
        lines.append(f"未通过检查的 {counts['rejected']} 行（共 {len(problems)} 处）：")
        lines += ["  " + (f"[{p.params['sheet']}] " if len(plan.sheets) > 1 else "") + field_problem_text(p)
                  for p in problems[:MAX_LINES]]
        if len(problems) > MAX_LINES:
            lines.append(f"  ……另有 {len(problems) - MAX_LINES} 处（用 --json 查看全部）")
    return lines


def run_import(args: Namespace, console: Console) -> int:
    path = Path(args.file)
    token = CancelToken()
    with unlocked(args, console) as ws, interrupt_cancels(token, console.err), \
            console_progress(console.err, console.stderr_is_tty()) as progress:
        plan = plan_import(ws, path, args.kind, progress, token)
        data = plan_data(plan, args.create_missing)
        lines = plan_lines(plan, args.create_missing)
        if not plan.ok(args.create_missing):
            data["error"] = "import_rejected"
            lines.append("未导入任何内容。请改正上述行后重新导入" +
                         ("，或加 --create-missing 新建缺少的轮次、巡察组和单位。" if plan.to_create else "。"))
            console.result(data, lines)
            return InvalidFieldsError.exit_code
        if args.dry_run:
            data["dry_run"] = True
            console.result(data, [*lines, "（--dry-run：未写入任何内容）"])
            return 0
        outcome = apply_import(ws, plan, create_missing=args.create_missing, progress=progress, cancel=token)
    data.update(dry_run=False, added=outcome.added, updated=outcome.updated, unchanged=outcome.unchanged,
                created=outcome.created, seconds=outcome.seconds)
    done = f"已导入：新增 {outcome.added} 行，更新 {outcome.updated} 行，无变化 {outcome.unchanged} 行"
    if outcome.created:
        done += "；新建 " + "、".join(f"{TABLE_LABELS.get(t, t)} {n} 个" for t, n in outcome.created.items() if n)
    console.result(data, [*lines, done + "。"])
    return 0
