"""个别谈话 register: at least two interviewers of the team, a recorder, the talk's outline and summary.

The rule (docs/domain.md §2.1 stage 4b, §3.2): at least two inspectors take part in a talk and a recorder
writes the record. The recorder is usually one of those two, so a recorder among the interviewers is
accepted; a recorder from outside the team is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from models.entities import Interview
from models.enums import InterviewCategory
from services.registers import (
    Problems,
    check_members,
    clean,
    get_entry,
    local_today,
    resolve_assignment,
    team_member_ids,
    write_entry,
)
from services.workspace import WorkspaceSession

KIND = "interview"
MIN_INTERVIEWERS = 2
OUTLINE_KEYS = ("category", "question", "answer")


@dataclass
class InterviewInput:
    assignment_id: str | None = None
    interviewee_name: str = ""
    interviewee_unit: str | None = None
    interviewee_post: str | None = None
    interviewee_category: str = InterviewCategory.SELECTED.value
    talk_time: datetime | None = None
    talk_place: str | None = None
    interviewer_ids: list[str] = field(default_factory=list)
    recorder_id: str | None = None
    outline_items: list[dict[str, str]] = field(default_factory=list)
    summary: str = ""
    signed_by_interviewee: bool = False

    @classmethod
    def from_row(cls, row: Interview) -> InterviewInput:
        return cls(
            assignment_id=row.assignment_id, interviewee_name=row.interviewee_name,
            interviewee_unit=row.interviewee_unit, interviewee_post=row.interviewee_post,
            interviewee_category=row.interviewee_category, talk_time=row.talk_time, talk_place=row.talk_place,
            interviewer_ids=list(row.interviewer_ids or []), recorder_id=row.recorder_id,
            outline_items=[dict(item) for item in row.outline_items or []], summary=row.summary or "",
            signed_by_interviewee=bool(row.signed_by_interviewee),
        )


def create_interview(ws: WorkspaceSession, data: InterviewInput) -> str:
    """Register a talk; it gets the team's next number. Returns its id."""
    return _save(ws, None, data, None)


def update_interview(ws: WorkspaceSession, interview_id: str, data: InterviewInput,
                     expected_version: int | None = None) -> str:
    return _save(ws, interview_id, data, expected_version)


def _save(ws: WorkspaceSession, interview_id: str | None, data: InterviewInput,
          expected_version: int | None) -> str:
    problems = Problems(KIND)
    interviewers = list(dict.fromkeys(i for i in data.interviewer_ids if i))
    outline = [{key: (item.get(key) or "").strip() for key in OUTLINE_KEYS} for item in data.outline_items]
    values: dict[str, Any] = {
        "assignment_id": data.assignment_id, "interviewee_name": (data.interviewee_name or "").strip(),
        "interviewee_unit": clean(data.interviewee_unit), "interviewee_post": clean(data.interviewee_post),
        "interviewee_category": data.interviewee_category, "talk_time": data.talk_time,
        "talk_place": clean(data.talk_place), "interviewer_ids": interviewers, "recorder_id": data.recorder_id or None,
        "outline_items": [item for item in outline if any(item.values())], "summary": (data.summary or "").strip(),
        "signed_by_interviewee": bool(data.signed_by_interviewee),
    }
    with ws.write() as tx:
        row = get_entry(tx.session, KIND, interview_id) if interview_id else None
        assignment = resolve_assignment(tx.session, ws, data.assignment_id, problems)
        problems.required("interviewee_name", values["interviewee_name"])
        problems.choice("interviewee_category", data.interviewee_category, InterviewCategory)
        problems.not_future("talk_time", data.talk_time, local_today(ws))
        problems.lengths(Interview, values)
        if len(interviewers) < MIN_INTERVIEWERS:
            problems.add("interviewer_ids", "too_few", minimum=MIN_INTERVIEWERS, count=len(interviewers))
        problems.required("recorder_id", values["recorder_id"])
        if assignment is not None:
            members = team_member_ids(tx.session, assignment.team_id)
            check_members(problems, "interviewer_ids", interviewers, members)
            if values["recorder_id"]:
                check_members(problems, "recorder_id", [values["recorder_id"]], members)
        problems.check()
        assert assignment is not None
        saved = write_entry(tx, row, Interview, values, assignment, KIND, expected_version)
        return saved.id
