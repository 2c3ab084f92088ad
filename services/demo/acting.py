"""Writing a demo row's history as its people lived it: each step through the same WriteTx (change record and
audit event), but signed by the team member who took it, at the time the row names (services/demo/plan.Step).

The demo's working papers were drafted, reviewed and signed weeks before the demo is made, by people who are
team members rather than users of this workspace. ``acting_as`` lends the open transaction that person and
that moment: ``author_user`` is the TeamMember id (services/review.person_name and the history views name it),
``author_role`` the role the step needs (services/review.py; HQ's import policy checks the same), and the
record's wall time the step's time, never later than the real clock. The hybrid logical clock is not set back:
it never goes behind the last timestamp, so the steps keep their order and HLCs stay monotonic.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from models.base import Synced
from services.changes import WriteTx
from services.clock import Clock
from services.demo.plan import Step
from services.workspace import Actor


class _At:
    """A clock that reads one moment (no later than ``base`` reads now)."""

    def __init__(self, when: datetime, base: Clock) -> None:
        self.base = base
        moment = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
        self.moment = min(moment, base.now())

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.base.monotonic()


@contextmanager
def acting_as(tx: WriteTx, step: Step) -> Iterator[None]:
    """Within the block, ``tx`` writes as ``step.who`` in ``step.role`` at ``step.when``."""
    ws = tx.ws
    saved = ws.actor, ws.clock
    ws.actor = Actor(step.who.id, step.who.name, step.role)
    ws.clock = _At(step.when, saved[1])
    try:
        yield
    finally:
        ws.actor, ws.clock = saved


def write_history(tx: WriteTx, obj: Synced, steps: tuple[Step, ...], scope_team_id: str) -> None:
    """Insert ``obj`` as its first step left it, then replay the later steps as updates (with their audit
    events, e.g. finding_reviewed), each by its person at its time; ``obj`` ends as the last step left it."""
    first, *later = steps
    for name, value in first.values.items():
        setattr(obj, name, value)
    with acting_as(tx, first):
        tx.insert(obj, scope_team_id=scope_team_id)
    for step in later:
        before = getattr(obj, "status", None)
        with acting_as(tx, step):
            change_id = tx.update(obj, **step.values)
            if step.action is not None:
                tx.audit(step.action, entity=type(obj).__tablename__, entity_id=obj.id, change_id=change_id,
                         detail={"from": before, "to": step.values.get("status")})
