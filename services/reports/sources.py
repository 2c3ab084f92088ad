"""What the reports read that the statistics do not already give: the round itself and the one before it, the
problems and ledger lines of a round, the tags, the rectification figures, and (clue roles only) the clues.

Every query is scoped like services/queries/statistics.py: live assignments of this workspace (a team sees its own
team's only) in one round. Only ``clue_lines`` names the clue compartment, and it refuses a session without the
clue key before any query.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Select, and_, select, type_coerce
from sqlalchemy.orm import aliased

from models.base import WanYuan
from models.entities import (
    Assignment,
    Clue,
    ClueHandover,
    Finding,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    RectificationFlag,
    RectificationItem,
    TaxonomyNode,
)
from models.enums import FindingStatus, RectStatus, WorkspaceKind
from services.clues import require_clue_access
from services.errors import FieldProblem, InvalidFieldsError
from services.finding_scope import scheme_names
from services.planning.lookup import find_round
from services.queries.statistics import statistics_rounds
from services.workspace import WorkspaceSession

FINISHED = (RectStatus.DONE.value, RectStatus.CLOSED_OUT.value)  # 已完成, 已销号: counted as completed


@dataclass(frozen=True)
class RoundInfo:
    id: str
    title: str
    term_no: int
    year: int
    round_no: int
    theme: str | None
    start: date | None
    end: date | None


def _scoped(ws: WorkspaceSession, query: Select, round_id: str | None) -> Select:  # type: ignore[type-arg]
    """Live assignments of this workspace (a team: its own team's), of one round (None: every round)."""
    query = query.where(Assignment.is_deleted.is_(False))
    if round_id is not None:
        query = query.where(Assignment.round_id == round_id)
    if ws.kind is WorkspaceKind.TEAM:
        query = query.where(InspectionTeam.team_no == ws.team_no)
    return query


def _info(round_: InspectionRound) -> RoundInfo:
    return RoundInfo(round_.id, round_.title, round_.term_no, round_.year, round_.round_no, round_.theme,
                     round_.start_date, round_.end_date)


def resolve_round(ws: WorkspaceSession, ref: str | None) -> RoundInfo:
    """The round ``ref`` names (id or title, services/planning/lookup.find_round), or without one the newest round
    this workspace has units in. InvalidFieldsError (``round_id``) when there is none."""
    with ws.read() as session:
        if ref:
            return _info(find_round(session, ref))
        rounds = statistics_rounds(ws)
        if not rounds:
            raise InvalidFieldsError([FieldProblem("round_id", "required", {}, entity="inspection_team")])
        found = session.get(InspectionRound, rounds[0][0])
        assert found is not None
        return _info(found)


def previous_round(ws: WorkspaceSession, current: RoundInfo) -> RoundInfo | None:
    """The round before ``current`` (by year and round number) that this workspace has units in, if any."""
    with ws.read() as session:
        ids = [rid for rid, _ in statistics_rounds(ws) if rid != current.id]
        earlier = [r for r in (session.get(InspectionRound, rid) for rid in ids) if r is not None
                   and (r.year, r.term_no, r.round_no) < (current.year, current.term_no, current.round_no)]
        if not earlier:
            return None
        return _info(max(earlier, key=lambda r: (r.year, r.term_no, r.round_no)))


def _wan(fen: Any) -> Decimal | None:
    return None if fen is None else Decimal(int(fen)) / WanYuan.FEN_PER_WAN


@dataclass(frozen=True)
class FindingLine:
    team_no: int
    code: str
    org_name: str
    title: str
    description: str
    category_l1: str | None
    category_l2: str | None
    source_method: str | None
    amount: Decimal | None
    is_key: bool
    status: str
    inspection_type: str


def finding_lines(ws: WorkspaceSession, round_id: str, *, key_only: bool = False) -> list[FindingLine]:
    """The round's problems (not withdrawn, not deleted), team by team in the order of their codes."""
    query = _scoped(ws, select(
        InspectionTeam.team_no, Finding.code, InspectedOrg.name, Finding.title, Finding.description,
        Finding.category_l1, Finding.category_l2, Finding.source_method,
        type_coerce(Finding.amount_involved, BigInteger), Finding.is_key, Finding.status, Assignment.inspection_type)
        .join(Assignment, Assignment.id == Finding.assignment_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
        .where(Finding.is_deleted.is_(False), Finding.status != FindingStatus.WITHDRAWN.value), round_id)
    if key_only:
        query = query.where(Finding.is_key.is_(True))
    with ws.read() as session:
        rows = session.execute(query.order_by(InspectionTeam.team_no, Finding.seq_no, Finding.code)).all()
    return [FindingLine(int(r[0]), r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], _wan(r[8]), bool(r[9]), r[10],
                        r[11]) for r in rows]


@dataclass(frozen=True)
class TagTally:
    family: str  # the tag family's name: 六项纪律, “四风”, 专项治理主题 ... ("其他标签" for a tag of no family)
    name: str  # the tag's wording
    findings: int


def tag_tallies(ws: WorkspaceSession, round_id: str) -> list[TagTally]:
    """Problems per tag of the round (a problem with two tags counts under both), family by family in the
    taxonomy's order, most frequent first within a family."""
    query = _scoped(ws, select(Finding.discipline_tags, Finding.other_tags)
                    .join(Assignment, Assignment.id == Finding.assignment_id)
                    .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
                    .where(Finding.is_deleted.is_(False), Finding.status != FindingStatus.WITHDRAWN.value), round_id)
    counts: Counter[tuple[str, str]] = Counter()
    names = scheme_names()
    with ws.read() as session:
        tags = session.execute(select(TaxonomyNode.scheme, TaxonomyNode.code, TaxonomyNode.name).where(
            TaxonomyNode.kind == "tag", TaxonomyNode.is_deleted.is_(False))).all()
        for disciplines, others in session.execute(query):
            counts.update(("discipline", str(tag)) for tag in set(disciplines or ()))
            counts.update(("other", str(tag)) for tag in set(others or ()))
    order = list(dict.fromkeys(["discipline", *names, *(scheme for scheme, _, _ in tags)]))
    by_code = {code: (scheme, name) for scheme, code, name in tags if scheme == "discipline"}
    by_name = {name: scheme for scheme, _, name in tags}
    rows: list[tuple[int, str, str, int]] = []
    for (field_name, tag), n in counts.items():
        if field_name == "discipline":
            scheme, wording = by_code.get(tag, ("discipline", tag))
        else:
            scheme, wording = by_name.get(tag, ""), tag
        rank = order.index(scheme) if scheme in order else len(order)
        rows.append((rank, names.get(scheme, "其他标签") if scheme else "其他标签", wording, n))
    return [TagTally(family, name, n) for _, family, name, n in sorted(rows, key=lambda r: (r[0], -r[3], r[2]))]


@dataclass(frozen=True)
class RectLine:
    team_no: int
    code: str
    org_name: str
    item_no: int
    problem_text: str
    target: str | None
    measures: str | None
    rect_type: str
    responsible_leader: str | None
    lead_unit: str | None
    deadline: date | None
    status: str
    progress_text: str | None
    amount_recovered: Decimal | None
    closed: bool
    closure_requested: bool = False  # 申请销号 made (services/rectification/closeout.py), not yet reviewed to 已销号


def rectification_lines(ws: WorkspaceSession, round_id: str | None) -> list[RectLine]:
    """The round's rectification ledger (整改台账), team by team in the order of the problems' codes."""
    item = RectificationItem
    query = _scoped(ws, select(
        InspectionTeam.team_no, Finding.code, InspectedOrg.name, item.item_no, item.problem_text, item.target,
        item.measures, item.rect_type, item.responsible_leader, item.lead_unit, item.deadline, item.status,
        item.progress_text, type_coerce(item.amount_recovered, BigInteger), item.closed_at, item.closure_requested_at)
        .join(Finding, Finding.id == item.finding_id)
        .join(Assignment, Assignment.id == Finding.assignment_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .join(InspectedOrg, InspectedOrg.id == item.org_id)
        .where(item.is_deleted.is_(False), Finding.is_deleted.is_(False)), round_id)
    with ws.read() as session:
        rows = session.execute(query.order_by(InspectionTeam.team_no, Finding.seq_no, item.item_no, item.id)).all()
    return [RectLine(int(r[0]), r[1], r[2], int(r[3]), r[4] or "", r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                     r[12], _wan(r[13]), r[11] == RectStatus.CLOSED_OUT.value or r[14] is not None, r[15] is not None)
            for r in rows]


def rectification_flags(ws: WorkspaceSession, round_id: str | None) -> list[tuple[str, str]]:
    """(task id, flag kind) of every live 敷衍整改 / 虚假整改 finding recorded on the round's tasks."""
    item = RectificationItem
    query = _scoped(ws, select(RectificationFlag.item_id, RectificationFlag.kind)
                    .join(item, item.id == RectificationFlag.item_id)
                    .join(Finding, Finding.id == item.finding_id)
                    .join(Assignment, Assignment.id == Finding.assignment_id)
                    .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
                    .where(RectificationFlag.is_deleted.is_(False), item.is_deleted.is_(False),
                           Finding.is_deleted.is_(False)), round_id)
    with ws.read() as session:
        return [(str(item_id), str(kind)) for item_id, kind in session.execute(query)]


@dataclass
class RectificationFigures:
    """The round's rectification, from what rectification_item holds today (status, type, deadline, amounts).

    The rectification workflow (close-out requests and reviews) will add its own figures here; the reports read
    only these fields, so a new one is one more line in the report's section."""

    items: int = 0
    by_status: dict[str, int] = field(default_factory=dict)  # RectStatus code -> items, in the vocabulary's order
    by_type: dict[str, int] = field(default_factory=dict)  # RectType code -> items
    completed: int = 0  # 已完成 + 已销号
    closed_out: int = 0
    overdue: int = 0  # past the deadline and not completed
    amount_recovered: Decimal = Decimal(0)
    findings_with_items: int = 0
    closure_pending: int = 0  # 申请销号 made and not yet 已销号
    flagged: int = 0  # tasks found 敷衍 or 虚假 (each with its accountability recorded)
    flags: dict[str, int] = field(default_factory=dict)  # FlagKind code -> flags

    @property
    def completion(self) -> float | None:
        """Completed items as a share of all, None without any item."""
        return self.completed / self.items if self.items else None


def rectification_figures(ws: WorkspaceSession, round_id: str | None, today: date) -> RectificationFigures:
    figures = RectificationFigures(by_status={status.value: 0 for status in RectStatus})
    findings: set[str] = set()
    for line in rectification_lines(ws, round_id):
        figures.items += 1
        figures.by_status[line.status] = figures.by_status.get(line.status, 0) + 1
        figures.by_type[line.rect_type] = figures.by_type.get(line.rect_type, 0) + 1
        finished = line.status in FINISHED
        figures.completed += finished
        figures.closed_out += line.closed
        figures.overdue += bool(not finished and line.deadline is not None and line.deadline < today)
        figures.amount_recovered += line.amount_recovered or Decimal(0)
        figures.closure_pending += bool(line.closure_requested and not line.closed)
        findings.add(line.code)
    figures.findings_with_items = len(findings)
    if figures.items:
        flags = rectification_flags(ws, round_id)
        figures.flagged = len({item_id for item_id, _ in flags})
        figures.flags = dict(Counter(kind for _, kind in flags))
    return figures


@dataclass(frozen=True)
class ClueLine:
    team_no: int | None
    clue_no: str
    org_name: str
    reflected_person_name: str
    reflected_person_post: str | None
    reflected_person_level: str | None
    clue_name: str
    problem_text: str
    discipline: tuple[str, ...]
    clue_source: str | None
    proposed_receiver: str | None
    handover_mode: str | None
    accepted_at: date | None
    handed_at: date | None
    feedback_due: date | None


def clue_lines(ws: WorkspaceSession, round_id: str) -> list[ClueLine]:
    """The round's clues for the handover list (C3). NotPermittedError without the clue key, before any query."""
    require_clue_access(ws)
    handover = aliased(ClueHandover)
    query = _scoped(ws, select(
        InspectionTeam.team_no, Clue.clue_no, InspectedOrg.name, Clue.reflected_person_name, Clue.reflected_person_post,
        Clue.reflected_person_level, Clue.clue_name, Clue.problem_text, Clue.discipline, Clue.clue_source,
        Clue.proposed_receiver, Clue.handover_mode, Clue.accepted_at, handover.handed_at, Clue.feedback_due)
        .select_from(Clue)
        .join(Assignment, Assignment.id == Clue.assignment_id)
        .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .outerjoin(InspectedOrg, InspectedOrg.id == Clue.org_id)
        .outerjoin(handover, and_(handover.id == Clue.handover_id, handover.is_deleted.is_(False)))
        .where(Clue.is_deleted.is_(False)), round_id)
    with ws.read() as session:
        rows = session.execute(query.order_by(InspectionTeam.team_no, Clue.clue_no, Clue.id)).all()
    return [ClueLine(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7] or "", tuple(r[8] or ()), r[9], r[10],
                     r[11], r[12], r[13], r[14]) for r in rows]
