"""Hybrid logical clock (Kulkarni et al. 2014), persisted in ``meta``. It orders events for display and
audit; it never decides which edit wins. A clock far ahead (> MAX_SKEW) is flagged and not followed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from models.sync import get_meta, set_meta

MAX_SKEW_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}:{self.counter:05d}:{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        wall, counter, device = text.split(":", 2)
        return cls(int(wall), int(counter), device)


def tick(session: Session, device_id: str, now: datetime) -> Timestamp:
    """A local event: advance the clock stored in the workspace and return the new timestamp."""
    last_wall = int(get_meta(session, "hlc_wall_ms", "0") or 0)
    last_counter = int(get_meta(session, "hlc_counter", "0") or 0)
    physical = int(now.timestamp() * 1000)
    wall = max(last_wall, physical)
    counter = last_counter + 1 if wall == last_wall else 0
    set_meta(session, "hlc_wall_ms", str(wall))
    set_meta(session, "hlc_counter", str(counter))
    return Timestamp(wall, counter, device_id)
