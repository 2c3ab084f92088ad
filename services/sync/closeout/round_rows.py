"""Which rows belong to one inspection round: the round, its teams, members and assignments, everything recorded
under those assignments (findings, registers, rectification, handovers), their evidence and, in the clue
compartment, the clues and what hangs off them. Close-out (services/sync/closeout/wipe.py) wipes exactly these.

Inspected units, the taxonomy and user accounts are shared by every round and stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import Synced
from models.entities import (
    Assignment,
    Clue,
    ClueHandover,
    ClueLink,
    DocumentRequest,
    DocumentRequestItem,
    Evidence,
    FieldVisit,
    Finding,
    FindingSource,
    Handover,
    HandoverFeedback,
    HandoverItem,
    InspectionRound,
    InspectionTeam,
    Interview,
    Petition,
    PetitionerIdentity,
    RectificationFeedback,
    RectificationFlag,
    RectificationItem,
    RectificationMilestone,
    RectificationProgress,
    RectificationReview,
    TeamMember,
)

CHUNK = 500  # ids per IN (...) list

# Deletion order: dependants before what they reference (foreign keys are on).
MAIN_ORDER: tuple[type[Synced], ...] = (
    Evidence, FindingSource, RectificationProgress, RectificationReview, RectificationFlag, RectificationItem,
    RectificationMilestone, RectificationFeedback, HandoverFeedback, HandoverItem, Handover, DocumentRequestItem,
    Interview, Petition, DocumentRequest, FieldVisit, Finding, Assignment, TeamMember, InspectionTeam,
    InspectionRound,
)
CLUE_ORDER: tuple[type[Synced], ...] = (ClueLink, PetitionerIdentity, Clue, ClueHandover)
REGISTERS: tuple[type[Synced], ...] = (Interview, Petition, DocumentRequest, FieldVisit)


def chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in ids:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _ids(session: Session, column: Any, key: Any, values: Iterable[str]) -> set[str]:
    """Ids (``column``) of the rows whose ``key`` is one of ``values``."""
    found: set[str] = set()
    for batch in chunks(values):
        found.update(session.scalars(select(column).where(key.in_(batch))))
    return found


@dataclass
class RoundRows:
    """The ids of one round's rows per entity (table name), in deletion order, and their blobs."""

    round_id: str
    main: dict[str, set[str]] = field(default_factory=dict)
    clues: dict[str, set[str]] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)

    def all_ids(self) -> set[str]:
        return {i for ids in (*self.main.values(), *self.clues.values()) for i in ids}

    def counts(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in (*self.main.items(), *self.clues.items()) if ids}


def round_rows(session: Session, round_id: str, *, clues: bool) -> RoundRows:
    """Every row of ``round_id`` (deleted ones too: a tombstone still holds its text)."""
    rows = RoundRows(round_id)
    main: dict[type[Synced], set[str]] = {}
    main[InspectionRound] = set(session.scalars(select(InspectionRound.id).where(InspectionRound.id == round_id)))
    main[InspectionTeam] = set(session.scalars(select(InspectionTeam.id).where(InspectionTeam.round_id == round_id)))
    main[TeamMember] = _ids(session, TeamMember.id, TeamMember.team_id, main[InspectionTeam])
    main[Assignment] = set(session.scalars(select(Assignment.id).where(Assignment.round_id == round_id)))
    assignments = main[Assignment]
    main[Finding] = _ids(session, Finding.id, Finding.assignment_id, assignments)
    main[FindingSource] = _ids(session, FindingSource.id, FindingSource.finding_id, main[Finding])
    main[RectificationItem] = _ids(session, RectificationItem.id, RectificationItem.finding_id, main[Finding])
    # the steps of rectification (issue 12): the unit's feedback and milestones, each task's progress, reviews, flags
    main[RectificationFeedback] = set(session.scalars(select(RectificationFeedback.id).where(
        RectificationFeedback.round_id == round_id)))
    main[RectificationMilestone] = _ids(session, RectificationMilestone.id, RectificationMilestone.feedback_id,
                                        main[RectificationFeedback])
    for step in (RectificationProgress, RectificationReview, RectificationFlag):
        main[step] = _ids(session, step.id, step.item_id, main[RectificationItem])
    for register in REGISTERS:
        main[register] = _ids(session, register.id, register.assignment_id, assignments)  # type: ignore[attr-defined]
    main[DocumentRequestItem] = _ids(session, DocumentRequestItem.id, DocumentRequestItem.request_id,
                                     main[DocumentRequest])
    main[Handover] = set(session.scalars(select(Handover.id).where(Handover.round_id == round_id)))
    main[HandoverItem] = _ids(session, HandoverItem.id, HandoverItem.handover_id, main[Handover])
    main[HandoverFeedback] = _ids(session, HandoverFeedback.id, HandoverFeedback.handover_id, main[Handover])
    owners = {i for entity, ids in main.items() if entity is not Evidence for i in ids}
    evidence = _ids(session, Evidence.id, Evidence.owner_id, owners) | _ids(
        session, Evidence.id, Evidence.finding_id, main[Finding])
    main[Evidence] = evidence
    rows.blobs = _ids(session, Evidence.blob_sha256, Evidence.id, evidence)
    rows.main = {entity.__tablename__: main[entity] for entity in MAIN_ORDER}
    if clues:
        clue_rows: dict[type[Synced], set[str]] = {}
        clue_rows[Clue] = _ids(session, Clue.id, Clue.assignment_id, assignments)
        clue_rows[ClueLink] = _ids(session, ClueLink.id, ClueLink.clue_id, clue_rows[Clue])
        clue_rows[PetitionerIdentity] = _ids(session, PetitionerIdentity.id, PetitionerIdentity.petition_id,
                                             main[Petition])
        clue_rows[ClueHandover] = set(session.scalars(select(ClueHandover.id).where(ClueHandover.round_id == round_id)))
        rows.clues = {entity.__tablename__: clue_rows[entity] for entity in CLUE_ORDER}
    return rows


def entity_class(name: str) -> type[Synced]:
    for entity in (*MAIN_ORDER, *CLUE_ORDER):
        if entity.__tablename__ == name:
            return entity
    raise KeyError(name)
