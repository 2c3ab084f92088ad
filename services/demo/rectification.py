"""The demo's rectification after feedback (issue 12), on HQ's demo workspace: each unit's feedback (反馈) with its
milestones (整改方案 submitted, 整改情况报告 for most), progress reports with evidence, close-out requests, HQ's
three-party reviews (approved, one returned), a 虚假整改 and a 敷衍整改 flag with accountability, and three classified
handovers (to 纪委监委 answered and closed, to 组织部 with its feedback overdue, to a department not yet due).

Every state of the ledger appears: 未启动, 正在整改, 已完成, 基本完成、持续整改, 未完成 and 已销号, with overdue tasks
(their deadlines lie before the demo's today) among them. Written in one transaction, deterministic (seeded).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime

from sqlalchemy import select

from models.entities import (
    Assignment,
    Evidence,
    Finding,
    Handover,
    HandoverFeedback,
    HandoverItem,
    InspectionTeam,
    RectificationFeedback,
    RectificationFlag,
    RectificationItem,
    RectificationMilestone,
    RectificationProgress,
    RectificationReview,
)
from models.enums import FindingStatus, HandoverKind, RectStatus
from models.rectification_enums import FlagKind, HandoverTarget, MilestoneKind, ProposalTheme, ReviewOutcome
from services.changes import WriteTx
from services.demo.plan import demo_id
from services.evidence_store import store_blob
from services.rectification.evidence import MILESTONE_OWNER, PROGRESS_OWNER
from services.workspace import WorkspaceSession

SEED = 2026_12
FED_BACK_ON = date(2026, 6, 15)
PLAN_DUE, REPORT_DUE = date(2026, 7, 15), date(2026, 8, 15)
FIRST_REPORT, SECOND_REPORT = date(2026, 7, 20), date(2026, 9, 20)
REQUESTED_AT, REVIEWED_ON = datetime(2026, 10, 10, 9, 30), date(2026, 10, 25)
OFFICE = "王主任"


def _document(tx: WriteTx, owner_kind: str, owner_id: str, scope: str, title: str, number: int = 1) -> None:
    body = f"【演示材料】{title}\n本文件为演示数据，内容均为虚构。\n".encode()
    sha = store_blob(tx.session, body, "text/plain")
    tx.insert(Evidence(id=demo_id("rect_evidence", owner_id, number), owner_kind=owner_kind, owner_id=owner_id,
                       evidence_no=f"证{number}", evidence_type="document", title=title,
                       file_name=f"{title}.txt", blob_sha256=sha, collected_by=OFFICE), scope_team_id=scope)


def _progress(tx: WriteTx, item: RectificationItem, n: int, on: date, text: str, status: str,
              evidence: bool) -> None:
    row = RectificationProgress(id=demo_id("rect_progress", item.id, n), item_id=item.id, reported_on=on, text=text,
                                status_after=status, reported_by="被巡察单位整改联络员")
    tx.insert(row, scope_team_id=item.scope_team_id)
    if evidence:
        _document(tx, PROGRESS_OWNER, row.id, item.scope_team_id, f"整改佐证材料{n}")


def _review(tx: WriteTx, item: RectificationItem, approve: bool, opinion: str) -> None:
    tx.insert(RectificationReview(
        id=demo_id("rect_review", item.id, approve), item_id=item.id,
        outcome=(ReviewOutcome.APPROVED if approve else ReviewOutcome.RETURNED).value, office_opinion=opinion,
        discipline_opinion="经核查，同意销号" if approve else None,
        organisation_opinion="经核查，同意销号" if approve else None, reviewed_on=REVIEWED_ON, reviewed_by=OFFICE),
        scope_team_id=item.scope_team_id)


def add_rectification_steps(ws: WorkspaceSession) -> Counter[str]:
    """The steps after feedback for every ledger line of the demo (HQ's workspace, HQ's administrator)."""
    rng = random.Random(SEED)
    counts: Counter[str] = Counter()
    with ws.write() as tx:
        session = tx.session
        items = list(session.scalars(select(RectificationItem).where(RectificationItem.is_deleted.is_(False))
                                     .order_by(RectificationItem.id)))
        findings = {f.id: f for f in session.scalars(select(Finding).where(
            Finding.id.in_([i.finding_id for i in items])))}
        by_assignment: dict[str, list[RectificationItem]] = {}
        for item in items:
            by_assignment.setdefault(findings[item.finding_id].assignment_id, []).append(item)
        for index, (assignment_id, group) in enumerate(sorted(by_assignment.items())):
            assignment = session.get(Assignment, assignment_id)
            assert assignment is not None
            team = session.get(InspectionTeam, assignment.team_id)
            feedback = RectificationFeedback(
                id=demo_id("rect_feedback", assignment_id), round_id=assignment.round_id, assignment_id=assignment_id,
                org_id=assignment.org_id, fed_back_on=FED_BACK_ON, fed_back_by=f"{team.name if team else ''}组长",
                finding_ids=sorted({i.finding_id for i in group}))
            scope = assignment.scope_team_id
            tx.insert(feedback, scope_team_id=scope)
            counts["rectification_feedback"] += 1
            for kind, due, submitted in ((MilestoneKind.PLAN, PLAN_DUE, date(2026, 7, 10)),
                                         (MilestoneKind.REPORT, REPORT_DUE,
                                          date(2026, 8, 12) if index % 3 else None)):
                milestone = RectificationMilestone(id=demo_id("rect_milestone", feedback.id, kind.value),
                                                   feedback_id=feedback.id, kind=kind.value, due_on=due,
                                                   submitted_on=submitted)
                tx.insert(milestone, scope_team_id=scope)
                counts["rectification_milestone"] += 1
                if submitted:
                    _document(tx, MILESTONE_OWNER, milestone.id, scope, kind.zh)
            for item in group:
                tx.update(item, feedback_id=feedback.id)
                if item.status == RectStatus.NOT_STARTED.value:
                    continue
                _progress(tx, item, 1, FIRST_REPORT, "已召开专题会议，制定整改方案，逐项明确责任人和完成时限",
                          RectStatus.IN_PROGRESS.value, False)
                counts["rectification_progress"] += 1
                if item.status != RectStatus.IN_PROGRESS.value:
                    _progress(tx, item, 2, SECOND_REPORT, item.measures_taken or item.progress_text or "整改措施已落实",
                              item.status, True)
                    counts["rectification_progress"] += 1
        _close_outs(tx, items, findings, rng, counts)
        _handovers(tx, findings, counts)
    return counts


def _close_outs(tx: WriteTx, items: list[RectificationItem], findings: dict[str, Finding], rng: random.Random,
                counts: Counter[str]) -> None:
    done = [i for i in items if i.status == RectStatus.DONE.value]
    mostly = [i for i in items if i.status == RectStatus.MOSTLY_DONE.value]
    moving = [i for i in items if i.status == RectStatus.IN_PROGRESS.value]
    rng.shuffle(done)
    closed = done[: max(1, len(done) * 3 // 5)]
    for item in closed:
        _review(tx, item, True, "整改措施落实到位，佐证材料齐全，同意销号")
        tx.update(item, status=RectStatus.CLOSED_OUT.value, closure_requested_at=REQUESTED_AT,
                  closure_requested_by=None, closure_reviewed_by=None, closure_opinion="整改措施落实到位，同意销号",
                  closed_at=datetime(2026, 10, 25, 15, 0))
        counts["closed_out"] += 1
    for item in done[len(closed): len(closed) + 1]:  # returned: back to 正在整改
        _review(tx, item, False, "佐证材料不足，退回补充整改情况说明")
        tx.update(item, status=RectStatus.IN_PROGRESS.value, closure_opinion="佐证材料不足，退回补充整改情况说明")
    for item in mostly[:2]:  # waiting for HQ's review
        tx.update(item, closure_requested_at=REQUESTED_AT)
    tx.session.flush()
    for finding_id in sorted({i.finding_id for i in closed}):
        tasks = [i for i in items if i.finding_id == finding_id]
        if all(i.status == RectStatus.CLOSED_OUT.value for i in tasks):
            tx.update(findings[finding_id], status=FindingStatus.CLOSED.value)
    flagged: list[tuple[RectificationItem | None, FlagKind, str]] = [
        (closed[-1] if len(closed) > 1 else None, FlagKind.FALSE, "对单位主要负责人诫勉谈话，年度考核扣2分"),
        (moving[0] if moving else None, FlagKind.PERFUNCTORY, "对分管负责人提醒谈话，责令重新整改")]
    for target, kind, text in flagged:
        if target is None:
            continue
        tx.insert(RectificationFlag(id=demo_id("rect_flag", target.id), item_id=target.id, kind=kind.value,
                                    accountability=text, persons=[target.responsible_leader or "某某"],
                                    measure=text.split("，")[0], points_deducted=2 if kind is FlagKind.FALSE else None,
                                    decided_on=date(2026, 11, 5), recorded_by=OFFICE),
                  scope_team_id=target.scope_team_id)
        summary = "\n".join(filter(None, [target.accountability_summary, f"2026-11-05 {kind.zh}：{text}"]))
        status = RectStatus.NOT_DONE.value if kind is FlagKind.FALSE else target.status
        tx.update(target, accountability_summary=summary, status=status,
                  **({"closed_at": None} if kind is FlagKind.FALSE else {}))
        if kind is FlagKind.FALSE:
            tx.update(findings[target.finding_id], status=FindingStatus.RECTIFYING.value)
        counts["rectification_flag"] += 1
    for item in moving[1:3]:  # past the deadline, not done
        tx.update(item, status=RectStatus.NOT_DONE.value, not_done_reason="涉及历史遗留问题，需协调多部门推进，"
                                                                            "下一步将于年底前完成")


def _handovers(tx: WriteTx, findings: dict[str, Finding], counts: Counter[str]) -> None:
    ordered = sorted(findings.values(), key=lambda f: f.code)
    if len(ordered) < 6:
        return
    round_id = tx.session.scalar(select(Assignment.round_id).where(Assignment.id == ordered[0].assignment_id))
    batches = [
        (HandoverTarget.DISCIPLINE, "市纪委监委", ordered[0:2], date(2026, 6, 18), ("陈主任", date(2026, 6, 19)),
         (date(2026, 9, 10), "已对2名相关人员立案审查，1人给予党内警告处分"), True),
        (HandoverTarget.ORGANISATION, "市委组织部", ordered[2:4], date(2026, 6, 18), ("刘科长", date(2026, 6, 20)),
         None, False),
        (HandoverTarget.DEPARTMENT, "市财政局", ordered[4:6], date(2026, 10, 15), None, None, False),
    ]
    for n, (target, to_org, chosen, handed, receipt, feedback, closed) in enumerate(batches, start=1):
        month = handed.month + 3
        deadline = date(handed.year + (month - 1) // 12, (month - 1) % 12 + 1, handed.day)
        handover = Handover(id=demo_id("handover", n), handover_no=f"YJ-2026-3-{n}", round_id=round_id,
                            kind=(HandoverKind.PROPOSAL if target is HandoverTarget.DEPARTMENT
                                  else HandoverKind.PROBLEM).value, receiver=target.value, to_org=to_org,
                            theme=ProposalTheme.SPECIAL_FUNDS.value if target is HandoverTarget.DEPARTMENT else None,
                            from_agent=OFFICE, handed_at=handed, deadline=deadline, closed=closed,
                            receiver_agent=receipt[0] if receipt else None,
                            received_at=receipt[1] if receipt else None,
                            feedback_at=feedback[0] if feedback else None,
                            feedback_content=feedback[1] if feedback else None)
        tx.insert(handover, scope_team_id="hq")
        for finding in chosen:
            tx.insert(HandoverItem(id=demo_id("handover_item", n, finding.id), handover_id=handover.id,
                                   item_kind="finding", item_id=finding.id), scope_team_id="hq")
        if feedback:
            tx.insert(HandoverFeedback(id=demo_id("handover_feedback", n), handover_id=handover.id,
                                       received_on=feedback[0], text=feedback[1], recorded_by=OFFICE),
                      scope_team_id="hq")
        counts["handover"] += 1
