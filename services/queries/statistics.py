"""The team's (or the office's) figures: counts by unit, category, status, source and org level, exact amounts,
and the summary sentence the office reports ("对12个单位开展常规巡察，发现问题398个、问题线索18条；对1个乡镇、9个村
开展提级巡察，发现问题172个、问题线索8条。").

Clue figures exist only for a session holding the clue key: for anyone else this module never names the clue
table in a query, and every clue field stays None. Withdrawn findings (已撤回) are shown in the status table
but are not counted as problems found. Amounts are summed as integer 分 and returned as exact Decimal 万元.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import BigInteger, Select, select, type_coerce
from sqlalchemy.orm import Session

from models.base import WanYuan
from models.entities import Assignment, Clue, Finding, InspectedOrg, InspectionRound, InspectionTeam, TaxonomyNode
from models.enums import FindingStatus, InspectionType, OrgLevel, WorkspaceKind
from services.phrasing import FormatParams
from services.workspace import WorkspaceSession

NONE_KEY = ""  # the row of findings that have no value in a dimension (no category, no source method)
MODE_ORDER = [str(mode) for mode in InspectionType]
# How the sentence names the inspected objects: 乡镇, 村 and 社区 by name, every other level as 单位.
OBJECT_GROUPS = {OrgLevel.TOWNSHIP.value: "township", OrgLevel.VILLAGE.value: "village",
                 OrgLevel.COMMUNITY.value: "community"}
OBJECT_ORDER = ("unit", "township", "village", "community")


@dataclass
class FindingFigures:
    units_inspected: int = 0
    findings: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    amount_total: Decimal = Decimal(0)


@dataclass
class Tally:
    """One row of a dimension: ``key`` is an id or a vocabulary code (NONE_KEY: not filled in); ``name`` the
    wording for ids (orgs, categories), empty for codes (the faces word those in their language)."""

    key: str
    name: str = ""
    findings: int = 0
    amount: Decimal = Decimal(0)
    clues: int | None = None
    level: str = ""  # orgs only: the org's level code
    parent: str = ""  # L2 categories only: the key of their L1 row


@dataclass
class ModeFigures:
    """One inspection type (常规, 提级 ...): how many objects of each kind, problems and clues."""

    inspection_type: str
    objects: dict[str, int]  # "unit" / "township" / "village" / "community" -> count
    findings: int = 0
    clues: int | None = None


@dataclass
class TeamStatistics:
    clue_access: bool
    rounds: list[tuple[str, str]]  # (id, title) of the rounds counted
    modes: list[ModeFigures]
    orgs: int = 0
    findings: int = 0
    withdrawn: int = 0
    clues: int | None = None
    amount: Decimal = Decimal(0)
    dimensions: dict[str, list[Tally]] = field(default_factory=dict)

    @property
    def has_villages(self) -> bool:
        return any(mode.objects.get("village") or mode.objects.get("community") for mode in self.modes)


DIMENSIONS = ("org", "category_l1", "category_l2", "status", "source_method", "org_level", "team")


def finding_figures(ws: WorkspaceSession) -> FindingFigures:
    """Units with a live assignment, findings by status and the total amount involved (万元)."""
    stats = team_statistics(ws)
    statuses = stats.dimensions["status"]
    return FindingFigures(units_inspected=stats.orgs, findings=stats.findings + stats.withdrawn,
                          by_status={t.key: t.findings for t in statuses if t.findings},
                          amount_total=sum((t.amount for t in statuses), Decimal(0)))


def _wan(fen: int) -> Decimal:
    return Decimal(fen) / WanYuan.FEN_PER_WAN


def _scoped(ws: WorkspaceSession, query: Select, round_id: str | None) -> Select:  # type: ignore[type-arg]
    """Live assignments of this workspace (a team sees its own team's only), of one round when asked."""
    query = query.where(Assignment.is_deleted.is_(False))
    if ws.kind is WorkspaceKind.TEAM:
        query = query.where(InspectionTeam.team_no == ws.team_no)
    if round_id is not None:
        query = query.where(Assignment.round_id == round_id)
    return query


def statistics_rounds(ws: WorkspaceSession) -> list[tuple[str, str]]:
    """The rounds this workspace has assignments in, newest first: (id, title)."""
    query = _scoped(ws, select(InspectionRound.id, InspectionRound.title).distinct()
                    .join(Assignment, Assignment.round_id == InspectionRound.id)
                    .join(InspectionTeam, InspectionTeam.id == Assignment.team_id), None)
    with ws.read() as session:
        rows = session.execute(query.order_by(InspectionRound.year.desc(), InspectionRound.round_no.desc())).all()
    return [(str(row_id), str(title)) for row_id, title in rows]


def _category_paths(session: Session) -> dict[str, list[TaxonomyNode]]:
    """Each category node's chain from its root (L1) down to itself."""
    nodes = {node.id: node for node in session.scalars(select(TaxonomyNode).where(TaxonomyNode.kind == "category"))}
    paths: dict[str, list[TaxonomyNode]] = {}
    for node in nodes.values():
        chain: list[TaxonomyNode] = []
        current: TaxonomyNode | None = node
        while current is not None and len(chain) < 5:
            chain.append(current)
            current = nodes.get(current.parent_id) if current.parent_id else None
        paths[node.id] = list(reversed(chain))
    return paths


class _Board:
    """Tallies being counted, per dimension, in first-seen order."""

    def __init__(self, clue_access: bool) -> None:
        self.clue_access = clue_access
        self.rows: dict[str, dict[str, Tally]] = {name: {} for name in DIMENSIONS}

    def row(self, dimension: str, key: str, name: str = "", level: str = "", parent: str = "") -> Tally:
        rows = self.rows[dimension]
        if key not in rows:
            rows[key] = Tally(key, name, clues=0 if self.clue_access and dimension == "org" else None, level=level,
                              parent=parent)
        return rows[key]

    def add(self, dimension: str, key: str, fen: int, name: str = "", parent: str = "") -> None:
        tally = self.row(dimension, key, name=name, parent=parent)
        tally.findings += 1
        tally.amount += _wan(fen)


def team_statistics(ws: WorkspaceSession, round_id: str | None = None) -> TeamStatistics:
    """Everything the statistics area and ``stats`` show, for this workspace's scope (one round, or all)."""
    scope_join = (InspectionTeam, InspectionTeam.id == Assignment.team_id)
    board = _Board(ws.can_read_clues)
    with ws.read() as session:
        assignments = session.execute(_scoped(ws, select(
            Assignment.inspection_type, InspectedOrg.id, InspectedOrg.name, InspectedOrg.level, InspectionTeam.team_no)
            .join(InspectedOrg, InspectedOrg.id == Assignment.org_id).join(*scope_join), round_id)
            .order_by(InspectionTeam.team_no, InspectedOrg.level, InspectedOrg.name)).all()
        findings = session.execute(_scoped(ws, select(
            Finding.org_id, Finding.category_id, Finding.category_l1, Finding.category_l2, Finding.status,
            Finding.source_method, type_coerce(Finding.amount_involved, BigInteger), Assignment.inspection_type,
            InspectedOrg.level, InspectionTeam.team_no)
            .join(Assignment, Assignment.id == Finding.assignment_id).join(*scope_join)
            .join(InspectedOrg, InspectedOrg.id == Finding.org_id).where(Finding.is_deleted.is_(False)), round_id)
            .order_by(Finding.seq_no)).all()
        paths = _category_paths(session)
        clues: list[tuple[str, str]] = []
        if ws.can_read_clues:  # the only query that names the compartment, and only with the clue key
            clues = [(str(org), str(mode)) for org, mode in session.execute(_scoped(ws, select(
                Clue.org_id, Assignment.inspection_type).join(Assignment, Assignment.id == Clue.assignment_id)
                .join(*scope_join).where(Clue.is_deleted.is_(False)), round_id))]
    rounds = statistics_rounds(ws) if round_id is None else [r for r in statistics_rounds(ws) if r[0] == round_id]

    objects: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for mode, org_id, name, level, team_no in assignments:
        objects[mode][OBJECT_GROUPS.get(level, "unit")].add(org_id)
        board.row("org", org_id, name=name, level=level)
        board.row("team", str(team_no))
    for status in FindingStatus:
        board.row("status", str(status))
    mode_findings: Counter[str] = Counter()
    stats = TeamStatistics(clue_access=ws.can_read_clues, rounds=rounds, modes=[],
                           orgs=len({org_id for _, org_id, *_ in assignments}))
    for org_id, category_id, l1, l2, status, source, fen, mode, level, team_no in findings:
        fen = int(fen or 0)
        board.add("status", status, fen)
        if status == FindingStatus.WITHDRAWN.value:
            stats.withdrawn += 1
            continue
        stats.findings += 1
        stats.amount += _wan(fen)
        mode_findings[mode] += 1
        board.add("org", org_id, fen)
        board.add("source_method", source or NONE_KEY, fen)
        board.add("org_level", level, fen)
        board.add("team", str(team_no), fen)
        chain = paths.get(category_id or "", [])
        first = (chain[0].id, chain[0].name) if chain else (f"text:{l1}" if l1 else NONE_KEY, l1 or "")
        board.add("category_l1", first[0], fen, name=first[1])
        if len(chain) > 1:
            board.add("category_l2", chain[1].id, fen, name=chain[1].name, parent=first[0])
        elif l2:
            board.add("category_l2", f"text:{l1}/{l2}", fen, name=l2, parent=first[0])
    mode_clues: Counter[str] = Counter()
    for org_id, mode in clues:
        board.row("org", org_id).clues = (board.row("org", org_id).clues or 0) + 1
        mode_clues[mode] += 1
    for mode in sorted(set(objects) | set(mode_findings), key=lambda m: [*MODE_ORDER, m].index(m)):
        counted = {group: len(objects[mode][group]) for group in OBJECT_ORDER if objects[mode][group]}
        stats.modes.append(ModeFigures(mode, counted, mode_findings[mode],
                                       mode_clues[mode] if ws.can_read_clues else None))
    if ws.can_read_clues:
        stats.clues = len(clues)
    stats.dimensions = {name: list(rows.values()) for name, rows in board.rows.items()}
    for name in ("category_l1", "category_l2", "source_method", "org_level"):
        stats.dimensions[name].sort(key=lambda t: (t.key == NONE_KEY, -t.findings))
    if len(stats.dimensions["team"]) < 2:
        stats.dimensions["team"] = []
    return stats


# ---- the summary sentence: one algorithm, phrase tables in each face ----


@dataclass(frozen=True)
class SummaryPhrases:
    """One face's wording of the summary sentence (placeholders in braces)."""

    objects: Mapping[str, str]  # "unit" -> "{n}个单位", "township" -> "{n}个乡镇", ...
    mode_name: Callable[[str], str]  # InspectionType code -> "常规巡察"
    mode_part: str  # "对{objects}开展{mode}"
    found: str  # "发现问题{findings}个"
    found_with_clues: str  # "发现问题{findings}个、问题线索{clues}条"
    mode_found: str  # "{part}，{found}": one inspection type with what it found
    sentence: str  # "{modes}。"
    nothing: str  # "尚未安排被巡察单位，{found}。"
    list_separator: str = "、"
    mode_separator: str = "；"


def summary_sentence(stats: TeamStatistics, book: SummaryPhrases) -> str:
    """The round as the office reports it, one part per inspection type with what that type found:
    "对12个单位开展常规巡察，发现问题398个、问题线索18条；对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。"
    The clue figures only when ``stats`` holds them (clue roles)."""

    def found(findings: int, clues: int | None) -> str:
        if clues is None or not stats.clue_access:
            return book.found.format_map(FormatParams(findings=findings))
        return book.found_with_clues.format_map(FormatParams(findings=findings, clues=clues))

    modes = [mode for mode in stats.modes if mode.objects]
    if not modes:
        return book.nothing.format_map(FormatParams(found=found(stats.findings, stats.clues)))
    parts = []
    for mode in modes:
        objects = book.list_separator.join(book.objects[group].format_map(FormatParams(n=count))
                                           for group, count in mode.objects.items())
        part = book.mode_part.format_map(FormatParams(objects=objects, mode=book.mode_name(mode.inspection_type)))
        parts.append(book.mode_found.format_map(FormatParams(part=part, found=found(mode.findings, mode.clues))))
    return book.sentence.format_map(FormatParams(modes=book.mode_separator.join(parts)))


CHINESE = SummaryPhrases(
    objects={"unit": "{n}个单位", "township": "{n}个乡镇", "village": "{n}个村", "community": "{n}个社区"},
    mode_name=lambda code: InspectionType(code).zh if code in MODE_ORDER else code,
    mode_part="对{objects}开展{mode}", found="发现问题{findings}个",
    found_with_clues="发现问题{findings}个、问题线索{clues}条", mode_found="{part}，{found}", sentence="{modes}。",
    nothing="尚未安排被巡察单位，{found}。",
)
