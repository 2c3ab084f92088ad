"""The columns of HQ's Excel ledgers, per kind: one table both the importer and the template/export writers read.

Headers are the official ones of docs/domain.md §7. Each column has a stable ``key`` (an entity field, or
a derived key such as ``org_name`` or ``team_no``), the aliases real sheets use for it, its value type and
limits. A kind names its identity (the keys that match a row to an existing record, so importing twice changes
nothing), its sensitivity and the header words that recognise it.

Templates and exports carry the column keys in a hidden sheet (``MAPPING_SHEET``, see ``mapping_rows``) so a
column survives a user renaming its header; the importer prefers that mapping when it is present.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from openpyxl.utils import get_column_letter

from models.enums import (
    CadreLevel,
    Discipline,
    DisposalType,
    HandoverMode,
    OrgLevel,
    PartyOrgType,
    Receiver,
    RectStatus,
    RectType,
    SourceMethod,
    Vocabulary,
)


class ValueType(StrEnum):
    TEXT = "text"  # one line or a paragraph; full-width spaces and stray line breaks trimmed
    INT = "int"
    SEQ = "seq"  # 序号: read for the report, never stored
    TERM = "term"  # 届次: "第13届", "十三届", 13
    YEAR = "year"  # 年度: "2026年", 2026
    ROUND = "round"  # 轮次: "第3轮", "第三轮", 3
    TEAM = "team"  # 巡察组: "第2组", "第二巡察组", "二组", 2
    DATE = "date"  # datetime, serial number, "2026年3月5日", "2026.3.5", "2026-03-05"
    DATETIME = "datetime"  # as DATE, stored as a datetime at midnight
    AMOUNT = "amount_wanyuan"  # Decimal 万元: "12.5万元", "125,000元", 12.5
    YES_NO = "yes_no"  # 是/否/√/×/Y/N/有/无/true/false
    ENUM = "enum"  # one member of ``vocabulary`` by code, Chinese or English wording (or an alias)
    ENUM_LIST = "enum_list"  # several members separated by 、，,;；/ or line breaks
    TEXT_LIST = "text_list"  # several texts, same separators
    ORG = "org_name"  # an InspectedOrg by name (under its township when given)
    TAXONOMY = "taxonomy"  # a category name or code, matched against the taxonomy tree


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    en: str
    type: ValueType = ValueType.TEXT
    aliases: tuple[str, ...] = ()
    required: bool = False
    max_length: int | None = None
    vocabulary: builtins.type[Vocabulary] | None = None
    # Extra wordings for an enum's members seen in real sheets ("村级" for a village), by member code.
    choice_aliases: tuple[tuple[str, str], ...] = ()
    # Written by exports, never read back (derived or held elsewhere): 序号, 组长审签, 进度颜色, 备注 ...
    importable: bool = True
    width: int = 14  # template column width in characters

    @property
    def names(self) -> tuple[str, ...]:
        """Every header this column answers to: official, aliases, English, the key itself."""
        return (self.header, *self.aliases, self.en, self.key)


@dataclass(frozen=True)
class KindSpec:
    kind: str  # orgs, findings, rectification, taxonomy, clues
    title: str  # the sheet's official title (巡察发现问题清单)
    entity_table: str  # the table the rows land in
    columns: tuple[ColumnSpec, ...]
    identity: tuple[str, ...]  # column keys that match a row to an existing record
    fallback_identity: tuple[str, ...]  # used when the identity columns are empty (a stable key)
    sensitivity: str  # C1 unit-facing, C2 working secret, C3 clue level
    detect: tuple[str, ...]  # headers typical of this kind (one of them decides among look-alikes)

    def column(self, key: str) -> ColumnSpec:
        return next(c for c in self.columns if c.key == key)

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


T = ValueType
C = ColumnSpec

YES_NO_TRUE = ("是", "√", "✓", "✔", "y", "yes", "true", "1", "有", "已", "对", "t")
YES_NO_FALSE = ("否", "×", "✗", "✘", "x", "n", "no", "false", "0", "无", "未", "不是", "f")

LEVEL_ALIASES = (("municipal_unit", "市直"), ("municipal_unit", "区级"), ("municipal_unit", "市直部门"),
                 ("municipal_unit", "市直单位"), ("county", "县级"), ("county", "县区"), ("county", "县市区"),
                 ("township", "乡镇"), ("township", "街道"), ("township", "乡镇级"), ("township", "乡镇（街道）"),
                 ("village", "村级"), ("village", "行政村"), ("community", "社区级"),
                 # the official bracketed forms (with or without the bracketed part, ChoiceTable)
                 ("county", "县（市、区）"), ("village", "村（社区）"))

CONTEXT = (
    C("term_no", "届次", "Term", T.TERM, ("届别", "届"), width=8),
    C("year", "年度", "Year", T.YEAR, ("年份", "巡察年度"), width=8),
    C("round_no", "轮次", "Round", T.ROUND, ("巡察轮次", "轮"), width=8),
    C("team_no", "巡察组", "Team", T.TEAM, ("巡察分组", "组别", "巡察组别", "组"), width=10),
    C("org_name", "被巡察单位", "Inspected organisation", T.ORG,
      ("巡察对象名称", "巡察对象", "被巡察党组织", "被巡察单位名称", "单位名称", "单位"), True, 120, width=22),
)

FINDINGS = KindSpec(
    "findings", "巡察发现问题清单", "finding",
    (
        C("seq", "序号", "No.", T.SEQ, ("编号序号",), importable=False, width=6),
        *CONTEXT,
        C("org_level", "单位层级", "Organisation level", T.ENUM, ("巡察级别", "单位级别", "层级"),
          vocabulary=OrgLevel, choice_aliases=LEVEL_ALIASES, width=10),
        C("township", "所属乡镇", "Township", T.TEXT, ("所属乡镇（街道）", "乡镇", "所属街道"), max_length=120),
        C("code", "问题编号", "Finding code", T.TEXT, ("底稿编号", "问题代码", "编号"), max_length=60, width=20),
        C("title", "问题标题", "Title", T.TEXT, ("问题", "问题名称", "标题", "问题简述"), True, 200, width=30),
        C("description", "问题表现", "Description", T.TEXT,
          ("问题描述", "具体问题", "问题表述", "具体问题表述", "主要问题", "问题具体表现"), width=50),
        C("legal_basis", "定性依据", "Legal basis", T.TEXT, ("法规依据", "法规政策依据", "依据"), width=30),
        C("category_l1", "一级分类", "Category (L1)", T.TAXONOMY,
          ("一级标签", "一级标题", "问题类别", "问题归类", "一级类别"), max_length=200, width=24),
        C("category_l2", "二级分类", "Category (L2)", T.TAXONOMY, ("二级标签", "二级标题", "二级类别"), max_length=200,
          width=24),
        C("category_l3", "三级分类", "Category (L3)", T.TEXT, ("三级标签", "三级标题", "三级类别"), max_length=200),
        C("discipline_tags", "六项纪律", "Six disciplines", T.ENUM_LIST, ("违反纪律", "纪律类别", "违反六项纪律"),
          vocabulary=Discipline),
        C("other_tags", "其他标签", "Other tags", T.TEXT_LIST, ("标签", "专项标签")),
        C("is_key", "是否重点", "Key problem", T.YES_NO, ("是否是重点", "重点问题", "是否重点问题"), width=8),
        C("is_common", "是否共性问题", "Common problem", T.YES_NO, ("共性问题", "是否共性"), width=8),
        C("source_method", "问题来源", "Source", T.ENUM, ("发现方式", "来源", "发现途径", "问题发现方式"),
          vocabulary=SourceMethod, choice_aliases=(("interview", "谈话"), ("document", "调阅"), ("field_visit", "走访"),
                                                   ("petition", "来信来访"))),
        C("amount_involved", "涉及金额(万元)", "Amount involved (10k yuan)", T.AMOUNT,
          ("涉及金额", "涉及金额（万元）", "问题金额（万元）", "问题金额", "金额", "金额(万元)"), width=12),
        C("occurred_from", "发生时间", "Occurred", T.DATE, ("发生日期", "问题发生时间"), width=12),
        C("location", "地点", "Location", T.TEXT, ("发生地点", "问题地点"), max_length=200),
        C("responsibility_analysis", "责任主体", "Responsible party", T.TEXT, ("责任单位", "责任人", "具体责任单位")),
        C("discovered_by", "发现人", "Found by", T.TEXT, ("发现人员", "承办人"), max_length=60, width=10),
        C("discovered_at", "发现时间", "Found on", T.DATE, ("发现日期",), width=12),
        C("signed", "组长审签", "Signed by leader", T.YES_NO, ("组长签字", "审签"), importable=False, width=8),
        C("immediate_fix", "是否立行立改", "Immediate fix", T.YES_NO, ("立行立改",), width=8),
        C("evidence_nos", "佐证材料编号", "Evidence numbers", T.TEXT_LIST, ("佐证材料",), importable=False),
        C("note", "备注", "Note", T.TEXT, ("说明",), importable=False),
    ),
    identity=("code",), fallback_identity=("org_name", "title"), sensitivity="C2",
    detect=("问题标题", "问题表现", "定性依据", "六项纪律", "是否重点", "一级分类", "问题"),
)

RECTIFICATION = KindSpec(
    "rectification", "巡察反馈问题整改台账", "rectification_item",
    (
        C("seq", "序号", "No.", T.SEQ, importable=False, width=6),
        C("round_label", "届次/轮次", "Term/round", T.TEXT, ("届次轮次",), importable=False, width=12),
        C("team_no", "巡察组", "Team", T.TEAM, ("巡察分组", "组别"), importable=False, width=10),
        C("org_name", "被巡察单位", "Inspected organisation", T.ORG, ("单位名称", "被巡察党组织", "一级单位"),
          max_length=120, width=22),
        C("code", "问题编号", "Finding code", T.TEXT, ("编号", "底稿编号"), True, 60, width=20),
        C("problem_category", "问题类别", "Problem category", T.TEXT, ("问题归类", "问题分类", "问题类别（一级/二级）"),
          max_length=200, width=20),
        C("problem_text", "反馈问题", "Problem fed back", T.TEXT,
          ("反馈问题（原文）", "问题表现", "具体问题表述", "问题"), width=50),
        C("target", "整改目标", "Target", T.TEXT, ("整改要求", "整改完成标准"), width=30),
        C("measures", "整改措施", "Measures", T.TEXT, ("细化的整改措施", "具体整改措施"), width=40),
        C("rect_type", "整改类型", "Rectification type", T.ENUM, vocabulary=RectType, width=10),
        C("responsible_leader", "责任领导", "Responsible leader", T.TEXT,
          ("分管领导", "协助整改工作的领导"), max_length=60),
        C("lead_unit", "牵头单位", "Lead unit", T.TEXT,
          ("牵头整改部门", "责任部门", "责任单位", "牵头部门"), max_length=120),
        C("cooperating_units", "配合单位", "Cooperating units", T.TEXT_LIST, ("配合部门", "配合整改部门")),
        C("first_responsible", "第一责任人", "First responsible person", T.TEXT, ("主要负责人", "整改第一责任人"),
          max_length=60),
        C("supervising_city_leader", "领衔督办市领导", "Supervising city leader", T.TEXT, ("督办领导", "领衔督办领导"),
          max_length=60),
        C("deadline", "完成时限", "Deadline", T.DATE, ("整改时限", "完成时间", "对应的完成时间"), width=12),
        C("progress_text", "整改进展", "Progress", T.TEXT, ("整改进度", "进展情况"), width=30),
        C("status", "整改状态", "Status", T.ENUM, ("状态", "整改情况"), vocabulary=RectStatus,
          choice_aliases=(("mostly_done", "基本完成"), ("in_progress", "整改中"), ("done", "已整改"),
                          ("closed_out", "销号"))),
        C("progress_colour", "进度颜色", "Progress colour", T.TEXT, importable=False, width=8),
        C("measures_taken", "已采取措施", "Measures taken", T.TEXT, ("已采取的整改措施",), width=30),
        C("evidence", "整改佐证材料", "Evidence", T.TEXT, importable=False),
        C("amount_recovered", "挽回金额(万元)", "Amount recovered (10k yuan)", T.AMOUNT,
          ("挽回/追缴金额(万元)", "挽回 / 追缴金额(万元)", "挽回金额", "追缴金额", "问题整改金额（万元）",
           "挽回金额（万元）"),
          width=12),
        C("rules_made", "建章立制", "Rules made", T.TEXT, ("建章立制（名称）", "完善制度情况")),
        C("accountability_summary", "追责问责", "Accountability", T.TEXT, ("追责问责（人数/方式）", "追责问题情况")),
        C("not_done_reason", "未完成原因及下一步计划", "Reason not done, next steps", T.TEXT,
          ("未整改到位问题原因及下一步计划", "未完成原因")),
        C("closure_requested_at", "申请销号时间", "Close-out requested", T.DATETIME, width=12),
        C("closure_opinion", "销号审核意见", "Close-out opinion", T.TEXT),
        C("closed", "是否销号", "Closed out", T.YES_NO, ("已销号",), width=8),
        C("closed_at", "销号时间", "Closed on", T.DATETIME, ("销号日期",), width=12),
        C("note", "备注", "Note", T.TEXT, ("说明",), importable=False),
    ),
    identity=("code",), fallback_identity=("code",), sensitivity="C1",
    detect=("整改措施", "整改目标", "整改状态", "反馈问题", "完成时限", "是否销号"),
)

ORGS = KindSpec(
    "orgs", "被巡察单位名单", "inspected_org",
    (
        C("seq", "序号", "No.", T.SEQ, importable=False, width=6),
        C("name", "单位名称", "Name", T.TEXT,
          ("被巡察单位", "被巡察单位名称", "巡察对象名称", "名称"), True, 120, width=26),
        C("short_name", "简称", "Short name", T.TEXT, ("单位简称",), max_length=60),
        C("party_org_name", "党组织名称", "Party organisation", T.TEXT, ("被巡察党组织", "党组织"), max_length=120,
          width=26),
        C("party_org_type", "党组织类型", "Party organisation type", T.ENUM, ("党组织类别",), vocabulary=PartyOrgType),
        C("level", "单位层级", "Level", T.ENUM, ("层级", "单位级别", "巡察级别"), True, vocabulary=OrgLevel,
          choice_aliases=LEVEL_ALIASES),
        C("parent_name", "上级单位", "Parent", T.TEXT,
          ("所属乡镇", "所属县市区", "上级", "所属单位", "隶属"), max_length=120, width=20),
        C("division_code", "行政区划代码", "Division code", T.TEXT, ("区划代码", "统计用区划代码"), max_length=12),
        C("principal_name", "主要负责人", "Principal", T.TEXT, ("负责人", "党组织书记", "书记"), max_length=60),
        C("contact_name", "联系人", "Contact", T.TEXT, max_length=60),
        C("contact_phone", "联系电话", "Phone", T.TEXT, ("电话", "联系方式"), max_length=40),
        C("village_class", "村（社区）类别", "Village class", T.TEXT, ("村类别", "村（社区）分类"), max_length=20),
    ),
    identity=("parent_name", "name"), fallback_identity=("parent_name", "name"), sensitivity="C2",
    detect=("单位名称", "党组织名称", "党组织类型", "上级单位", "行政区划代码", "单位层级"),
)

TAXONOMY = KindSpec(
    "taxonomy", "问题分类", "taxonomy_node",
    (
        C("scheme", "分类体系", "Scheme", T.TEXT, ("分类方案", "体系", "标签族"), True, 40, width=24),
        C("code", "分类编码", "Code", T.TEXT, ("编码", "代码", "分类代码"), True, 20, width=10),
        C("name", "分类名称", "Name", T.TEXT, ("名称", "分类", "标签名称"), True, 200, width=50),
        C("level", "层级", "Level", T.INT, ("级别", "分类层级"), True, width=6),
        C("parent_code", "上级编码", "Parent code", T.TEXT, ("上级分类编码", "父级编码"), max_length=20, width=10),
        C("order_no", "排序", "Order", T.INT, ("顺序", "排序号"), width=6),
    ),
    identity=("scheme", "code"), fallback_identity=("scheme", "code"), sensitivity="C2",
    detect=("分类体系", "分类编码", "分类名称", "上级编码"),
)

CLUES = KindSpec(
    "clues", "巡察问题线索移交清单", "clue",
    (
        C("seq", "序号", "No.", T.SEQ, importable=False, width=6),
        C("clue_no", "线索编号", "Clue number", T.TEXT, ("编号", "问题线索编号"), True, 60, width=22),
        *CONTEXT,
        C("reflected_person_name", "被反映人", "Person reported", T.TEXT, ("被反映人姓名", "姓名"), True, 60),
        C("reflected_person_post", "职务", "Post", T.TEXT, ("被反映人职务",), max_length=120, width=20),
        C("reflected_person_level", "干部管理权限", "Cadre level", T.ENUM,
          ("级别", "被反映人级别", "干部管理权限（级别）"), vocabulary=CadreLevel),
        C("problem_text", "主要问题", "Main problem", T.TEXT, ("主要问题（摘要）", "具体问题", "问题线索", "反映问题"),
          True, width=50),
        C("discipline", "六项纪律", "Six disciplines", T.ENUM_LIST, vocabulary=Discipline),
        C("clue_source", "线索来源", "Source", T.ENUM, ("来源",), vocabulary=SourceMethod),
        C("accepted_at", "受理时间", "Accepted on", T.DATE, ("受理日期",), width=12),
        C("disposal_type", "拟处置建议", "Proposed disposal", T.ENUM, ("分类处理意见", "处置方式", "处置建议"),
          vocabulary=DisposalType),
        C("proposed_receiver", "移交单位", "Receiver", T.ENUM, ("拟移交单位", "接收单位"), vocabulary=Receiver),
        C("handover_mode", "移交方式", "Handover mode", T.ENUM, vocabulary=HandoverMode, width=10),
        C("handed_at", "移交时间", "Handed over on", T.DATE, importable=False, width=12),
        C("from_agent", "移交人", "Handed over by", T.TEXT, ("移交经办人",), importable=False),
        C("receiver_agent", "接收人", "Received by", T.TEXT, ("接收经办人",), importable=False),
        C("received_at", "签收时间", "Received on", T.DATE, ("接收时间",), importable=False, width=12),
        C("feedback_due", "反馈期限", "Feedback due", T.DATE, ("反馈时限",), width=12),
        C("result", "办理结果", "Result", T.TEXT, ("处理结果", "具体办理情况")),
        C("closed", "是否办结", "Closed", T.YES_NO, ("办结",), width=8),
    ),
    identity=("clue_no",), fallback_identity=("clue_no",), sensitivity="C3",
    detect=("线索编号", "被反映人", "干部管理权限", "拟处置建议", "是否办结"),
)

KINDS: dict[str, KindSpec] = {spec.kind: spec for spec in (ORGS, FINDINGS, RECTIFICATION, TAXONOMY, CLUES)}

# ---- the hidden mapping of templates and exports ----
# A very hidden sheet named MAPPING_SHEET. Row 1: MAPPING_MARK, the kind, MAPPING_VERSION. Then one row per
# mapped sheet column: the data sheet's title, the header row number (1-based, the LAST header row), the column
# letter, the column key. The importer trusts a key over whatever header the user left in that column.
MAPPING_SHEET = "_xuncha_columns"
MAPPING_MARK = "xuncha-columns"
MAPPING_VERSION = 1


def mapping_rows(kind: str, sheet_title: str, header_row: int, keys: list[str] | tuple[str, ...],
                 first_column: int = 1) -> list[list[object]]:
    """The rows of MAPPING_SHEET for one data sheet whose columns, from ``first_column``, hold ``keys``."""
    rows: list[list[object]] = [[MAPPING_MARK, kind, MAPPING_VERSION]]
    rows += [[sheet_title, header_row, get_column_letter(first_column + i), key] for i, key in enumerate(keys)]
    return rows


def kind_for_title(text: str) -> str | None:
    """The kind whose official title ``text`` contains (a sheet name or a title row)."""
    for spec in KINDS.values():
        if spec.title in text:
            return spec.kind
    return None
