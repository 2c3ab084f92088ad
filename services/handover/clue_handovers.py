"""The C3 clue handover (线索移交, models/clue.ClueHandover) under the rules of classified handover: made at HQ by a
holder of the clue key, its feedback deadline three months after handing over unless set (the workspace's
months, batches.feedback_months), the receipt (who received, when) before any feedback, and overdue feedback in
the same colours. Every reading of the list is audited in its own transaction (docs/architecture.md §3.7);
audit events name ids and counts, never a clue's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from models.clue import Clue, ClueHandover
from models.entities import Assignment, Handover, InspectionRound
from services.clues import require_clue_access
from services.handover.batches import feedback_months
from services.queries.rectification_board import COLOUR_ORDER
from services.rectification.overdue import RED, colour, warn_days
from services.rectification.rules import require_supervisor, unknown
from services.rectification.tasks import add_months
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = ClueHandover.__tablename__
# The problems are worded with the classified handover's labels (the same columns: to_org, handed_at, deadline,
# receiver_agent, received_at, feedback_at, feedback_content, handover_no); the clues by their 线索编号.
WORDING = Handover.__tablename__
CLUE = Clue.__tablename__


@dataclass(frozen=True)
class ClueHandoverRow:
    id: str
    handover_no: str
    to_org: str
    clues: int
    handed_at: date | None
    receiver_agent: str | None
    received_at: date | None
    deadline: date | None
    feedback_at: date | None
    closed: bool
    colour: str
    clue_nos: tuple[str, ...] = ()  # the clues' numbers (线索编号), never their text
    feedback_content: str | None = None


def _require(ws: WorkspaceSession) -> None:
    require_supervisor(ws, "clue_handover")
    require_clue_access(ws)


def clue_round(ws: WorkspaceSession, clue_id: str) -> str | None:
    """The round of a clue's inspected unit (where its handover is numbered)."""
    require_clue_access(ws)
    with ws.read() as session:
        clue = session.get(Clue, clue_id)
        assignment = session.get(Assignment, clue.assignment_id) if clue is not None else None
        return assignment.round_id if assignment is not None else None


def create_clue_handover(ws: WorkspaceSession, round_id: str, to_org: str, clue_ids: list[str],
                         handed_at: date | None = None, deadline: date | None = None) -> str:
    _require(ws)
    months = feedback_months(ws)
    today = ws.clock.now().date()
    handed = handed_at or today
    problems = Problems(WORDING)
    problems.required("to_org", to_org)
    problems.not_future("handed_at", handed, today)
    problems.date_order("deadline", deadline, "handed_at", handed)
    if not clue_ids:
        problems.add("clue_no", "too_few", entity=CLUE, minimum=1, count=0)
    problems.check()
    with ws.write() as tx:
        rnd = tx.session.get(InspectionRound, round_id)
        if rnd is None or rnd.is_deleted:
            raise unknown(WORDING, "round_id", round_id)
        clues = []
        for clue_id in dict.fromkeys(clue_ids):
            clue = tx.session.get(Clue, clue_id)
            if clue is None or clue.is_deleted:
                problems.add("clue_no", "unknown_reference", entity=CLUE, value=clue_id)
            else:
                clues.append(clue)
        problems.check()
        count = int(tx.session.scalar(select(func.count()).select_from(ClueHandover).where(
            ClueHandover.round_id == rnd.id)) or 0)
        row = ClueHandover(handover_no=f"XS-YJ-{rnd.year}-{rnd.round_no}-{count + 1}", round_id=rnd.id,
                           to_org=clean(to_org) or "", clue_ids=[c.id for c in clues], from_agent=ws.actor.name,
                           handed_at=handed, deadline=deadline or add_months(handed, months), closed=False)
        tx.insert(row, scope_team_id="hq")
        for clue in clues:
            tx.update(clue, handover_id=row.id)
        return row.id


def _live(tx_session: object, handover_id: str) -> ClueHandover:
    row = tx_session.get(ClueHandover, handover_id)  # type: ignore[attr-defined]
    if row is None or row.is_deleted:
        raise unknown(WORDING, "handover_no", handover_id)
    return row  # type: ignore[no-any-return]


def record_clue_receipt(ws: WorkspaceSession, handover_id: str, by: str, at: date | None = None) -> None:
    _require(ws)
    today = ws.clock.now().date()
    on = at or today
    problems = Problems(WORDING)
    problems.required("receiver_agent", by)
    problems.not_future("received_at", on, today)
    with ws.write() as tx:
        row = _live(tx.session, handover_id)
        problems.date_order("received_at", on, "handed_at", row.handed_at)
        problems.check()
        tx.update(row, receiver_agent=clean(by), received_at=on)


def record_clue_feedback(ws: WorkspaceSession, handover_id: str, text: str, on: date | None = None, *,
                         close: bool = False) -> None:
    """The receiver's result (办理结果); the receipt must be recorded first."""
    _require(ws)
    today = ws.clock.now().date()
    day = on or today
    problems = Problems(WORDING)
    problems.required("feedback_content", text)
    problems.not_future("feedback_at", day, today)
    with ws.write() as tx:
        row = _live(tx.session, handover_id)
        if row.received_at is None:
            problems.add("received_at", "no_receipt", value=row.handover_no)
        problems.check()
        tx.update(row, feedback_at=day, feedback_content=clean(text), **({"closed": True} if close else {}))


def clue_handover_id(ws: WorkspaceSession, ref: str) -> str:
    """The id of the live clue handover numbered ``ref`` (XS-YJ-2026-2-1) or with that id (or a unique prefix)."""
    require_clue_access(ws)
    wanted = ref.strip()
    with ws.read() as session:
        rows = session.execute(select(ClueHandover.id, ClueHandover.handover_no).where(
            ClueHandover.is_deleted.is_(False))).all()
    matches = [str(i) for i, number in rows if number == wanted or i == wanted] or \
        [str(i) for i, _ in rows if len(wanted) >= 8 and str(i).startswith(wanted)]
    if len(matches) != 1:
        raise unknown(WORDING, "handover_no", ref)
    return matches[0]


def list_clue_handovers(ws: WorkspaceSession, *, overdue: bool = False) -> list[ClueHandoverRow]:
    """The clue handovers, overdue feedback first; the reading is audited (``clue_handovers_viewed``)."""
    require_clue_access(ws)
    today, warn = ws.clock.now().date(), warn_days(ws)
    with ws.write() as tx:
        numbers = {clue_id: number for clue_id, number in tx.session.execute(select(Clue.id, Clue.clue_no))}
        rows = [ClueHandoverRow(h.id, h.handover_no, h.to_org, len(h.clue_ids or []), h.handed_at, h.receiver_agent,
                                h.received_at, h.deadline, h.feedback_at, bool(h.closed),
                                colour(h.deadline, today, finished=bool(h.closed or h.feedback_at), warn_days=warn),
                                tuple(numbers.get(c, c) for c in h.clue_ids or []), h.feedback_content)
                for h in tx.session.scalars(select(ClueHandover).where(ClueHandover.is_deleted.is_(False)))]
        tx.audit("clue_handovers_viewed", entity=ENTITY, detail={"rows": len(rows)})
    if overdue:
        rows = [r for r in rows if r.colour == RED]
    return sorted(rows, key=lambda r: (COLOUR_ORDER[r.colour], r.deadline or date.max, r.handover_no))
