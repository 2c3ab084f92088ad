"""Findings (问题底稿), their evidence, and the content-addressed blobs that hold evidence bytes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, WanYuan, utcnow
from models.labels import label


class Finding(Synced, Base):
    """问题: one finding, one working paper (一事一底稿), from draft to close-out."""

    __tablename__ = "finding"

    code: Mapped[str] = mapped_column(String(60), unique=True, info=label("问题编号", "Finding no."))
    seq_no: Mapped[int] = mapped_column(Integer, info=label("序号", "Sequence no."))
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignment.id"), index=True, info=label("巡察任务", "Assignment")
    )
    org_id: Mapped[str] = mapped_column(
        ForeignKey("inspected_org.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    title: Mapped[str] = mapped_column(String(200), info=label("问题标题", "Title"))
    description: Mapped[str] = mapped_column(Text, default="", info=label("问题表现", "Description"))
    qualitative_analysis: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("定性分析", "Qualitative analysis")
    )
    legal_basis: Mapped[str | None] = mapped_column(Text, default=None, info=label("定性依据", "Legal basis"))
    responsibility_analysis: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("责任主体初步分析", "Responsibility analysis")
    )
    category_id: Mapped[str | None] = mapped_column(
        ForeignKey("taxonomy_node.id"), default=None, index=True, info=label("问题类别", "Category")
    )
    category_l1: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("一级分类", "Category (level 1)")
    )
    category_l2: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("二级分类", "Category (level 2)")
    )
    category_l3: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("三级分类", "Category (level 3)")
    )
    discipline_tags: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("六项纪律", "Six disciplines"))
    other_tags: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("其他标签", "Other tags"))
    is_key: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否重点", "Key problem"))
    is_common: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否共性问题", "Common problem"))
    source_method: Mapped[str | None] = mapped_column(
        String(20), default=None, index=True, info=label("问题来源", "Source")
    )
    amount_involved: Mapped[Decimal | None] = mapped_column(
        WanYuan, default=None, info=label("涉及金额（万元）", "Amount involved (10,000 yuan)")
    )
    persons_involved: Mapped[list[dict[str, str]]] = mapped_column(
        JSON, default=list, info=label("涉及人员", "Persons involved")
    )
    occurred_from: Mapped[date | None] = mapped_column(default=None, info=label("发生时间（起）", "Occurred from"))
    occurred_to: Mapped[date | None] = mapped_column(default=None, info=label("发生时间（止）", "Occurred until"))
    location: Mapped[str | None] = mapped_column(String(200), default=None, info=label("地点", "Location"))
    discovered_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("发现人", "Discovered by"))
    discovered_at: Mapped[date | None] = mapped_column(default=None, info=label("发现时间", "Discovered on"))
    drafted_by: Mapped[str | None] = mapped_column(String(36), default=None, info=label("底稿撰写人", "Drafted by"))
    drafted_at: Mapped[datetime | None] = mapped_column(default=None, info=label("撰写时间", "Drafted at"))
    reviewed_by: Mapped[str | None] = mapped_column(String(36), default=None, info=label("副组长审核", "Reviewed by"))
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None, info=label("审核时间", "Reviewed at"))
    group_meeting_opinion: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("组务会审核意见", "Team meeting opinion")
    )
    signed_by: Mapped[str | None] = mapped_column(String(36), default=None, info=label("组长签字", "Signed by"))
    signed_at: Mapped[datetime | None] = mapped_column(default=None, info=label("签字时间", "Signed at"))
    immediate_fix: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否立行立改", "Immediate fix"))
    in_report: Mapped[bool] = mapped_column(Boolean, default=False, info=label("写入巡察报告", "In the report"))
    feedback_text: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("反馈问题表述", "Feedback wording")
    )
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True, info=label("状态", "Status"))

    # The findings list filters and sorts 100k findings on these columns. Two covering indexes spare it the wide
    # rows: one read in order (the whole list), one looked up by id (the findings a search matched).
    __table_args__ = (
        Index("ix_finding_list", "is_deleted", "assignment_id", "seq_no", "code", "id", "org_id", "status",
              "amount_involved", "discovered_at", "category_id", "is_key", "is_common", "immediate_fix"),
        Index("ix_finding_list_by_id", "id", "is_deleted", "assignment_id", "seq_no", "code", "org_id", "status",
              "amount_involved", "discovered_at", "category_id", "is_key", "is_common", "immediate_fix"),
    )


class FindingSource(Synced, Base):
    """Provenance: a finding came from an interview, petition, document request or field visit."""

    __tablename__ = "finding_source"

    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True, info=label("问题", "Finding"))
    source_kind: Mapped[str] = mapped_column(String(20), info=label("来源类型", "Source type"))
    source_id: Mapped[str] = mapped_column(String(36), info=label("来源记录", "Source record"))

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
    owner_kind: Mapped[str] = mapped_column(String(20), default="finding", info=label("所属类别", "Belongs to"))
    owner_id: Mapped[str] = mapped_column(String(36), index=True, info=label("所属记录", "Record"))
    evidence_no: Mapped[str] = mapped_column(String(40), info=label("证据编号", "Evidence no."))
    evidence_type: Mapped[str] = mapped_column(String(24), info=label("证据类型", "Evidence type"))
    title: Mapped[str] = mapped_column(String(200), info=label("证据名称", "Title"))
    file_name: Mapped[str] = mapped_column(String(255), info=label("文件", "File"))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    pages: Mapped[int | None] = mapped_column(Integer, default=None, info=label("页数", "Pages"))
    obtained_from: Mapped[str | None] = mapped_column(String(200), default=None,
                                                      info=label("取证来源", "Obtained from"))
    obtained_at: Mapped[date | None] = mapped_column(default=None, info=label("取证日期", "Obtained on"))
    collected_by: Mapped[str | None] = mapped_column(String(60), default=None, info=label("取证人", "Collected by"))
