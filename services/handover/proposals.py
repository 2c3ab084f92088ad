"""巡察建议 and 共性问题 (issue 12). An inspection proposal goes to a responsible department for special governance
(专项治理: purchased services, special funds, intermediary fees, capital assets): a handover of kind 巡察建议 with
its theme and the findings it rests on; the department's answer is a feedback entry (batches.add_feedback), so
its deadline and overdue colour are those of any classified handover.

The common-problem report gathers the findings flagged 共性问题 across the units, grouped by category, as a plain
text document HQ sends round (so that others correct themselves first); it names units and problems, never a
person, a petitioner or a clue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from models.entities import Assignment, Finding, Handover, InspectedOrg, InspectionRound
from models.enums import HandoverKind
from models.rectification_enums import HandoverTarget, ProposalTheme
from models.store import atomic_write
from services.handover.batches import HandoverInput, create_handover
from services.rectification.rules import require_supervisor
from services.registers import Problems
from services.workspace import WorkspaceSession


def create_proposal(ws: WorkspaceSession, round_id: str, department: str, theme: str, finding_ids: list[str],
                    handed_at: date | None = None, deadline: date | None = None) -> str:
    """A 巡察建议 to ``department`` on ``theme``, resting on ``finding_ids``; the handover's id."""
    require_supervisor(ws, "proposal")
    problems = Problems(Handover.__tablename__)
    problems.choice("theme", theme, ProposalTheme)
    problems.check()
    handover_id = create_handover(ws, HandoverInput(round_id, HandoverTarget.DEPARTMENT.value, finding_ids,
                                                    department, handed_at, deadline, HandoverKind.PROPOSAL.value))
    with ws.write() as tx:
        row = tx.session.get(Handover, handover_id)
        assert row is not None
        tx.update(row, theme=theme)
    return handover_id


@dataclass(frozen=True)
class CommonGroup:
    category: str
    findings: list[tuple[str, str, str]]  # (unit, code, title)

    @property
    def units(self) -> int:
        return len({unit for unit, _, _ in self.findings})


def common_problems(ws: WorkspaceSession, round_id: str | None = None) -> list[CommonGroup]:
    """Findings flagged common (not withdrawn), grouped by category (level 1 / level 2), most units first."""
    query = (select(Finding.category_l1, Finding.category_l2, InspectedOrg.name, Finding.code, Finding.title)
             .join(Assignment, Assignment.id == Finding.assignment_id)
             .join(InspectedOrg, InspectedOrg.id == Finding.org_id)
             .where(Finding.is_common.is_(True), Finding.is_deleted.is_(False), Finding.status != "withdrawn")
             .order_by(Finding.code))
    if round_id:
        query = query.where(Assignment.round_id == round_id)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    with ws.read() as session:
        for l1, l2, unit, code, title in session.execute(query):
            name = " / ".join(part for part in (l1, l2) if part) or "未分类"
            groups.setdefault(name, []).append((unit, code, title))
    made = [CommonGroup(name, rows) for name, rows in groups.items()]
    return sorted(made, key=lambda g: (-g.units, -len(g.findings), g.category))


def write_common_report(ws: WorkspaceSession, target: Path | str, round_id: str | None = None) -> int:
    """The common-problem report as a text document at ``target`` (atomic, audited); how many problems it lists."""
    require_supervisor(ws, "common_report")
    groups = common_problems(ws, round_id)
    title = "巡察发现共性问题通报"
    if round_id:
        with ws.read() as session:
            rnd = session.get(InspectionRound, round_id)
            title = f"{rnd.title}发现共性问题通报" if rnd else title
    lines = [title, "（C1 · 供各单位对照自查自纠）", ""]
    for number, group in enumerate(groups, start=1):
        lines.append(f"{number}. {group.category}（{group.units} 个单位，{len(group.findings)} 个问题）")
        lines += [f"    {unit}：{problem}" for unit, _, problem in group.findings]
        lines.append("")
    lines.append("请各单位对照上述问题开展自查自纠，举一反三、建章立制。")
    target = Path(target)
    with atomic_write(target) as handle:
        handle.write("\n".join(lines).encode("utf-8"))
    count = sum(len(g.findings) for g in groups)
    with ws.write() as tx:
        tx.audit("report_exported", detail={"kind": "common_problems", "rows": count, "marking": "C1"})
    return count
