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


@dataclass
class HybridClock:
    """The device's clock state for one write transaction: loaded once, ticked in memory, saved at commit."""

    device_id: str
    wall_ms: int = 0
    counter: int = 0

    @classmethod
    def load(cls, session: Session, device_id: str) -> HybridClock:
        return cls(device_id, int(get_meta(session, "hlc_wall_ms", "0") or 0),
                   int(get_meta(session, "hlc_counter", "0") or 0))

    def tick(self, now: datetime) -> Timestamp:
        """A local event: never behind the last timestamp, even when the wall clock steps back."""
        physical = int(now.timestamp() * 1000)
        if physical > self.wall_ms:
            self.wall_ms, self.counter = physical, 0
        else:
            self.counter += 1
        return Timestamp(self.wall_ms, self.counter, self.device_id)

    def observe(self, remote: Timestamp, now: datetime) -> bool:
        """A received timestamp (HLC receive rule): afterwards this clock is ahead of ``remote`` too.

        A remote clock more than MAX_SKEW_MS ahead of ``now`` is not followed (a laptop five years ahead must
        not drag the workspace's clock along): the state stays as it was and False says so (the caller flags
        the sender). True when the timestamp was taken in."""
        physical = int(now.timestamp() * 1000)
        if remote.wall_ms > physical + MAX_SKEW_MS:
            return False
        wall = max(self.wall_ms, remote.wall_ms, physical)
        if wall == self.wall_ms == remote.wall_ms:
            counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall_ms:
            counter = self.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.wall_ms, self.counter = wall, counter
        return True

    def save(self, session: Session) -> None:
        set_meta(session, "hlc_wall_ms", str(self.wall_ms))
        set_meta(session, "hlc_counter", str(self.counter))
