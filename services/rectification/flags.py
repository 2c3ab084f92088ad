"""敷衍整改 / 虚假整改: a task found perfunctory or false, with the accountability that followed (organisational or
disciplinary measures, points deducted: who, what, when). The flag is a row of its own (its change record and
audit event) plus an audit event ``rectification_flagged`` on the task, so the audit chain names it; a task
closed out on false rectification is reopened (未完成)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from models.entities import RectificationFlag
from models.enums import RectStatus
from models.rectification_enums import FlagKind
from services.rectification.rules import live_item, require_supervisor
from services.registers import Problems, clean
from services.workspace import WorkspaceSession

ENTITY = RectificationFlag.__tablename__


@dataclass
class FlagInput:
    kind: str
    accountability: str
    persons: list[str] = field(default_factory=list)
    measure: str | None = None
    points_deducted: int | None = None
    decided_on: date | None = None


def flag_task(ws: WorkspaceSession, item_ref: str, data: FlagInput) -> str:
    require_supervisor(ws, "flag")
    today = ws.clock.now().date()
    on = data.decided_on or today
    problems = Problems(ENTITY)
    problems.choice("kind", data.kind, FlagKind)
    problems.required("accountability", data.accountability)
    problems.not_future("decided_on", on, today)
    if data.points_deducted is not None and not 0 <= data.points_deducted <= 100:
        problems.add("points_deducted", "out_of_range", minimum=0, maximum=100)
    problems.check()
    with ws.write() as tx:
        item = live_item(tx.session, item_ref)
        flag = RectificationFlag(item_id=item.id, kind=data.kind, accountability=clean(data.accountability) or "",
                                 persons=[p.strip() for p in data.persons if p.strip()], measure=clean(data.measure),
                                 points_deducted=data.points_deducted, decided_on=on, recorded_by=ws.actor.name)
        change_id = tx.insert(flag, scope_team_id=item.scope_team_id)
        line = f"{on.isoformat()} {FlagKind(data.kind).zh}：{flag.accountability}"
        summary = "\n".join(filter(None, [item.accountability_summary, line]))
        changes: dict[str, Any] = {"accountability_summary": summary}
        if data.kind == FlagKind.FALSE.value and item.status == RectStatus.CLOSED_OUT.value:
            changes.update(status=RectStatus.NOT_DONE.value, closed_at=None, closure_requested_at=None)
        tx.update(item, **changes)
        tx.audit("rectification_flagged", entity="rectification_item", entity_id=item.id, change_id=change_id,
                 detail={"kind": data.kind, "flag_id": flag.id, "fields": ["kind", "accountability", "persons"]})
        return flag.id
