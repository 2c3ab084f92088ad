"""Every ORM entity in one import, so that the metadata is complete wherever it is needed."""

from models.audit import AuditEvent
from models.base import Base, ClueBase
from models.clue import Clue, ClueChange, ClueHandover, ClueLink, ClueMeta, PetitionerIdentity
from models.clue_sync import ClueBacklog, ClueConflict, ClueKey, CluePackage, CluePeer
from models.finding import Blob, BlobChunk, Evidence, Finding, FindingSource
from models.organisation import Assignment, InspectedOrg, InspectionRound, InspectionTeam, TeamMember, UserAccount
from models.rectification import Handover, HandoverItem, RectificationItem
from models.rectification_steps import (
    HandoverFeedback,
    RectificationFeedback,
    RectificationFlag,
    RectificationMilestone,
    RectificationProgress,
    RectificationReview,
)
from models.registers import DocumentRequest, DocumentRequestItem, FieldVisit, Interview, Petition
from models.sync import ChangeRecord, Meta
from models.sync_inbox import SyncBacklog, SyncConflict, SyncHeldPackage, SyncImportAttempt, SyncPackage, SyncPurge
from models.sync_registry import SyncDevice, SyncEnrollment, SyncKey, SyncPeer
from models.taxonomy import TaxonomyNode

SYNCED_ENTITIES = {
    cls.__tablename__: cls
    for cls in (
        InspectionRound, InspectionTeam, TeamMember, InspectedOrg, Assignment, TaxonomyNode, Finding,
        FindingSource, Evidence, Interview, Petition, DocumentRequest, DocumentRequestItem, FieldVisit,
        Handover, HandoverItem, RectificationItem, RectificationFeedback, RectificationMilestone,
        RectificationProgress, RectificationReview, RectificationFlag, HandoverFeedback,
    )
}
CLUE_ENTITIES = {cls.__tablename__: cls for cls in (Clue, ClueLink, PetitionerIdentity, ClueHandover)}


def entity_for_table(table_name: str) -> type | None:
    """The ORM class of a table name (both compartments; every mapper is registered by the imports above), for
    labels of a FieldProblem's ``entity``."""
    for base in (Base, ClueBase):
        for mapper in base.registry.mappers:
            if getattr(mapper.class_, "__tablename__", None) == table_name:
                return mapper.class_
    return None


__all__ = [
    "CLUE_ENTITIES",
    "SYNCED_ENTITIES",
    "Assignment",
    "AuditEvent",
    "Blob",
    "BlobChunk",
    "ChangeRecord",
    "Clue",
    "ClueBacklog",
    "ClueChange",
    "ClueConflict",
    "ClueHandover",
    "ClueKey",
    "ClueLink",
    "ClueMeta",
    "CluePackage",
    "CluePeer",
    "DocumentRequest",
    "DocumentRequestItem",
    "Evidence",
    "FieldVisit",
    "Finding",
    "FindingSource",
    "Handover",
    "HandoverFeedback",
    "HandoverItem",
    "InspectedOrg",
    "InspectionRound",
    "InspectionTeam",
    "Interview",
    "Meta",
    "Petition",
    "PetitionerIdentity",
    "RectificationFeedback",
    "RectificationFlag",
    "RectificationItem",
    "RectificationMilestone",
    "RectificationProgress",
    "RectificationReview",
    "SyncBacklog",
    "SyncConflict",
    "SyncDevice",
    "SyncEnrollment",
    "SyncHeldPackage",
    "SyncImportAttempt",
    "SyncKey",
    "SyncPackage",
    "SyncPeer",
    "SyncPurge",
    "TaxonomyNode",
    "TeamMember",
    "UserAccount",
    "entity_for_table",
]
