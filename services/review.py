"""The review of a working paper (一事一底稿): drafted by a member, reviewed by the deputy leader, signed by
the leader (docs/domain.md §2.1 stage 4f). Each step is one WriteTx: the finding's change record plus an
audit event (finding_reviewed, finding_signed, finding_reverted) that names the step and, for a revert, why.

Who may do what:
- team workspace: every role edits drafts; the deputy leader and the leader review a draft; only the leader
  signs a reviewed paper; the deputy leader and the leader revert a review, only the leader revokes a
  signature. Once reviewed, a paper is not edited: the review is reverted first, with a reason.
- HQ workspace: review and signature belong to the team in the field, so HQ does not take those steps. HQ
  staff may edit drafts (e.g. correcting an imported ledger); the HQ administrator may send a reviewed or
  signed paper back one step, with a reason, for the team to correct.
Papers past "signed" (reported, fed back, rectifying, closed) have left the review and are read-only here.

People: drafted_by / reviewed_by / signed_by hold the TeamMember id of the person when the acting account
is linked to one (UserAccount.team_member_id) or a team member has the account's name, else the account id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.entities import Finding, InspectionTeam, TeamMember, UserAccount
from models.enums import FindingStatus, Role, WorkspaceKind
from models.sync import ChangeRecord
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError, ValidationError
from services.findings_validation import review_problems
from services.workspace import WorkspaceSession

EDIT, REVIEW, SIGN, REVERT = "edit", "review", "sign", "revert"
ACTIONS = (EDIT, REVIEW, SIGN, REVERT)
AUDIT_ACTIONS = {REVIEW: "finding_reviewed", SIGN: "finding_signed", REVERT: "finding_reverted"}
REASON_LIMIT = 500
REVIEWERS = frozenset({Role.DEPUTY_LEADER, Role.TEAM_LEADER})
# A revert takes a paper one step back; who may take it back from each status.
BACK = {FindingStatus.REVIEWED.value: FindingStatus.DRAFT.value,
        FindingStatus.SIGNED.value: FindingStatus.REVIEWED.value}
TEAM_REVERTERS = {FindingStatus.REVIEWED.value: REVIEWERS, FindingStatus.SIGNED.value: frozenset({Role.TEAM_LEADER})}


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    role: str
    action: str  # create, update, delete, finding_reviewed, finding_signed, finding_reverted
    fields: tuple[str, ...]
    status_from: str | None = None
    status_to: str | None = None
    reason: str | None = None


def allowed_actions(ws: WorkspaceSession, finding: Finding) -> list[str]:
    """The steps this user may take on ``finding`` now, in the order the window shows them."""
    if finding.is_deleted:
        return []
    return _actions(ws.actor.role, ws.kind is WorkspaceKind.HQ, finding.status)


def _actions(role: Role, hq: bool, status: str) -> list[str]:
    out: list[str] = []
    if status == FindingStatus.DRAFT.value:
        out.append(EDIT)
        if not hq and role in REVIEWERS:
            out.append(REVIEW)
    elif status == FindingStatus.REVIEWED.value and not hq and role is Role.TEAM_LEADER:
        out.append(SIGN)
    if status in BACK and (role is Role.HQ_ADMIN if hq else role in TEAM_REVERTERS[status]):
        out.append(REVERT)
    return out


def can_edit(ws: WorkspaceSession, finding: Finding) -> bool:
    return EDIT in allowed_actions(ws, finding)


def actor_ref(session: Session, ws: WorkspaceSession) -> str:
    """What drafted_by / reviewed_by / signed_by store for the acting user (see the module docstring)."""
    account = session.get(UserAccount, ws.actor.user_id)
    if account is not None and account.team_member_id and session.get(TeamMember, account.team_member_id):
        return account.team_member_id
    if ws.kind is WorkspaceKind.TEAM:
        member = session.scalar(
            select(TeamMember.id).join(InspectionTeam, InspectionTeam.id == TeamMember.team_id)
            .where(InspectionTeam.team_no == ws.team_no, TeamMember.name == ws.actor.name,
                   TeamMember.is_deleted.is_(False)).order_by(TeamMember.created_at.desc()).limit(1))
        if member is not None:
            return str(member)
    return ws.actor.user_id


def person_name(session: Session, ref: str | None) -> str:
    """The name behind a drafted_by / reviewed_by / signed_by / author reference."""
    if not ref:
        return ""
    member = session.get(TeamMember, ref)
    if member is not None:
        return member.name
    account = session.get(UserAccount, ref)
    return account.name if account is not None else ref[:8]


def review(ws: WorkspaceSession, finding_id: str, *, expected_version: int | None = None) -> None:
    """副组长审核: draft -> reviewed. The paper needs a category and a legal basis first."""
    _step(ws, finding_id, REVIEW, expected_version)


def sign(ws: WorkspaceSession, finding_id: str, *, expected_version: int | None = None) -> None:
    """组长签字: reviewed -> signed."""
    _step(ws, finding_id, SIGN, expected_version)


def revert(ws: WorkspaceSession, finding_id: str, reason: str, *, expected_version: int | None = None) -> None:
    """One step back (signed -> reviewed, reviewed -> draft), with the reason kept in the audit event."""
    _step(ws, finding_id, REVERT, expected_version, reason=reason)


def _step(ws: WorkspaceSession, finding_id: str, action: str, expected_version: int | None,
          reason: str | None = None) -> None:
    with ws.write() as tx:
        finding = tx.session.get(Finding, finding_id)
        if finding is None or finding.is_deleted:
            raise ValidationError("no such finding", field="finding", value=finding_id)
        if action not in allowed_actions(ws, finding):
            _refuse(ws, finding, action)
        now = ws.clock.now().replace(tzinfo=None)
        before = finding.status
        values: dict[str, Any]
        detail: dict[str, Any] = {"from": before}
        if action == REVIEW:
            problems = review_problems(finding)
            if problems:
                raise InvalidFieldsError(problems)
            values = {"status": FindingStatus.REVIEWED.value, "reviewed_by": actor_ref(tx.session, ws),
                      "reviewed_at": now}
        elif action == SIGN:
            values = {"status": FindingStatus.SIGNED.value, "signed_by": actor_ref(tx.session, ws), "signed_at": now}
        else:
            text = (reason or "").strip()
            if not text:
                raise InvalidFieldsError([FieldProblem("reason", "required")])
            if len(text) > REASON_LIMIT:
                raise InvalidFieldsError([FieldProblem("reason", "too_long",
                                                       {"maximum": REASON_LIMIT, "length": len(text)})])
            detail["reason"] = text
            if before == FindingStatus.SIGNED.value:
                values = {"status": BACK[before], "signed_by": None, "signed_at": None}
            else:
                values = {"status": BACK[before], "reviewed_by": None, "reviewed_at": None}
        change_id = tx.update(finding, expected_version=expected_version, **values)
        detail["to"] = values["status"]
        tx.audit(AUDIT_ACTIONS[action], entity="finding", entity_id=finding.id, change_id=change_id, detail=detail)


def _refuse(ws: WorkspaceSession, finding: Finding, action: str) -> None:
    """Not this user's step (NotPermittedError), or not this paper's step now (InvalidFieldsError on status)."""
    others = {EDIT: (FindingStatus.DRAFT.value,), REVIEW: (FindingStatus.DRAFT.value,),
              SIGN: (FindingStatus.REVIEWED.value,), REVERT: tuple(BACK)}[action]
    role_may = any(action in _actions(ws.actor.role, ws.kind is WorkspaceKind.HQ, other) for other in others)
    if role_may and finding.status not in others:
        expected = "、".join(FindingStatus(s).zh for s in others)
        raise InvalidFieldsError([FieldProblem("status", "wrong_status", {
            "value": FindingStatus(finding.status).zh, "expected": expected}, entity="finding")])
    raise NotPermittedError(f"{ws.actor.role} may not {action} here", role=ws.actor.role)


def history(ws: WorkspaceSession, finding_id: str) -> list[HistoryEntry]:
    """The paper's life, oldest first: every change record of the finding, the review steps named."""
    with ws.read() as session:
        steps = {event.change_id: event for event in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "finding", AuditEvent.entity_id == finding_id,
                                     AuditEvent.action.in_(AUDIT_ACTIONS.values())))}
        out: list[HistoryEntry] = []
        records = session.scalars(select(ChangeRecord).where(
            ChangeRecord.entity == "finding", ChangeRecord.entity_id == finding_id).order_by(ChangeRecord.hlc))
        for record in records:
            after = json.loads(record.after_json)
            before = json.loads(record.before_json)
            event = steps.get(record.change_id)
            detail = json.loads(event.detail_json) if event is not None else {}
            out.append(HistoryEntry(
                when=record.wall_time, who=person_name(session, record.author_user), role=record.author_role,
                action=event.action if event is not None else {"insert": "create"}.get(record.op, record.op),
                fields=tuple(sorted(after)),
                status_from=before.get("status"), status_to=after.get("status"), reason=detail.get("reason"),
            ))
        return out
