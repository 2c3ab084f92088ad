"""The clue compartment (C3): tables of clues.db, attached as schema ``clues`` only for clue roles.

Everything that points at a clue lives here too: petitioners' identities, finding<->clue links and clue
handovers. The main database never holds a clue's content or a link to it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import ClueBase, Synced
from models.sync import ChangeColumns


class Clue(Synced, ClueBase):
    """问题线索: a lead about a leader's breach of the six disciplines, handed over by cadre authority."""

    __tablename__ = "clue"

    clue_no: Mapped[str] = mapped_column(String(60))
    assignment_id: Mapped[str] = mapped_column(String(36), index=True)
    org_id: Mapped[str] = mapped_column(String(36), index=True)
    clue_name: Mapped[str] = mapped_column(String(200))
    reflected_person_name: Mapped[str] = mapped_column(String(60))
    reflected_person_post: Mapped[str | None] = mapped_column(String(120), default=None)
    reflected_person_level: Mapped[str | None] = mapped_column(String(20), default=None)
    reflected_unit: Mapped[str | None] = mapped_column(String(120), default=None)
    problem_text: Mapped[str] = mapped_column(Text, default="")
    discipline: Mapped[list[str]] = mapped_column(JSON, default=list)
    category_l1: Mapped[str | None] = mapped_column(String(200), default=None)
    category_l2: Mapped[str | None] = mapped_column(String(200), default=None)
    clue_source: Mapped[str | None] = mapped_column(String(20), default=None)
    accepted_at: Mapped[date | None] = mapped_column(default=None)
    proposed_receiver: Mapped[str | None] = mapped_column(String(20), default=None)
    handover_mode: Mapped[str | None] = mapped_column(String(10), default=None)
    handover_id: Mapped[str | None] = mapped_column(String(36), default=None)
    disposal_opinion: Mapped[str | None] = mapped_column(Text, default=None)
    disposal_type: Mapped[str | None] = mapped_column(String(20), default=None)
    result: Mapped[str | None] = mapped_column(Text, default=None)
    handling_note: Mapped[str | None] = mapped_column(Text, default=None)
    feedback_due: Mapped[date | None] = mapped_column(default=None)
    feedback_at: Mapped[date | None] = mapped_column(default=None)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class ClueLink(Synced, ClueBase):
    """A C3 link from a clue to the finding, petition or interview it relates to."""

    __tablename__ = "clue_link"

    clue_id: Mapped[str] = mapped_column(String(36), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(36), index=True)

    __table_args__ = (UniqueConstraint("clue_id", "target_kind", "target_id"),)


class PetitionerIdentity(Synced, ClueBase):
    """Who petitioned: name and contact are C3, so they sit beside the clues, keyed by the petition id."""

    __tablename__ = "petitioner_identity"

    petition_id: Mapped[str] = mapped_column(String(36), unique=True)
    petitioner_name: Mapped[str | None] = mapped_column(String(60), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    address: Mapped[str | None] = mapped_column(String(200), default=None)


class ClueHandover(Synced, ClueBase):
    """A clue handover (线索移交) with its receipt: C3 because it lists clues."""

    __tablename__ = "clue_handover"

    handover_no: Mapped[str] = mapped_column(String(60))
    round_id: Mapped[str] = mapped_column(String(36), index=True)
    to_org: Mapped[str] = mapped_column(String(120))
    clue_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    from_agent: Mapped[str | None] = mapped_column(String(60), default=None)
    handed_at: Mapped[date | None] = mapped_column(default=None)
    receiver_agent: Mapped[str | None] = mapped_column(String(60), default=None)
    received_at: Mapped[date | None] = mapped_column(default=None)
    deadline: Mapped[date | None] = mapped_column(default=None)
    feedback_at: Mapped[date | None] = mapped_column(default=None)
    feedback_content: Mapped[str | None] = mapped_column(Text, default=None)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class ClueChange(ChangeColumns, ClueBase):
    """The change log of the compartment, with its own gap-free sequence (counter in ``clue_meta``)."""

    __tablename__ = "clue_change_log"

    __table_args__ = (UniqueConstraint("device_id", "device_seq"),)


class ClueMeta(ClueBase):
    """Facts about the compartment itself (its sequence counter, schema)."""

    __tablename__ = "clue_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
