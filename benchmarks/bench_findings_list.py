"""The findings list at HQ size: first paint, a filter, Chinese full-text search, sorting, and the memory of
the list after scrolling it end to end, each timed through the list's model against the bare SQL.

``findings_list``: N findings (100,000 by default) with varied Chinese text in an encrypted workspace, written
with Core ``executemany`` (the FTS5 triggers fill the index as they would for any write). Each interaction
is the median of a few runs of (a) the window's path: FindingsModel asks for the id list (ORM session,
services.queries.findings) and shows the first screen of rows, and (b) the same two SELECTs executed bare
on a connection of the same engine. First paint is progressive (ui/item_models/findings.py): the head of the
id list (LIMIT, a top-N sort) and the count first, timed as "first paint"; the whole id list the worker asks
for next is timed on its own line against the same bare SELECT without LIMIT.
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import func, select

from benchmarks.harness import Options, benchmark, median, rate, row
from benchmarks.workload import RawInserter, finding_row, new_workspace
from models.entities import Assignment, Finding, InspectedOrg, InspectionRound, InspectionTeam, TaxonomyNode
from models.enums import FindingStatus, InspectionType, OrgLevel
from models.search import finding_search_key
from services.queries.findings import FindingFilter, finding_ids_query, finding_rows_query
from services.taxonomy import install_default_taxonomy
from services.workspace import WorkspaceSession
from ui.item_models.findings import HEAD_ROWS, FindingsModel

SUBJECTS = ("专项资金", "公务接待", "工程项目", "惠民补贴", "村集体资金", "公务用车", "会议费", "差旅费", "党费",
            "办公用房", "津补贴", "政府采购", "扶贫资金", "培训费", "国有资产", "中介服务", "耕地保护补贴", "低保")
PROBLEMS = ("管理不规范", "发放把关不严", "未按规定招标", "超标准列支", "收缴不及时", "未经集体决策", "滞留闲置",
            "审核把关不严", "台账不清", "变相发放")
SENTENCES = (
    "经查阅{year}年会计凭证，发现{subject}使用中存在白条入账{n}笔。",
    "{unit}未按规定召开党组会议研究{subject}事项，由{name}个人决定。",
    "抽查{n}份合同，其中{m}份未经法律审核，涉及金额{amount}万元。",
    "群众反映强烈，信访件中有{n}件涉及{subject}问题。",
    "{name}作为经办人，未严格核对申报材料，导致{m}户不符合条件的对象领取{subject}。",
    "相关制度长期未修订，内控机制缺失，{subject}审批流于形式。",
    "{year}年以来大额现金支付{n}笔，未执行公务卡结算规定。",
    "村务公开不及时，{subject}收支未按季度公示。",
    "工程结算未经审计即支付尾款{amount}万元。",
    "谈话中{n}名干部反映{subject}分配不公、优亲厚友。",
)
BASES = ("《中国共产党纪律处分条例》第一百零四条", "《财政违法行为处罚处分条例》第六条",
         "《中华人民共和国招标投标法》第三条", "《党政机关厉行节约反对浪费条例》", "《中国共产党问责条例》第七条",
         "《村级财务管理规范》")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ("建国", "海燕", "志明", "国庆", "秀英", "丽华", "明", "强", "军", "伟", "芳", "娜", "敏", "静", "磊", "洋",
         "勇", "艳", "杰", "涛", "超", "平", "刚", "桂英", "玉兰", "文华", "子墨", "晓东", "春梅", "红霞")
STATUSES = [s.value for s in FindingStatus]
LEVELS = (OrgLevel.MUNICIPAL_UNIT, OrgLevel.TOWNSHIP, OrgLevel.VILLAGE)
VISIBLE_ROWS = 25  # rows on the first screen at 1366x768


@dataclass
class Interaction:
    label: str
    matched: int
    model_s: float
    bare_s: float

    @property
    def ratio(self) -> float:
        return self.model_s / self.bare_s if self.bare_s > 0 else float("nan")


@dataclass
class FindingsListResult:
    name: str
    rows: int
    build_s: float
    indexed: int
    runs: int
    interactions: list[Interaction] = field(default_factory=list)
    scroll_s: float = 0.0
    pages: int = 0
    memory_current: int = 0
    memory_peak: int = 0
    ids_bytes: int = 0

    def lines(self) -> list[str]:
        out = [
            row("rows", f"{self.rows:,} findings, {self.indexed:,} in the FTS index; build {self.build_s:.1f} s "
                        f"({rate(self.rows, self.build_s)}, triggers included)"),
            row("timings", f"median of {self.runs}; model = ids via the ORM + reset + first {VISIBLE_ROWS} rows; "
                           "bare = the same two SELECTs on a connection"),
        ]
        for item in self.interactions:
            out.append(row(f"{item.label} ({item.matched:,})",
                           f"{item.model_s * 1000:7.1f} ms  bare {item.bare_s * 1000:7.1f} ms  "
                           f"RATIO {item.ratio:4.2f}x"))
        worst = max(self.interactions, key=lambda item: item.model_s)
        out += [
            row("slowest interaction", f"{worst.label}: {worst.model_s * 1000:.1f} ms (aim: under 100 ms)"),
            row("highest model / bare", f"{max(i.ratio for i in self.interactions):.2f}x (aim: under 1.5x)"),
            row("scroll end to end", f"{self.scroll_s:.2f} s for {self.rows:,} rows, {self.pages:,} page queries "
                                     f"({self.scroll_s / max(self.pages, 1) * 1000:.1f} ms a page of rows)"),
            row("memory after scrolling (tracemalloc)",
                f"{self.memory_current / 2**20:.1f} MiB held, peak {self.memory_peak / 2**20:.1f} MiB "
                f"(the id list alone ~{self.ids_bytes / 2**20:.1f} MiB)"),
        ]
        return out


def _parents(ws: WorkspaceSession) -> tuple[str, list[tuple[str, str]], list[TaxonomyNode]]:
    """A round, team 2, 30 units of three levels with their assignments, and the default taxonomy."""
    with ws.write() as tx:
        nodes = install_default_taxonomy(tx)
        rnd = InspectionRound(term_no=13, year=2026, round_no=3, title="十三届市委第三轮巡察", modes=[])
        tx.insert(rnd)
        team = InspectionTeam(round_id=rnd.id, team_no=2, name="市委第二巡察组")
        tx.insert(team)
        pairs = []
        for n in range(30):
            level = LEVELS[n % len(LEVELS)]
            org = InspectedOrg(name=f"{'市第' if level is OrgLevel.MUNICIPAL_UNIT else '青山'}{n + 1}号"
                                    f"{ {OrgLevel.MUNICIPAL_UNIT: '局', OrgLevel.TOWNSHIP: '镇'}.get(level, '村')}",
                               level=level.value, village_profile={})
            tx.insert(org)
            assignment = Assignment(round_id=rnd.id, team_id=team.id, org_id=org.id,
                                    inspection_type=InspectionType.ROUTINE.value, member_ids=[])
            tx.insert(assignment, scope_team_id=team.id)
            pairs.append((org.id, assignment.id))
    categories = [node for node in nodes.values() if node.kind == "category" and node.level == 2]
    return team.id, pairs, categories


def _content(i: int, rng: random.Random, pairs: list[tuple[str, str]], categories: list[TaxonomyNode],
             names: dict[str, str]) -> dict[str, Any]:
    subject = rng.choice(SUBJECTS)
    org_id, assignment_id = pairs[i % len(pairs)]
    people = [rng.choice(SURNAMES) + rng.choice(GIVEN) for _ in range(2)]
    values = {"year": rng.choice((2023, 2024, 2025)), "subject": subject, "n": rng.randint(2, 40),
              "m": rng.randint(1, 9), "amount": f"{rng.uniform(0.5, 300):.2f}", "name": people[0], "unit": "该单位"}
    description = "".join(s.format(**values) for s in rng.sample(SENTENCES, 3))
    node = categories[i % len(categories)]
    amount = Decimal(rng.randint(0, 3_000_000)) / 100 if rng.random() < 0.6 else None
    return {
        "title": f"{subject}{rng.choice(PROBLEMS)}问题", "description": description, "legal_basis": rng.choice(BASES),
        "persons_involved": [{"name": people[0], "post": "负责人"}, {"name": people[1], "post": "经办人"}],
        "org_id": org_id, "assignment_id": assignment_id, "category_id": node.id,
        "category_l1": names.get(node.parent_id or "", ""), "category_l2": node.name,
        "status": STATUSES[i % len(STATUSES)], "amount_involved": amount, "is_key": rng.random() < 0.15,
        "is_common": rng.random() < 0.1, "immediate_fix": rng.random() < 0.08,
        "discovered_at": date(2026, 3 + i % 3, 1 + i % 28), "discipline_tags": [rng.choice(("integrity", "work"))],
        "other_tags": [subject] if subject in ("专项资金", "中介服务") else [],
    }


def build(ws: WorkspaceSession, rows: int, batch: int) -> float:
    start = time.perf_counter()
    team_id, pairs, categories = _parents(ws)
    with ws.read() as session:
        names = dict(session.execute(select(TaxonomyNode.id, TaxonomyNode.name)).all())
    rng = random.Random(2026)
    inserter = RawInserter(Finding.__table__, ws.engine)  # type: ignore[arg-type]
    fake_parents = type("P", (), {"assignment_id": "", "org_id": "", "team_id": team_id})()
    for first in range(0, rows, batch):
        now = datetime.now(UTC).replace(tzinfo=None)
        chunk = []
        for i in range(first, min(first + batch, rows)):
            record = finding_row(i + 1, fake_parents, ws.actor.user_id, ws.device_id, now)  # type: ignore[arg-type]
            record.update(_content(i, rng, pairs, categories, names))
            chunk.append(record)
        inserter.insert(ws.engine, chunk)
    return time.perf_counter() - start


def _first_screen(model: FindingsModel) -> None:
    for r in range(min(VISIBLE_ROWS, model.rowCount())):
        for c in range(7):
            model.data(model.index(r, c))


def _first_paint(ws: WorkspaceSession) -> int:
    """The list shown for the first time, as the area does it: a new model asks for the head of the list (one
    page of ids, a top-N sort) and the total, shows the first screen's rows; the whole list comes after."""
    model = FindingsModel(ws)
    model.apply(model.query(limit=HEAD_ROWS)())
    _first_screen(model)
    return model.total


def _whole_list(ws: WorkspaceSession) -> int:
    """The old first paint, now the worker's second answer: every id, then the first screen's rows."""
    model = FindingsModel(ws)
    model.reload()
    _first_screen(model)
    return model.rowCount()


def _model_path(model: FindingsModel, wanted: FindingFilter, column: int, descending: bool) -> int:
    """A change in the shown list (its total known): the new id list, then the first screen's rows."""
    model.sort_column = column
    model.sort_order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.apply(model.query(wanted, known_total=model.total)())
    _first_screen(model)
    return model.rowCount()


def _bare_path(ws: WorkspaceSession, wanted: FindingFilter, sort: str, descending: bool) -> int:
    with ws.engine.connect() as conn:
        ids = list(conn.execute(finding_ids_query(wanted, sort, descending)).scalars())
        if ids:
            conn.execute(finding_rows_query(ids[:200])).all()
    return len(ids)


def _bare_head(ws: WorkspaceSession) -> int:
    """The first paint's SQL bare: the head of the ids (LIMIT), the count, the first page of rows."""
    with ws.engine.connect() as conn:
        ids = list(conn.execute(finding_ids_query(FindingFilter(), "code", False).limit(HEAD_ROWS)).scalars())
        total = int(conn.execute(select(func.count()).select_from(finding_search_key)).scalar() or 0)
        if ids:
            conn.execute(finding_rows_query(ids[:200])).all()
    return total


def _timed(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return median(times), result


def _scroll_through(model: FindingsModel) -> None:
    for r in range(model.rowCount()):
        model.data(model.index(r, 1))
        model.data(model.index(r, 4))


def _scroll(ws: WorkspaceSession) -> tuple[float, int, int, int, int]:
    """Seconds to scroll end to end (every row's title and status) and pages fetched, untraced; then the same
    under tracemalloc for the memory the list holds afterwards, its peak, and the id list's share."""
    model = FindingsModel(ws)
    model.reload()
    start = time.perf_counter()
    _scroll_through(model)
    seconds, pages = time.perf_counter() - start, model.pages_fetched
    del model
    tracemalloc.start()
    model = FindingsModel(ws)
    model.reload()
    ids_bytes = tracemalloc.get_traced_memory()[0]
    _scroll_through(model)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, pages, current, peak, ids_bytes


@benchmark("findings_list")
def findings_list(options: Options) -> FindingsListResult:
    QCoreApplication.instance() or QCoreApplication([])
    ws = new_workspace(options.workdir / "list")
    try:
        build_s = build(ws, options.rows, options.batch)
        with ws.read() as session:
            indexed = int(session.scalar(select(func.count()).select_from(finding_search_key)) or 0)
            org = session.scalars(select(InspectedOrg.id).order_by(InspectedOrg.name)).first()
        runs = 3 if options.quick else 5
        cases: list[tuple[str, FindingFilter, int, bool]] = [
            ("first paint (all, by code)", FindingFilter(), 0, False),
            ("sort by amount, descending", FindingFilter(), 5, True),
            ("filter: status + key problems", FindingFilter(statuses=("rectifying",), is_key=True), 0, False),
            ("filter: one unit", FindingFilter(org_ids=(org or "",)), 0, False),
            ("filter: unit level + amount", FindingFilter(org_level="village", amount_min=Decimal(100)), 0, False),
            ("search 4 chars 专项资金", FindingFilter(search="专项资金"), 0, False),
            ("search 3 chars, a name 王子墨", FindingFilter(search="王子墨"), 0, False),
            ("search 3+ chars, two terms", FindingFilter(search="白条入账 专项资金"), 0, False),
            ("search 2 chars 补贴 (fallback)", FindingFilter(search="补贴"), 0, False),
            ("search 2 chars + filter", FindingFilter(search="补贴", statuses=("draft",)), 0, False),
        ]
        result = FindingsListResult("findings_list", options.rows, build_s, indexed, runs)
        shown = FindingsModel(ws)
        shown.reload()
        for label, wanted, column, descending in cases:
            sort = ("code", "title", "org", "category", "status", "amount", "discovered_at")[column]
            if wanted.is_empty and column == 0:
                _first_paint(ws)  # warm SQLite's page cache once, as for every case
                model_s, matched = _timed(lambda: _first_paint(ws), runs)
                bare_s, bare_matched = _timed(lambda: _bare_head(ws), runs)
                assert matched == bare_matched, (label, matched, bare_matched)
                result.interactions.append(Interaction(label, matched, model_s, bare_s))
                label = "whole id list after it (worker)"
                model_s, matched = _timed(lambda: _whole_list(ws), runs)
            else:
                _model_path(shown, wanted, column, descending)
                model_s, matched = _timed(lambda w=wanted, c=column, d=descending: _model_path(shown, w, c, d), runs)
            bare_s, bare_matched = _timed(lambda w=wanted, s=sort, d=descending: _bare_path(ws, w, s, d), runs)
            assert matched == bare_matched, (label, matched, bare_matched)
            result.interactions.append(Interaction(label, matched, model_s, bare_s))
        result.scroll_s, result.pages, result.memory_current, result.memory_peak, result.ids_bytes = _scroll(ws)
        return result
    finally:
        ws.lock()
