"""A report as plain data: the page, the marking, who exported it, and a flow of blocks (headings, paragraphs,
figure rows, tables, charts). Qt-free: the services fill it, printing/ lays it out and paints it (on a PDF
writer or a printer), and tests read it as data.

Tables give each column a relative width and an alignment; a long table continues on the next page under its
header row again. A chart is a list of bars, each with its value and its share of the chart's whole (so a bar
of 8 % is drawn 8 % long, never scaled to the largest bar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class PageSize(StrEnum):
    A4_PORTRAIT = "a4_portrait"
    A3_LANDSCAPE = "a3_landscape"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: 一、总体情况; 2: （一）按单位


@dataclass(frozen=True)
class Paragraph:
    text: str
    indent: bool = True  # the first line indented by two characters, as Chinese documents are
    emphasis: bool = False  # bold (the summary sentence)
    small: bool = False  # a note under a table or chart


@dataclass(frozen=True)
class Figure:
    """One number of a figure row: "发现问题" / "570" / "个"."""

    caption: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class Figures:
    items: tuple[Figure, ...]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    align: str = "left"  # "left", "right" or "center"


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[tuple[str, ...]] = field(default_factory=list)
    total: tuple[str, ...] | None = None  # a closing 合计 row, drawn bold
    font_size: float | None = None  # points; None: the document's table size

    def __post_init__(self) -> None:
        for row in [*self.rows, *([self.total] if self.total else [])]:
            if len(row) != len(self.columns):
                raise ValueError(f"a row of {len(row)} cells in a table of {len(self.columns)} columns")


@dataclass(frozen=True)
class Bar:
    key: str  # the row's key in the statistics (an org id, a category, a status code ...)
    label: str
    value: int
    share: float  # value / the chart's total, 0..1
    note: str = ""  # drawn after the value ("12.50 万元")


@dataclass(frozen=True)
class BarChart:
    key: str  # "org", "category_l1", "mode", "rectification" ...
    title: str
    bars: tuple[Bar, ...]
    total: int
    unit: str = "个"

    @property
    def values(self) -> list[int]:
        return [bar.value for bar in self.bars]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Signatures:
    """Lines to sign at the end of a handover list: "移交人：____" ..."""

    labels: tuple[str, ...]


Block = Heading | Paragraph | Figures | Table | BarChart | PageBreak | Signatures


@dataclass
class Document:
    kind: str  # round-summary, findings, rectification, clue-handover
    title: str
    marking: str  # on every page
    exported_by: str  # "导出人：王主任（巡察办管理员）　导出时间：2026-11-24 17:00"
    exported_at: datetime
    watermark: str  # the user's name, drawn lightly across every page
    page: PageSize = PageSize.A4_PORTRAIT
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    round_id: str | None = None
    round_title: str = ""
    sensitivity: str = "C2"
    rows: int = 0  # problems, ledger lines or clues the document lists (for the audit event)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def text(self) -> str:
        """Every word of the document, in order (tests; the renderer draws the same words)."""
        parts = [self.marking, self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(block.text)
            elif isinstance(block, Figures):
                parts += [f"{item.caption}{item.value}{item.unit}" for item in block.items]
            elif isinstance(block, Table):
                parts += [column.title for column in block.columns]
                parts += ["".join(row) for row in [*block.rows, *([block.total] if block.total else [])]]
            elif isinstance(block, BarChart):
                parts += [block.title, *(bar.label for bar in block.bars)]
            elif isinstance(block, Signatures):
                parts += list(block.labels)
        return "\n".join(part for part in parts if part)
