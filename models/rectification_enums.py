"""The vocabularies of rectification's steps and classified handover (issue 12), kept apart from models/enums.py
so that file changes by nothing; the same Vocabulary shape (code, Chinese, English)."""

from __future__ import annotations

from models.enums import Receiver, Vocabulary


class MilestoneKind(Vocabulary):
    PLAN = "plan", "整改方案", "Rectification plan"
    REPORT = "report", "整改情况报告", "Rectification report"


class ReviewOutcome(Vocabulary):
    APPROVED = "approved", "同意销号", "Closed out"
    RETURNED = "returned", "退回", "Returned"


class FlagKind(Vocabulary):
    PERFUNCTORY = "perfunctory", "敷衍整改", "Perfunctory rectification"
    FALSE = "false", "虚假整改", "False rectification"


class HandoverTarget(Vocabulary):
    """Where a classified handover (分类移交) goes; each maps to a Receiver of the clue handover list."""

    DISCIPLINE = "discipline", "纪委监委", "Discipline commission"
    ORGANISATION = "organisation", "组织部", "Organisation department"
    DEPARTMENT = "department", "职能部门", "Functional department"

    @property
    def receiver(self) -> Receiver:
        return {HandoverTarget.DISCIPLINE: Receiver.CDI, HandoverTarget.ORGANISATION: Receiver.ORG_DEPT,
                HandoverTarget.DEPARTMENT: Receiver.FUNCTIONAL_DEPT}[self]

    @property
    def default_to(self) -> str:
        return {HandoverTarget.DISCIPLINE: "市纪委监委", HandoverTarget.ORGANISATION: "市委组织部",
                HandoverTarget.DEPARTMENT: ""}[self]


class ProposalTheme(Vocabulary):
    """巡察建议 for special governance (专项治理): the themes of the committee's meeting."""

    PURCHASED_SERVICES = "purchased_services", "政府购买服务", "Purchased services"
    SPECIAL_FUNDS = "special_funds", "专项资金管理使用", "Special funds"
    INTERMEDIARY_FEES = "intermediary_fees", "中介服务费用", "Intermediary fees"
    CAPITAL_ASSETS = "capital_assets", "国有资产管理", "Capital assets"
    OTHER = "other", "其他", "Other"
