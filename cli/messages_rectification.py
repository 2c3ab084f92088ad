"""Chinese sentences for issue 12 (rectification to close-out, classified handover), merged into cli/messages'
tables; kept apart so the shared tables change by one line each."""

from __future__ import annotations

RECTIFICATION_PERMISSIONS: dict[str, str] = {
    "rectification_by_hq": ("整改督办（反馈、整改任务、整改进展、申请销号、销号审核、问责和分类移交）"
                            "在巡察办工作区办理；巡察组工作区只能查看本组被巡察单位的整改情况，"
                            "状态随巡察办的更新包到达。当前角色：{role}。"),
    "rectification_hq_admin": "整改督办只有巡察办管理员可以办理。当前角色：{role}。",
}

RECTIFICATION_REASONS: dict[str, str] = {
    "finding_not_signed": "问题“{value}”为“{status}”，只有已签字（或已写入报告）的问题才能反馈给被巡察单位。",
    "other_unit": "问题“{value}”不是“{org}”的问题，不能在对该单位的反馈中列出。",
    "already_fed_back": "问题“{value}”已经反馈并建立了整改任务。",
    "closed_out": "整改任务“{value}”已销号，不能再修改；如发现虚假整改，请标记虚假整改后重新整改。",
    "closure_pending": "整改任务“{value}”已申请销号、等待审核，审核前不能改变整改状态。",
    "already_requested": "整改任务“{value}”已申请销号，正在等待巡察办审核。",
    "closure_without_evidence": ("整改任务“{value}”还没有任何佐证材料：没有佐证材料不能申请或同意销号，"
                                 "请先在整改进展中附上材料。"),
    "not_requested": "整改任务“{value}”尚未申请销号，不能审核；请先申请销号。",
    "other_unit_task": "“{value}”不是本台账所属单位的整改任务；导入单位台账只能更新该单位自己的任务。",
    "not_fed_back": "“{value}”尚未反馈，没有整改任务；请先用 feedback create 反馈。",
    "no_receipt": "移交批次“{value}”还没有回执（接收人、签收时间），请先登记回执再登记反馈。",
}
