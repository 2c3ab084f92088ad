"""The "nothing lost" invariant (docs/sync.md §7.7) under Hypothesis.

(a) pure: ``merge.decide`` driven by an in-memory HQ (tests/services/sync/merge_memory.py) and three team laptops
    (team 1 on two laptops, team 2 on one) that edit, delete, undelete and insert findings (codes drawn from a
    small pool, so laptops collide), send their changes in order with re-sent duplicates, and take HQ's updates
    back (fields with unacknowledged own changes keep the local value, docs/sync.md §8.2); HQ edits and resolves.
(b) DB-level: laptops A/B of team 1, team 2 and HQ edit, delete and undelete shared findings on real encrypted
    workspaces; packages are exported and imported at HQ in any order with duplicates (gaps held, then released),
    updates go back, HQ resolves conflicts and a laptop then sends a stale change (helpers: invariant_db.py).

Invariant: for every received change and every field f of its ``after``: the row holds the value, or a conflict
of that change (in b: any conflict on that row and field, current or incoming) holds it, or a later change on the
row and field started from it (its ``before[f]`` equals it: someone saw the value and replaced it). Every change is
in HQ's log exactly once; the backlog drains.
``delete_reason`` of a delete is left out: a second delete of a deleted row keeps the first reason (the other
stays in the history).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models.entities import ChangeRecord
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.merge.decision import DUPLICATE_KEY, IncomingChange, RowView
from services.sync.report import ImportStatus, Outcome
from services.sync.updates.hq_export import export_updates
from tests.services.sync.invariant_db import db_edit, db_nothing_lost, settle_and_go_stale
from tests.services.sync.merge_memory import MemoryHQ, change
from tests.services.sync.world import World, add_finding, copy_world

TEAMS = {"a1": "t1", "a2": "t1", "b1": "t2"}
FIELDS = ("title", "amount", "status")
VALUES = ("x", "y", "z")
CODES = ("F-1", "F-2", "F-3", "F-4", "F-5")


@dataclass
class Laptop:
    device: str
    team: str
    rows: dict[str, RowView] = field(default_factory=dict)
    outbox: list[IncomingChange] = field(default_factory=list)
    sent: int = 0

    def pending_fields(self, hq: MemoryHQ, entity_id: str) -> set[str]:
        return {f for ch in self.outbox if ch.entity_id == entity_id and not hq.change_known(ch.change_id)
                for f in ch.after}

    def record(self, entity_id: str, op: str, values: dict[str, Any]) -> None:
        row = self.rows.get(entity_id)
        before = {} if row is None else {k: row.values.get(k) for k in values}
        base = None if row is None else row.head
        ch = change("finding", entity_id, op, before=before, after=values, base=base, device=self.device,
                    seq=len(self.outbox) + 1)
        self.outbox.append(ch)
        if row is None:
            self.rows[entity_id] = RowView("finding", entity_id, {"is_deleted": False, **values}, ch.change_id,
                                           self.team)
        else:
            row.values.update(values)
            row.head = ch.change_id


def seed() -> tuple[MemoryHQ, dict[str, Laptop]]:
    hq = MemoryHQ(unique={"finding": [("code",)]})
    for n, team in enumerate(("t1", "t1", "t2")):
        hq.receive(change("finding", f"r{n}", "insert", device="hq", after={
            "title": "x", "amount": "x", "status": "x", "code": f"S-{n}", "scope_team_id": team}))
    laptops = {d: Laptop(d, t) for d, t in TEAMS.items()}
    for laptop in laptops.values():
        update_from_hq(hq, laptop)
    return hq, laptops


def update_from_hq(hq: MemoryHQ, laptop: Laptop) -> None:
    """HQ's row states of the laptop's team; fields the laptop changed and HQ does not hold yet stay local."""
    for (_, entity_id), hq_row in hq.rows.items():
        if hq_row.scope_team_id != laptop.team:
            continue
        local = laptop.rows.get(entity_id)
        pending = laptop.pending_fields(hq, entity_id)
        if local is None:
            laptop.rows[entity_id] = RowView("finding", entity_id, dict(hq_row.values), hq_row.head, laptop.team)
            continue
        for name, value in hq_row.values.items():
            if name not in pending:
                local.values[name] = value
        if not pending:
            local.head = hq_row.head


def send(hq: MemoryHQ, laptop: Laptop, back: int) -> None:
    """Deliver the laptop's changes in order, re-sending the last ``back`` already sent (duplicates)."""
    for ch in laptop.outbox[max(0, laptop.sent - back):]:
        hq.receive(ch)
    laptop.sent = len(laptop.outbox)


def step(hq: MemoryHQ, laptops: dict[str, Laptop], op: tuple[Any, ...]) -> None:
    kind, who, pick, name, value = op
    if kind == "hq_edit":
        rows = sorted(k for k, r in hq.rows.items() if not r.is_deleted)
        if rows:
            hq.local_edit(*rows[pick % len(rows)], {name: value})
        return
    if kind == "resolve":
        open_ = [c for c in hq.conflicts if c.status == "open" and c.detail.kind != DUPLICATE_KEY]
        if open_:
            hq.resolve(open_[pick % len(open_)], take_incoming=value == "x")
        return
    laptop = laptops[who]
    if kind == "send":
        send(hq, laptop, pick % 4)
    elif kind == "update":
        update_from_hq(hq, laptop)
    elif kind == "insert":
        entity_id = f"{who}-n{len(laptop.outbox)}"
        laptop.record(entity_id, "insert", {"title": value, "amount": value, "status": value,
                                            "code": CODES[pick % len(CODES)], "scope_team_id": laptop.team})
    elif laptop.rows:
        entity_id = sorted(laptop.rows)[pick % len(laptop.rows)]
        row = laptop.rows[entity_id]
        if kind == "delete":
            if row.is_deleted:
                laptop.record(entity_id, "undelete", {"is_deleted": False})
            else:
                laptop.record(entity_id, "delete", {"is_deleted": True, "delete_reason": value})
        elif not row.is_deleted and row.values.get(name) != value:
            laptop.record(entity_id, "update", {name: value})


def drain(hq: MemoryHQ, laptops: dict[str, Laptop]) -> None:
    """Every laptop sends everything; HQ settles duplicate keys by inserting with an edited code (H7's way)."""
    for laptop in laptops.values():
        send(hq, laptop, 0)
    for n, c in enumerate([c for c in hq.conflicts if c.status == "open" and c.detail.kind == DUPLICATE_KEY
                           and (c.entity, c.entity_id) not in hq.rows]):
        c.status = "resolved"
        values = {**c.detail.incoming, "code": f"{c.detail.incoming['code']}-{n}"}
        hq.receive(change(c.entity, c.entity_id, "insert", after=values, device="hq-resolve"))
    hq.retry()


def effective_before(hq: MemoryHQ, ch: IncomingChange) -> Any:
    return hq.first_insert_after(ch.entity, ch.entity_id) if ch.op == "insert" else ch.before


def assert_nothing_lost(hq: MemoryHQ, laptops: dict[str, Laptop]) -> None:
    sent = [ch.change_id for laptop in laptops.values() for ch in laptop.outbox]
    logged = [ch.change_id for ch, _, _ in hq.log]
    assert len(logged) == len(set(logged)), "a change applied twice"
    assert set(sent) <= set(logged), "a sent change is missing from HQ's log"
    assert hq.backlog == [], f"backlog not drained: {hq.backlog}"
    for i, (ch, outcome, _) in enumerate(hq.log):
        row = hq.rows.get((ch.entity, ch.entity_id))
        mine = [c.detail for c in hq.conflicts if c.change_id == ch.change_id]
        later = hq.log[i + 1:]
        for name, value in ch.after.items():
            if name == "delete_reason" and ch.op == "delete":
                continue
            if row is not None and row.values.get(name) == value:
                continue
            if ch.op == "insert" and outcome is not Outcome.APPLIED and effective_before(hq, ch).get(name) == value:
                continue   # an insert on an existing row that did not change the field (e.g. default taxonomy)
            if any((d.field == name and d.incoming == value) or d.field is None or d.kind == DUPLICATE_KEY
                   for d in mine):
                continue
            if any(o is not Outcome.BACKLOG and (lc.entity, lc.entity_id) == (ch.entity, ch.entity_id)
                   and name in lc.after and effective_before(hq, lc).get(name) == value for lc, o, _ in later):
                continue
            raise AssertionError(f"lost: {ch.op} {ch.entity_id}.{name}={value!r} ({outcome}) row={row}")


OPS = st.tuples(
    st.sampled_from(["edit", "edit", "edit", "delete", "insert", "send", "send", "update", "update", "hq_edit",
                     "resolve"]),
    st.sampled_from(sorted(TEAMS)), st.integers(0, 20), st.sampled_from(FIELDS), st.sampled_from(VALUES))


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, max_size=40))
def test_pure_merge_loses_nothing(ops: list[tuple[Any, ...]]) -> None:
    hq, laptops = seed()
    for op in ops:
        step(hq, laptops, op)
    drain(hq, laptops)
    assert_nothing_lost(hq, laptops)


# ---- (b) the same on real workspaces: packages imported at HQ in random order, with duplicates ----

FINDING_FIELDS = ("title", "description")
PLACES_B = ("t1a", "t1b", "t2", "hq")


@dataclass
class Seeded:
    world: World
    findings: dict[str, str]   # place -> the finding id it may edit (team 1's shared by both laptops)


@pytest.fixture(scope="module")
def seeded(world_template: World, tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    """The world plus one finding per team, known at HQ and on every laptop of the team."""
    root = tmp_path_factory.mktemp("invariant")
    copy = copy_world(world_template, root / "world")
    out = root / "out"
    out.mkdir()
    with copy.opened("hq", "t1a", "t1b", "t2") as (hq, a, b, t2):
        f1, f2 = add_finding(a, "一组的问题"), add_finding(t2, "二组的问题")
        for team in (a, t2):
            import_package(hq, Path(export_package(team, out).path))
        for team in (a, b, t2):
            (summary,) = export_updates(hq, out, device_ids=[team.device_id])
            assert import_package(team, Path(summary.path)).status is ImportStatus.IMPORTED
    return Seeded(copy, {"t1a": f1, "t1b": f1, "t2": f2, "hq": f1})


DB_OPS = st.lists(st.tuples(
    st.sampled_from(["edit", "edit", "edit", "delete", "export", "import", "update", "resolve"]),
    st.sampled_from(PLACES_B),
    st.sampled_from(FINDING_FIELDS), st.sampled_from(VALUES), st.integers(0, 10)), min_size=4, max_size=9)


EXAMPLES = int(os.environ.get("XUNCHA_DB_EXAMPLES", "0"))   # a longer random search: XUNCHA_DB_EXAMPLES=50


@settings(max_examples=EXAMPLES or 3, deadline=None, derandomize=not EXAMPLES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=DB_OPS)
def test_db_merge_loses_nothing(seeded: Seeded, tmp_path_factory: pytest.TempPathFactory,
                                ops: list[tuple[Any, ...]]) -> None:
    root = tmp_path_factory.mktemp("example")
    world = copy_world(seeded.world, root / "world")
    out = root / "out"
    out.mkdir()
    packages: list[Path] = []
    with world.opened("hq", "t1a", "t1b", "t2") as opened:
        places = dict(zip(("hq", "t1a", "t1b", "t2"), opened, strict=True))
        hq = places["hq"]
        for kind, place, name, value, pick in ops:
            ws = places[place]
            if kind in ("edit", "delete"):
                target = seeded.findings["t2" if place == "hq" and pick % 3 == 0 else place]
                db_edit(ws, target, kind, name, value + str(pick))
            elif kind == "resolve":                                      # HQ's inbox (services/sync/conflicts/inbox)
                from services.sync.conflicts.inbox import list_conflicts, resolve

                waiting = list_conflicts(hq)
                if waiting:
                    resolve(hq, waiting[pick % len(waiting)].conflict_id, keep="incoming" if pick % 2 else "current")
            elif place == "hq":
                continue
            elif kind == "export":
                packages.append(Path(export_package(ws, out).path))
            elif kind == "import" and packages:                           # all so far, rotated: any order,
                cut = pick % len(packages)                               # duplicates, gaps held then released
                for path in packages[cut:] + packages[:cut]:
                    import_package(hq, path)
            elif kind == "update":
                (summary,) = export_updates(hq, out, device_ids=[ws.device_id])
                assert import_package(ws, Path(summary.path)).status is ImportStatus.IMPORTED
        for place in ("t1a", "t1b", "t2"):                              # drain: everything reaches HQ
            packages.append(Path(export_package(places[place], out).path))
        for path in sorted(packages, key=lambda p: p.name):
            import_package(hq, path)
        settle_and_go_stale(places, seeded.findings["t1a"], out)
        sent: set[str] = set()
        for place in ("t1a", "t1b", "t2"):
            with places[place].read() as session:
                sent |= set(session.scalars(select(ChangeRecord.change_id).where(
                    ChangeRecord.device_id == places[place].device_id)))
        db_nothing_lost(hq, sent)
