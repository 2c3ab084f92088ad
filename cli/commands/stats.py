"""``stats``: the summary sentence the office reports and the counts behind it, per dimension.

Clue figures are printed (and put in the JSON) only for a user whose role reads clues; for anyone else the
clue compartment is not even queried (services/queries/statistics.py).
"""

from __future__ import annotations

from argparse import Namespace
from decimal import Decimal
from typing import Any

from cli import formatting as fmt
from cli.console import Console
from cli.parsing import Commands, UsageError, workspace_argument
from cli.session import unlocked
from models.enums import FindingStatus, OrgLevel, SourceMethod
from services.queries.rectification_stats import figures_data, rectification_figures
from services.queries.statistics import (
    CHINESE,
    NONE_KEY,
    Tally,
    TeamStatistics,
    statistics_rounds,
    summary_sentence,
    team_statistics,
)

TITLES = {
    "org": "按被巡察单位", "category_l1": "按一级分类", "category_l2": "按二级分类", "status": "按问题状态",
    "source_method": "按问题来源", "org_level": "按单位层级", "team": "按巡察组",
}
HEADS = {
    "org": "被巡察单位", "category_l1": "一级分类", "category_l2": "二级分类", "status": "问题状态",
    "source_method": "问题来源", "org_level": "单位层级", "team": "巡察组",
}
CENTS = Decimal("0.01")
VOCABULARIES: dict[str, Any] = {"status": FindingStatus, "source_method": SourceMethod, "org_level": OrgLevel}


def register(commands: Commands) -> None:
    stats = commands.add("stats", help="统计：概述句及按单位、分类、状态、来源、层级的问题数和金额", handler=run_stats,
                         parents=[commands.unlock],
                         epilog="问题线索数只对组长、线索管理员和巡察办管理员显示；已撤回的问题不计入问题数。")
    workspace_argument(stats)
    stats.add_argument("--round", metavar="ROUND", help="只统计一个轮次（轮次名称或编号）；默认统计全部轮次")


def tally_label(dimension: str, tally: Tally) -> str:
    if tally.key == NONE_KEY:
        return "未分类" if dimension.startswith("category") else "未填写"
    if dimension == "team":
        return f"第{tally.key}组"
    if dimension in VOCABULARIES:
        try:
            return str(VOCABULARIES[dimension](tally.key).zh)
        except ValueError:
            return tally.key
    return tally.name or tally.key


def amount_text(value: Decimal) -> str:
    """Exact 万元 with at least two decimals, so a column lines up: ``1,508.05``, ``239.10``, ``0.00``."""
    exponent = value.as_tuple().exponent
    shown = value.quantize(CENTS) if isinstance(exponent, int) and exponent >= -2 else value
    return format(shown, ",f")


def dimension_lines(stats: TeamStatistics, dimension: str) -> list[str]:
    rows = stats.dimensions.get(dimension) or []
    if not rows:
        return []
    with_clues = stats.clue_access and dimension == "org"
    head = [HEADS[dimension], *(["单位层级"] if dimension == "org" else []), "问题数", "涉及金额(万元)",
            *(["问题线索数"] if with_clues else [])]
    table = [head]
    for tally in rows:
        table.append([tally_label(dimension, tally),
                      *([tally_label("org_level", Tally(tally.level))] if dimension == "org" else []),
                      fmt.count(tally.findings), amount_text(tally.amount),
                      *([fmt.count(tally.clues or 0)] if with_clues else [])])
    first_number = 2 if dimension == "org" else 1  # numbers line up on the right
    for column in range(first_number, len(head)):
        width = max(fmt.display_width(line[column]) for line in table)
        for line in table[1:]:
            line[column] = line[column].rjust(width)
    return ["", f"{TITLES[dimension]}：", *("  " + line for line in fmt.table(table))]


def stats_data(stats: TeamStatistics, sentence: str) -> dict[str, Any]:
    clue_access = stats.clue_access

    def row(dimension: str, tally: Tally) -> dict[str, Any]:
        out: dict[str, Any] = {"key": tally.key, "label": tally_label(dimension, tally), "findings": tally.findings,
                               "amount": tally.amount}
        if dimension == "org":
            out["level"] = tally.level
            if clue_access:
                out["clues"] = tally.clues or 0
        if dimension == "category_l2":
            out["parent"] = tally.parent
        return out

    modes = []
    for mode in stats.modes:
        entry: dict[str, Any] = {"inspection_type": mode.inspection_type, "objects": mode.objects,
                                 "findings": mode.findings}
        if clue_access:
            entry["clues"] = mode.clues or 0
        modes.append(entry)
    data: dict[str, Any] = {
        "sentence": sentence, "rounds": [{"id": rid, "title": title} for rid, title in stats.rounds],
        "orgs": stats.orgs, "findings": stats.findings, "withdrawn": stats.withdrawn, "amount": stats.amount,
        "modes": modes,
        "dimensions": {name: [row(name, tally) for tally in rows] for name, rows in stats.dimensions.items() if rows},
    }
    if clue_access:
        data["clues"] = stats.clues or 0
    return data


def run_stats(args: Namespace, console: Console) -> int:
    with unlocked(args, console) as ws:
        round_id = None
        if args.round:
            rounds = statistics_rounds(ws)
            matches = [rid for rid, title in rounds if args.round in (rid, title)] or \
                [rid for rid, title in rounds if args.round in title]
            if len(matches) != 1:
                known = "、".join(title for _, title in rounds) or "（无）"
                raise UsageError("no such round", reason=f"找不到唯一的轮次“{args.round}”，可选：{known}")
            round_id = matches[0]
        stats = team_statistics(ws, round_id)
        rectification = rectification_figures(ws, round_id)
    sentence = summary_sentence(stats, CHINESE)
    lines = [*(title for _, title in stats.rounds), sentence]
    lines.append(f"涉及金额合计：{amount_text(stats.amount)} 万元"
                 + (f"；另有已撤回问题 {stats.withdrawn} 个，未计入" if stats.withdrawn else ""))
    for dimension in ("org", "category_l1", "category_l2", "status", "source_method", "org_level", "team"):
        lines += dimension_lines(stats, dimension)
    lines.append(f"整改任务 {rectification.tasks} 项，已销号 {rectification.closed_out} 项"
                 f"（{rectification.closed_out_share:.0%}），逾期 {rectification.overdue} 项；"
                 f"挽回金额 {amount_text(rectification.amount_recovered)} 万元，"
                 f"建章立制 {rectification.rules_made} 项，追责问责 {rectification.people_held_accountable} 人")
    console.result({**stats_data(stats, sentence), "rectification": figures_data(rectification)}, lines)
    return 0
