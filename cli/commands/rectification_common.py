"""What the rectification, feedback and handover commands share: finding codes to ids, the words of the
vocabularies, what a task and a handover print. Not a command module (no ``register``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from cli import formatting as fmt
from cli.commands.planning_common import label
from models.entities import Finding
from models.enums import RectStatus, RectType
from models.rectification_enums import FlagKind, HandoverTarget, MilestoneKind, ProposalTheme, ReviewOutcome
from services.errors import FieldProblem, InvalidFieldsError
from services.queries.rectification_board import HandoverRow, ProblemChain, TaskRow
from services.rectification.overdue import COLOUR_ZH
from services.workspace import WorkspaceSession

TASK_HELP = "整改任务：问题编号-序号（如 [2026]3巡-2组-1号-1）、问题编号（只有一项任务时）或任务 ID"


def finding_ids_of(ws: WorkspaceSession, codes: list[str], entity: str = "rectification_feedback",
                   field: str = "finding_ids") -> list[str]:
    """The ids of the findings with these codes, or InvalidFieldsError naming each unknown code."""
    with ws.read() as session:
        found = {code: id_ for code, id_ in session.execute(select(Finding.code, Finding.id).where(
            Finding.code.in_(codes), Finding.is_deleted.is_(False)))}
    missing = [FieldProblem(field, "unknown_reference", {"value": c}, entity=entity) for c in codes if c not in found]
    if missing:
        raise InvalidFieldsError(missing)
    return [found[c] for c in codes]


def task_data(row: TaskRow) -> dict[str, Any]:
    return {"id": row.id, "task": row.label, "item_no": row.item_no, "finding": row.finding_code,
            "org": row.org_name, "team_no": row.team_no, "problem": row.problem_text, "type": row.rect_type,
            "type_label": label(RectType, row.rect_type), "lead_unit": row.lead_unit,
            "responsible_leader": row.responsible_leader, "supervising_city_leader": row.supervising_city_leader,
            "supervising_bodies": list(row.supervising_bodies), "deadline": row.deadline, "status": row.status,
            "status_label": label(RectStatus, row.status), "colour": row.colour, "days_overdue": row.days_overdue,
            "closure_requested": row.closure_requested, "flags": row.flags, "progress_reports": row.progress_count}


def task_table(rows: list[TaskRow]) -> list[str]:
    table = [["整改任务", "被巡察单位", "反馈问题", "整改类型", "完成时限", "整改状态", "进度", "申请销号"]]
    table += [[r.label, r.org_name, r.problem_text[:24], label(RectType, r.rect_type), fmt.day(r.deadline),
               label(RectStatus, r.status), COLOUR_ZH[r.colour] + (f" {r.days_overdue}天" if r.days_overdue else ""),
               "是" if r.closure_requested else ""] for r in rows]
    return fmt.table(table)


def handover_data(row: HandoverRow) -> dict[str, Any]:
    return {"id": row.id, "handover_no": row.handover_no, "kind": row.receiver,
            "kind_label": label(HandoverTarget, row.receiver), "to": row.to_org, "handed_at": row.handed_at,
            "received_by": row.receiver_agent, "received_at": row.received_at, "deadline": row.deadline,
            "closed": row.closed, "colour": row.colour, "items": list(row.items),
            "feedback": [{"on": on, "text": text} for on, text in row.feedback], "handover_kind": row.kind,
            "theme": row.theme, "theme_label": label(ProposalTheme, row.theme)}


def handover_table(rows: list[HandoverRow]) -> list[str]:
    table = [["移交批次", "移交类别", "接收单位", "移交时间", "签收", "反馈期限", "反馈", "进度", "问题数"]]
    table += [[r.handover_no, label(HandoverTarget, r.receiver), r.to_org, fmt.day(r.handed_at),
               f"{r.receiver_agent or ''} {fmt.day(r.received_at)}".strip() or "未签收", fmt.day(r.deadline),
               f"{len(r.feedback)} 次" if r.feedback else "未反馈", COLOUR_ZH[r.colour], fmt.count(len(r.items))]
              for r in rows]
    return fmt.table(table)


def chain_data(chain: ProblemChain) -> dict[str, Any]:
    return {
        "finding": {"id": chain.finding_id, "code": chain.finding_code, "title": chain.finding_title,
                    "status": chain.finding_status, "org": chain.org_name},
        "feedback": {"on": chain.fed_back_on, "by": chain.fed_back_by},
        "milestones": [{"kind": m.kind, "kind_label": label(MilestoneKind, m.kind), "due_on": m.due_on,
                        "submitted_on": m.submitted_on, "documents": list(m.documents)} for m in chain.milestones],
        "tasks": [{**task_data(t.row), "measures": t.measures, "completion_standard": t.completion_standard,
                   "progress": [{"on": p.reported_on, "text": p.text, "status": p.status_after,
                                 "evidence": list(p.evidence)} for p in t.progress],
                   "reviews": [{"on": r.reviewed_on, "outcome": r.outcome,
                                "outcome_label": label(ReviewOutcome, r.outcome), "opinion": r.office_opinion,
                                "discipline_opinion": r.discipline_opinion,
                                "organisation_opinion": r.organisation_opinion} for r in t.reviews],
                   "flags": [{"on": f.decided_on, "kind": f.kind, "kind_label": label(FlagKind, f.kind),
                              "accountability": f.accountability, "persons": list(f.persons)} for f in t.flags]}
                  for t in chain.tasks],
        "handovers": [handover_data(h) for h in chain.handovers],
    }
