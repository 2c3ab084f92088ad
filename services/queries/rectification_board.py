"""整改督办: the tasks as HQ supervises them (overdue first, with colours), counts by unit and by supervising body,
the chain of one problem (finding → feedback → task → progress → review → 销号, with its handovers), and the
classified handovers with their overdue feedback. Read-only; the same for HQ and, read-only, for a team."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import (
    Assignment,
    Evidence,
    Finding,
    Handover,
    HandoverFeedback,
    HandoverItem,
    InspectedOrg,
    InspectionTeam,
    RectificationFeedback,
    RectificationFlag,
    RectificationItem,
    RectificationMilestone,
    RectificationProgress,
    RectificationReview,
)
from models.enums import RectStatus
from services.rectification.evidence import MILESTONE_OWNER, PROGRESS_OWNER
from services.rectification.overdue import GREEN, NONE, RED, YELLOW, days_overdue, task_colour, warn_days
from services.rectification.overdue import colour as deadline_colour
from services.rectification.rules import live_item
from services.workspace import WorkspaceSession

COLOUR_ORDER = {RED: 0, YELLOW: 1, GREEN: 2, NONE: 3}
STATES = [s.value for s in RectStatus]


@dataclass(frozen=True)
class TaskRow:
    id: str
    label: str  # 问题编号-序号, how a person names the task
    item_no: int
    finding_id: str
    finding_code: str
    org_id: str
    org_name: str
    team_no: int | None
    problem_text: str
    rect_type: str
    lead_unit: str | None
    responsible_leader: str | None
    supervising_city_leader: str | None
    supervising_bodies: tuple[str, ...]
    deadline: date | None
    status: str
    colour: str
    days_overdue: int
    closure_requested: bool
    flags: int
    progress_count: int
    local_version: int


@dataclass(frozen=True)
class StateCounts:
    name: str
    counts: dict[str, int]
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _task_rows(session: Session, today: date, warn: int) -> list[TaskRow]:
    query = (
        select(RectificationItem, Finding.code, InspectedOrg.name, InspectionTeam.team_no)
        .join(Finding, Finding.id == RectificationItem.finding_id)
        .join(InspectedOrg, InspectedOrg.id == RectificationItem.org_id)
        .join(Assignment, Assignment.id == Finding.assignment_id)
        .outerjoin(InspectionTeam, InspectionTeam.id == Assignment.team_id)
        .where(RectificationItem.is_deleted.is_(False))
    )
    flags = {item_id: count for item_id, count in session.execute(select(RectificationFlag.item_id, func.count()).where(
        RectificationFlag.is_deleted.is_(False)).group_by(RectificationFlag.item_id))}
    progress = {item_id: count for item_id, count in session.execute(
        select(RectificationProgress.item_id, func.count()).where(RectificationProgress.is_deleted.is_(False))
        .group_by(RectificationProgress.item_id))}
    fetched = list(session.execute(query))
    # a task's number within its finding (1, 2 ...), whatever numbering item_no follows (per unit from a sheet)
    rank: dict[str, int] = {}
    seen: Counter[str] = Counter()
    for item, *_ in sorted(fetched, key=lambda r: (r[0].finding_id, r[0].item_no, r[0].id)):
        seen[item.finding_id] += 1
        rank[item.id] = seen[item.finding_id]
    rows = []
    for item, code, org_name, team_no in fetched:
        colour = task_colour(item.deadline, item.status, today, warn)
        rows.append(TaskRow(
            item.id, f"{code}-{rank[item.id]}", item.item_no, item.finding_id, code, item.org_id, org_name, team_no,
            item.problem_text, item.rect_type, item.lead_unit, item.responsible_leader, item.supervising_city_leader,
            tuple(item.supervising_bodies or ()), item.deadline, item.status, colour,
            days_overdue(item.deadline, today) if colour == RED else 0, item.closure_requested_at is not None,
            int(flags.get(item.id, 0)), int(progress.get(item.id, 0)), item.local_version))
    return rows


def list_tasks(ws: WorkspaceSession, *, org: str | None = None, state: str | None = None, overdue: bool = False,
               search: str | None = None, supervisor: str | None = None) -> list[TaskRow]:
    """Tasks, overdue first (red, yellow, green, finished), then by deadline and label. ``org`` is a unit's id
    or name; ``overdue`` keeps red ones; ``search`` matches label, unit, problem, lead unit and leaders;
    ``supervisor`` a supervising city leader or body."""
    today, warn = ws.clock.now().date(), warn_days(ws)
    with ws.read() as session:
        rows = _task_rows(session, today, warn)
    if org:
        rows = [r for r in rows if org in (r.org_id, r.org_name)]
    if state:
        rows = [r for r in rows if r.status == state]
    if overdue:
        rows = [r for r in rows if r.colour == RED]
    if supervisor:
        rows = [r for r in rows if supervisor == r.supervising_city_leader or supervisor in r.supervising_bodies]
    if search and search.strip():
        words = search.split()
        rows = [r for r in rows if all(any(w in (text or "") for text in (
            r.label, r.org_name, r.problem_text, r.lead_unit, r.responsible_leader, r.supervising_city_leader))
            for w in words)]
    return sorted(rows, key=lambda r: (COLOUR_ORDER[r.colour], r.deadline or date.max, r.team_no or 0,
                                       r.finding_code, r.item_no))


def _counts(groups: dict[str, list[TaskRow]]) -> list[StateCounts]:
    result = []
    for name, rows in groups.items():
        counted = Counter(r.status for r in rows)
        result.append(StateCounts(name, {s: counted.get(s, 0) for s in STATES},
                                  sum(1 for r in rows if r.colour == RED)))
    return sorted(result, key=lambda c: (-c.overdue, c.name))


def counts_by_unit(rows: list[TaskRow]) -> list[StateCounts]:
    groups: dict[str, list[TaskRow]] = {}
    for row in rows:
        groups.setdefault(row.org_name, []).append(row)
    return _counts(groups)


def counts_by_supervisor(rows: list[TaskRow]) -> list[StateCounts]:
    """By supervising city leader (领衔督办市领导) and by supervising body; a task may count under several."""
    groups: dict[str, list[TaskRow]] = {}
    for row in rows:
        names = {n for n in (row.supervising_city_leader, *row.supervising_bodies) if n} or {"—"}
        for name in names:
            groups.setdefault(name, []).append(row)
    return _counts(groups)


@dataclass(frozen=True)
class ProgressEntry:
    reported_on: date
    text: str
    status_after: str | None
    reported_by: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ReviewEntry:
    reviewed_on: date
    outcome: str
    office_opinion: str
    discipline_opinion: str | None
    organisation_opinion: str | None
    reviewed_by: str | None


@dataclass(frozen=True)
class FlagEntry:
    decided_on: date
    kind: str
    accountability: str
    persons: tuple[str, ...]
    measure: str | None
    points_deducted: int | None


@dataclass(frozen=True)
class TaskChain:
    row: TaskRow
    measures: str | None
    completion_standard: str | None
    first_responsible: str | None
    cooperating_units: tuple[str, ...]
    closure_requested_at: object
    closed_at: object
    progress: list[ProgressEntry]
    reviews: list[ReviewEntry]
    flags: list[FlagEntry]


@dataclass(frozen=True)
class MilestoneEntry:
    kind: str
    due_on: date | None
    submitted_on: date | None
    documents: tuple[str, ...]


@dataclass(frozen=True)
class HandoverRow:
    id: str
    handover_no: str
    receiver: str | None
    to_org: str
    handed_at: date | None
    receiver_agent: str | None
    received_at: date | None
    deadline: date | None
    closed: bool
    colour: str
    items: tuple[str, ...]  # finding codes
    feedback: tuple[tuple[date, str], ...] = ()
    kind: str = "problem"
    theme: str | None = None
    round_id: str | None = None


@dataclass(frozen=True)
class ProblemChain:
    """One problem on one page: the finding, its feedback and milestones, its tasks with their progress,
    reviews and flags, and the handovers it is part of."""

    finding_id: str
    finding_code: str
    finding_title: str
    finding_status: str
    org_name: str
    fed_back_on: date | None
    fed_back_by: str | None
    milestones: list[MilestoneEntry]
    tasks: list[TaskChain]
    handovers: list[HandoverRow] = field(default_factory=list)


def _documents(session: Session, owner_kind: str, owner_id: str) -> tuple[str, ...]:
    return tuple(f"{e.evidence_no} {e.file_name}" for e in session.scalars(select(Evidence).where(
        Evidence.owner_kind == owner_kind, Evidence.owner_id == owner_id, Evidence.is_deleted.is_(False))
        .order_by(Evidence.created_at)))


def problem_chain(ws: WorkspaceSession, ref: str) -> ProblemChain:
    """The chain of the problem of a task (its id) or of a finding (its id or code)."""
    today, warn = ws.clock.now().date(), warn_days(ws)
    with ws.read() as session:
        item = session.get(RectificationItem, ref)
        finding = session.get(Finding, item.finding_id if item else ref) or session.scalar(
            select(Finding).where(Finding.code == ref))
        if finding is None:
            finding = session.get(Finding, live_item(session, ref).finding_id)
        assert finding is not None
        rows = {r.id: r for r in _task_rows(session, today, warn) if r.finding_id == finding.id}
        items = list(session.scalars(select(RectificationItem).where(
            RectificationItem.finding_id == finding.id, RectificationItem.is_deleted.is_(False))
            .order_by(RectificationItem.item_no)))
        feedback = session.get(RectificationFeedback, items[0].feedback_id) if items and items[0].feedback_id else None
        milestones = [] if feedback is None else [
            MilestoneEntry(m.kind, m.due_on, m.submitted_on, _documents(session, MILESTONE_OWNER, m.id))
            for m in session.scalars(select(RectificationMilestone).where(
                RectificationMilestone.feedback_id == feedback.id, RectificationMilestone.is_deleted.is_(False))
                .order_by(RectificationMilestone.due_on))]
        tasks = []
        for it in items:
            progress = [ProgressEntry(p.reported_on, p.text, p.status_after, p.reported_by,
                                      _documents(session, PROGRESS_OWNER, p.id))
                        for p in session.scalars(select(RectificationProgress).where(
                            RectificationProgress.item_id == it.id, RectificationProgress.is_deleted.is_(False))
                            .order_by(RectificationProgress.reported_on, RectificationProgress.created_at))]
            reviews = [ReviewEntry(r.reviewed_on, r.outcome, r.office_opinion, r.discipline_opinion,
                                   r.organisation_opinion, r.reviewed_by)
                       for r in session.scalars(select(RectificationReview).where(
                           RectificationReview.item_id == it.id, RectificationReview.is_deleted.is_(False))
                           .order_by(RectificationReview.created_at))]
            flags = [FlagEntry(f.decided_on, f.kind, f.accountability, tuple(f.persons or ()), f.measure,
                               f.points_deducted)
                     for f in session.scalars(select(RectificationFlag).where(
                         RectificationFlag.item_id == it.id, RectificationFlag.is_deleted.is_(False))
                         .order_by(RectificationFlag.created_at))]
            tasks.append(TaskChain(rows[it.id], it.measures, it.completion_standard, it.first_responsible,
                                   tuple(it.cooperating_units or ()), it.closure_requested_at, it.closed_at,
                                   progress, reviews, flags))
        handover_ids = set(session.scalars(select(HandoverItem.handover_id).where(
            HandoverItem.item_id == finding.id, HandoverItem.is_deleted.is_(False))))
        handovers = [h for h in _handover_rows(session, today, warn) if h.id in handover_ids]
        org = session.get(InspectedOrg, finding.org_id)
        return ProblemChain(finding.id, finding.code, finding.title, finding.status, org.name if org else "",
                            feedback.fed_back_on if feedback else None, feedback.fed_back_by if feedback else None,
                            milestones, tasks, handovers)


def _handover_rows(session: Session, today: date, warn: int) -> list[HandoverRow]:
    codes: dict[str, list[str]] = {}
    for handover_id, code in session.execute(select(HandoverItem.handover_id, Finding.code).join(
            Finding, Finding.id == HandoverItem.item_id).where(HandoverItem.is_deleted.is_(False))):
        codes.setdefault(handover_id, []).append(code)
    entries: dict[str, list[tuple[date, str]]] = {}
    for fb in session.scalars(select(HandoverFeedback).where(HandoverFeedback.is_deleted.is_(False))
                              .order_by(HandoverFeedback.received_on)):
        entries.setdefault(fb.handover_id, []).append((fb.received_on, fb.text))
    rows = []
    for h in session.scalars(select(Handover).where(Handover.is_deleted.is_(False)).order_by(Handover.handover_no)):
        answered = h.closed or bool(entries.get(h.id))
        rows.append(HandoverRow(h.id, h.handover_no, h.receiver, h.to_org, h.handed_at, h.receiver_agent,
                                h.received_at, h.deadline, h.closed,
                                deadline_colour(h.deadline, today, finished=answered, warn_days=warn),
                                tuple(sorted(codes.get(h.id, []))), tuple(entries.get(h.id, [])), h.kind, h.theme,
                                h.round_id))
    return rows


def list_handovers(ws: WorkspaceSession, *, overdue: bool = False) -> list[HandoverRow]:
    """Classified handover batches, overdue feedback first; ``overdue`` keeps those past their deadline."""
    today, warn = ws.clock.now().date(), warn_days(ws)
    with ws.read() as session:
        rows = _handover_rows(session, today, warn)
    if overdue:
        rows = [r for r in rows if r.colour == RED]
    return sorted(rows, key=lambda r: (COLOUR_ORDER[r.colour], r.deadline or date.max, r.handover_no))


@dataclass(frozen=True)
class FeedableFinding:
    """A signed (or reported) finding with no task yet: what the feedback dialog offers."""

    id: str
    code: str
    title: str
    round_id: str
    org_id: str
    org_name: str


def feedable_findings(ws: WorkspaceSession) -> list[FeedableFinding]:
    tasked = select(RectificationItem.finding_id).where(RectificationItem.is_deleted.is_(False))
    query = (select(Finding.id, Finding.code, Finding.title, Assignment.round_id, Finding.org_id, InspectedOrg.name)
             .join(Assignment, Assignment.id == Finding.assignment_id)
             .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
             .where(Finding.is_deleted.is_(False), Finding.status.in_(("signed", "reported")),
                    Finding.id.not_in(tasked))
             .order_by(InspectedOrg.name, Finding.seq_no, Finding.code))
    with ws.read() as session:
        return [FeedableFinding(*row) for row in session.execute(query)]


def finding_choices(ws: WorkspaceSession) -> list[tuple[str, str, str]]:
    """(id, code, title) of every live finding that has been fed back or signed: what a handover may carry."""
    query = (select(Finding.id, Finding.code, Finding.title).where(
        Finding.is_deleted.is_(False), Finding.status.not_in(("draft", "reviewed", "withdrawn")))
        .order_by(Finding.code))
    with ws.read() as session:
        return [(str(a), str(b), str(c)) for a, b, c in session.execute(query)]
