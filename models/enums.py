"""Controlled vocabularies of the domain (docs/domain.md §3, §5 and the glossary §9).

Each member's value is the stable code stored in the database and in packages; ``zh`` is the official
Chinese wording (used in the interface, Excel and reports) and ``en`` the English label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum

# Official text writes 县（市、区）, 县(市、区), 乡镇(街道), 村(社区): full-width or half-width brackets, with or
# without the bracketed part. A wording's key drops spaces, brackets and enumeration commas (NFKC first, so
# full-width forms fold into half-width ones); bracket_free() drops the bracketed part itself.
_KEY_SPACES = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[()\[\]【】〔〕、,，·]")
_BRACKETED = re.compile(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]")


def wording_key(text: str) -> str:
    """The comparable form of a vocabulary wording: "县（市、区）", "县(市、区)" and "县市区" share one key."""
    return _KEY_DROP.sub("", _KEY_SPACES.sub("", unicodedata.normalize("NFKC", text))).lower()


def bracket_free(text: str) -> str:
    """The wording without its bracketed part: "乡镇（街道）" -> "乡镇" (NFKC-folded); "" when nothing else is left."""
    return _BRACKETED.sub("", unicodedata.normalize("NFKC", text)).strip()


class Vocabulary(StrEnum):
    """A StrEnum whose members carry their Chinese and English wording."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str = "", en: str = "") -> Vocabulary:
        member = str.__new__(cls, code)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    def label(self, language: str = "zh") -> str:
        return self.zh if language.startswith("zh") else self.en

    @classmethod
    def from_text(cls, text: str) -> Vocabulary:
        """The member whose code, Chinese or English wording is ``text`` (ValueError otherwise); brackets,
        full-width or half-width, and a bracketed part may differ (wording_key, bracket_free)."""
        wanted = text.strip()
        for member in cls:
            if wanted in (member.value, member.zh, member.en):
                return member
        keys = {wording_key(wanted), wording_key(bracket_free(wanted))} - {""}
        for member in cls:
            words = (member.value, member.zh, member.en)
            if keys & {wording_key(form) for word in words for form in (word, bracket_free(word)) if form}:
                return member
        raise ValueError(f"{text!r} is not one of {', '.join(m.zh for m in cls)}")

    @classmethod
    def codes_of(cls, texts: Iterable[object]) -> tuple[list[str], list[str]]:
        """The codes of ``texts`` (code, Chinese or English wording), each once in first-seen order, and the
        non-empty texts that name no member."""
        codes: list[str] = []
        unknown: list[str] = []
        for text in (str(t).strip() for t in texts):
            if not text:
                continue
            try:
                code = cls.from_text(text).value
            except ValueError:
                unknown.append(text)
                continue
            if code not in codes:
                codes.append(code)
        return codes, unknown


class Role(Vocabulary):
    HQ_ADMIN = "hq_admin", "巡察办管理员", "HQ administrator"
    TEAM_LEADER = "team_leader", "组长", "Team leader"
    DEPUTY_LEADER = "deputy_leader", "副组长", "Deputy leader"
    MEMBER = "member", "组员", "Member"
    CLUE_OFFICER = "clue_officer", "线索管理员", "Clue officer"

    @property
    def reads_clues(self) -> bool:
        return self in CLUE_ROLES


CLUE_ROLES = frozenset({Role.HQ_ADMIN, Role.TEAM_LEADER, Role.CLUE_OFFICER})


class WorkspaceKind(Vocabulary):
    TEAM = "team", "巡察组工作区", "Team workspace"
    HQ = "hq", "巡察办工作区", "HQ workspace"


class InspectionType(Vocabulary):
    ROUTINE = "routine", "常规巡察", "Routine"
    UPGRADED = "upgraded", "提级巡察", "Upgraded"
    SPECIAL = "special", "专项巡察", "Special"
    AD_HOC = "ad_hoc", "机动巡察", "Ad hoc"
    REVISIT = "revisit", "巡察\u201c回头看\u201d", "Revisit"
    TOWN_WITH_VILLAGES = "town_with_villages", "巡镇带村", "Township with villages"


class RoundStatus(Vocabulary):
    """A round's stage, in order (services/planning/rounds.py moves it forward, or one step back to correct)."""

    PLANNED = "planned", "计划中", "Planned"
    STATIONED = "stationed", "进驻中", "Stationed"
    REPORTED = "reported", "已报告", "Reported"
    RECTIFYING = "rectifying", "整改中", "Rectifying"
    CLOSED = "closed", "已完结", "Closed"


class OrgLevel(Vocabulary):
    MUNICIPAL_UNIT = "municipal_unit", "市直单位", "Municipal unit"
    COUNTY = "county", "县市区", "County"
    TOWNSHIP = "township", "乡镇（街道）", "Township"
    VILLAGE = "village", "村", "Village"
    COMMUNITY = "community", "社区", "Community"


class PartyOrgType(Vocabulary):
    LEADING_GROUP = "leading_group", "党组", "Leading party group"
    COMMITTEE = "committee", "党委", "Party committee"
    WORKING_COMMITTEE = "working_committee", "党工委", "Working committee"
    GENERAL_BRANCH = "general_branch", "党总支", "General branch"
    BRANCH = "branch", "党支部", "Branch"


class TeamRole(Vocabulary):
    LEADER = "leader", "组长", "Leader"
    DEPUTY = "deputy", "副组长", "Deputy leader"
    MEMBER = "member", "组员", "Member"
    LIAISON = "liaison", "联络员", "Liaison"
    PETITION_OFFICER = "petition_officer", "信访专员", "Petition officer"
    CLUE_OFFICER = "clue_officer", "线索管理员", "Clue officer"


class FindingStatus(Vocabulary):
    DRAFT = "draft", "草稿", "Draft"
    REVIEWED = "reviewed", "已审核", "Reviewed"
    SIGNED = "signed", "已签字", "Signed"
    REPORTED = "reported", "已写入报告", "Reported"
    FED_BACK = "fed_back", "已反馈", "Fed back"
    RECTIFYING = "rectifying", "整改中", "Rectifying"
    CLOSED = "closed", "已销号", "Closed"
    WITHDRAWN = "withdrawn", "已撤回", "Withdrawn"


class SourceMethod(Vocabulary):
    INTERVIEW = "interview", "个别谈话", "Interview"
    PETITION = "petition", "信访", "Petition"
    DOCUMENT = "document", "调阅资料", "Document review"
    FIELD_VISIT = "field_visit", "下沉走访", "Field visit"
    SURVEY = "survey", "民主测评", "Survey"
    MEETING = "meeting", "列席会议", "Attended meeting"
    FORUM = "forum", "座谈会", "Forum"
    AUDIT = "audit", "审计移交", "Audit referral"
    SPECIAL_CHECK = "special_check", "专项检查", "Special check"
    ASSIGNED = "assigned", "上级交办", "Assigned from above"


class EvidenceType(Vocabulary):
    INTERVIEW_RECORD = "interview_record", "谈话记录", "Interview record"
    MINUTES = "minutes", "会议纪要", "Minutes"
    VOUCHER = "voucher", "财务凭证", "Financial voucher"
    CONTRACT = "contract", "合同", "Contract"
    PHOTO = "photo", "照片", "Photo"
    DOCUMENT = "document", "文件", "Document"
    REQUESTED_MATERIAL = "requested_material", "调阅资料", "Requested material"
    SURVEY_RESULT = "survey_result", "测评结果", "Survey result"


class InterviewCategory(Vocabulary):
    MANDATORY = "mandatory", "必谈", "Mandatory"
    SELECTED = "selected", "选谈", "Selected"
    PUBLIC = "public", "群众", "Member of the public"


class PetitionChannel(Vocabulary):
    LETTER = "letter", "来信", "Letter"
    CALL = "call", "来电", "Call"
    VISIT = "visit", "来访", "Visit"
    MAILBOX = "mailbox", "邮箱", "Mailbox"
    ONLINE = "online", "网络", "Online"
    SUGGESTION_BOX = "suggestion_box", "意见箱", "Suggestion box"


class PetitionDisposition(Vocabulary):
    TO_CLUE = "to_clue", "转为问题线索", "Turned into a clue"
    TO_FINDING = "to_finding", "纳入问题底稿", "Taken into a finding"
    IMMEDIATE_FIX = "immediate_fix", "立行立改", "Immediate fix"
    FORWARDED = "forwarded", "转交有关单位", "Forwarded"
    FILED = "filed", "存档备查", "Filed"


class VisitKind(Vocabulary):
    """What a field-visit entry (FieldVisit.visit_kind) records: 下沉走访, 座谈会 or 列席会议."""

    VISIT = "visit", "下沉走访", "Field visit"
    FORUM = "forum", "座谈会", "Forum"
    MEETING = "meeting", "列席会议", "Attended meeting"


class Discipline(Vocabulary):
    POLITICAL = "political", "政治纪律", "Political discipline"
    ORGANISATIONAL = "organisational", "组织纪律", "Organisational discipline"
    INTEGRITY = "integrity", "廉洁纪律", "Integrity discipline"
    MASSES = "masses", "群众纪律", "Discipline toward the masses"
    WORK = "work", "工作纪律", "Work discipline"
    LIFE = "life", "生活纪律", "Life discipline"


class CadreLevel(Vocabulary):
    CITY_MANAGED = "city_managed", "市管干部", "City-managed cadre"
    COUNTY_MANAGED = "county_managed", "县管干部", "County-managed cadre"
    TOWNSHIP = "township", "乡镇干部", "Township cadre"
    VILLAGE = "village", "村干部", "Village cadre"
    GENERAL = "general", "一般干部", "General cadre"


class Receiver(Vocabulary):
    CDI = "cdi", "市纪委监委", "Municipal discipline commission"
    ORG_DEPT = "org_dept", "市委组织部", "Organisation department"
    COUNTY_CDI = "county_cdi", "县纪委监委", "County discipline commission"
    FUNCTIONAL_DEPT = "functional_dept", "职能部门", "Functional department"
    INSPECTED_ORG = "inspected_org", "被巡察党组织", "Inspected organisation"


class HandoverMode(Vocabulary):
    SINGLE = "single", "单移交", "Single"
    DUAL = "dual", "双移交", "Dual"


class DisposalType(Vocabulary):
    INQUIRY = "inquiry", "谈话函询", "Inquiry by talk or letter"
    PRELIMINARY_CHECK = "preliminary_check", "初步核实", "Preliminary verification"
    SHELVED = "shelved", "暂存待查", "Shelved pending"
    CLOSED = "closed", "予以了结", "Closed"
    CASE_FILED = "case_filed", "立案审查调查", "Case filed"


class HandoverKind(Vocabulary):
    CLUE = "clue", "问题线索", "Clue"
    PROBLEM = "problem", "问题", "Problem"
    PROPOSAL = "proposal", "巡察建议", "Proposal"
    IMMEDIATE_FIX = "immediate_fix", "立行立改事项", "Immediate-fix items"
    SPECIAL_REPORT = "special_report", "专题报告", "Special report"


class RectType(Vocabulary):
    IMMEDIATE = "immediate", "立行立改", "Immediate"
    DEADLINE = "deadline", "限期整改", "By deadline"
    LONG_TERM = "long_term", "长期坚持", "Long-term"


class RectStatus(Vocabulary):
    NOT_STARTED = "not_started", "未启动", "Not started"
    IN_PROGRESS = "in_progress", "正在整改", "In progress"
    DONE = "done", "已完成", "Done"
    MOSTLY_DONE = "mostly_done", "基本完成、持续整改", "Mostly done, continuing"
    NOT_DONE = "not_done", "未完成", "Not done"
    CLOSED_OUT = "closed_out", "已销号", "Closed out"


class ChangeOp(Vocabulary):
    INSERT = "insert", "新增", "Insert"
    UPDATE = "update", "修改", "Update"
    DELETE = "delete", "删除", "Delete"
    UNDELETE = "undelete", "恢复", "Undelete"
    RESOLVE = "resolve", "冲突处理", "Resolve"
