"""How the console writes numbers, amounts, dates and sizes for a Chinese reader."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal


def count(value: int) -> str:
    return f"{value:,}"


def amount(value: Decimal | None) -> str:
    """An amount in 万元, exact (never through a float): ``1,234.5 万元``; empty for no amount."""
    if value is None:
        return ""
    text = format(value, ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text} 万元"


def day(value: date | None) -> str:
    """``2026-11-24`` (the form Chinese office documents and Excel both read)."""
    return value.isoformat() if value else ""


def moment(value: datetime | None) -> str:
    """A stored time (naive UTC) in local time, to the minute: ``2026-11-24 17:05``."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def size(num_bytes: int) -> str:
    value = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{num_bytes} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{num_bytes} B"  # pragma: no cover


def seconds(value: float) -> str:
    return f"{value:.1f} 秒" if value < 60 else f"{int(value // 60)} 分 {int(value % 60)} 秒"


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: Sequence[Sequence[str]], gap: int = 2) -> list[str]:
    """Rows as aligned lines (the first row is usually the header), padded by display width."""
    widths = [max(display_width(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    return ["".join(cell + " " * (widths[i] - display_width(cell) + gap) for i, cell in enumerate(row)).rstrip()
            for row in rows]
