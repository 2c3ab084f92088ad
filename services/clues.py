"""问题线索 (C3): create, edit and delete a clue, number it per team, link it to findings and registers.

Only a session holding the clue key (team leader, clue officer, HQ administrator) gets past
``require_clue_access``; the key itself is the protection (a member's engine has no ``clues`` schema).
Every row written here lives in clues.db, with its change record in the compartment's own log; the audit
events in workspace.db name ids and field names only, never a clue's words. A link from a clue to a
finding is a ClueLink in the compartment, so the finding side never learns of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.clue import Clue, ClueLink
from models.finding import Finding
from models.organisation import Assignment, InspectionRound, InspectionTeam
from models.registers import Interview, Petition
from services.changes import WriteTx
from services.clue_fields import EDITABLE, check_clue, problem
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError, StaleEditError
from services.workspace import WorkspaceSession

CLUE_NO_FORMAT = "[{year}]{round_no}巡-{team_no}组-线索{seq:02d}号"
CLUE_SEQ = re.compile(r"线索(\d+)号$")
# What a clue may be linked to, and the main-database table that holds it.
LINK_TARGETS: dict[str, type[Finding] | type[Petition] | type[Interview]] = {
    "finding": Finding, "petition": Petition, "interview": Interview,
}


def require_clue_access(ws: WorkspaceSession) -> None:
    """NotPermittedError unless this session holds the clue key (exit code 3 in the CLI)."""
    if not ws.can_read_clues:
        raise NotPermittedError("the clue compartment is closed to this user", role=ws.actor.role)


def blank_clue_values() -> dict[str, Any]:
    return {name: None for name in EDITABLE} | {"discipline": [], "closed": False, "problem_text": ""}


def clue_values(clue: Clue) -> dict[str, Any]:
    """The editable fields of ``clue``, as ``create_clue``/``update_clue`` take them."""
    return {name: getattr(clue, name) for name in EDITABLE}


def next_clue_no(session: Session, assignment: Assignment) -> str:
    """The team's next number: one past the highest it ever gave, deleted clues included (never reused)."""
    team = session.get(InspectionTeam, assignment.team_id)
    round_ = session.get(InspectionRound, assignment.round_id)
    if team is None or round_ is None:
        raise ValueError("assignment without its team or round")
    taken = session.scalars(select(Clue.clue_no).where(Clue.scope_team_id == team.id))
    numbers = [int(m.group(1)) for no in taken if (m := CLUE_SEQ.search(no or ""))]
    return CLUE_NO_FORMAT.format(year=round_.year, round_no=round_.round_no, team_no=team.team_no,
                                 seq=max(numbers, default=0) + 1)


def _checked(tx: WriteTx, values: Mapping[str, Any]) -> tuple[dict[str, Any], Assignment]:
    ws = tx.ws
    clean, assignment, problems = check_clue(tx.session, values, team_no=ws.team_no, today=ws.clock.now().date())
    if problems or assignment is None:
        raise InvalidFieldsError(problems or [problem("assignment_id", "required")])
    return clean, assignment


def _live_clue(session: Session, clue_id: str) -> Clue:
    clue = session.get(Clue, clue_id)
    if clue is None or clue.is_deleted:
        raise InvalidFieldsError([problem("clue_no", "unknown_reference", value=clue_id)])
    return clue


def create_clue(ws: WorkspaceSession, values: Mapping[str, Any], *, from_finding_id: str | None = None) -> str:
    """A new clue with the team's next number; with ``from_finding_id`` it is linked to that finding at once."""
    require_clue_access(ws)
    with ws.write() as tx:
        clean, assignment = _checked(tx, blank_clue_values() | dict(values))
        clue = Clue(clue_no=next_clue_no(tx.session, assignment), org_id=assignment.org_id, **clean)
        tx.insert(clue, scope_team_id=assignment.team_id)
        if from_finding_id is not None:
            _link(tx, clue, "finding", from_finding_id)
    return clue.id


def update_clue(ws: WorkspaceSession, clue_id: str, changes: Mapping[str, Any], *,
                expected_version: int | None = None) -> bool:
    """Change some fields (the whole clue is checked again); False when nothing changed."""
    require_clue_access(ws)
    with ws.write() as tx:
        clue = _live_clue(tx.session, clue_id)
        if expected_version is not None and clue.local_version != expected_version:
            raise StaleEditError("clue changed since it was read", entity="clue", id=clue_id)
        clean, assignment = _checked(tx, clue_values(clue) | dict(changes))
        if assignment.id != clue.assignment_id:
            clean["org_id"] = assignment.org_id
        return tx.update(clue, **clean) is not None


def delete_clue(ws: WorkspaceSession, clue_id: str, reason: str) -> None:
    """A tombstone with the reason (kept in the compartment only); the clue's links go with it."""
    require_clue_access(ws)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidFieldsError([problem("delete_reason", "required")])
    with ws.write() as tx:
        clue = _live_clue(tx.session, clue_id)
        for link in tx.session.scalars(select(ClueLink).where(ClueLink.clue_id == clue.id,
                                                              ClueLink.is_deleted.is_(False))):
            tx.delete(link, reason=reason)
        tx.delete(clue, reason=reason)


def _target_exists(session: Session, kind: str, target_id: str) -> bool:
    entity = LINK_TARGETS.get(kind)
    if entity is None:
        raise ValueError(f"a clue cannot be linked to {kind!r}")
    target = session.get(entity, target_id)
    return target is not None and not bool(getattr(target, "is_deleted", False))


def _link(tx: WriteTx, clue: Clue, kind: str, target_id: str) -> str:
    if not _target_exists(tx.session, kind, target_id):
        raise InvalidFieldsError([FieldProblem("target_id", "unknown_reference", {"value": target_id},
                                               entity="clue_link")])
    link = tx.session.scalars(select(ClueLink).where(
        ClueLink.clue_id == clue.id, ClueLink.target_kind == kind, ClueLink.target_id == target_id)).first()
    if link is None:
        link = ClueLink(clue_id=clue.id, target_kind=kind, target_id=target_id)
        tx.insert(link, scope_team_id=clue.scope_team_id)
    elif link.is_deleted:
        tx.undelete(link)
    return link.id


def link_clue(ws: WorkspaceSession, clue_id: str, target_kind: str, target_id: str) -> str:
    """Link the clue to a finding, petition or interview (again, if the link was removed); the link's id."""
    require_clue_access(ws)
    with ws.write() as tx:
        return _link(tx, _live_clue(tx.session, clue_id), target_kind, target_id)


def unlink_clue(ws: WorkspaceSession, link_id: str, reason: str = "") -> None:
    require_clue_access(ws)
    with ws.write() as tx:
        link = tx.session.get(ClueLink, link_id)
        if link is None or link.is_deleted:
            return
        tx.delete(link, reason=reason.strip() or "取消关联")
