"""The one query behind the finding picker (ui/finding_picker.py): live findings whose code, title or unit holds
the typed text, capped, within one unit's assignment or the whole workspace, leaving out the ones already taken.

Register links ask for the findings of this workspace's own assignments (a team: its own), a clue's links (the clue
dialog, opened only with the clue key) for every live finding of the workspace, as
services/queries/clues.linkable_findings does after asking for the clue key.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import or_, select

from models.finding import Finding
from models.organisation import Assignment, InspectedOrg
from services.finding_scope import assignments_query
from services.workspace import WorkspaceSession


@dataclass(frozen=True)
class FindingChoice:
    finding_id: str
    code: str
    title: str
    org_name: str
    status: str


def like_pattern(text: str) -> str:
    """``text`` anywhere, its LIKE wildcards taken literally (escape ``\\``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_findings(ws: WorkspaceSession, text: str = "", *, limit: int | None = 50, assignment_id: str | None = None,
                    exclude: Collection[str] = (), own_assignments: bool = True) -> list[FindingChoice]:
    """Live findings in number order whose code, title or unit name holds ``text`` (all when empty), at most
    ``limit`` (None: no cap); of ``assignment_id`` only when given; none of ``exclude``; ``own_assignments``: only
    under the assignments this workspace files findings under (services/finding_scope.py)."""
    query = (select(Finding.id, Finding.code, Finding.title, InspectedOrg.name, Finding.status)
             .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
             .where(Finding.is_deleted.is_(False)))
    if own_assignments:
        allowed = assignments_query(ws).with_only_columns(Assignment.id).scalar_subquery()
        query = query.where(Finding.assignment_id.in_(allowed))
    if assignment_id is not None:
        query = query.where(Finding.assignment_id == assignment_id)
    if exclude:
        query = query.where(Finding.id.not_in(list(exclude)))
    wanted = text.strip()
    if wanted:
        pattern = like_pattern(wanted)
        query = query.where(or_(Finding.code.like(pattern, escape="\\"), Finding.title.like(pattern, escape="\\"),
                                InspectedOrg.name.like(pattern, escape="\\")))
    query = query.order_by(Finding.seq_no, Finding.code)
    if limit is not None:
        query = query.limit(limit)
    with ws.read() as session:
        return [FindingChoice(*row) for row in session.execute(query)]
