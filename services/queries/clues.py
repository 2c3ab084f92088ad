"""Reading the clue compartment (C3). Only a session holding the clue key may, and every reading is audited.

The audit events name no clue content: the number of rows shown, or the id of the clue opened, is all
they record. Reads that leave an audit event run in a write transaction, so the event and the reading are
one: no reading without its record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from models.clue import Clue, ClueLink
from models.finding import Finding
from models.organisation import Assignment, InspectedOrg, InspectionTeam
from models.registers import Interview, Petition
from services.clue_fields import EDITABLE
from services.clues import CLUE_SEQ, require_clue_access
from services.errors import FieldProblem, InvalidFieldsError
from services.queries.finding_picks import search_findings
from services.workspace import WorkspaceSession

CLUE_LIST_VIEWED = "clue_list_viewed"
CLUE_LIST_EXPORTED = "clue_list_exported"
CLUE_VIEWED = "clue_viewed"


@dataclass(frozen=True)
class ClueRow:
    id: str
    clue_no: str
    clue_name: str
    reflected_person_name: str
    reflected_person_post: str | None
    reflected_person_level: str | None
    discipline: tuple[str, ...]
    accepted_at: date | None
    proposed_receiver: str | None
    closed: bool
    org_name: str = ""
    clue_source: str | None = None
    handover_mode: str | None = None
    disposal_type: str | None = None
    feedback_due: date | None = None
    finding_links: int = 0


@dataclass(frozen=True)
class LinkRow:
    id: str
    target_kind: str
    target_id: str
    code: str
    title: str


@dataclass(frozen=True)
class ClueDetail:
    id: str
    clue_no: str
    org_name: str
    values: dict[str, Any]  # the editable fields (services.clue_fields.EDITABLE)
    local_version: int
    links: tuple[LinkRow, ...]


@dataclass(frozen=True)
class Choice:
    id: str
    text: str


def list_clues(ws: WorkspaceSession, *, export: str | None = None) -> list[ClueRow]:
    """The live clues in number order, and their audit event in the same transaction: ``clue_list_viewed``,
    or ``clue_list_exported`` naming the ``export`` format (the command line's listing is an export)."""
    require_clue_access(ws)
    links = (select(ClueLink.clue_id, func.count().label("n"))
             .where(ClueLink.target_kind == "finding", ClueLink.is_deleted.is_(False))
             .group_by(ClueLink.clue_id).subquery())
    query = (
        select(Clue.id, Clue.clue_no, Clue.clue_name, Clue.reflected_person_name, Clue.reflected_person_post,
               Clue.reflected_person_level, Clue.discipline, Clue.accepted_at, Clue.proposed_receiver,
               Clue.closed, InspectedOrg.name, Clue.clue_source, Clue.handover_mode, Clue.disposal_type,
               Clue.feedback_due, links.c.n)
        .outerjoin(InspectedOrg, InspectedOrg.id == Clue.org_id)
        .outerjoin(links, links.c.clue_id == Clue.id)
        .where(Clue.is_deleted.is_(False)).order_by(Clue.clue_no, Clue.id)
    )
    with ws.write() as tx:
        rows = [
            ClueRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), r[7], r[8], bool(r[9]), r[10] or "",
                    r[11], r[12], r[13], r[14], int(r[15] or 0))
            for r in tx.session.execute(query)
        ]
        if export is None:
            tx.audit(CLUE_LIST_VIEWED, entity="clue", detail={"rows": len(rows)})
        else:
            tx.audit(CLUE_LIST_EXPORTED, entity="clue", detail={"rows": len(rows), "format": export})
    return rows


def clue_detail(ws: WorkspaceSession, clue_id: str) -> ClueDetail | None:
    """One clue with its links, and the ``clue_viewed`` audit event naming its id. None if it is gone."""
    require_clue_access(ws)
    with ws.write() as tx:
        clue = tx.session.get(Clue, clue_id)
        if clue is None or clue.is_deleted:
            return None
        org_name = tx.session.scalar(select(InspectedOrg.name).where(InspectedOrg.id == clue.org_id)) or ""
        links = _links(tx.session, clue_id)
        tx.audit(CLUE_VIEWED, entity="clue", entity_id=clue_id)
        return ClueDetail(clue.id, clue.clue_no, org_name, {name: getattr(clue, name) for name in EDITABLE},
                          clue.local_version, tuple(links))


def find_clue_id(ws: WorkspaceSession, clue_no: str) -> str | None:
    """The id of the live clue numbered ``clue_no`` (also matches the bare sequence: "3" or "线索03号")."""
    require_clue_access(ws)
    wanted = clue_no.strip()
    with ws.read() as session:
        rows = session.execute(select(Clue.id, Clue.clue_no).where(Clue.is_deleted.is_(False))).all()
    exact = [str(i) for i, number in rows if number == wanted]
    if exact:
        return exact[0]
    digits = wanted.removeprefix("线索").removesuffix("号")
    if not digits.isdigit():
        return None
    matches = [(str(i), str(number)) for i, number in rows
               if (m := CLUE_SEQ.search(number or "")) and int(m.group(1)) == int(digits)]
    if len(matches) > 1:  # several teams' clues share the bare number: ask for the whole one
        raise InvalidFieldsError([FieldProblem("clue_no", "ambiguous", {
            "value": clue_no, "choices": "、".join(sorted(number for _, number in matches))}, entity="clue")])
    return matches[0][0] if matches else None


def _links(session: Any, clue_id: str) -> list[LinkRow]:
    links = session.scalars(select(ClueLink).where(ClueLink.clue_id == clue_id, ClueLink.is_deleted.is_(False)))
    rows = []
    for link in links:
        code, title = "", ""
        if link.target_kind == "finding":
            found = session.execute(select(Finding.code, Finding.title).where(Finding.id == link.target_id)).first()
        elif link.target_kind == "petition":
            found = session.execute(select(Petition.petition_no, Petition.summary)
                                    .where(Petition.id == link.target_id)).first()
        elif link.target_kind == "interview":
            found = session.execute(select(Interview.code, Interview.interviewee_name)
                                    .where(Interview.id == link.target_id)).first()
        else:
            found = None
        if found is not None:
            code, title = found[0] or "", found[1] or ""
        rows.append(LinkRow(link.id, link.target_kind, link.target_id, code, title))
    return sorted(rows, key=lambda r: (r.target_kind, r.code))


def linkable_findings(ws: WorkspaceSession, text: str = "", limit: int = 50) -> list[Choice]:
    """Live findings whose code, title or unit holds ``text``, to pick one to link (C2 data; clue roles ask)."""
    require_clue_access(ws)
    return [Choice(c.finding_id, f"{c.code}　{c.title}")
            for c in search_findings(ws, text, limit=limit, own_assignments=False)]


def clue_assignments(ws: WorkspaceSession) -> list[Choice]:
    """The assignments a clue may belong to (this team's, or every team's at HQ), as "unit (team N)"."""
    query = (select(Assignment.id, InspectedOrg.name, InspectionTeam.team_no)
             .join(InspectedOrg, InspectedOrg.id == Assignment.org_id)
             .join(InspectionTeam, InspectionTeam.id == Assignment.team_id)
             .where(Assignment.is_deleted.is_(False)).order_by(InspectionTeam.team_no, InspectedOrg.name))
    if ws.team_no is not None:
        query = query.where(InspectionTeam.team_no == ws.team_no)
    with ws.read() as session:
        return [Choice(r[0], f"{r[1]}（第{r[2]}组）") for r in session.execute(query)]


def finding_draft(ws: WorkspaceSession, finding_id: str) -> dict[str, Any]:
    """Values for a new clue taken from a finding (unit, problem, disciplines, source, first person named)."""
    require_clue_access(ws)
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        if finding is None:
            return {}
        org = session.get(InspectedOrg, finding.org_id)
        person = (finding.persons_involved or [{}])[0]
        return {
            "assignment_id": finding.assignment_id, "clue_name": f"关于{finding.title.removesuffix('问题')}的问题线索",
            "reflected_person_name": person.get("name"), "reflected_person_post": person.get("post"),
            "reflected_person_level": person.get("level"), "reflected_unit": org.name if org else None,
            "problem_text": finding.description, "discipline": list(finding.discipline_tags or []),
            "category_l1": finding.category_l1, "category_l2": finding.category_l2,
            "clue_source": finding.source_method, "accepted_at": ws.clock.now().date(),
        }
