"""The clue compartment (C3): tables of clues.db, attached as schema ``clues`` only for clue roles.

Everything that points at a clue lives here too: petitioners' identities, finding<->clue links and clue
handovers. The main database never holds a clue's content or a link to it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import ClueBase, Synced
from models.labels import label
from models.sync import ChangeColumns


class Clue(Synced, ClueBase):
    """问题线索: a lead about a leader's breach of the six disciplines, handed over by cadre authority."""

    __tablename__ = "clue"

    clue_no: Mapped[str] = mapped_column(String(60), info=label("线索编号", "Clue no."))
    assignment_id: Mapped[str] = mapped_column(String(36), index=True, info=label("被巡察单位", "Inspected unit"))
    org_id: Mapped[str] = mapped_column(String(36), index=True, info=label("被巡察单位", "Inspected unit"))
    clue_name: Mapped[str] = mapped_column(String(200), info=label("问题线索名称", "Clue title"))
    reflected_person_name: Mapped[str] = mapped_column(String(60), info=label("被反映人", "Person reflected on"))
    reflected_person_post: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("被反映人职务", "Post")
    )
    reflected_person_level: Mapped[str | None] = mapped_column(
        String(20), default=None, info=label("干部管理权限（级别）", "Cadre level")
    )
    reflected_unit: Mapped[str | None] = mapped_column(String(120), default=None, info=label("所在单位", "Unit"))
    problem_text: Mapped[str] = mapped_column(Text, default="", info=label("主要问题", "Problem"))
    discipline: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("六项纪律", "Six disciplines"))
    category_l1: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("一级分类", "Category (level 1)")
    )
    category_l2: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("二级分类", "Category (level 2)")
    )
    clue_source: Mapped[str | None] = mapped_column(String(20), default=None, info=label("线索来源", "Source"))
    accepted_at: Mapped[date | None] = mapped_column(default=None, info=label("受理时间", "Accepted on"))
    proposed_receiver: Mapped[str | None] = mapped_column(
        String(20), default=None, info=label("拟移交单位", "Proposed receiver")
    )
    handover_mode: Mapped[str | None] = mapped_column(String(10), default=None, info=label("移交方式", "Handover mode"))
    handover_id: Mapped[str | None] = mapped_column(String(36), default=None, info=label("移交批次", "Handover"))
    disposal_opinion: Mapped[str | None] = mapped_column(
        Text, default=None, info=label("分类处理意见", "Disposal opinion")
    )
    disposal_type: Mapped[str | None] = mapped_column(String(20), default=None, info=label("处置方式", "Disposal"))
    result: Mapped[str | None] = mapped_column(Text, default=None, info=label("办理结果", "Result"))
    handling_note: Mapped[str | None] = mapped_column(Text, default=None, info=label("具体办理情况", "Handling note"))
    feedback_due: Mapped[date | None] = mapped_column(default=None, info=label("反馈期限", "Feedback due"))
    feedback_at: Mapped[date | None] = mapped_column(default=None, info=label("实际反馈时间", "Fed back on"))
    closed: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否办结", "Closed"))


class ClueLink(Synced, ClueBase):
    """A C3 link from a clue to the finding, petition or interview it relates to."""

    __tablename__ = "clue_link"

    clue_id: Mapped[str] = mapped_column(String(36), index=True, info=label("问题线索", "Clue"))
    target_kind: Mapped[str] = mapped_column(String(20), info=label("关联对象类型", "Linked record kind"))
    target_id: Mapped[str] = mapped_column(String(36), index=True, info=label("关联对象", "Linked record"))

    __table_args__ = (UniqueConstraint("clue_id", "target_kind", "target_id"),)


class PetitionerIdentity(Synced, ClueBase):
    """Who petitioned: name and contact are C3, so they sit beside the clues, keyed by the petition id."""

    __tablename__ = "petitioner_identity"

    petition_id: Mapped[str] = mapped_column(String(36), unique=True, info=label("信访件", "Petition"))
    petitioner_name: Mapped[str | None] = mapped_column(String(60), default=None, info=label("信访人", "Petitioner"))
    phone: Mapped[str | None] = mapped_column(String(40), default=None, info=label("联系电话", "Phone"))
    address: Mapped[str | None] = mapped_column(String(200), default=None, info=label("联系地址", "Address"))


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
