"""``import-package WS FILE_OR_DIR... [--json]``: exit 4 when any package is rejected (the others are still
imported), 0 when all were imported, already imported or held; Chinese report, one JSON object."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.services.sync.conftest import bare_world_template, world, world_template  # noqa: F401 (fixtures)
from tests.services.sync.import_helpers import raw_package, team_packages
from tests.services.sync.world import World


@pytest.fixture
def packages(world: World, tmp_path: Path) -> Path:  # noqa: F811
    """A folder with three real packages of laptop 1A (#1-#3, acknowledged in between) and a damaged copy of #2."""
    folder = tmp_path / "stick"
    with world.opened("t1a") as (a,):
        second = team_packages(a, folder, 3)[1]
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x40
    (folder / "damaged-copy.xcpkg").write_bytes(bytes(data))
    return folder


def package(folder: Path, seq: int) -> Path:
    return next(p for p in folder.iterdir() if f"-{seq:05d}-" in p.name)


def test_rejected_packages_exit_4_with_reasons_in_chinese(cli: CliRunner, passphrase_env: str, world: World,  # noqa: F811
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with world.opened("hq", "t1a") as (hq, a):
        raw_package(a, hq, folder / "a-1.xcpkg")
    (folder / "junk.xcpkg").write_bytes(b"hello")
    result = cli("import-package", world.path("hq"), folder)
    assert result.code == 4, result.err
    assert "已拒绝：junk.xcpkg" in result.out and "不是完整的巡察通数据包" in result.out
    assert "数据包内容已损坏或被改动" in result.out and "共 2 个数据包：已拒绝 2 个" in result.out
    as_json = cli("import-package", world.path("hq"), folder, "--json")
    assert as_json.code == 4
    data = as_json.json
    assert data["ok"] is False and [p["code"] for p in data["packages"]] == ["malformed_package", "payload_damaged"]
    assert data["packages"][0]["message"].startswith("该文件不是完整的巡察通数据包")


def test_import_folder_then_again(cli: CliRunner, passphrase_env: str, world: World, packages: Path) -> None:  # noqa: F811
    result = cli("import-package", world.path("hq"), packages, "--json")
    assert result.code == 4, result.out  # the damaged copy is rejected; the three good ones are imported
    statuses = sorted((p["seq"], p["status"]) for p in result.json["packages"])
    assert [s for s in statuses if s[1] == "imported"] == [(1, "imported"), (2, "imported"), (3, "imported")]
    assert sum(1 for p in result.json["packages"] if p["status"] == "rejected") == 1
    again = cli("import-package", world.path("hq"), package(packages, 1))
    assert again.code == 0 and "已导入过，未改动" in again.out


def test_held_package_exits_0_naming_the_missing_changes(cli: CliRunner, passphrase_env: str, world: World,  # noqa: F811
                                                         packages: Path) -> None:
    after = cli("import-package", world.path("hq"), package(packages, 1), "--json")  # nothing of it was applied
    assert after.code == 0 and [p["status"] for p in after.json["packages"]] == ["imported"]
    held = cli("import-package", world.path("hq"), package(packages, 3))
    assert held.code == 0, held.out
    assert "已暂存" in held.out and "缺少设备" in held.out
    released = cli("import-package", world.path("hq"), package(packages, 2), "--json")
    assert released.code == 0
    assert [(p["seq"], p["status"]) for p in released.json["packages"]] == [(2, "imported"), (3, "released")]


def test_import_into_a_workspace_another_program_writes_to_exits_3(cli: CliRunner, passphrase_env: str,
                                                                   world: World, packages: Path) -> None:  # noqa: F811
    """Issue 16, fault 2: HQ's workspace held by a second 巡察通 (write lock): exit 3 in Chinese, nothing applied."""
    from services.errors import DomainError
    from services.sync.batch_import import import_packages
    from tests.services.writer_holder import holding_writer

    with world.opened("hq") as (hq,):
        with holding_writer(world.path("hq")):
            with pytest.raises(DomainError) as raised:
                import_packages(hq, [package(packages, 1)])
            assert raised.value.code == "workspace_busy" and raised.value.exit_code == 3
    with holding_writer(world.path("hq")):
        result = cli("import-package", world.path("hq"), package(packages, 1), "--json")
    assert result.code == 3, result.out
    assert result.json["error"] == "workspace_busy" and "另一个程序" in result.json["message"]
    after = cli("import-package", world.path("hq"), package(packages, 1), "--json")  # nothing of it was applied
    assert after.code == 0 and [p["status"] for p in after.json["packages"]] == ["imported"]


def test_leftovers_of_a_dead_export_are_removed_and_said(cli: CliRunner, passphrase_env: str,
                                                         world: World, tmp_path: Path) -> None:  # noqa: F811
    """Issue 16, fault 3: the unlock of any command removes the dead export's scratch folder and says so on
    stderr; verify names it; the next export removes the temp file it left beside the package, and says so."""
    import subprocess
    import sys
    import tempfile

    from models.store import atomic_temp_path
    from services.leftovers import SCRATCH_PREFIX
    from services.sync.package.container import package_file_name

    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=world.path("t1a")))
    (scratch / "main.db").write_bytes(b"\0" * 2048)
    verified = cli("verify", world.path("t1a"))
    assert verified.code == 0, verified.err
    assert "已删除上次中断的导出留在工作区中的临时文件 1 个" in verified.err
    assert "中断的导出留下的临时文件：本次解锁时已删除 1 个" in verified.out and not scratch.exists()
    again = cli("verify", world.path("t1a"), "--json")
    assert again.json["leftovers"]["removed_at_unlock"]["count"] == 0 and again.json["leftovers"]["found"]["count"] == 0

    stick = tmp_path / "stick"
    stick.mkdir()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    dead = atomic_temp_path(stick / package_file_name("team_to_hq", 1, 1, "deadbeef-0000"), pid=ended.pid)
    dead.write_bytes(b"\0" * 1024)
    exported = cli("export-package", world.path("t1a"), "--out", stick)
    assert exported.code == 0, exported.err
    assert "已删除此前中断的导出留下的临时文件 1 个" in exported.out and not dead.exists()
