"""Each report's content, in the committee's words: the round summary (综合情况报告), the problem list (问题清单),
the rectification ledger (整改台账) and, for clue roles only, the clue handover list (问题线索移交清单).

Built from the statistics (services/queries/statistics.py: the summary sentence, the tables), the report sources
(services/reports/sources.py) and the charts' data (charts.py). Clue figures appear only in the round summary of a
session holding the clue key (then marked C3) and in the clue handover list; the problem list and the ledger never
carry them, whoever exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from models.enums import (
    CadreLevel,
    Discipline,
    FindingStatus,
    HandoverMode,
    InspectionType,
    OrgLevel,
    Receiver,
    RectStatus,
    RectType,
    Role,
    SourceMethod,
)
from models.rectification_enums import FlagKind
from services.excel.styles import MARKINGS
from services.queries.statistics import CHINESE, Tally, TeamStatistics, summary_sentence, team_statistics
from services.reports.charts import (
    dimension_chart,
    mode_chart,
    rectification_chart,
    tally_label,
    vocabulary_label,
)
from services.reports.document import (
    Block,
    Column,
    Document,
    Figure,
    Figures,
    Heading,
    PageSize,
    Paragraph,
    Signatures,
    Table,
)
from services.reports.sources import (
    RectificationFigures,
    RoundInfo,
    TagTally,
    clue_lines,
    finding_lines,
    previous_round,
    rectification_figures,
    rectification_lines,
    tag_tallies,
)
from services.workspace import WorkspaceSession

KIND_TITLES = {"round-summary": "综合情况报告", "findings": "发现问题清单", "rectification": "反馈问题整改台账",
               "clue-handover": "问题线索移交清单"}
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Context:
    """Who exports what, when: the page furniture every report shares."""

    ws: WorkspaceSession
    round: RoundInfo
    now: datetime

    @property
    def today(self) -> date:
        return self.now.date()

    def document(self, kind: str, sensitivity: str, page: PageSize = PageSize.A4_PORTRAIT) -> Document:
        actor = self.ws.actor
        who = f"导出人：{actor.name}（{Role(actor.role).zh}）　导出时间：{self.now:%Y-%m-%d %H:%M}"
        return Document(kind=kind, title=f"{self.round.title}{KIND_TITLES[kind]}", marking=MARKINGS[sensitivity],
                        exported_by=who, exported_at=self.now, watermark=actor.name, page=page,
                        subtitle=period(self.round), round_id=self.round.id, round_title=self.round.title,
                        sensitivity=sensitivity)


def period(round_: RoundInfo) -> str:
    def day(d: date) -> str:
        return f"{d.year}年{d.month}月{d.day}日"

    if round_.start and round_.end:
        return f"巡察时间：{day(round_.start)}至{day(round_.end)}"
    return f"{round_.year}年第{round_.round_no}轮" if round_.round_no else f"{round_.year}年"


def percent(part: float | int, whole: float | int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "—"


def wan(amount: Decimal | None) -> str:
    """万元 to the 分 a ledger shows: ``1,508.05``; empty for no amount."""
    return "" if amount is None else f"{amount:,.2f}"


def heading(number: int, text: str) -> Heading:
    return Heading(f"{NUMERALS[number - 1]}、{text}")


def without_clues(stats: TeamStatistics) -> TeamStatistics:
    """The same figures with the clue counts dropped (the problem list and the ledger never carry them)."""
    return replace(stats, clue_access=False, clues=None,
                   modes=[replace(mode, clues=None) for mode in stats.modes])


# ---- 综合情况报告 ----


def round_summary(ctx: Context) -> Document:
    stats = team_statistics(ctx.ws, ctx.round.id)
    rect = rectification_figures(ctx.ws, ctx.round.id, ctx.today)
    clues = stats.clue_access and stats.clues is not None
    doc = ctx.document("round-summary", "C3" if clues else "C2")
    key = finding_lines(ctx.ws, ctx.round.id, key_only=True)
    figures = [Figure("被巡察单位", str(stats.orgs), "个"), Figure("发现问题", f"{stats.findings:,}", "个"),
               Figure("重点问题", str(len(key)), "个"), Figure("涉及金额", wan(stats.amount) or "0.00", "万元")]
    if clues:
        figures.append(Figure("问题线索", str(stats.clues), "条"))
    if rect.items:
        figures.append(Figure("整改任务", str(rect.items), "项"))
    doc.add(Figures(tuple(figures)))
    section = 1
    doc.add(heading(section, "总体情况"), Paragraph(summary_sentence(stats, CHINESE), emphasis=True))
    extra = f"发现的问题中，重点问题{len(key)}个，涉及金额合计{wan(stats.amount) or '0.00'}万元。"
    if stats.withdrawn:
        extra += f"另有已撤回问题{stats.withdrawn}个，未计入。"
    doc.add(Paragraph(extra))
    if len(stats.modes) > 1:
        doc.add(mode_chart(stats))
    section += 1
    doc.add(heading(section, "分单位情况"), *_by_unit(stats))
    section += 1
    doc.add(heading(section, "分类别情况"), *_by_category(stats))
    tags = tag_tallies(ctx.ws, ctx.round.id)
    if tags:
        section += 1
        doc.add(heading(section, "专题情况"), *_by_theme(stats, tags))
    section += 1
    doc.add(heading(section, "重点问题"))
    if key:
        doc.add(Paragraph(f"经组务会研究，列为重点问题的共{len(key)}个：", indent=True),
                Table((Column("序号", 0.5, "right"), Column("问题编号", 1.8), Column("被巡察单位", 1.6),
                       Column("问题标题", 4.0), Column("涉及金额(万元)", 1.1, "right")),
                      [(str(n), line.code, line.org_name, line.title, wan(line.amount))
                       for n, line in enumerate(key, 1)]))
    else:
        doc.add(Paragraph("本轮未列出重点问题。"))
    section += 1
    doc.add(heading(section, "整改情况"), *rectification_section(rect))
    section += 1
    doc.add(heading(section, "与上一轮巡察比较"), *_comparison(ctx, stats, rect))
    doc.rows = stats.findings
    return doc


def _by_unit(stats: TeamStatistics) -> list[Block]:
    rows = [t for t in stats.dimensions.get("org", [])]
    with_clues = stats.clue_access
    columns = [Column("序号", 0.5, "right"), Column("被巡察单位", 3.0), Column("单位层级", 1.2),
               Column("问题数", 0.8, "right"), Column("占比", 0.8, "right"), Column("涉及金额(万元)", 1.3, "right")]
    if with_clues:
        columns.append(Column("问题线索数", 1.0, "right"))
    body = []
    for n, tally in enumerate(rows, 1):
        cells = [str(n), tally_label("org", tally), vocabulary_label(OrgLevel, tally.level), str(tally.findings),
                 percent(tally.findings, stats.findings), wan(tally.amount) or "0.00"]
        if with_clues:
            cells.append(str(tally.clues or 0))
        body.append(tuple(cells))
    total = ["", "合计", "", str(stats.findings), percent(stats.findings, stats.findings) if stats.findings else "—",
             wan(stats.amount) or "0.00"]
    if with_clues:
        total.append(str(stats.clues or 0))
    return [dimension_chart(stats, "org"), Table(tuple(columns), body, total=tuple(total))]


def _by_category(stats: TeamStatistics) -> list[Block]:
    level1 = stats.dimensions.get("category_l1", [])
    level2 = stats.dimensions.get("category_l2", [])
    out: list[Block] = [dimension_chart(stats, "category_l1")]
    body = []
    for first in level1:
        body.append((tally_label("category_l1", first), "", str(first.findings), percent(first.findings,
                                                                                          stats.findings)))
        for second in (t for t in level2 if t.parent == first.key):
            body.append(("", tally_label("category_l2", second), str(second.findings),
                         percent(second.findings, stats.findings)))
    out.append(Table((Column("一级分类", 3.0), Column("二级分类", 3.6), Column("问题数", 0.8, "right"),
                      Column("占比", 0.8, "right")), body))
    return out


def _by_theme(stats: TeamStatistics, tags: list[TagTally]) -> list[Block]:
    body = [(tag.family, tag.name, str(tag.findings), percent(tag.findings, stats.findings)) for tag in tags]
    return [Paragraph("一个问题可有多个标签，按每个标签分别计数。", small=True),
            Table((Column("标签类别", 1.6), Column("标签", 2.4), Column("问题数", 0.8, "right"),
                   Column("占全部问题", 1.0, "right")), body)]


def rectification_section(rect: RectificationFigures) -> list[Block]:
    """The rectification figures as a section: what rectification_item holds today. The rectification workflow
    adds its figures (close-out reviews ...) here, as more sentences and rows."""
    if not rect.items:
        return [Paragraph("本轮尚无整改任务。")]
    completion = percent(rect.completed, rect.items)
    text = (f"整改台账共列整改任务{rect.items}项（涉及问题{rect.findings_with_items}个），"
            f"已完成（含已销号）{rect.completed}项，整改完成率{completion}；其中已销号{rect.closed_out}项。")
    if rect.overdue:
        text += f"超过完成时限尚未完成的{rect.overdue}项。"
    if rect.closure_pending:
        text += f"已申请销号、待审核的{rect.closure_pending}项。"
    if rect.flags:
        kinds = "、".join(f"{kind.zh}{rect.flags[kind.value]}处" for kind in FlagKind if rect.flags.get(kind.value))
        text += f"经核查认定{kinds}（涉及整改任务{rect.flagged}项），均已追责问责。"
    if rect.amount_recovered:
        text += f"挽回（追缴）金额{wan(rect.amount_recovered)}万元。"
    types = "、".join(f"{vocabulary_label(RectType, code)}{count}项" for code, count in rect.by_type.items() if count)
    body = [(vocabulary_label(RectStatus, code), str(count), percent(count, rect.items))
            for code, count in rect.by_status.items() if count]
    return [Paragraph(text), Paragraph(f"按整改类型：{types}。") if types else Paragraph(""),
            rectification_chart(rect),
            Table((Column("整改状态", 2.4), Column("任务数", 0.8, "right"), Column("占比", 0.8, "right")), body,
                  total=("合计", str(rect.items), "100.0%"))]


def _comparison(ctx: Context, stats: TeamStatistics, rect: RectificationFigures) -> list[Block]:
    previous = previous_round(ctx.ws, ctx.round)
    if previous is None:
        return [Paragraph("本工作区没有更早一轮巡察的数据，暂不作比较。")]
    before = team_statistics(ctx.ws, previous.id)
    before_rect = rectification_figures(ctx.ws, previous.id, ctx.today)
    diff = stats.findings - before.findings
    change = f"增加{diff}个" if diff > 0 else f"减少{-diff}个" if diff < 0 else "持平"
    text = (f"与上一轮（{previous.title}）相比：被巡察单位{stats.orgs}个（上一轮{before.orgs}个），发现问题"
            f"{stats.findings}个（上一轮{before.findings}个，{change}）。")
    if before_rect.items or rect.items:
        earlier = percent(before_rect.completed, before_rect.items)
        text += (f"整改完成率{percent(rect.completed, rect.items)}（上一轮{earlier}，"
                 f"上一轮整改任务{before_rect.items}项、已完成{before_rect.completed}项）。")
    out: list[Block] = [Paragraph(text)]
    out.append(category_comparison(stats, before))
    return out


def category_comparison(now: TeamStatistics, before: TeamStatistics) -> Table:
    """Problems per level-1 category, this round against the previous one (categories matched by wording)."""

    def by_name(stats: TeamStatistics) -> dict[str, Tally]:
        return {tally_label("category_l1", t): t for t in stats.dimensions.get("category_l1", [])}

    current, earlier = by_name(now), by_name(before)
    names = list(current) + [name for name in earlier if name not in current]
    body = []
    for name in names:
        a = current[name].findings if name in current else 0
        b = earlier[name].findings if name in earlier else 0
        body.append((name, str(a), percent(a, now.findings), str(b), percent(b, before.findings), f"{a - b:+d}"))
    return Table((Column("一级分类", 4.0), Column("本轮", 0.8, "right"), Column("本轮占比", 0.9, "right"),
                  Column("上一轮", 0.8, "right"), Column("上一轮占比", 0.9, "right"), Column("增减", 0.7, "right")),
                 body, total=("合计", str(now.findings), "", str(before.findings), "",
                              f"{now.findings - before.findings:+d}"))


# ---- 问题清单 ----


def findings_list(ctx: Context) -> Document:
    stats = without_clues(team_statistics(ctx.ws, ctx.round.id))
    doc = ctx.document("findings", "C2", PageSize.A3_LANDSCAPE)
    lines = finding_lines(ctx.ws, ctx.round.id)
    doc.add(Paragraph(summary_sentence(stats, CHINESE), emphasis=True),
            Paragraph(f"共列出问题{len(lines)}个，按巡察组和问题编号排列；已撤回的问题未列入。", small=True))
    doc.add(Table((Column("序号", 0.5, "right"), Column("问题编号", 1.7), Column("被巡察单位", 1.5),
                   Column("问题标题", 2.6), Column("问题表现", 5.2), Column("问题类别", 2.2), Column("问题来源", 0.9),
                   Column("涉及金额(万元)", 1.0, "right"), Column("重点", 0.5, "center"), Column("状态", 0.8)),
                  [(str(n), line.code, line.org_name, line.title, line.description,
                    "／".join(part for part in (line.category_l1, line.category_l2) if part),
                    vocabulary_label(SourceMethod, line.source_method) if line.source_method else "",
                    wan(line.amount), "是" if line.is_key else "", vocabulary_label(FindingStatus, line.status))
                   for n, line in enumerate(lines, 1)],
                  total=("", "合计", f"{len(lines)}个", "", "", "", "", wan(stats.amount) or "0.00", "", "")))
    doc.rows = len(lines)
    return doc


# ---- 整改台账 ----


def rectification_ledger(ctx: Context) -> Document:
    doc = ctx.document("rectification", "C1", PageSize.A3_LANDSCAPE)
    rect = rectification_figures(ctx.ws, ctx.round.id, ctx.today)
    lines = rectification_lines(ctx.ws, ctx.round.id)
    doc.add(*[block for block in rectification_section(rect) if not isinstance(block, Table)])
    if lines:
        doc.add(Table((Column("序号", 0.5, "right"), Column("问题编号", 1.6), Column("被巡察单位", 1.4),
                       Column("反馈问题", 3.4), Column("整改目标", 2.0), Column("整改措施", 3.0),
                       Column("整改类型", 0.9),
                       Column("责任领导", 0.8), Column("牵头单位", 1.2), Column("完成时限", 1.0),
                       Column("整改状态", 1.0), Column("整改进展", 2.0), Column("挽回金额(万元)", 0.9, "right"),
                       Column("销号", 0.5, "center")),
                      [(str(n), line.code, line.org_name, line.problem_text, line.target or "", line.measures or "",
                        vocabulary_label(RectType, line.rect_type), line.responsible_leader or "",
                        line.lead_unit or "", f"{line.deadline:%Y-%m-%d}" if line.deadline else "",
                        vocabulary_label(RectStatus, line.status), line.progress_text or "",
                        wan(line.amount_recovered), "是" if line.closed else "")
                       for n, line in enumerate(lines, 1)]))
    doc.rows = len(lines)
    return doc


# ---- 问题线索移交清单 (C3) ----


def clue_handover(ctx: Context) -> Document:
    lines = clue_lines(ctx.ws, ctx.round.id)  # refuses a session without the clue key
    doc = ctx.document("clue-handover", "C3", PageSize.A3_LANDSCAPE)
    doc.add(Paragraph(f"本轮巡察移交问题线索共{len(lines)}条。本清单仅限线索知悉人员阅办，不得复制、转发。",
                      emphasis=True))
    doc.add(Table((Column("序号", 0.5, "right"), Column("线索编号", 1.8), Column("被巡察单位", 1.5),
                   Column("被反映人", 0.9), Column("职务", 1.6), Column("干部管理权限", 1.0), Column("问题线索", 2.4),
                   Column("主要问题", 4.2), Column("六项纪律", 1.2), Column("线索来源", 0.9),
                   Column("拟移交单位", 1.2), Column("移交方式", 0.8), Column("受理时间", 1.0),
                   Column("反馈期限", 1.0)),
                  [(str(n), line.clue_no, line.org_name, line.reflected_person_name, line.reflected_person_post or "",
                    vocabulary_label(CadreLevel, line.reflected_person_level) if line.reflected_person_level else "",
                    line.clue_name, line.problem_text,
                    "、".join(vocabulary_label(Discipline, code) for code in line.discipline),
                    vocabulary_label(SourceMethod, line.clue_source) if line.clue_source else "",
                    vocabulary_label(Receiver, line.proposed_receiver) if line.proposed_receiver else "",
                    vocabulary_label(HandoverMode, line.handover_mode) if line.handover_mode else "",
                    f"{line.accepted_at:%Y-%m-%d}" if line.accepted_at else "",
                    f"{line.feedback_due:%Y-%m-%d}" if line.feedback_due else "")
                   for n, line in enumerate(lines, 1)]))
    doc.add(Signatures(("移交人（签字）", "接收人（签字）", "移交时间")))
    doc.rows = len(lines)
    return doc


BUILDERS = {"round-summary": round_summary, "findings": findings_list, "rectification": rectification_ledger,
            "clue-handover": clue_handover}
MODE_NAMES = {mode.value: mode.zh for mode in InspectionType}
