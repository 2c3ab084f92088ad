"""HybridClock.observe: the receive rule of the hybrid logical clock, with the skew guard (docs/sync.md §7.6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.hlc import MAX_SKEW_MS, HybridClock, Timestamp

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)


def test_a_remote_clock_ahead_within_the_guard_is_followed() -> None:
    clock = HybridClock("hq", NOW_MS - 5, 3)
    remote = Timestamp(NOW_MS + 60_000, 7, "team")
    assert clock.observe(remote, NOW)
    assert (clock.wall_ms, clock.counter) == (remote.wall_ms, 8)
    after = clock.tick(NOW)  # the wall clock is behind now: the counter carries on
    assert after > remote and (after.wall_ms, after.counter) == (remote.wall_ms, 9)


def test_a_remote_clock_behind_changes_only_the_counter_or_nothing() -> None:
    clock = HybridClock("hq", NOW_MS, 2)
    assert clock.observe(Timestamp(NOW_MS - 1000, 50, "team"), NOW)
    assert (clock.wall_ms, clock.counter) == (NOW_MS, 3)
    clock = HybridClock("hq", NOW_MS - 10, 2)
    assert clock.observe(Timestamp(NOW_MS - 1000, 50, "team"), NOW)
    assert (clock.wall_ms, clock.counter) == (NOW_MS, 0)  # physical time is ahead of both


def test_equal_walls_take_the_larger_counter_plus_one() -> None:
    clock = HybridClock("hq", NOW_MS + 10, 4)
    assert clock.observe(Timestamp(NOW_MS + 10, 9, "team"), NOW)
    assert (clock.wall_ms, clock.counter) == (NOW_MS + 10, 10)


def test_a_clock_five_years_ahead_is_not_followed() -> None:
    clock = HybridClock("hq", NOW_MS - 5, 3)
    far = Timestamp(int((NOW + timedelta(days=5 * 365)).timestamp() * 1000), 0, "team")
    assert not clock.observe(far, NOW)
    assert (clock.wall_ms, clock.counter) == (NOW_MS - 5, 3)
    edge = Timestamp(NOW_MS + MAX_SKEW_MS, 0, "team")
    assert clock.observe(edge, NOW) and clock.wall_ms == edge.wall_ms
    assert not HybridClock("hq").observe(Timestamp(NOW_MS + MAX_SKEW_MS + 1, 0, "team"), NOW)


def test_write_tx_observes_on_the_workspace_clock_and_saves_it(team_ws, clock) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from models.audit import AuditEvent
    from models.sync import get_meta

    now_ms = int(clock.now().timestamp() * 1000)
    ahead = Timestamp(now_ms + 3_600_000, 4, "team-b")
    with team_ws.write() as tx:
        assert tx.observe_hlc(str(ahead))
        assert not tx.observe_hlc(str(Timestamp(now_ms + MAX_SKEW_MS + 10_000, 0, "team-c")))
        tx.audit("after")
    with team_ws.read() as session:
        last = session.scalars(select(AuditEvent.hlc).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert Timestamp.parse(last) > ahead and Timestamp.parse(last).wall_ms == ahead.wall_ms
        assert get_meta(session, "hlc_wall_ms") == str(ahead.wall_ms)
