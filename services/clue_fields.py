"""The fields of a clue as a person fills them in: clean them up and say, field by field, what is wrong.

Values may come from a form (dates, vocabulary members, lists) or from text (a command line, a sheet:
"2026年3月5日", "廉洁纪律、工作纪律", "是"). Vocabulary fields accept the code, the Chinese or the English
wording. Nothing here writes; services/clues.py does, after ``check_clue`` found no problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Session

from models.clue import Clue
from models.enums import CadreLevel, Discipline, DisposalType, HandoverMode, Receiver, SourceMethod, Vocabulary
from models.organisation import Assignment, InspectionTeam
from services.errors import FieldProblem

ENTITY = "clue"

TEXT_FIELDS = ("clue_name", "reflected_person_name", "reflected_person_post", "reflected_unit", "problem_text",
               "category_l1", "category_l2", "disposal_opinion", "result", "handling_note")
REQUIRED_TEXT = frozenset({"clue_name", "reflected_person_name", "problem_text"})
CHOICES: dict[str, type[Vocabulary]] = {
    "reflected_person_level": CadreLevel, "clue_source": SourceMethod, "proposed_receiver": Receiver,
    "handover_mode": HandoverMode, "disposal_type": DisposalType,
}
DATE_FIELDS = ("accepted_at", "feedback_due", "feedback_at")
# Every field a person edits; clue_no and org_id follow from the assignment, handover_id from a handover.
EDITABLE = ("assignment_id", *TEXT_FIELDS, "discipline", *CHOICES, *DATE_FIELDS, "closed")

YES = frozenset({"是", "yes", "y", "true", "1", "已办结", "办结"})
NO = frozenset({"否", "no", "n", "false", "0", "", "未办结", "正在办理中"})
_CHINESE_DATE = re.compile(r"^\s*(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?\s*$")
_LIST_SEPARATORS = re.compile(r"[,，、;；\s]+")


def problem(field: str, reason: str, **params: Any) -> FieldProblem:
    return FieldProblem(field, reason, params, entity=ENTITY)


def parse_date(value: object) -> date:
    """A date from a date, a datetime or text such as 2026-03-05, 2026/3/5 or 2026年3月5日 (ValueError else)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _CHINESE_DATE.match(str(value))
    if not match:
        raise ValueError(value)
    year, month, day = (int(part) for part in match.groups())
    return date(year, month, day)


def _text(name: str, value: object, problems: list[FieldProblem]) -> str | None:
    text = "" if value is None else str(value).strip()
    if not text:
        if name in REQUIRED_TEXT:
            problems.append(problem(name, "required"))
        return "" if name == "problem_text" else None
    column_type = Clue.__table__.c[name].type
    maximum = column_type.length if isinstance(column_type, String) else None
    if maximum and len(text) > maximum:
        problems.append(problem(name, "too_long", maximum=maximum, length=len(text)))
    return text


def _choice(name: str, value: object, problems: list[FieldProblem]) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    vocabulary = CHOICES[name]
    try:
        return vocabulary.from_text(str(value)).value
    except ValueError:
        problems.append(problem(name, "unknown_choice", value=str(value), choices="、".join(m.zh for m in vocabulary)))
        return None


def _disciplines(value: object, problems: list[FieldProblem]) -> list[str]:
    if isinstance(value, str):
        items: list[object] = list(_LIST_SEPARATORS.split(value))
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    else:
        items = [] if value is None else [value]
    codes, unknown = Discipline.codes_of(items)
    for item in unknown:
        problems.append(problem("discipline", "unknown_choice", value=item,
                                choices="、".join(m.zh for m in Discipline)))
    if not codes and not any(p.field == "discipline" for p in problems):
        problems.append(problem("discipline", "too_few", minimum=1, count=0))
    # Keep the vocabulary's order, so the same set always reads (and compares) the same.
    return [d.value for d in Discipline if d.value in codes]


def _date(name: str, value: object, problems: list[FieldProblem]) -> date | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_date(value)
    except ValueError:
        problems.append(problem(name, "not_a_date", value=str(value)))
        return None


def _yes_no(value: object, problems: list[FieldProblem]) -> bool:
    if isinstance(value, bool) or value is None:
        return bool(value)
    text = str(value).strip().lower()
    if text in YES or text in NO:
        return text in YES
    problems.append(problem("closed", "not_a_yes_no", value=str(value)))
    return False


def _assignment(session: Session, value: object, team_no: int | None,
                problems: list[FieldProblem]) -> Assignment | None:
    if not value:
        problems.append(problem("assignment_id", "required"))
        return None
    assignment = session.get(Assignment, str(value))
    if assignment is None or assignment.is_deleted:
        problems.append(problem("assignment_id", "unknown_reference", value=str(value)))
        return None
    team = session.get(InspectionTeam, assignment.team_id)
    if team_no is not None and (team is None or team.team_no != team_no):
        problems.append(problem("assignment_id", "not_assigned", value=str(value)))
        return None
    return assignment


def check_clue(session: Session, values: Mapping[str, Any], *, team_no: int | None,
               today: date) -> tuple[dict[str, Any], Assignment | None, list[FieldProblem]]:
    """The cleaned values of every editable field, the clue's assignment, and the problems found (all at once)."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not an editable clue field: {sorted(unknown)}")
    problems: list[FieldProblem] = []
    clean: dict[str, Any] = {}
    assignment = _assignment(session, values.get("assignment_id"), team_no, problems)
    clean["assignment_id"] = assignment.id if assignment is not None else values.get("assignment_id")
    for name in TEXT_FIELDS:
        clean[name] = _text(name, values.get(name), problems)
    clean["discipline"] = _disciplines(values.get("discipline"), problems)
    for name in CHOICES:
        clean[name] = _choice(name, values.get(name), problems)
    for name in DATE_FIELDS:
        clean[name] = _date(name, values.get(name), problems)
    clean["closed"] = _yes_no(values.get("closed"), problems)
    for name in ("accepted_at", "feedback_at"):
        if clean[name] is not None and clean[name] > today:
            problems.append(problem(name, "in_future"))
    accepted = clean["accepted_at"]
    for name in ("feedback_due", "feedback_at"):
        if accepted is not None and clean[name] is not None and clean[name] < accepted:
            problems.append(problem(name, "date_order", other="accepted_at"))
    if clean["closed"] and clean["disposal_type"] is None and not any(p.field == "disposal_type" for p in problems):
        problems.append(problem("disposal_type", "required"))
    return clean, assignment, problems
