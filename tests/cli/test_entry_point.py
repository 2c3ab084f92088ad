"""``python main.py ...`` as a real process: the entry point, exit codes and the self-test.

Each process pays the import and, for new key slots, the real Argon2 cost: keep them few. The workspace
here is made in-process with the tests' cheap KDF, which its slot records, so unlocking it is cheap too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from cli import VERSION
from cli.main import is_cli_invocation

ROOT = Path(__file__).resolve().parents[2]


def main_py(*argv: str | Path, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XUNCHA_")}
    if passphrase is not None:
        env["XUNCHA_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_self_test_exits_0_and_leaves_nothing(tmp_path: Path) -> None:
    env_tmp = {"TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], cwd=ROOT,
                            env={**os.environ, **env_tmp}, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "OK"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow  # a child process per command (~5 s)
def test_exit_codes_through_the_real_entry_point(team_path: Path) -> None:
    wrong = main_py("--json", "info", team_path, passphrase="not-the-passphrase")
    assert wrong.returncode == 3
    assert json.loads(wrong.stdout) == {"error": "wrong_passphrase", "message": "口令不正确。", "details": []}

    no_tty = main_py("verify", team_path)
    assert no_tty.returncode == 2 and "XUNCHA_PASSPHRASE" in no_tty.stderr and no_tty.stdout == ""

    unknown = main_py("--json", "frobnicate", team_path)
    assert unknown.returncode == 2 and json.loads(unknown.stdout)["error"] == "usage"


@pytest.mark.parametrize(("args", "cli"), [
    (["info", "ws"], True), (["users", "list", "ws"], True), (["--self-test"], True), (["--version"], True),
    (["-h"], True), (["--json", "info"], True), ([], False), (["-style", "fusion"], False),
    (["frobnicate", "ws"], True), (["/no/such/workspace"], True),
])
def test_which_arguments_mean_the_cli(args: list[str], cli: bool) -> None:
    assert is_cli_invocation(args) is cli


def test_an_existing_folder_opens_the_windows_unless_it_names_a_command(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "demo-workspace").mkdir()
    (tmp_path / "info").mkdir()
    monkeypatch.chdir(tmp_path)
    assert is_cli_invocation(["demo-workspace"]) is False
    assert is_cli_invocation([str(tmp_path / "demo-workspace"), "--lang", "en"]) is False
    assert is_cli_invocation(["info"]) is True


def test_version_matches_the_project() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == VERSION
