"""Rounds, teams, people and the organisations inspected (docs/domain.md §3.1)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, new_id, utcnow
from models.labels import label


class InspectionRound(Synced, Base):
    """轮次: one round of a committee term, e.g. 十三届市委第三轮巡察."""

    __tablename__ = "inspection_round"

    term_no: Mapped[int] = mapped_column(Integer, info=label("届次", "Term"))
    year: Mapped[int] = mapped_column(Integer, info=label("年度", "Year"))
    round_no: Mapped[int] = mapped_column(Integer, info=label("轮次", "Round"))
    title: Mapped[str] = mapped_column(String(200), info=label("轮次名称", "Title"))
    committee_name: Mapped[str] = mapped_column(String(60), default="市委", info=label("党委", "Committee"))
    modes: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("巡察方式", "Modes"))
    theme: Mapped[str | None] = mapped_column(Text, default=None, info=label("巡察重点", "Theme"))
    start_date: Mapped[date | None] = mapped_column(default=None, info=label("开始日期", "Start date"))
    end_date: Mapped[date | None] = mapped_column(default=None, info=label("结束日期", "End date"))
    status: Mapped[str] = mapped_column(String(20), default="planned", info=label("轮次状态", "Status"))
    code_format: Mapped[str] = mapped_column(
        String(120), default="[{year}]{round_no}巡-{team_no}组-{seq}号"
    )

    __table_args__ = (UniqueConstraint("term_no", "year", "round_no"),)


class InspectionTeam(Synced, Base):
    """巡察组 of one round ("一次一授权")."""

    __tablename__ = "inspection_team"

    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True, info=label("轮次", "Round"))
    team_no: Mapped[int] = mapped_column(Integer, info=label("组号", "Team no."))
    name: Mapped[str] = mapped_column(String(100), info=label("巡察组名称", "Team name"))
    contact_phone: Mapped[str | None] = mapped_column(String(40), default=None, info=label("联系电话", "Phone"))
    mailbox: Mapped[str | None] = mapped_column(String(120), default=None, info=label("电子邮箱", "Mailbox"))
    letterbox_location: Mapped[str | None] = mapped_column(
        String(200), default=None, info=label("意见箱位置", "Letterbox location")
    )
    station_start: Mapped[date | None] = mapped_column(default=None, info=label("进驻日期", "Stationed from"))
    station_end: Mapped[date | None] = mapped_column(default=None, info=label("撤离日期", "Stationed until"))

    __table_args__ = (UniqueConstraint("round_id", "team_no"),)


class TeamMember(Synced, Base):
    """组员: a person serving on a team, with their duty role and recusals (回避)."""

    __tablename__ = "team_member"

    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_team.id"), index=True, info=label("巡察组", "Team"))
    name: Mapped[str] = mapped_column(String(60), info=label("姓名", "Name"))
    role: Mapped[str] = mapped_column(String(20), info=label("组内职务", "Duty"))
    source_unit: Mapped[str | None] = mapped_column(String(120), default=None, info=label("所在单位", "Home unit"))
    post: Mapped[str | None] = mapped_column(String(120), default=None, info=label("职务", "Post"))
    contact: Mapped[str | None] = mapped_column(String(60), default=None, info=label("联系方式", "Contact"))
    is_part_time: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否兼职", "Part-time"))
    recusal_org_ids: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("回避单位", "Recusals"))
    recusal_note: Mapped[str | None] = mapped_column(Text, default=None, info=label("回避说明", "Recusal note"))
    pledge_signed_at: Mapped[date | None] = mapped_column(default=None, info=label("签订保密承诺日期", "Pledge signed"))


class InspectedOrg(Synced, Base):
    """被巡察党组织/单位, one self-referencing hierarchy: 市 -> 县(市、区) -> 乡镇(街道) -> 村(社区)."""

    __tablename__ = "inspected_org"

    name: Mapped[str] = mapped_column(String(120), index=True, info=label("单位名称", "Unit name"))
    short_name: Mapped[str | None] = mapped_column(String(60), default=None, info=label("简称", "Short name"))
    party_org_name: Mapped[str | None] = mapped_column(
        String(120), default=None, info=label("党组织名称", "Party organisation")
    )
    party_org_type: Mapped[str | None] = mapped_column(
        String(20), default=None, info=label("党组织类型", "Party organisation type")
    )
    level: Mapped[str] = mapped_column(String(20), info=label("单位层级", "Level"))
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("inspected_org.id"), default=None, index=True, info=label("上级单位", "Parent unit")
    )
    division_code: Mapped[str | None] = mapped_column(String(12), default=None, info=label("区划代码", "Division code"))
    principal_name: Mapped[str | None] = mapped_column(String(60), default=None, info=label("主要负责人", "Principal"))
    contact_name: Mapped[str | None] = mapped_column(String(60), default=None, info=label("联系人", "Contact person"))
    contact_phone: Mapped[str | None] = mapped_column(String(40), default=None, info=label("联系电话", "Phone"))
    village_class: Mapped[str | None] = mapped_column(String(20), default=None, info=label("村类别", "Village class"))
    village_profile: Mapped[dict[str, object]] = mapped_column(
        JSON, default=dict, info=label("村情概况", "Village profile")
    )


class Assignment(Synced, Base):
    """巡察任务: round x team x org, with the inspection type and the period covered."""

    __tablename__ = "assignment"

    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True, info=label("轮次", "Round"))
    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_team.id"), index=True, info=label("巡察组", "Team"))
    org_id: Mapped[str] = mapped_column(
        ForeignKey("inspected_org.id"), index=True, info=label("被巡察单位", "Inspected unit")
    )
    inspection_type: Mapped[str] = mapped_column(String(24), info=label("巡察方式", "Mode"))
    period_from: Mapped[date | None] = mapped_column(default=None, info=label("巡察起始时间", "Period from"))
    period_to: Mapped[date | None] = mapped_column(default=None, info=label("巡察截止时间", "Period to"))
    member_ids: Mapped[list[str]] = mapped_column(JSON, default=list, info=label("参加人员", "Members"))
    is_key_object: Mapped[bool] = mapped_column(Boolean, default=False, info=label("是否重点对象", "Key object"))

    __table_args__ = (UniqueConstraint("round_id", "team_id", "org_id"),)


class UserAccount(Base):
    """A person who may unlock this workspace. Local security configuration: audited, not synced.

    The passphrase never lives here; keys.json holds this user's key slot.
    """

    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    team_member_id: Mapped[str | None] = mapped_column(String(36), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)
