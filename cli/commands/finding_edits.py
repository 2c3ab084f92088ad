"""``findings add`` and ``findings edit``: write a working paper (问题底稿) from the command line, through the
editor's own services (services/findings.py create_finding / update_finding) and its validation, so what the
window refuses is refused here too, with the same Chinese sentences and exit code 4.

Values are typed as people type them: amounts in 万元 ("12.5", "12.5万元", "125000元"), dates as 2026-03-05 or
2026年3月5日, yes/no as 是/否, lists separated by 、 or commas, persons as 张三（村党支部书记）；李四. A field is
named by its key (``legal_basis``) or its official wording (``定性依据``); an empty value clears it.
"""

from __future__ import annotations

import re
from argparse import Namespace
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cli import formatting as fmt
from cli.console import Console
from cli.parsing import CliParser, Commands, workspace_argument
from cli.session import unlocked
from models.entities import Assignment, Finding, InspectedOrg
from models.labels import field_label
from services.errors import FieldProblem, InvalidFieldsError, ValidationError
from services.evidence import finding_id_for_code
from services.excel.values import BadValue, clean_text, split_list, to_amount, to_date, to_yes_no
from services.finding_scope import assignments_query, category_choices
from services.findings import FindingInput, create_finding, load_finding_input, update_finding, validate_finding
from services.planning.lookup import find_round
from services.queries.finding_choices import org_ids_named
from services.workspace import WorkspaceSession

ENTITY = "finding"
PERSON = re.compile(r"^(?P<name>[^（(:：]+?)\s*(?:[（(](?P<post>[^）)]*)[）)]|[:：](?P<post2>.*))?$")


@dataclass(frozen=True)
class Field:
    attribute: str  # of FindingInput
    kind: str  # text | paragraph | date | amount | yes_no | list | persons | category | org | choice


FIELDS: dict[str, Field] = {
    "org": Field("org_id", "org"),
    "title": Field("title", "text"),
    "description": Field("description", "paragraph"),
    "qualitative_analysis": Field("qualitative_analysis", "paragraph"),
    "legal_basis": Field("legal_basis", "paragraph"),
    "responsibility_analysis": Field("responsibility_analysis", "paragraph"),
    "category": Field("category_id", "category"),
    "discipline_tags": Field("discipline_tags", "list"),
    "other_tags": Field("other_tags", "list"),
    "is_key": Field("is_key", "yes_no"),
    "is_common": Field("is_common", "yes_no"),
    "source_method": Field("source_method", "choice"),
    "amount": Field("amount_involved", "amount"),
    "persons": Field("persons_involved", "persons"),
    "occurred_from": Field("occurred_from", "date"),
    "occurred_to": Field("occurred_to", "date"),
    "location": Field("location", "text"),
    "discovered_by": Field("discovered_by", "text"),
    "discovered_at": Field("discovered_at", "date"),
    "immediate_fix": Field("immediate_fix", "yes_no"),
    "feedback_text": Field("feedback_text", "paragraph"),
}
SET_HELP = ("FIELD=VALUE，可重复。FIELD 为字段名或其中文名称：" + "、".join(FIELDS)
            + "；值为空则清空该项")


def _names() -> dict[str, str]:
    """Every accepted way to name a field -> its key in FIELDS."""
    names: dict[str, str] = {}
    for key, spec in FIELDS.items():
        for name in (key, spec.attribute, field_label(Finding, spec.attribute)):
            names.setdefault(name, key)
    return names


def register(sub: Commands, unlock: CliParser) -> None:
    """``findings add`` and ``findings edit`` (called by cli/commands/findings.py, which owns ``findings``)."""
    add = sub.add("add", help="新建问题底稿（草稿），与编辑窗口相同的检查", handler=run_add, parents=[unlock],
                  epilog="必填：被巡察单位、问题标题、问题表现。编号按轮次和组自动生成。")
    workspace_argument(add)
    add.add_argument("--org", required=True, metavar="NAME", help="被巡察单位（全称或简称）")
    add.add_argument("--title", required=True, metavar="T", help="问题标题")
    add.add_argument("--description", default="", metavar="T", help="问题表现")
    add.add_argument("--category", metavar="CODE", help="问题类别：分类代码（如 B3）或名称")
    add.add_argument("--amount", metavar="WANYUAN", help="涉及金额，万元（也可写 125000元）")
    add.add_argument("--round", metavar="R", help="巡察轮次（ID 或名称）；省略时为该单位最近的一轮")
    add.add_argument("--set", dest="settings", action="append", default=[], metavar="FIELD=VALUE", help=SET_HELP)

    edit = sub.add("edit", help="修改问题底稿（仅草稿），与编辑窗口相同的检查", handler=run_edit, parents=[unlock],
                   epilog="已审核或已签字的底稿须先在程序中退回审核后才能修改。")
    workspace_argument(edit)
    edit.add_argument("code", metavar="CODE", help="问题编号，如 [2026]3巡-2组-15号")
    edit.add_argument("--set", dest="settings", action="append", required=True, metavar="FIELD=VALUE",
                      help=SET_HELP)


# ---- typed text -> FindingInput values ----


def _persons(text: str) -> list[dict[str, str]]:
    out = []
    for part in re.split(r"[；;\n]+", text):
        part = part.strip()
        if not part:
            continue
        match = PERSON.match(part)
        if match is None:
            out.append({"name": part, "post": ""})
        else:
            out.append({"name": match["name"].strip(), "post": (match["post"] or match["post2"] or "").strip()})
    return out


def _org(ws: WorkspaceSession, text: str) -> str:
    """The unit named ``text``; of several with that name, the one this workspace may file findings under."""
    try:
        ids = org_ids_named(ws, text)
    except ValidationError:
        raise InvalidFieldsError([FieldProblem("org_id", "unknown_reference", {"value": text.strip()},
                                               entity=ENTITY)]) from None
    if len(ids) == 1:
        return ids[0]
    with ws.read() as session:
        assignable = list(dict.fromkeys(a.org_id for a, _, _ in session.execute(
            assignments_query(ws).where(Assignment.org_id.in_(ids)))))
        if len(assignable) == 1:
            return assignable[0]
        names = session.execute(select(InspectedOrg.id, InspectedOrg.name, InspectedOrg.parent_id)).all()
    by_id = {row.id: row for row in names}
    choices = "、".join(f"{by_id[by_id[i].parent_id].name}/{by_id[i].name}" if by_id[i].parent_id in by_id
                       else by_id[i].name for i in (assignable or ids))
    raise InvalidFieldsError([FieldProblem("org_id", "ambiguous", {"value": text, "choices": choices},
                                           entity=ENTITY)])


def _category(ws: WorkspaceSession, text: str) -> str:
    """The category node named by its code (``B3``) or its name; the text itself when none is (the validation
    then names it as unknown)."""
    wanted = "".join(text.split())
    with ws.read() as session:
        choices = category_choices(session)
    for matches in ([c for c in choices if c.code == wanted], [c for c in choices if c.names[-1] == wanted],
                    [c for c in choices if "".join(c.path.split()) == wanted]):
        if len(matches) == 1:
            return matches[0].node_id
        if len(matches) > 1:
            raise InvalidFieldsError([FieldProblem("category_id", "ambiguous", {
                "value": text, "choices": "、".join(f"{c.code} {c.path}" for c in matches)}, entity=ENTITY)])
    return text


def _value(ws: WorkspaceSession, spec: Field, text: str) -> Any:
    """The FindingInput value of ``text`` for ``spec``; BadValue when it cannot be read."""
    kind = spec.kind
    empty = not text.strip()
    if kind == "org":
        return None if empty else _org(ws, text)
    if kind == "category":
        return None if empty else _category(ws, text)
    if kind in ("text", "paragraph"):
        cleaned = clean_text(text.replace("\\n", "\n"), one_line=kind == "text")
        return cleaned or ("" if spec.attribute in ("title", "description") else None)
    if kind == "choice":
        return text.strip() or None
    if kind == "list":
        return split_list(text)
    if kind == "persons":
        return _persons(text)
    if kind == "yes_no":
        return False if empty else to_yes_no(text)
    if empty:
        return None
    converters: dict[str, Callable[[str], Any]] = {"date": to_date, "amount": to_amount}
    return converters[kind](text)


def apply_settings(ws: WorkspaceSession, data: FindingInput,
                   settings: list[tuple[str, str]]) -> tuple[list[str], list[FieldProblem]]:
    """Set each (field name, typed text) on ``data``: the FIELDS keys set, and a problem for every unknown
    field and every value that cannot be read (that field is left as it was)."""
    names = _names()
    problems: list[FieldProblem] = []
    done: list[str] = []
    for name, text in settings:
        key = names.get(name.strip())
        if key is None:
            problems.append(FieldProblem("set", "not_a_field", {"value": name, "choices": "、".join(FIELDS),
                                                                "label": "--set"}, entity=ENTITY))
            continue
        spec = FIELDS[key]
        try:
            setattr(data, spec.attribute, _value(ws, spec, text))
        except BadValue as bad:
            problems.append(FieldProblem(spec.attribute, bad.reason, {"value": text, **bad.params}, entity=ENTITY))
            continue
        except InvalidFieldsError as error:
            problems.extend(error.problems)
            continue
        if key not in done:
            done.append(key)
    return done, problems


def check_or_refuse(ws: WorkspaceSession, data: FindingInput, problems: list[FieldProblem],
                    finding_id: str | None = None) -> None:
    """Refuse unreadable values together with what the editor's validation says of the rest (one message
    naming every field), before anything is written."""
    if not problems:
        return
    named = {problem.field for problem in problems}
    with ws.read() as session:
        checked = validate_finding(session, ws, data, finding_id=finding_id)
    raise InvalidFieldsError([*problems, *(p for p in checked if p.field not in named)])


def parse_settings(texts: list[str]) -> list[tuple[str, str]]:
    out, problems = [], []
    for text in texts:
        name, sign, value = text.partition("=")
        if not sign or not name.strip():
            problems.append(FieldProblem("set", "not_a_setting", {"value": text, "label": "--set"}, entity=ENTITY))
            continue
        out.append((name, value))
    if problems:
        raise InvalidFieldsError(problems)
    return out


def _assignment_in_round(ws: WorkspaceSession, round_ref: str, org_id: str) -> str:
    with ws.read() as session:
        round_ = find_round(session, round_ref)
        found = session.execute(assignments_query(ws).where(Assignment.round_id == round_.id,
                                                            Assignment.org_id == org_id)).first()
        if found is None:
            org = session.get(InspectedOrg, org_id)
            raise InvalidFieldsError([FieldProblem("org_id", "not_assigned", {"value": org.name if org else org_id},
                                                   entity=ENTITY)])
        return str(found[0].id)


# ---- the commands ----


def _summary(ws: WorkspaceSession, finding_id: str) -> dict[str, Any]:
    with ws.read() as session:
        finding = session.get(Finding, finding_id)
        assert finding is not None
        org = session.get(InspectedOrg, finding.org_id)
        return {"id": finding.id, "code": finding.code, "title": finding.title, "org": org.name if org else "",
                "status": finding.status, "category_l1": finding.category_l1, "category_l2": finding.category_l2,
                "amount": finding.amount_involved, "version": finding.local_version}


def _labels(keys: list[str]) -> str:
    return "、".join(field_label(Finding, FIELDS[key].attribute) for key in keys)


def run_add(args: Namespace, console: Console) -> int:
    settings = [("org", args.org), ("title", args.title), ("description", args.description)]
    settings += [(key, value) for key, value in (("category", args.category), ("amount", args.amount))
                 if value is not None]
    settings += parse_settings(args.settings)
    with unlocked(args, console) as ws:
        data = FindingInput()
        _, problems = apply_settings(ws, data, settings)
        if args.round and data.org_id:
            data.assignment_id = _assignment_in_round(ws, args.round, data.org_id)
        check_or_refuse(ws, data, problems)
        finding_id = create_finding(ws, data)
        summary = _summary(ws, finding_id)
    amount = f"，涉及金额 {fmt.amount(summary['amount'])}" if summary["amount"] is not None else ""
    console.result({"id": finding_id, "code": summary["code"], "finding": summary},
                   [f"已新建问题底稿 {summary['code']}（{summary['org']}）：{summary['title']}{amount}"])
    return 0


def run_edit(args: Namespace, console: Console) -> int:
    settings = parse_settings(args.settings)
    with unlocked(args, console) as ws:
        finding_id = finding_id_for_code(ws, args.code)
        data, version = load_finding_input(ws, finding_id)
        changed, problems = apply_settings(ws, data, settings)
        check_or_refuse(ws, data, problems, finding_id)
        update_finding(ws, finding_id, data, expected_version=version)
        summary = _summary(ws, finding_id)
    console.result({"id": finding_id, "code": summary["code"], "changed": changed, "finding": summary},
                   [f"已修改问题底稿 {summary['code']}：{_labels(changed)}"])
    return 0
