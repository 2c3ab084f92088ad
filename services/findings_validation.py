"""A finding's values as the editor, the Excel importer and the registers hand them over (FindingInput), and
the check that says which field is wrong and why (FieldProblem codes; the faces phrase them).

Vocabulary values are accepted as code, Chinese or English wording (an importer reads "廉洁纪律", the editor
sends "integrity") and stored as the database keeps them: Discipline and SourceMethod codes, other tags by
their taxonomy name (the "其他标签" wording), the category by node id plus its L1/L2/L3 names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy.orm import Session

from models.entities import (
    Assignment,
    DocumentRequest,
    FieldVisit,
    Finding,
    InspectedOrg,
    Interview,
    Petition,
    TaxonomyNode,
)
from models.enums import Discipline, SourceMethod
from models.labels import field_label
from services.errors import FieldProblem
from services.finding_scope import (
    DISCIPLINE_SCHEME,
    SOURCE_KINDS,
    assignment_for_org,
    category_choices,
    tag_choices,
)
from services.workspace import WorkspaceSession

ENTITY = "finding"
MAX_AMOUNT = Decimal("1000000000")  # 万元; far above any real case, far below the column's limit
AMOUNT_PLACES = 6  # 万元 to the 分
LIMITS = {"title": 200, "location": 200, "discovered_by": 60}
PERSON_LIMITS = {"name": 60, "post": 120}


@dataclass
class FindingInput:
    """A finding's editable values, as plain Python values (no ORM row)."""

    org_id: str | None = None
    title: str = ""
    description: str = ""
    qualitative_analysis: str | None = None
    legal_basis: str | None = None
    responsibility_analysis: str | None = None
    category_id: str | None = None
    discipline_tags: list[str] = field(default_factory=list)
    other_tags: list[str] = field(default_factory=list)
    is_key: bool = False
    is_common: bool = False
    source_method: str | None = None
    sources: list[tuple[str, str]] = field(default_factory=list)  # (source_kind, register row id)
    amount_involved: Decimal | None = None
    persons_involved: list[dict[str, str]] = field(default_factory=list)
    occurred_from: date | None = None
    occurred_to: date | None = None
    location: str | None = None
    discovered_by: str | None = None
    discovered_at: date | None = None
    immediate_fix: bool = False
    feedback_text: str | None = None
    assignment_id: str | None = None  # optional: which assignment, when an org has several; else the newest


@dataclass
class Checked:
    """The outcome of a check: the column values to write, the assignment, and what is wrong."""

    values: dict[str, Any]
    assignment: Assignment | None
    sources: list[tuple[str, str]]
    problems: list[FieldProblem]


def _problem(name: str, reason: str, **params: Any) -> FieldProblem:
    return FieldProblem(name, reason, params, entity=ENTITY)


def _text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def validate_finding(session: Session, ws: WorkspaceSession, data: FindingInput, *,
                     finding_id: str | None = None) -> list[FieldProblem]:
    """Every problem of ``data``, in the order of the editor's fields; empty when it may be saved."""
    return check_finding(session, ws, data, finding_id=finding_id).problems


def check_finding(session: Session, ws: WorkspaceSession, data: FindingInput, *,
                  finding_id: str | None = None) -> Checked:
    problems: list[FieldProblem] = []
    values: dict[str, Any] = {}
    current = session.get(Finding, finding_id) if finding_id else None
    assignment = _check_org(session, ws, data, current, problems)
    if assignment is not None:
        values["assignment_id"], values["org_id"] = assignment.id, assignment.org_id

    for name in ("title", "description"):
        text = _text(getattr(data, name))
        if text is None:
            problems.append(_problem(name, "required"))
        values[name] = text or ""
    for name in ("qualitative_analysis", "legal_basis", "responsibility_analysis", "location", "discovered_by",
                 "feedback_text"):
        values[name] = _text(getattr(data, name))
    for name, maximum in LIMITS.items():
        if values[name] is not None and len(values[name]) > maximum:
            problems.append(_problem(name, "too_long", maximum=maximum, length=len(values[name])))

    values.update(_check_category(session, data.category_id, problems))
    values["discipline_tags"] = _check_disciplines(data.discipline_tags, problems)
    values["other_tags"] = _check_other_tags(session, data.other_tags, problems)
    values["source_method"] = _check_source_method(data.source_method, problems)
    values["amount_involved"] = _check_amount(data.amount_involved, problems)
    values["persons_involved"] = _check_persons(data.persons_involved, problems)
    values.update(_check_dates(ws, data, problems))
    for flag in ("is_key", "is_common", "immediate_fix"):
        values[flag] = bool(getattr(data, flag))
    sources = _check_sources(session, data.sources, problems)
    return Checked(values, assignment, sources, problems)


def _check_org(session: Session, ws: WorkspaceSession, data: FindingInput, current: Finding | None,
               problems: list[FieldProblem]) -> Assignment | None:
    if not data.org_id:
        problems.append(_problem("org_id", "required"))
        return None
    org = session.get(InspectedOrg, data.org_id)
    if org is None or org.is_deleted:
        problems.append(_problem("org_id", "unknown_reference", value=data.org_id))
        return None
    within = session.get(Assignment, current.assignment_id) if current is not None else None
    if data.assignment_id:
        chosen = session.get(Assignment, data.assignment_id)
        allowed = assignment_for_org(session, ws, org.id, within)
        if chosen is None or chosen.org_id != org.id or allowed is None:
            problems.append(_problem("org_id", "not_assigned", value=org.name))
            return None
        return chosen
    assignment = assignment_for_org(session, ws, org.id, within)
    if assignment is None:
        problems.append(_problem("org_id", "not_assigned", value=org.name))
    return assignment


def _check_category(session: Session, category_id: str | None, problems: list[FieldProblem]) -> dict[str, Any]:
    empty = {"category_id": None, "category_l1": None, "category_l2": None, "category_l3": None}
    if not category_id:
        return empty
    node = session.get(TaxonomyNode, category_id)
    if node is None or node.is_deleted or node.kind != "category":
        problems.append(_problem("category_id", "unknown_reference", value=category_id))
        return empty
    names = next((c.names for c in category_choices(session) if c.node_id == node.id), (node.name,))
    padded = list(names[:3]) + [None] * (3 - min(len(names), 3))
    return {"category_id": node.id, "category_l1": padded[0], "category_l2": padded[1], "category_l3": padded[2]}


def _check_disciplines(tags: list[str], problems: list[FieldProblem]) -> list[str]:
    codes, unknown = Discipline.codes_of(tags)
    for tag in unknown:
        problems.append(_problem("discipline_tags", "unknown_choice", value=tag,
                                 choices="、".join(d.zh for d in Discipline)))
    return codes


def _check_other_tags(session: Session, tags: list[str], problems: list[FieldProblem]) -> list[str]:
    known: dict[str, str] = {}
    for scheme, nodes in tag_choices(session).items():
        if scheme == DISCIPLINE_SCHEME:
            continue
        for node in nodes:
            known[node.name] = known[node.code] = node.name
    out: list[str] = []
    for tag in tags:
        name = known.get(tag.strip())
        if name is None:
            problems.append(_problem("other_tags", "unknown_choice", value=tag,
                                     choices="、".join(dict.fromkeys(known.values()))))
        elif name not in out:
            out.append(name)
    return out


def _check_source_method(method: str | None, problems: list[FieldProblem]) -> str | None:
    if not method or not method.strip():
        return None
    try:
        return SourceMethod.from_text(method).value
    except ValueError:
        problems.append(_problem("source_method", "unknown_choice", value=method,
                                 choices="、".join(m.zh for m in SourceMethod)))
        return None


def _check_amount(amount: Decimal | None, problems: list[FieldProblem]) -> Decimal | None:
    if amount is None:
        return None
    if not isinstance(amount, Decimal) or not amount.is_finite():
        problems.append(_problem("amount_involved", "not_an_amount", value=str(amount)))
        return None
    if amount < 0:
        problems.append(_problem("amount_involved", "negative"))
        return None
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -AMOUNT_PLACES:
        problems.append(_problem("amount_involved", "not_an_amount", value=format(amount, "f")))
        return None
    if amount > MAX_AMOUNT:
        problems.append(_problem("amount_involved", "out_of_range", minimum=0, maximum=format(MAX_AMOUNT, ",")))
        return None
    return amount


def _check_persons(persons: list[dict[str, str]], problems: list[FieldProblem]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for line, person in enumerate(persons, start=1):
        cleaned = {key: str(value).strip() for key, value in person.items() if value is not None}
        name, post = cleaned.get("name", ""), cleaned.get("post", "")
        if not name and not post:
            continue
        if not name:
            problems.append(_problem("persons_involved", "person_name_missing", line=line))
        for key, maximum in PERSON_LIMITS.items():
            if len(cleaned.get(key, "")) > maximum:
                problems.append(_problem("persons_involved", "too_long", maximum=maximum,
                                         length=len(cleaned[key]), line=line))
        cleaned["name"], cleaned["post"] = name, post
        out.append(cleaned)
    return out


def _check_dates(ws: WorkspaceSession, data: FindingInput, problems: list[FieldProblem]) -> dict[str, Any]:
    today = ws.clock.now().date()
    values: dict[str, Any] = {}
    for name in ("occurred_from", "occurred_to", "discovered_at"):
        value = getattr(data, name)
        if value is not None and not isinstance(value, date):
            problems.append(_problem(name, "not_a_date", value=str(value)))
            value = None
        elif value is not None and value > today:
            problems.append(_problem(name, "in_future"))
        values[name] = value
    start, end = values["occurred_from"], values["occurred_to"]
    if start is not None and end is not None and end < start:
        problems.append(_problem("occurred_to", "date_order", other=field_label(Finding, "occurred_from"),
                                 other_field="occurred_from"))
    return values


def _check_sources(session: Session, sources: list[tuple[str, str]],
                   problems: list[FieldProblem]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, source_id in sources:
        entity = SOURCE_KINDS.get(kind)
        if entity is None:
            problems.append(FieldProblem("source_kind", "unknown_choice", {"value": kind,
                                         "choices": ", ".join(SOURCE_KINDS)}, entity="finding_source"))
            continue
        row = cast("Interview | Petition | DocumentRequest | FieldVisit | None", session.get(entity, source_id))
        if row is None or row.is_deleted:
            problems.append(FieldProblem("source_id", "unknown_reference", {"value": source_id},
                                         entity="finding_source"))
            continue
        if (kind, source_id) not in out:
            out.append((kind, source_id))
    return out


def review_problems(finding: Finding) -> list[FieldProblem]:
    """What a working paper needs before the deputy may pass it: a category and a legal basis."""
    problems = []
    for name in ("title", "description", "category_id", "legal_basis"):
        if not getattr(finding, name):
            problems.append(_problem(name, "required"))
    return problems
