"""The charts of the statistics page and of the reports, as data: one bar per row of a statistics dimension, its
value and its share of the whole (the sum of the chart's values), so 8 % of the problems is drawn 8 % long.

Built from services/queries/statistics.team_statistics (and the rectification figures), never counted again: the
charts show exactly the statistics' numbers. Labels are the Chinese wording of the reports; the window relabels
the bars in its own language by their keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from models.enums import FindingStatus, InspectionType, OrgLevel, RectStatus, SourceMethod, Vocabulary
from services.queries.statistics import NONE_KEY, Tally, TeamStatistics
from services.reports.document import Bar, BarChart
from services.reports.sources import RectificationFigures

VOCABULARIES: dict[str, type[Vocabulary]] = {"status": FindingStatus, "source_method": SourceMethod,
                                             "org_level": OrgLevel}
CHART_TITLES = {
    "org": "各被巡察单位发现问题数", "category_l1": "各类别问题数（一级分类）",
    "category_l2": "各类别问题数（二级分类）",
    "mode": "常规巡察与提级巡察发现问题数", "rectification": "整改进展（整改任务数）", "status": "问题状态",
    "source_method": "问题来源", "org_level": "各层级单位问题数", "team": "各巡察组发现问题数",
}


def vocabulary_label(vocabulary: type[Vocabulary], code: str) -> str:
    try:
        return str(vocabulary(code).zh)
    except ValueError:
        return code


def tally_label(dimension: str, tally: Tally) -> str:
    """A statistics row in the reports' Chinese: 未分类 / 未填写, 第2组, the vocabulary's wording, or the name."""
    if tally.key == NONE_KEY:
        return "未分类" if dimension.startswith("category") else "未填写"
    if dimension == "team":
        return f"第{tally.key}组"
    if dimension in VOCABULARIES:
        return vocabulary_label(VOCABULARIES[dimension], tally.key)
    return tally.name or tally.key


def bars(rows: Iterable[tuple[str, str, int, str]]) -> tuple[tuple[Bar, ...], int]:
    """(key, label, value, note) rows as bars, each with its share of the rows' total."""
    listed = list(rows)
    total = sum(value for _, _, value, _ in listed)
    return tuple(Bar(key, label, value, value / total if total else 0.0, note)
                 for key, label, value, note in listed), total


def _amount_note(amount: Decimal) -> str:
    return f"{amount:,.2f}万元" if amount else ""


def dimension_chart(stats: TeamStatistics, dimension: str, *, with_amounts: bool = False) -> BarChart:
    """One statistics dimension as a chart, in the statistics' order (rows without a problem left out)."""
    made, total = bars((tally.key, tally_label(dimension, tally), tally.findings,
                        _amount_note(tally.amount) if with_amounts else "")
                       for tally in stats.dimensions.get(dimension, []) if tally.findings)
    return BarChart(dimension, CHART_TITLES[dimension], made, total)


def mode_chart(stats: TeamStatistics) -> BarChart:
    """Problems per inspection type: 常规巡察 against 提级巡察 (and any other type the round used)."""
    made, total = bars((mode.inspection_type, vocabulary_label(InspectionType, mode.inspection_type), mode.findings,
                        "") for mode in stats.modes if mode.objects or mode.findings)
    return BarChart("mode", CHART_TITLES["mode"], made, total)


def rectification_chart(figures: RectificationFigures) -> BarChart:
    """Ledger lines per rectification status, in the vocabulary's order (statuses without a line left out)."""
    made, total = bars((code, vocabulary_label(RectStatus, code), count, "")
                       for code, count in figures.by_status.items() if count)
    return BarChart("rectification", CHART_TITLES["rectification"], made, total, unit="项")


def statistics_charts(stats: TeamStatistics, rectification: RectificationFigures | None = None) -> list[BarChart]:
    """The statistics page's charts: by unit, by category, routine against upgraded, and the rectification
    progress when the ledger has lines."""
    charts = [dimension_chart(stats, "org"), dimension_chart(stats, "category_l1"), mode_chart(stats)]
    if rectification is not None and rectification.items:
        charts.append(rectification_chart(rectification))
    return charts
