"""The fact-finding registers (docs/domain.md §3.2): interviews, petitions, document requests, visits.

A petitioner's identity is clue-level (C3) and lives in the clue compartment (models/clue.py), not here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced
from models.labels import label


class Interview(Synced, Base):
    """个别谈话: at least two interviewers, a recorder, the interviewee's signature."""

    __tablename__ = "interview"

    code: Mapped[str] = mapped_column(String(60), info=label("谈话编号", "Interview no."))
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignment.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    interviewee_name: Mapped[str] = mapped_column(String(60), info=label("谈话对象", "Interviewee"))
    interviewee_unit: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("谈话对象单位", "Interviewee's unit")
    )
    interviewee_post: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("谈话对象职务", "Interviewee's post")
    )
    interviewee_category: Mapped[str] = mapped_column(
        String(20), default="selected", info=label("谈话类别", "Category")
    )
    talk_time: Mapped[datetime | None] = mapped_column(default=None, info=label("谈话时间", "Time of the talk"))
    talk_place: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("谈话地点", "Place of the talk")
    )
    interviewer_ids: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("谈话人员", "Interviewers"))
    recorder_id: Mapped[str | None] = mapped_column(String(36), default=None, info=label("记录人员", "Recorder"))
    outline_items: Mapped[list[dict[str, str]]] = mapped_column(
        JSON, default=list, info=label("谈话提纲", "Talk outline")
    )
    summary: Mapped[str] = mapped_column(Text, default="", info=label("谈话摘要", "Summary"))
    signed_by_interviewee: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("是否签字确认", "Signed by interviewee")
    )


class Petition(Synced, Base):
    """信访件: channel, what it reflects, the in-scope decision and its disposition."""

    __tablename__ = "petition"

    petition_no: Mapped[str] = mapped_column(String(60), info=label("信访编号", "Petition no."))
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignment.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    channel: Mapped[str] = mapped_column(String(20), info=label("信访方式", "Channel"))
    received_at: Mapped[datetime | None] = mapped_column(default=None, info=label("受理时间", "Received at"))
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否匿名", "Anonymous"))
    reflected_person_name: Mapped[str | None] = mapped_column(
        String(60), default=None, info=label("被反映人", "Person reflected on")
    )
    reflected_person_post: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("被反映人职务", "Post of the person reflected on")
    )
    reflected_unit: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("被反映单位", "Unit reflected on")
    )
    reflected_is_cadre: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否党员干部", "Is a cadre"))
    summary: Mapped[str] = mapped_column(Text, default="", info=label("反映内容提要", "Summary of the petition"))
    in_scope: Mapped[bool | None] = mapped_column(
        Boolean, default=None, info=label("是否属于巡察受理范围", "Within the inspection's remit")
    )
    disposition: Mapped[str | None] = mapped_column(String(20), default=None, info=label("处理意见", "Disposition"))
    forwarded_to: Mapped[str | None] = mapped_column(String(120), default=None, info=label("转交单位", "Forwarded to"))
    forwarded_at: Mapped[date | None] = mapped_column(default=None, info=label("转交时间", "Forwarded on"))
    handler_id: Mapped[str | None] = mapped_column(String(36), default=None, info=label("经办人", "Handled by"))
    handled_at: Mapped[date | None] = mapped_column(default=None, info=label("办结时间", "Handled on"))


class DocumentRequest(Synced, Base):
    """调阅资料: a request list signed by the leader, its items and their return."""

    __tablename__ = "document_request"

    code: Mapped[str] = mapped_column(String(60), info=label("调阅编号", "Request no."))
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignment.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    requester_id: Mapped[str | None] = mapped_column(String(36), default=None, info=label("调阅人", "Requested by"))
    content: Mapped[str] = mapped_column(Text, default="", info=label("调阅内容", "Materials requested"))
    request_time: Mapped[datetime | None] = mapped_column(default=None, info=label("调阅时间", "Requested at"))
    leader_signed: Mapped[bool] = mapped_column(Boolean, default=False, info=label("组长签字", "Signed by the leader"))
    leader_signed_at: Mapped[datetime | None] = mapped_column(default=None, info=label("签字时间", "Signed at"))


class DocumentRequestItem(Synced, Base):
    __tablename__ = "document_request_item"

    request_id: Mapped[str] = mapped_column(
        ForeignKey("document_request.id"), index=True, info=label("调阅清单", "Request")
    )
    item_name: Mapped[str] = mapped_column(String(200), info=label("资料名称", "Material"))
    count: Mapped[int] = mapped_column(Integer, default=1, info=label("数量", "Count"))
    material_type: Mapped[str | None] = mapped_column(String(40), default=None, info=label("资料类型", "Type"))
    origin_type: Mapped[str | None] = mapped_column(
        String(40), default=None, info=label("原件/复印件", "Original or copy")
    )
    time_limit: Mapped[date | None] = mapped_column(default=None, info=label("期限", "Due back"))
    provider_name: Mapped[str | None] = mapped_column(String(60), default=None, info=label("提供人", "Provided by"))
    provided_at: Mapped[date | None] = mapped_column(default=None, info=label("提供时间", "Provided on"))
    returned: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否归还", "Returned"))
    returned_to: Mapped[str | None] = mapped_column(String(60), default=None, info=label("归还接收人", "Returned to"))
    returned_at: Mapped[date | None] = mapped_column(default=None, info=label("归还时间", "Returned on"))


class FieldVisit(Synced, Base):
    """下沉走访 / 座谈 / 列席: where, when, whom, what came of it."""

    __tablename__ = "field_visit"

    code: Mapped[str] = mapped_column(String(60), info=label("走访编号", "Visit no."))
    assignment_id: Mapped[str] = mapped_column(
        ForeignKey("assignment.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    visit_kind: Mapped[str] = mapped_column(String(20), default="visit", info=label("方式", "Kind"))
    target_place: Mapped[str] = mapped_column(String(200), info=label("走访地点", "Place"))
    visit_date: Mapped[date | None] = mapped_column(default=None, info=label("走访日期", "Date"))
    purpose: Mapped[str | None] = mapped_column(Text, default=None, info=label("走访目的", "Purpose"))
    persons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, info=label("走访对象", "People met"))
    result_text: Mapped[str] = mapped_column(Text, default="", info=label("了解情况", "What was learned"))
