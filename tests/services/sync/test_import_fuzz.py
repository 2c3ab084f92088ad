"""A real package, damaged (docs/security.md §10): 1,000 random byte flips and 100 truncations (plus appended
garbage) through the full import, each rejected with a reason code, the workspace exactly as before (D6: row
counts and content of every table, every audit head, nothing left in incoming/ or held/).

Kept apart from test_import_security.py so each file stays within the suite's time budget."""

from __future__ import annotations

from pathlib import Path

from services.sync.importer import import_package
from services.sync.package.rejections import REASONS
from services.sync.report import ImportStatus
from tests.services.sync.import_helpers import snapshot
from tests.services.sync.world import World


def small_package(world: World, team: str, out: Path, titles: int = 2) -> Path:
    """A real package of ``team`` (a few findings on top of the world's reference rows)."""
    from services.sync.exporter import export_package
    from tests.services.sync.world import add_finding

    out.mkdir(exist_ok=True)
    with world.opened(team) as (ws,):
        for i in range(titles):
            add_finding(ws, f"问题{i}")
        return Path(export_package(ws, out).path)


def test_thousand_byte_flips_are_rejected_and_nothing_changes(world: World, tmp_path: Path) -> None:
    import random

    package = small_package(world, "t1a", tmp_path / "out")
    data = package.read_bytes()
    rng = random.Random(5)
    damaged = tmp_path / "damaged.xcpkg"
    codes: dict[str, int] = {}
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        for _ in range(1000):
            mutated = bytearray(data)
            position = rng.randrange(len(data))
            mutated[position] ^= rng.randrange(1, 256)
            damaged.write_bytes(mutated)
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED, (position, result)
            assert result.code in REASONS
            codes[result.code] = codes.get(result.code, 0) + 1
        assert snapshot(hq) == before
    assert "bad_signature" in codes and "malformed_package" in codes, codes


def test_hundred_truncations_and_appended_garbage_are_rejected(world: World, tmp_path: Path) -> None:
    import random

    from services.sync.package.container import read_header

    package = small_package(world, "t1a", tmp_path / "out")
    data = package.read_bytes()
    header = read_header(package)
    header_end = 11 + len(header.to_bytes())
    rng = random.Random(7)
    cuts = {0, 1, 6, 7, 10, 11, header_end - 1, header_end, header_end + header.sections[0].length,
            len(data) - 64, len(data) - 1}
    while len(cuts) < 100:
        cuts.add(rng.randrange(len(data)))
    damaged = tmp_path / "cut.xcpkg"
    with world.opened("hq") as (hq,):
        before = snapshot(hq)
        for cut in sorted(cuts):
            damaged.write_bytes(data[:cut])
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED and result.code in REASONS, (cut, result)
        for extra in (b"\0", b"garbage" * 10, data[-64:]):
            damaged.write_bytes(data + extra)
            result = import_package(hq, damaged)
            assert result.status is ImportStatus.REJECTED and result.code == "malformed_package", result
        assert snapshot(hq) == before
