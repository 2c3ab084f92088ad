"""Fixtures of the sync tests: the template world (world.py) built once per session, copied per test.

- ``world``: HQ + team 1 laptops A/B + team 2, reference rows seeded and every team device paired with HQ.
- ``bare_world``: the same without pairing (no sync keys or device rows anywhere).
Open workspaces with ``world.unlock("t1a", clock=clock)`` or ``with world.opened("hq", "t1a") as (hq, a):``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.clock import FakeClock
from tests.services.sync.world import PLACES, World, build_world, copy_world, pair


@pytest.fixture(scope="session")
def bare_world_template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("sync_world") / "bare", paired=False)


@pytest.fixture(scope="session")
def world_template(bare_world_template: World, tmp_path_factory: pytest.TempPathFactory) -> World:
    paired = copy_world(bare_world_template, tmp_path_factory.mktemp("sync_world_paired") / "paired")
    with paired.opened(*PLACES, clock=FakeClock()) as (hq, *teams):
        for team in teams:
            pair(hq, team)
    paired.paired = True
    return paired


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> World:
    return copy_world(world_template, tmp_path / "world")


@pytest.fixture
def bare_world(bare_world_template: World, tmp_path: Path) -> World:
    return copy_world(bare_world_template, tmp_path / "world")
