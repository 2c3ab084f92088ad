"""Blank Excel templates in HQ's official layouts (docs/domain.md §7), one per kind of ledger.

A template has the layout of services/excel/ledger.py: title, how-to note, the official headers (required ones in
red, each with an input hint as a comment), frozen header, widths from the column table, a dropdown on every
enumerated column (vocabularies, yes/no, the workspace's taxonomy and units) and the hidden column mapping, so
a person may rename a header and the import still knows the column. Exports reuse the hints and dropdowns.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import InspectedOrg, TaxonomyNode
from services.errors import NotPermittedError, ValidationError
from services.excel.columns import KINDS, ColumnSpec, KindSpec, ValueType
from services.excel.ledger import Choices, LedgerBook, check_target, staged, with_suffix
from services.excel.styles import MARKINGS
from services.taxonomy import load_default_taxonomy
from services.workspace import WorkspaceSession

T = ValueType
YES_NO = ("是", "否")
LIST_SEPARATOR = "、"
TEMPLATE_NOTE = (
    "填写说明：红色列标题为必填项；有下拉箭头的列请从列表中选择，可填多项的列用“、”分隔；日期写作 2026-03-05；"
    "金额单位为万元。列标题可以改名，但请勿删除或修改隐藏的工作表，否则导入时无法识别各列。"
)
TEMPLATE_FOOTER = "填报单位：＿＿＿＿＿＿　填报人：＿＿＿＿＿＿　填报日期：＿＿＿＿＿＿"

TYPE_HINTS = {
    T.SEQ: "序号，仅供查阅，导入时不读取。",
    T.TERM: "届次，填数字或“第13届”。",
    T.YEAR: "年度，填四位数字，如 2026。",
    T.ROUND: "轮次，填数字或“第3轮”。",
    T.TEAM: "巡察组组号，填数字或“第2组”。",
    T.DATE: "日期，如 2026-03-05（也可写 2026年3月5日）。",
    T.DATETIME: "日期，如 2026-03-05（也可写 2026年3月5日）。",
    T.AMOUNT: "金额，单位万元，最多六位小数；如 12.5。",
    T.YES_NO: "填“是”或“否”。",
    T.ORG: "被巡察单位全称，须已在工作区中登记。",
    T.TAXONOMY: "问题分类名称，从下拉列表中选择。",
    T.TEXT_LIST: "可填多项，用“、”分隔。",
    T.INT: "整数。",
}


@dataclass
class TemplateReport:
    kind: str
    path: Path
    columns: int
    seconds: float


def kind_spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValidationError(f"unknown kind {kind!r}", field="kind", value=kind, choices="、".join(KINDS)) from None


def column_hint(spec: KindSpec, column: ColumnSpec) -> str:
    """The input hint of a column (the comment on its header)."""
    parts = ["必填。"] if column.required else []
    if column.vocabulary is not None and column.type == T.ENUM:
        parts.append("从下拉列表中选择：" + LIST_SEPARATOR.join(member.zh for member in column.vocabulary) + "。")
    elif column.vocabulary is not None and column.type == T.ENUM_LIST:
        parts.append("可填多项，用“、”分隔：" + LIST_SEPARATOR.join(member.zh for member in column.vocabulary) + "。")
    elif column.type in TYPE_HINTS:
        parts.append(TYPE_HINTS[column.type])
    if column.type == T.TEXT:
        parts.append(f"文字，最多 {column.max_length} 字。" if column.max_length else "文字，长度不限，可换行。")
    if column.key in spec.identity:
        parts.append("用于识别记录：再次导入同一" + column.header + "会更新原记录，不会重复新增。")
    if not column.importable and column.type != T.SEQ:
        parts.append("导出时填写，导入时不读取。")
    return "".join(parts)


def column_hints(spec: KindSpec) -> dict[str, str]:
    return {column.key: column_hint(spec, column) for column in spec.columns}


def _taxonomy_names(session: Session | None) -> dict[str, tuple[str, ...]]:
    """Category names by level ("l1", "l2"), tag names ("tags") and schemes, from the workspace or the defaults."""
    names: dict[str, list[str]] = {"l1": [], "l2": [], "tags": [], "schemes": []}
    rows: list[tuple[str, str, int, str]]
    if session is not None:
        query = (select(TaxonomyNode.scheme, TaxonomyNode.kind, TaxonomyNode.level, TaxonomyNode.name)
                 .where(TaxonomyNode.is_deleted.is_(False))
                 .order_by(TaxonomyNode.scheme, TaxonomyNode.order_no, TaxonomyNode.code))
        rows = [(str(a), str(b), int(c), str(d)) for a, b, c, d in session.execute(query)]
    else:
        rows = [(scheme.scheme, scheme.kind, node.level, node.name)
                for scheme in load_default_taxonomy() for node, _ in scheme.walk()]
    for scheme, kind, level, name in rows:
        if scheme not in names["schemes"]:
            names["schemes"].append(scheme)
        if kind == "category" and level in (1, 2):
            names[f"l{level}"].append(name)
        elif kind == "tag" and scheme != "discipline":
            names["tags"].append(name)
    return {key: tuple(dict.fromkeys(values)) for key, values in names.items()}


def _org_names(session: Session | None) -> tuple[str, ...]:
    if session is None:
        return ()
    query = select(InspectedOrg.name).where(InspectedOrg.is_deleted.is_(False)).order_by(InspectedOrg.name)
    return tuple(dict.fromkeys(session.scalars(query)))


def column_choices(spec: KindSpec, session: Session | None) -> list[Choices]:
    """The dropdowns of ``spec``'s columns: vocabularies and yes/no always; taxonomy, tags and units from the
    workspace when a session is given (else the shipped taxonomy and no units)."""
    taxonomy = _taxonomy_names(session)
    orgs = _org_names(session)
    offered: list[Choices] = []
    for column in spec.columns:
        if column.type == T.ENUM and column.vocabulary is not None:
            offered.append(Choices(column.key, tuple(m.zh for m in column.vocabulary)))
        elif column.type == T.ENUM_LIST and column.vocabulary is not None:
            offered.append(Choices(column.key, tuple(m.zh for m in column.vocabulary), strict=False))
        elif column.type == T.YES_NO and column.importable:
            offered.append(Choices(column.key, YES_NO))
        elif column.type == T.TAXONOMY:
            level = "l2" if column.key.endswith("l2") else "l1"
            offered.append(Choices(column.key, taxonomy[level], strict=False))
        elif column.key == "other_tags":
            offered.append(Choices(column.key, taxonomy["tags"], strict=False))
        elif column.key == "scheme":
            offered.append(Choices(column.key, taxonomy["schemes"], strict=False))
        elif column.type == T.ORG or column.key == "parent_name":
            offered.append(Choices(column.key, orgs, strict=False))
    return offered


def write_template(kind: str, target: Path | str, ws: WorkspaceSession | None = None, *,
                   overwrite: bool = True) -> TemplateReport:
    """A blank template of ``kind`` at ``target``; with ``ws``, its taxonomy and units fill the dropdowns.

    A blank template holds no case data, so it is not audited. A clue template is refused to a session that
    may not read clues (without a session it is only the empty official layout).
    """
    start = time.perf_counter()
    spec = kind_spec(kind)
    if spec.sensitivity == "C3" and ws is not None and not ws.can_read_clues:
        raise NotPermittedError("clue templates are for clue roles", role=ws.actor.role)
    target = check_target(with_suffix(target), workspace=ws.path if ws is not None else None, overwrite=overwrite)
    with staged(target) as staging:
        book = LedgerBook(spec, staging, marking=MARKINGS[spec.sensitivity], footer=TEMPLATE_FOOTER)
        book.write_head(TEMPLATE_NOTE, hints=column_hints(spec))
        if ws is not None:
            with ws.read() as session:
                choices = column_choices(spec, session)
        else:
            choices = column_choices(spec, None)
        for offered in choices:
            book.offer(offered)
        book.save()
        staging.commit()
    return TemplateReport(kind, staging.target, len(spec.columns), time.perf_counter() - start)
