"""The clue list (C3). Only a session holding the clue key may read it, and every reading is audited.

The audit event names no clue content: the number of rows shown is all it records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from models.entities import Clue
from services.errors import NotPermittedError
from services.workspace import WorkspaceSession

CLUE_LIST_VIEWED = "clue_list_viewed"


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


def list_clues(ws: WorkspaceSession) -> list[ClueRow]:
    """The live clues, and the ``clue_list_viewed`` audit event in the same transaction."""
    if not ws.can_read_clues:
        raise NotPermittedError("the clue compartment is closed to this user", role=ws.actor.role)
    query = (
        select(Clue.id, Clue.clue_no, Clue.clue_name, Clue.reflected_person_name, Clue.reflected_person_post,
               Clue.reflected_person_level, Clue.discipline, Clue.accepted_at, Clue.proposed_receiver,
               Clue.closed)
        .where(Clue.is_deleted.is_(False)).order_by(Clue.clue_no, Clue.id)
    )
    with ws.write() as tx:
        rows = [
            ClueRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), r[7], r[8], bool(r[9]))
            for r in tx.session.execute(query)
        ]
        tx.audit(CLUE_LIST_VIEWED, entity="clue", detail={"rows": len(rows)})
    return rows
