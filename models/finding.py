"""Findings (问题底稿), their evidence, and the content-addressed blobs that hold evidence bytes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, WanYuan, utcnow


class Finding(Synced, Base):
    """问题: one finding, one working paper (一事一底稿), from draft to close-out."""

    __tablename__ = "finding"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    seq_no: Mapped[int] = mapped_column(Integer)
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("inspected_org.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    qualitative_analysis: Mapped[str | None] = mapped_column(Text, default=None)
    legal_basis: Mapped[str | None] = mapped_column(Text, default=None)
    responsibility_analysis: Mapped[str | None] = mapped_column(Text, default=None)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy_node.id"), default=None, index=True)
    category_l1: Mapped[str | None] = mapped_column(String(200), default=None)
    category_l2: Mapped[str | None] = mapped_column(String(200), default=None)
    category_l3: Mapped[str | None] = mapped_column(String(200), default=None)
    discipline_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    other_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_key: Mapped[bool] = mapped_column(Boolean, default=False)
    is_common: Mapped[bool] = mapped_column(Boolean, default=False)
    source_method: Mapped[str | None] = mapped_column(String(20), default=None, index=True)
    amount_involved: Mapped[Decimal | None] = mapped_column(WanYuan, default=None)
    persons_involved: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    occurred_from: Mapped[date | None] = mapped_column(default=None)
    occurred_to: Mapped[date | None] = mapped_column(default=None)
    location: Mapped[str | None] = mapped_column(String(200), default=None)
    discovered_by: Mapped[str | None] = mapped_column(String(60), default=None)
    discovered_at: Mapped[date | None] = mapped_column(default=None)
    drafted_by: Mapped[str | None] = mapped_column(String(36), default=None)
    drafted_at: Mapped[datetime | None] = mapped_column(default=None)
    reviewed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    group_meeting_opinion: Mapped[str | None] = mapped_column(Text, default=None)
    signed_by: Mapped[str | None] = mapped_column(String(36), default=None)
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    immediate_fix: Mapped[bool] = mapped_column(Boolean, default=False)
    in_report: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback_text: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)


class FindingSource(Synced, Base):
    """Provenance: a finding came from an interview, petition, document request or field visit."""

    __tablename__ = "finding_source"

    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (UniqueConstraint("finding_id", "source_kind", "source_id"),)


class Blob(Base):
    """Immutable content-addressed bytes (evidence files), stored in chunks so none sits whole in memory."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str | None] = mapped_column(String(100), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlobChunk(Base):
    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Evidence(Synced, Base):
    """佐证材料: one attached file of a finding (or of a register entry), pointing at its blob."""

    __tablename__ = "evidence"

    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), default=None, index=True)
    owner_kind: Mapped[str] = mapped_column(String(20), default="finding")
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    evidence_no: Mapped[str] = mapped_column(String(40))
    evidence_type: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(255))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    obtained_from: Mapped[str | None] = mapped_column(String(200), default=None)
    obtained_at: Mapped[date | None] = mapped_column(default=None)
    collected_by: Mapped[str | None] = mapped_column(String(60), default=None)
