"""信访件 register: channel, what it reflects, whether it is within the inspection's remit, its disposition.

The petitioner's identity is not here: it is clue-level (services/petitioners.py). A clue role may pass it
to create/update so both are written in one transaction; anyone else passing it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from models.entities import Petition
from models.enums import PetitionChannel, PetitionDisposition
from services.petitioners import require_clue_role, write_identity
from services.registers import (
    Problems,
    check_members,
    clean,
    get_entry,
    local_today,
    resolve_assignment,
    team_member_ids,
    write_entry,
)
from services.workspace import WorkspaceSession

KIND = "petition"


@dataclass
class PetitionInput:
    assignment_id: str | None = None
    channel: str = PetitionChannel.LETTER.value
    received_at: datetime | None = None
    is_anonymous: bool = False
    reflected_person_name: str | None = None
    reflected_person_post: str | None = None
    reflected_unit: str | None = None
    reflected_is_cadre: bool = False
    summary: str = ""
    in_scope: bool | None = None
    disposition: str | None = None
    forwarded_to: str | None = None
    forwarded_at: date | None = None
    handler_id: str | None = None
    handled_at: date | None = None

    @classmethod
    def from_row(cls, row: Petition) -> PetitionInput:
        return cls(**{name: getattr(row, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class IdentityInput:
    """The petitioner's identity as a clue role enters it on the petition form."""

    petitioner_name: str | None = None
    phone: str | None = None
    address: str | None = None


def create_petition(ws: WorkspaceSession, data: PetitionInput, identity: IdentityInput | None = None) -> str:
    return _save(ws, None, data, identity, None)


def update_petition(ws: WorkspaceSession, petition_id: str, data: PetitionInput,
                    identity: IdentityInput | None = None, expected_version: int | None = None) -> str:
    return _save(ws, petition_id, data, identity, expected_version)


def _save(ws: WorkspaceSession, petition_id: str | None, data: PetitionInput, identity: IdentityInput | None,
          expected_version: int | None) -> str:
    if identity is not None:
        require_clue_role(ws)
    problems = Problems(KIND)
    values: dict[str, Any] = {
        "assignment_id": data.assignment_id, "channel": data.channel, "received_at": data.received_at,
        "is_anonymous": bool(data.is_anonymous), "reflected_person_name": clean(data.reflected_person_name),
        "reflected_person_post": clean(data.reflected_person_post), "reflected_unit": clean(data.reflected_unit),
        "reflected_is_cadre": bool(data.reflected_is_cadre), "summary": (data.summary or "").strip(),
        "in_scope": data.in_scope, "disposition": data.disposition or None,
        "forwarded_to": clean(data.forwarded_to), "forwarded_at": data.forwarded_at,
        "handler_id": data.handler_id or None, "handled_at": data.handled_at,
    }
    with ws.write() as tx:
        row = get_entry(tx.session, KIND, petition_id) if petition_id else None
        assignment = resolve_assignment(tx.session, ws, data.assignment_id, problems)
        problems.choice("channel", data.channel, PetitionChannel)
        problems.required("received_at", data.received_at)
        problems.required("summary", values["summary"])
        problems.choice("disposition", values["disposition"], PetitionDisposition, required=False)
        if values["disposition"] == PetitionDisposition.FORWARDED.value:
            problems.required("forwarded_to", values["forwarded_to"])
        today = local_today(ws)
        for name in ("received_at", "forwarded_at", "handled_at"):
            problems.not_future(name, values[name], today)
        problems.date_order("forwarded_at", data.forwarded_at, "received_at", data.received_at)
        problems.date_order("handled_at", data.handled_at, "received_at", data.received_at)
        problems.lengths(Petition, values)
        if assignment is not None and values["handler_id"]:
            check_members(problems, "handler_id", [values["handler_id"]], team_member_ids(tx.session,
                                                                                        assignment.team_id))
        problems.check()
        assert assignment is not None
        saved = write_entry(tx, row, Petition, values, assignment, KIND, expected_version)
        assert isinstance(saved, Petition)
        if identity is not None:
            write_identity(tx, saved, identity.petitioner_name, identity.phone, identity.address)
        return saved.id
