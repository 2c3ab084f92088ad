"""Finding the header of a sheet: under title rows, over two or three rows with merged cells, in any wording
of the column table's aliases; and from it the kind of ledger the sheet is.

A template written by this program names its columns in a hidden mapping sheet; that mapping wins over the
header text, so a column survives a user renaming its header.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from services.excel.columns import KINDS, ColumnSpec, KindSpec, kind_for_title
from services.excel.reading import column_letter

HEAD_SCAN = 30  # rows looked at for the header
NOISE = re.compile(r"[\s\u3000*※:：()（）\[\]【】<>《》\"“”'‘’_\-—–·.。,，、/\\|]+")
SUMMARY_WORDS = frozenset({"合计", "总计", "小计", "total"})


def header_key(text: Any) -> str:
    """A header's comparable form: NFKC, lower case, without spaces, brackets, stars or punctuation."""
    if text is None:
        return ""
    return NOISE.sub("", unicodedata.normalize("NFKC", str(text))).lower()


def _index(spec: KindSpec) -> dict[str, ColumnSpec]:
    out: dict[str, ColumnSpec] = {}
    for column in spec.columns:
        for name in column.names:
            out.setdefault(header_key(name), column)
    return out


ALIASES: dict[str, dict[str, ColumnSpec]] = {kind: _index(spec) for kind, spec in KINDS.items()}
DETECT: dict[str, frozenset[str]] = {
    kind: frozenset(header_key(w) for w in spec.detect) for kind, spec in KINDS.items()
}


@dataclass
class ColumnMatch:
    index: int  # 1-based column number
    header: str  # the header as the sheet shows it
    spec: ColumnSpec

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class SheetLayout:
    kind: str
    header_first: int
    header_last: int
    columns: dict[int, ColumnMatch]
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (column letter, header) not recognised
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # a second column for the same key
    from_mapping: bool = False
    score: int = 0

    def by_key(self) -> dict[str, ColumnMatch]:
        return {match.spec.key: match for match in self.columns.values()}


def _cell_text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _score(values: list[Any], kind: str) -> tuple[int, int]:
    """(cells naming a column of ``kind``, of which typical of it)."""
    aliases, detect = ALIASES[kind], DETECT[kind]
    seen: set[str] = set()
    hits = typical = 0
    for value in values:
        key = header_key(value)
        column = aliases.get(key)
        if column is None or column.key in seen:
            continue
        seen.add(column.key)
        hits += 1
        typical += key in detect or header_key(column.header) in detect
    return hits, typical


def detect_layout(head: list[tuple[int, list[Any]]], kind: str | None,
                  mapping: tuple[str, int, dict[int, str]] | None = None) -> SheetLayout | None:
    """The layout of a sheet from its first rows (merged cells already filled across), or None."""
    if mapping is not None and (kind is None or mapping[0] == kind) and mapping[0] in KINDS:
        return _from_mapping(head, mapping)
    titles = " ".join(_cell_text(v) for _, values in head[:5] for v in values if isinstance(v, str))
    title_kind = kind_for_title(titles)
    best: tuple[int, int, int, int, str] | None = None  # (score, typical, -position, row position, kind)
    for kind_name in [kind] if kind else list(KINDS):
        for position, (_, values) in enumerate(head):
            hits, typical = _score(values, kind_name)
            if hits < 2 or (typical == 0 and kind is None):
                continue
            score = hits + typical + (2 if title_kind == kind_name else 0)
            candidate = (score, typical, -position, position, kind_name)
            if best is None or candidate[:3] > best[:3]:
                best = candidate
    if best is None:
        return None
    score, _, _, position, kind_name = best
    return _layout(head, position, kind_name, score)


def _layout(head: list[tuple[int, list[Any]]], position: int, kind: str, score: int) -> SheetLayout:
    aliases = ALIASES[kind]
    first = last = position
    # rows right above belong to the header when they are adjacent and hold header words or group titles
    while first > 0 and position - first < 2 and head[first - 1][0] == head[first][0] - 1:
        if not any(v is not None for v in head[first - 1][1]):
            break
        upper = head[first - 1][1]
        upper_hits, _ = _score(upper, kind)
        grouped = any(a is not None and a == b for a, b in pairwise(upper))  # a group cell merged across
        if upper_hits == 0 and not (grouped and sum(1 for v in upper if v is not None) < len(upper)):
            break  # a title row (spanning the sheet) or a line such as 填报单位/填报时间
        first -= 1
    # rows right below too, when most of what they hold are header words (sub-headers of a group)
    while last + 1 < len(head) and last - position < 2 and head[last + 1][0] == head[last][0] + 1:
        values = head[last + 1][1]
        hits, _ = _score(values, kind)
        filled = sum(1 for v in values if v is not None)
        novel = sum(1 for v in values if v is not None and header_key(v) in aliases
                    and _cell_text(v) not in {_cell_text(x) for x in head[last][1]})
        if hits == 0 or novel == 0 or hits * 2 < filled:
            break
        last += 1
    block = [values for _, values in head[first:last + 1]]
    width = max(len(values) for values in block)
    columns: dict[int, ColumnMatch] = {}
    taken: set[str] = set()
    layout = SheetLayout(kind, head[first][0], head[last][0], columns, score=score)
    for col in range(width):
        texts = [_cell_text(values[col]) if col < len(values) else "" for values in block]
        match = _match_column(texts, aliases)
        shown = next((t for t in reversed(texts) if t), "")
        if match is None:
            if shown:
                layout.ignored.append((column_letter(col + 1), shown))
            continue
        spec, header = match
        if spec.key in taken:
            layout.duplicates.append((column_letter(col + 1), header))
            continue
        taken.add(spec.key)
        columns[col + 1] = ColumnMatch(col + 1, header, spec)
    return layout


def _match_column(texts: list[str], aliases: dict[str, ColumnSpec]) -> tuple[ColumnSpec, str] | None:
    """The column named by a stack of header cells: the lowest cell first, then upper+lower joined."""
    present = [t for t in texts if t]
    for text in reversed(present):
        spec = aliases.get(header_key(text))
        if spec is not None:
            return spec, text
    for upper in range(len(present) - 1):
        joined = "".join(dict.fromkeys(present[upper:]))
        spec = aliases.get(header_key(joined))
        if spec is not None:
            return spec, joined
    return None


def _from_mapping(head: list[tuple[int, list[Any]]], mapping: tuple[str, int, dict[int, str]]) -> SheetLayout:
    kind, header_row, keys = mapping
    spec = KINDS[kind]
    by_key = {c.key: c for c in spec.columns}
    header_values = next((values for number, values in head if number == header_row), [])
    columns: dict[int, ColumnMatch] = {}
    for index, key in keys.items():
        if key in by_key:
            shown = _cell_text(header_values[index - 1]) if index <= len(header_values) else ""
            columns[index] = ColumnMatch(index, shown or by_key[key].header, by_key[key])
    first = min((n for n, _ in head if n <= header_row), default=header_row)
    return SheetLayout(kind, first, header_row, columns, from_mapping=True, score=len(columns))


def is_summary_row(values: list[Any]) -> bool:
    """A 合计/总计 line at the bottom of a ledger."""
    return any(header_key(v) in SUMMARY_WORDS for v in values[:4] if isinstance(v, str))
