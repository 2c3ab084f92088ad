"""Importing a ledger: read and check every row (``plan_import``), show the plan, then write it in one
transaction (``apply_import``). Nothing is ever half-imported: a plan with a rejected row writes nothing.

Reading is the long part and reports progress and honours a CancelToken between rows. Rows are matched to
existing records by the kind's identity (a code, or a stable key) so importing the same file twice changes
nothing the second time. Empty cells never clear a stored value.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from models.enums import Role
from services.errors import FieldProblem, InvalidFieldsError, NotPermittedError
from services.excel.columns import KINDS, KindSpec, ValueType
from services.excel.header import HEAD_SCAN, SheetLayout, detect_layout, is_summary_row
from services.excel.kinds_reference import make_resolver
from services.excel.reading import ExcelFileError, LedgerFile, MergeFiller, SheetInfo
from services.excel.rows import ParsedRow, RowPlan
from services.excel.values import BadValue, ValueReader
from services.progress import CancelToken, Progress, no_progress
from services.workspace import WorkspaceSession

REFERENCE_ROLES = (Role.HQ_ADMIN, Role.TEAM_LEADER)
PROGRESS_EVERY = 500


@dataclass
class ImportPlan:
    path: Path
    kind: str
    rows: list[RowPlan]
    sheets: list[str]  # sheets read
    skipped_sheets: list[tuple[str, str]]  # (title, reason: unknown_kind / other_kind / empty)
    layouts: dict[str, SheetLayout]
    notes: list[tuple[str, dict[str, Any]]]  # (code, params): hidden rows, ignored columns, blank run, summary
    to_create: dict[str, list[str]]  # table -> labels of rows create-missing would add
    seconds: float = 0.0
    parsed: list[ParsedRow] = field(default_factory=list)  # as read, before checking against the workspace
    resolver: Any = field(default=None, repr=False)  # the check's lookups, reused when nothing changed since
    stamp: tuple[Any, ...] = ()

    def counts(self, create_missing: bool = False) -> dict[str, int]:
        out = {"add": 0, "update": 0, "unchanged": 0, "rejected": 0}
        for row in self.rows:
            out["rejected" if row.rejected(create_missing) else row.action] += 1
        return out

    def problems(self, create_missing: bool = False) -> list[FieldProblem]:
        return [p for row in self.rows for p in row.problems(create_missing)]

    def ok(self, create_missing: bool = False) -> bool:
        return not any(row.rejected(create_missing) for row in self.rows)


@dataclass
class ImportOutcome:
    kind: str
    added: int
    updated: int
    unchanged: int
    created: dict[str, int]
    seconds: float


def check_permission(ws: WorkspaceSession, kind: str) -> None:
    if kind == "clues" and not ws.can_read_clues:
        raise NotPermittedError("only clue roles may import clues", role=ws.actor.role)
    if kind in ("orgs", "taxonomy"):
        ws.require(*REFERENCE_ROLES)


def read_rows(path: Path, kind: str | None = None, progress: Progress = no_progress,
              cancel: CancelToken | None = None) -> tuple[str, list[ParsedRow], ImportPlan]:
    """Read and parse every data row of every sheet of the detected (or given) kind. The plan returned has
    no row plans yet (see plan_import)."""
    if kind is not None and kind not in KINDS:
        raise ExcelFileError("unknown kind", reason="unknown_kind", path=str(path))
    parsed: list[ParsedRow] = []
    plan = ImportPlan(path, kind or "", [], [], [], {}, [], {})
    with LedgerFile(path) as book:
        for sheet in book.sheets:
            rows = book.rows(sheet)
            head: list[tuple[int, list[Any]]] = []
            for number, values in rows:
                head.append((number, values))
                if len(head) >= HEAD_SCAN:
                    break
            if not head:
                plan.skipped_sheets.append((sheet.title, "empty"))
                continue
            across = MergeFiller(sheet.merges)
            filled = []
            for number, values in head:
                copy = list(values)
                across.fill(number, copy, across=True)
                filled.append((number, copy))
            layout = detect_layout(filled, kind or (plan.kind or None), book.mapping.get(sheet.title))
            if layout is None:
                plan.skipped_sheets.append((sheet.title, "unknown_kind"))
                continue
            if plan.kind and layout.kind != plan.kind:
                plan.skipped_sheets.append((sheet.title, "other_kind"))
                continue
            plan.kind = layout.kind
            plan.sheets.append(sheet.title)
            plan.layouts[sheet.title] = layout
            _parse_sheet(sheet, layout, head, rows, parsed, plan, progress, cancel)
            _sheet_notes(sheet, layout, plan)
    if not plan.kind:
        reason = "empty" if all(r == "empty" for _, r in plan.skipped_sheets) else "unknown_kind"
        raise ExcelFileError("no ledger found", reason=reason, path=str(path))
    return plan.kind, parsed, plan


def _parse_sheet(sheet: SheetInfo, layout: SheetLayout, head: list[tuple[int, list[Any]]], rows: Any,
                 out: list[ParsedRow], plan: ImportPlan, progress: Progress, cancel: CancelToken | None) -> None:
    spec: KindSpec = KINDS[layout.kind]
    entity = spec.entity_table
    readers = [(index, match, ValueReader(match.spec)) for index, match in sorted(layout.columns.items())
               if match.spec.importable]
    down = MergeFiller(sheet.merges)
    seq_keys = {c.key for c in spec.columns if c.type is ValueType.SEQ}
    summary = 0

    def stream() -> Any:
        yield from head
        yield from rows

    for number, values in stream():
        down.fill(number, values, across=False)
        if number <= layout.header_last:
            continue
        if is_summary_row(values):
            summary += 1
            continue
        row = ParsedRow(sheet.title, number, layout, {})
        width = len(values)
        for index, match, reader in readers:
            raw = values[index - 1] if index <= width else None
            if raw is None:
                continue
            try:
                value = reader.read(raw)
            except BadValue as bad:
                params = dict(bad.params)
                params.setdefault("value", _shown(raw))
                row.problems.append(FieldProblem(match.spec.key, bad.reason,
                                                 {"label": match.header, "sheet": sheet.title, **params},
                                                 entity=entity, row=number, column=match.letter))
                continue
            if value is not None:
                row.values[match.spec.key] = value
        if not row.values and not row.problems:
            continue  # a blank line
        if not row.problems and all(k in seq_keys for k in row.values):
            continue
        out.append(row)
        if len(out) % PROGRESS_EVERY == 0:
            progress("reading", len(out), 0)
            if cancel is not None:
                cancel.check()
    if summary:
        plan.notes.append(("summary_rows", {"sheet": sheet.title, "count": summary}))


def _sheet_notes(sheet: SheetInfo, layout: SheetLayout, plan: ImportPlan) -> None:
    if sheet.hidden_rows:
        plan.notes.append(("hidden_rows", {"sheet": sheet.title, "count": sheet.hidden_rows}))
    if sheet.stopped_at:
        plan.notes.append(("blank_run", {"sheet": sheet.title, "row": sheet.stopped_at}))
    for letter, header in layout.ignored:
        plan.notes.append(("ignored_column", {"sheet": sheet.title, "column": letter, "header": header}))
    for letter, header in layout.duplicates:
        plan.notes.append(("duplicate_column", {"sheet": sheet.title, "column": letter, "header": header}))
    for match in layout.columns.values():
        if not match.spec.importable and match.spec.type is not ValueType.SEQ:
            plan.notes.append(("export_only_column", {"sheet": sheet.title, "column": match.letter,
                                                      "header": match.header}))
    missing = [c.header for c in KINDS[layout.kind].columns if c.required and c.key not in layout.by_key()]
    if missing:
        plan.notes.append(("missing_columns", {"sheet": sheet.title, "headers": "、".join(missing)}))


def _shown(raw: Any) -> str:
    text = str(raw)
    return text if len(text) <= 60 else text[:57] + "…"


def plan_import(ws: WorkspaceSession, path: Path, kind: str | None = None, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> ImportPlan:
    """Read ``path`` and work out what importing it would do. Writes nothing."""
    start = time.perf_counter()
    if kind is not None:
        check_permission(ws, kind)
    kind, parsed, plan = read_rows(Path(path), kind, progress, cancel)
    check_permission(ws, kind)
    progress("checking", 0, len(parsed))
    with ws.read() as session:
        resolver = make_resolver(session, ws, kind)
        plan.parsed, plan.stamp = parsed, _stamp(session)
        plan.rows, plan.resolver = resolver.resolve(parsed), resolver
        plan.to_create = _to_create(resolver)
    plan.seconds = time.perf_counter() - start
    return plan


def apply_import(ws: WorkspaceSession, plan: ImportPlan, *, create_missing: bool = False,
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportOutcome:
    """Write ``plan`` in one transaction, checked again against the workspace as it is now.

    Raises InvalidFieldsError (nothing written) when a row is rejected, CancelledError when cancelled.
    """
    start = time.perf_counter()
    check_permission(ws, plan.kind)
    if create_missing and any(plan.to_create.values()):
        ws.require(*REFERENCE_ROLES)
    parsed = plan.parsed
    with ws.write() as tx:
        if plan.resolver is not None and _stamp(tx.session) == plan.stamp and \
                not any(row.action == "update" for row in plan.rows):
            resolver, rows, to_create = plan.resolver, plan.rows, plan.to_create  # nothing changed since the check
        else:
            resolver = make_resolver(tx.session, ws, plan.kind)
            rows, to_create = resolver.resolve(parsed), _to_create(resolver)
        rejected = [p for row in rows for p in row.problems(create_missing)]
        if rejected:
            raise InvalidFieldsError(rejected, path=str(plan.path))
        if cancel is not None:
            cancel.check()
        counts = resolver.write(tx, rows, create_missing, progress, cancel)
        tx.audit("import_excel", entity=KINDS[plan.kind].entity_table, detail={
            "kind": plan.kind, "file": Path(plan.path).name, "sheets": plan.sheets, **counts,
            "created": {table: len(labels) for table, labels in to_create.items()},
        })
    return ImportOutcome(plan.kind, counts["added"], counts["updated"], counts["unchanged"],
                         {table: len(labels) for table, labels in to_create.items()} if create_missing else {},
                         time.perf_counter() - start)


def _to_create(resolver: Any) -> dict[str, list[str]]:
    ctx = getattr(resolver, "ctx", None)
    return {table: list(labels) for table, labels in ctx.pending_labels.items()} if ctx is not None else {}


def _stamp(session: Any) -> tuple[Any, ...]:
    """Where the change log stands: the same stamp at apply time means the plan's checks still hold."""
    return tuple(session.execute(text("SELECT count(*), max(rowid) FROM change_log")).one())
