"""Findings (问题底稿): create, edit and load one working paper, and link it to the register entries it came
from. Every write goes through WriteTx (row, change record, audit event in one transaction).

Codes are numbered per round and team with the round's ``code_format`` ("[2026]3巡-2组-17号"): the next
sequence number is one more than the highest of that round and team, deleted findings included, so a code
is never given twice. Who may edit: anyone of the workspace while the paper is a draft; once reviewed, the
review step must be reverted first (services/review.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from models.entities import Assignment, Finding, FindingSource, InspectionRound, InspectionTeam
from models.enums import FindingStatus
from services.changes import WriteTx
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError, ValidationError
from services.findings_validation import FindingInput, check_finding, validate_finding
from services.review import actor_ref, can_edit
from services.workspace import WorkspaceSession

__all__ = [
    "FindingInput",
    "create_finding",
    "create_finding_in",
    "link_source",
    "load_finding_input",
    "next_code",
    "unlink_source",
    "update_finding",
    "validate_finding",
]

UNLINK_REASON = "unlinked in the finding editor"


def next_code(tx: WriteTx, assignment: Assignment) -> tuple[str, int]:
    """(code, seq_no) of the next finding of ``assignment``'s round and team."""
    session = tx.session
    round_ = session.get(InspectionRound, assignment.round_id)
    team = session.get(InspectionTeam, assignment.team_id)
    if round_ is None or team is None:
        raise ValidationError("the assignment has no round or team", field="org_id")
    highest = session.scalar(
        select(func.max(Finding.seq_no)).join(Assignment, Assignment.id == Finding.assignment_id)
        .where(Assignment.round_id == round_.id, Assignment.team_id == team.id)
    ) or 0
    seq = int(highest) + 1
    while True:
        code = round_.code_format.format(year=round_.year, round_no=round_.round_no, team_no=team.team_no,
                                         term_no=round_.term_no, seq=seq)
        if session.scalar(select(Finding.id).where(Finding.code == code)) is None:
            return code, seq
        seq += 1


def create_finding_in(tx: WriteTx, data: FindingInput, *, code: str | None = None) -> Finding:
    """Insert a new draft inside an open transaction (the importer and the registers use this)."""
    checked = check_finding(tx.session, tx.ws, data)
    if checked.problems or checked.assignment is None:
        raise InvalidFieldsError(checked.problems)
    assignment = checked.assignment
    new_code, seq = next_code(tx, assignment)
    if code is not None:
        if tx.session.scalar(select(Finding.id).where(Finding.code == code)) is not None:
            raise InvalidFieldsError([FieldProblem("code", "duplicate", {"value": code}, entity="finding")])
        new_code = code
    now = tx.ws.clock.now().replace(tzinfo=None)
    finding = Finding(id=str(uuid.uuid4()), code=new_code, seq_no=seq, status=FindingStatus.DRAFT.value,
                      drafted_by=actor_ref(tx.session, tx.ws), drafted_at=now, **checked.values)
    tx.insert(finding, scope_team_id=assignment.team_id)
    for kind, source_id in checked.sources:
        _link(tx, finding, kind, source_id)
    return finding


def create_finding(ws: WorkspaceSession, data: FindingInput) -> str:
    """A new draft working paper; returns its id. Raises InvalidFieldsError (nothing written)."""
    with ws.write() as tx:
        return create_finding_in(tx, data).id


def update_finding(ws: WorkspaceSession, finding_id: str, data: FindingInput, *, expected_version: int) -> None:
    """Save the editor's values. StaleEditError when someone saved in between; NotPermittedError when the
    paper is past draft (revert the review first)."""
    with ws.write() as tx:
        finding = _live(tx, finding_id)
        if not can_edit(ws, finding):
            raise NotPermittedError("only drafts may be edited; revert the review first", role=ws.actor.role)
        checked = check_finding(tx.session, ws, data, finding_id=finding_id)
        if checked.problems:
            raise InvalidFieldsError(checked.problems)
        tx.update(finding, expected_version=expected_version, **checked.values)
        _sync_sources(tx, finding, checked.sources)


def load_finding_input(ws: WorkspaceSession, finding_id: str) -> tuple[FindingInput, int]:
    """The saved values of a finding as the editor shows them, and its version for the optimistic lock."""
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        if finding is None or finding.is_deleted:
            raise ValidationError("no such finding", field="finding", value=finding_id)
        sources = [(kind, sid) for kind, sid in session.execute(
            select(FindingSource.source_kind, FindingSource.source_id)
            .where(FindingSource.finding_id == finding_id, FindingSource.is_deleted.is_(False))
            .order_by(FindingSource.created_at, FindingSource.source_kind))]
        data = FindingInput(
            org_id=finding.org_id, title=finding.title, description=finding.description or "",
            qualitative_analysis=finding.qualitative_analysis, legal_basis=finding.legal_basis,
            responsibility_analysis=finding.responsibility_analysis, category_id=finding.category_id,
            discipline_tags=list(finding.discipline_tags or []), other_tags=list(finding.other_tags or []),
            is_key=finding.is_key, is_common=finding.is_common, source_method=finding.source_method, sources=sources,
            amount_involved=finding.amount_involved,
            persons_involved=[dict(p) for p in finding.persons_involved or []],
            occurred_from=finding.occurred_from, occurred_to=finding.occurred_to, location=finding.location,
            discovered_by=finding.discovered_by, discovered_at=finding.discovered_at,
            immediate_fix=finding.immediate_fix, feedback_text=finding.feedback_text,
            assignment_id=finding.assignment_id,
        )
        return data, finding.local_version


def link_source(ws: WorkspaceSession, finding_id: str, source_kind: str, source_id: str) -> None:
    """Record that the finding came from this register entry (no-op when already linked)."""
    with ws.write() as tx:
        finding = _live(tx, finding_id)
        checked = check_finding(tx.session, ws, FindingInput(org_id=finding.org_id, title="-", description="-",
                                                             sources=[(source_kind, source_id)]),
                                finding_id=finding_id)
        wrong = [p for p in checked.problems if p.entity == "finding_source"]
        if wrong:
            raise InvalidFieldsError(wrong)
        _link(tx, finding, source_kind, source_id)


def unlink_source(ws: WorkspaceSession, finding_id: str, source_kind: str, source_id: str) -> None:
    with ws.write() as tx:
        _live(tx, finding_id)
        row = _source_row(tx, finding_id, source_kind, source_id)
        if row is not None and not row.is_deleted:
            tx.delete(row, reason=UNLINK_REASON)


# ---- helpers ----


def _live(tx: WriteTx, finding_id: str) -> Finding:
    finding = tx.session.get(Finding, finding_id)
    if finding is None or finding.is_deleted:
        raise ValidationError("no such finding", field="finding", value=finding_id)
    return finding


def _source_row(tx: WriteTx, finding_id: str, kind: str, source_id: str) -> FindingSource | None:
    return tx.session.scalar(select(FindingSource).where(
        FindingSource.finding_id == finding_id, FindingSource.source_kind == kind,
        FindingSource.source_id == source_id))


def _link(tx: WriteTx, finding: Finding, kind: str, source_id: str) -> None:
    row = _source_row(tx, finding.id, kind, source_id)
    if row is None:
        tx.insert(FindingSource(finding_id=finding.id, source_kind=kind, source_id=source_id),
                  scope_team_id=finding.scope_team_id)
    elif row.is_deleted:
        tx.undelete(row)


def _sync_sources(tx: WriteTx, finding: Finding, wanted: list[tuple[str, str]]) -> None:
    linked = {(row.source_kind, row.source_id): row for row in tx.session.scalars(
        select(FindingSource).where(FindingSource.finding_id == finding.id, FindingSource.is_deleted.is_(False)))}
    for key, row in linked.items():
        if key not in wanted:
            tx.delete(row, reason=UNLINK_REASON)
    for kind, source_id in wanted:
        if (kind, source_id) not in linked:
            _link(tx, finding, kind, source_id)
