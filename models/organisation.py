"""Rounds, teams, people and the organisations inspected (reference/domain.md §2.1)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, new_id, utcnow


class InspectionRound(Synced, Base):
    """轮次: one round of a committee term, e.g. 十三届市委第三轮巡察."""

    __tablename__ = "inspection_round"

    term_no: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    round_no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    committee_name: Mapped[str] = mapped_column(String(60), default="市委")
    modes: Mapped[list[str]] = mapped_column(JSON, default=list)
    theme: Mapped[str | None] = mapped_column(Text, default=None)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    code_format: Mapped[str] = mapped_column(
        String(120), default="[{year}]{round_no}巡-{team_no}组-{seq}号"
    )

    __table_args__ = (UniqueConstraint("term_no", "year", "round_no"),)


class InspectionTeam(Synced, Base):
    """巡察组 of one round ("一次一授权")."""

    __tablename__ = "inspection_team"

    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True)
    team_no: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    contact_phone: Mapped[str | None] = mapped_column(String(40), default=None)
    mailbox: Mapped[str | None] = mapped_column(String(120), default=None)
    letterbox_location: Mapped[str | None] = mapped_column(String(200), default=None)
    station_start: Mapped[date | None] = mapped_column(default=None)
    station_end: Mapped[date | None] = mapped_column(default=None)

    __table_args__ = (UniqueConstraint("round_id", "team_no"),)


class TeamMember(Synced, Base):
    """组员: a person serving on a team, with their duty role and recusals (回避)."""

    __tablename__ = "team_member"

    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_team.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    source_unit: Mapped[str | None] = mapped_column(String(120), default=None)
    post: Mapped[str | None] = mapped_column(String(120), default=None)
    contact: Mapped[str | None] = mapped_column(String(60), default=None)
    is_part_time: Mapped[bool] = mapped_column(Boolean, default=False)
    recusal_org_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    recusal_note: Mapped[str | None] = mapped_column(Text, default=None)
    pledge_signed_at: Mapped[date | None] = mapped_column(default=None)


class InspectedOrg(Synced, Base):
    """被巡察党组织/单位, one self-referencing hierarchy: 市 -> 县(市、区) -> 乡镇(街道) -> 村(社区)."""

    __tablename__ = "inspected_org"

    name: Mapped[str] = mapped_column(String(120), index=True)
    short_name: Mapped[str | None] = mapped_column(String(60), default=None)
    party_org_name: Mapped[str | None] = mapped_column(String(120), default=None)
    party_org_type: Mapped[str | None] = mapped_column(String(20), default=None)
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("inspected_org.id"), default=None, index=True)
    division_code: Mapped[str | None] = mapped_column(String(12), default=None)
    principal_name: Mapped[str | None] = mapped_column(String(60), default=None)
    contact_name: Mapped[str | None] = mapped_column(String(60), default=None)
    contact_phone: Mapped[str | None] = mapped_column(String(40), default=None)
    village_class: Mapped[str | None] = mapped_column(String(20), default=None)
    village_profile: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class Assignment(Synced, Base):
    """巡察任务: round x team x org, with the inspection type and the period covered."""

    __tablename__ = "assignment"

    round_id: Mapped[str] = mapped_column(ForeignKey("inspection_round.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_team.id"), index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("inspected_org.id"), index=True)
    inspection_type: Mapped[str] = mapped_column(String(24))
    period_from: Mapped[date | None] = mapped_column(default=None)
    period_to: Mapped[date | None] = mapped_column(default=None)
    member_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_key_object: Mapped[bool] = mapped_column(Boolean, default=False)

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
