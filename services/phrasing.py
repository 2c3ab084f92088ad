"""From codes to sentences: how an error or a verification problem becomes words, written once.

Errors and problems carry a code and parameters (docs/architecture.md §4). The windows and the CLI each hold their
own phrase tables (Qt Linguist sources in ui/, Chinese in cli/); this module is the algorithm they share:
pick the sentence for the code (or for the rejected field), fill in the parameters, and say where.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.entities import entity_for_table
from models.labels import field_label
from services.errors import FieldProblem


class FormatParams(dict[str, Any]):
    """Format parameters that leave an unknown {name} visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Phrasebook:
    """One face's phrase tables. ``translate`` maps a table entry to the reader's language."""

    templates: Mapping[str, str]
    field_templates: Mapping[tuple[str, str | None], str]
    field_names: Mapping[str, str]
    problems: Mapping[str, str]
    labels: Mapping[str, str]
    unknown: str
    at_row: str
    at_column: str
    at_field: str
    on_device: str
    role_label: Callable[[str], str] = _same
    translate: Callable[[str], str] = field(default=_same)
    # Why a field was rejected (services.errors.FieldProblem.reason) -> a sentence with {field} and the params.
    reasons: Mapping[str, str] = field(default_factory=dict)
    language: Callable[[], str] = field(default=lambda: "zh_CN")


@dataclass
class Phrased:
    text: str
    where: list[str]


def phrase_error(code: str, params: Mapping[str, Any], book: Phrasebook) -> Phrased:
    """The sentence for ``code``, and where it happened (row, column, field) as separate parts."""
    tr = book.translate
    values = FormatParams(params)
    values.setdefault("code", code)
    if "role" in values:
        values["role"] = book.role_label(str(values["role"]))
    field_name = str(values.get("field") or "")
    template = None
    if code == "invalid_input":
        template = next((t for (name, needs), t in book.field_templates.items()
                         if name == field_name and (needs is None or values.get(needs))), None)
    if template is not None:
        field_name = ""  # the sentence already names it
    else:
        template = book.templates.get(code, book.unknown)
    where = []
    if values.get("row") is not None:
        where.append(tr(book.at_row).format_map(values))
    if values.get("column"):
        where.append(tr(book.at_column).format_map(values))
    if field_name:
        label = tr(book.field_names[field_name]) if field_name in book.field_names else field_name
        where.append(tr(book.at_field).format(field=label))
    return Phrased(tr(template).format_map(values), where)


def field_name(problem: FieldProblem, book: Phrasebook) -> str:
    """The field's wording: the entity's column label (models.labels), a phrase-table name, or a given label."""
    if problem.params.get("label"):
        return str(problem.params["label"])
    entity = entity_for_table(problem.entity) if problem.entity else None
    if entity is not None:
        return field_label(entity, problem.field, book.language())
    if problem.field in book.field_names:
        return book.translate(book.field_names[problem.field])
    return problem.field


def phrase_field_problem(problem: FieldProblem, book: Phrasebook) -> Phrased:
    """One rejected field as a sentence ("“问题标题”不能为空。"), and where: sheet row and column."""
    tr = book.translate
    values = FormatParams(problem.params)
    values["field"] = field_name(problem, book)
    if problem.entity and isinstance(values.get("other"), str):  # date_order, same_person: the other field's name
        values["other"] = field_name(FieldProblem(values["other"], "", entity=problem.entity), book)
    template = book.reasons.get(problem.reason) or book.reasons.get("invalid") or book.unknown
    values.setdefault("code", problem.reason)
    where = []
    if problem.row is not None:
        where.append(tr(book.at_row).format(row=problem.row))
    if problem.column:
        where.append(tr(book.at_column).format(column=problem.column))
    return Phrased(tr(template).format_map(values), where)


def phrase_problem(problem: str, book: Phrasebook) -> str:
    """One verification problem (models.audit.Problem) as a sentence; its English text when the code is new."""
    template = book.problems.get(getattr(problem, "code", ""))
    if template is None:
        return str(problem)
    tr = book.translate
    values = FormatParams(getattr(problem, "params", {}))
    for name in ("log", "schema"):
        raw = str(values.get(name))
        values[f"{name}_label"] = tr(book.labels[raw]) if raw in book.labels else raw
    text = tr(template).format_map(values)
    if values.get("show_device"):
        text = tr(book.on_device).format(device=str(values.get("device", ""))[:8], text=text)
    return text
