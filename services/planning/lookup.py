"""Finding planning rows by what a person types: a round by id or title, a team by number, a unit by name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import InspectedOrg, InspectionRound, InspectionTeam
from services.errors import FieldProblem, InvalidFieldsError


def _missing(entity: str, field: str, value: object, reason: str = "unknown_reference", **more: object) -> None:
    raise InvalidFieldsError([FieldProblem(field, reason, {"value": str(value), **more}, entity=entity)])


def _squash(text: str) -> str:
    return "".join(text.split())


def find_round(session: Session, ref: str) -> InspectionRound:
    """The live round whose id or title is ``ref`` (spaces ignored); a unique prefix of the id also counts."""
    text = _squash(ref or "")
    rounds = list(session.scalars(select(InspectionRound).where(InspectionRound.is_deleted.is_(False))))
    for exact in ([r for r in rounds if r.id == text], [r for r in rounds if _squash(r.title) == text],
                  [r for r in rounds if len(text) >= 6 and r.id.startswith(text)]):
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            _missing("inspection_team", "round_id", ref, "ambiguous",
                     choices="、".join(f"{r.title}（{r.year}年）" for r in exact))
    _missing("inspection_team", "round_id", ref)
    raise AssertionError  # unreachable


def find_team(session: Session, round_id: str, team_no: int) -> InspectionTeam:
    team = session.scalar(select(InspectionTeam).where(
        InspectionTeam.round_id == round_id, InspectionTeam.team_no == team_no, InspectionTeam.is_deleted.is_(False)))
    if team is None:
        _missing("assignment", "team_id", f"第{team_no}组")
    assert team is not None
    return team


def find_org(session: Session, name: str, parent: str | None = None) -> InspectedOrg:
    """The live unit called ``name`` (full or short name); ``parent`` (a name) tells apart units that share it."""
    text = _squash(name or "")
    orgs = list(session.scalars(select(InspectedOrg).where(InspectedOrg.is_deleted.is_(False))))
    found = [o for o in orgs if _squash(o.name) == text] or [o for o in orgs if _squash(o.short_name or "") == text]
    if len(found) > 1 and parent:
        parents = {o.id for o in orgs if _squash(o.name) == _squash(parent)}
        found = [o for o in found if o.parent_id in parents] or found
    if len(found) == 1:
        return found[0]
    if found:
        by_id = {o.id: o for o in orgs}
        _missing("assignment", "org_id", name, "ambiguous", choices="、".join(
            f"{by_id[o.parent_id].name}/{o.name}" if o.parent_id in by_id else o.name for o in found))
    _missing("assignment", "org_id", name)
    raise AssertionError  # unreachable
