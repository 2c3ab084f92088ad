"""A classified handover batch: create it with its items, record the receipt (who received it, when), the
receiver's feedback entries, close it. The feedback deadline is three months after handing over unless given
(the workspace may set another number of months); overdue feedback shows in the colours of overdue rectification.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from models.entities import Finding, Handover, HandoverFeedback, HandoverItem, InspectionRound
from models.enums import HandoverKind
from models.rectification_enums import HandoverTarget
from models.sync import get_meta, set_meta
from services.errors import FieldProblem, InvalidFieldsError
from services.rectification.rules import require_supervisor, unknown
from services.rectification.tasks import add_months
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = Handover.__tablename__
DEFAULT_FEEDBACK_MONTHS = 3
MONTHS_KEY = "handover_feedback_months"


@dataclass
class HandoverInput:
    round_id: str
    target: str  # HandoverTarget
    finding_ids: list[str]
    to_org: str | None = None
    handed_at: date | None = None
    deadline: date | None = None
    kind: str = HandoverKind.PROBLEM.value
    from_agent: str | None = None


def feedback_months(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        value = get_meta(session, MONTHS_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_FEEDBACK_MONTHS


def set_feedback_months(ws: WorkspaceSession, months: int) -> None:
    require_supervisor(ws, "settings")
    if not 1 <= months <= 24:
        raise InvalidFieldsError([FieldProblem("deadline", "out_of_range", {"minimum": 1, "maximum": 24},
                                               entity=ENTITY)])
    with ws.write() as tx:
        set_meta(tx.session, MONTHS_KEY, str(months))
        tx.audit("settings_changed", detail={"fields": [MONTHS_KEY]})


def create_handover(ws: WorkspaceSession, data: HandoverInput) -> str:
    require_supervisor(ws, "handover")
    months = feedback_months(ws)
    today = ws.clock.now().date()
    handed = data.handed_at or today
    problems = Problems(ENTITY)
    problems.choice("receiver", data.target, HandoverTarget)
    problems.choice("kind", data.kind, HandoverKind)
    problems.not_future("handed_at", handed, today)
    problems.date_order("deadline", data.deadline, "handed_at", handed)
    to_org = clean(data.to_org) or (HandoverTarget(data.target).default_to if data.target in set(HandoverTarget)
                                    else None)
    problems.required("to_org", to_org)
    if not data.finding_ids:
        problems.add("item_id", "too_few", entity="handover_item", minimum=1, count=0)
    problems.check()
    with ws.write() as tx:
        rnd = tx.session.get(InspectionRound, data.round_id)
        if rnd is None or rnd.is_deleted:
            raise unknown(ENTITY, "round_id", data.round_id)
        findings = []
        for finding_id in dict.fromkeys(data.finding_ids):
            finding = tx.session.get(Finding, finding_id)
            if finding is None or finding.is_deleted:
                problems.add("item_id", "unknown_reference", entity="handover_item", value=finding_id)
            findings.append(finding)
        problems.lengths(Handover, {"to_org": to_org or ""})
        problems.check()
        count = int(tx.session.scalar(select(func.count()).select_from(Handover).where(
            Handover.round_id == rnd.id)) or 0)
        row = Handover(handover_no=f"YJ-{rnd.year}-{rnd.round_no}-{count + 1}", round_id=rnd.id, kind=data.kind,
                       receiver=data.target, to_org=to_org or "", from_agent=clean(data.from_agent) or ws.actor.name,
                       handed_at=handed, deadline=data.deadline or add_months(handed, months), closed=False)
        tx.insert(row, scope_team_id="hq")
        for finding in findings:
            assert finding is not None
            tx.insert(HandoverItem(handover_id=row.id, item_kind="finding", item_id=finding.id), scope_team_id="hq")
        return row.id


def live_handover(session: object, ref: str) -> Handover:
    """By id, 移交批次 number or a unique id prefix."""
    row = session.get(Handover, ref)  # type: ignore[attr-defined]
    if row is not None and not row.is_deleted:
        return row  # type: ignore[no-any-return]
    rows = [h for h in session.scalars(select(Handover).where(Handover.is_deleted.is_(False)))  # type: ignore
            if h.handover_no == ref or (len(ref) >= 6 and h.id.startswith(ref))]
    if len(rows) == 1:
        return rows[0]
    raise unknown(ENTITY, "handover_no", ref)


def record_receipt(ws: WorkspaceSession, ref: str, by: str, at: date | None = None) -> None:
    """回执: who received the batch and when."""
    require_supervisor(ws, "handover")
    today = ws.clock.now().date()
    on = at or today
    problems = Problems(ENTITY)
    problems.required("receiver_agent", by)
    problems.not_future("received_at", on, today)
    with ws.write() as tx:
        row = live_handover(tx.session, ref)
        problems.date_order("received_at", on, "handed_at", row.handed_at)
        problems.lengths(Handover, {"receiver_agent": clean(by) or ""})
        problems.check()
        tx.update(row, receiver_agent=clean(by), received_at=on)


def add_feedback(ws: WorkspaceSession, ref: str, text: str, on: date | None = None, *, close: bool = False) -> str:
    """One feedback entry of the receiver (appended); ``close`` marks the batch 已办结."""
    require_supervisor(ws, "handover")
    today = ws.clock.now().date()
    day = on or today
    problems = Problems(HandoverFeedback.__tablename__)
    problems.required("text", text)
    problems.not_future("received_on", day, today)
    problems.check()
    with ws.write() as tx:
        row = live_handover(tx.session, ref)
        if row.received_at is None:
            problems.add("received_at", "no_receipt", entity=ENTITY, value=row.handover_no)
            problems.check()
        entry = HandoverFeedback(handover_id=row.id, received_on=day, text=clean(text) or "",
                                 recorded_by=ws.actor.name)
        tx.insert(entry, scope_team_id=row.scope_team_id)
        tx.update(row, feedback_at=day, feedback_content=entry.text, **({"closed": True} if close else {}))
        return entry.id
