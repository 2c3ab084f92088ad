"""What a workspace holds, in numbers: for ``info``, the status bar and the statistics area."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import chain_head
from models.entities import (
    Assignment,
    Clue,
    DocumentRequest,
    Evidence,
    FieldVisit,
    Finding,
    InspectedOrg,
    InspectionRound,
    InspectionTeam,
    Interview,
    Petition,
    RectificationItem,
    UserAccount,
)
from models.migrate import current_revision
from models.sync import ChangeRecord
from services.workspace import WorkspaceSession

COUNTED = {
    "rounds": InspectionRound, "teams": InspectionTeam, "orgs": InspectedOrg, "assignments": Assignment,
    "findings": Finding, "evidence": Evidence, "interviews": Interview, "petitions": Petition,
    "document_requests": DocumentRequest, "field_visits": FieldVisit, "rectification_items": RectificationItem,
}


@dataclass
class WorkspaceInfo:
    path: str
    kind: str
    workspace_id: str
    device_id: str
    team_no: int | None
    demo: bool
    user: str
    role: str
    clue_access: bool
    schema_revision: str | None
    counts: dict[str, int] = field(default_factory=dict)
    clues: int | None = None
    users: int = 0
    changes: int = 0
    audit_events: int = 0
    pending_changes: int = 0
    file_bytes: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _live_count(session: Session, entity: type) -> int:
    query = select(func.count()).select_from(entity)
    if hasattr(entity, "is_deleted"):
        query = query.where(entity.is_deleted.is_(False))
    return int(session.scalar(query) or 0)


def workspace_info(ws: WorkspaceSession) -> WorkspaceInfo:
    """Counts of live (not deleted) rows; clue counts only for a session that holds the clue key."""
    with ws.read() as session:
        info = WorkspaceInfo(
            path=str(ws.path), kind=str(ws.kind), workspace_id=ws.keystore.workspace_id, device_id=ws.device_id,
            team_no=ws.team_no, demo=ws.demo, user=ws.actor.name, role=str(ws.actor.role),
            clue_access=ws.can_read_clues, schema_revision=current_revision(session.connection()),
        )
        info.counts = {name: _live_count(session, entity) for name, entity in COUNTED.items()}
        if ws.can_read_clues:
            info.clues = _live_count(session, Clue)
        info.users = int(session.scalar(select(func.count()).select_from(UserAccount)) or 0)
        info.changes = int(session.scalar(select(func.count()).select_from(ChangeRecord)) or 0)
        info.pending_changes = int(
            session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.acked.is_(False))) or 0
        )
        info.audit_events = chain_head(session, ws.device_id)[0]
    info.file_bytes = {p.name: p.stat().st_size for p in sorted(ws.path.iterdir()) if p.is_file()}
    return info
