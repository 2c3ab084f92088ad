"""Who petitioned (信访人): name, phone and address are clue-level (C3) and live in the clue compartment.

Only a session holding the clue key (team leader, clue officer, HQ) may read or write them; every reading
leaves a ``petitioner_viewed`` audit event that names the petition, never the person. A member's petition
form has no identity fields at all, and a member's session has no compartment to write them into.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.entities import Petition, PetitionerIdentity
from services.changes import WriteTx
from services.errors import NotPermittedError
from services.registers import Problems, clean, get_entry
from services.workspace import WorkspaceSession

PETITIONER_VIEWED = "petitioner_viewed"
ENTITY = "petitioner_identity"


@dataclass(frozen=True)
class PetitionerIdentityView:
    petition_id: str
    petitioner_name: str | None
    phone: str | None
    address: str | None

    @property
    def is_empty(self) -> bool:
        return not (self.petitioner_name or self.phone or self.address)


def require_clue_role(ws: WorkspaceSession) -> None:
    if not ws.can_read_clues:
        raise NotPermittedError("petitioners' identities are clue-level", role=ws.actor.role)


def petitioner_identity(ws: WorkspaceSession, petition_id: str) -> PetitionerIdentityView | None:
    """The identity recorded for a petition (None when none is), and the audit event of this viewing."""
    require_clue_role(ws)
    with ws.write() as tx:
        get_entry(tx.session, "petition", petition_id)
        row = _identity_row(tx, petition_id)
        tx.audit(PETITIONER_VIEWED, entity="petition", entity_id=petition_id, detail={"recorded": row is not None})
        if row is None:
            return None
        return PetitionerIdentityView(petition_id, row.petitioner_name, row.phone, row.address)


def set_petitioner_identity(ws: WorkspaceSession, petition_id: str, name: str | None, phone: str | None,
                            address: str | None) -> None:
    """Record or change (all three empty: clear) the identity of a petition's petitioner."""
    require_clue_role(ws)
    with ws.write() as tx:
        petition = get_entry(tx.session, "petition", petition_id)
        assert isinstance(petition, Petition)
        write_identity(tx, petition, name, phone, address)


def write_identity(tx: WriteTx, petition: Petition, name: str | None, phone: str | None,
                   address: str | None) -> None:
    """Inside an open transaction: validate and write the compartment row (its change goes to the clue log)."""
    require_clue_role(tx.ws)
    values: dict[str, Any] = {"petitioner_name": clean(name), "phone": clean(phone), "address": clean(address)}
    problems = Problems(ENTITY)
    problems.lengths(PetitionerIdentity, values)
    if petition.is_anonymous and values["petitioner_name"]:
        problems.add("petitioner_name", "invalid", value=values["petitioner_name"])
    problems.check()
    row = _identity_row(tx, petition.id)
    if row is None:
        if any(values.values()):
            tx.insert(PetitionerIdentity(petition_id=petition.id, **values), scope_team_id=petition.scope_team_id)
    else:  # cleared fields stay as an emptied row: one row per petition, its history in the clue log
        tx.update(row, **values)


def _identity_row(tx: WriteTx, petition_id: str) -> PetitionerIdentity | None:
    query = select(PetitionerIdentity).where(PetitionerIdentity.petition_id == petition_id,
                                             PetitionerIdentity.is_deleted.is_(False))
    return tx.session.scalar(query)
