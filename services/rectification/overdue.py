"""Overdue (逾期) colours from a deadline, with the injected clock's today: red past it, yellow within the warning
window (15 days unless the workspace says otherwise), green before; none once the work is finished or closed."""

from __future__ import annotations

from datetime import date

from models.enums import RectStatus
from models.sync import get_meta, set_meta
from services.errors import FieldProblem, InvalidFieldsError
from services.rectification.rules import require_supervisor
from services.workspace import WorkspaceSession

RED, YELLOW, GREEN, NONE = "red", "yellow", "green", "none"
DEFAULT_WARN_DAYS = 15
WARN_DAYS_KEY = "rectification_warn_days"
FINISHED = frozenset({RectStatus.DONE.value, RectStatus.CLOSED_OUT.value})
COLOUR_ZH = {RED: "红（已逾期）", YELLOW: "黄（临近期限）", GREEN: "绿（正常）", NONE: "—"}


def colour(deadline: date | None, today: date, *, finished: bool = False, warn_days: int = DEFAULT_WARN_DAYS) -> str:
    if finished or deadline is None:
        return NONE
    if today > deadline:
        return RED
    if (deadline - today).days <= warn_days:
        return YELLOW
    return GREEN


def task_colour(deadline: date | None, status: str, today: date, warn_days: int = DEFAULT_WARN_DAYS) -> str:
    return colour(deadline, today, finished=status in FINISHED, warn_days=warn_days)


def days_overdue(deadline: date | None, today: date) -> int:
    return max(0, (today - deadline).days) if deadline else 0


def warn_days(ws: WorkspaceSession) -> int:
    with ws.read() as session:
        value = get_meta(session, WARN_DAYS_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_WARN_DAYS


def set_warn_days(ws: WorkspaceSession, days: int) -> None:
    require_supervisor(ws, "settings")
    if not 1 <= days <= 90:
        raise InvalidFieldsError([FieldProblem("warn_days", "out_of_range", {"minimum": 1, "maximum": 90},
                                               entity="rectification_item")])
    with ws.write() as tx:
        set_meta(tx.session, WARN_DAYS_KEY, str(days))
        tx.audit("settings_changed", detail={"fields": [WARN_DAYS_KEY]})
