"""``evidence add|list|save|remove`` against a real encrypted team workspace with findings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from services.workspace import unlock_workspace
from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE
from tests.ui.data import populate

CODE = "[2026]3巡-2组-1号"


@pytest.fixture
def ws_path(team_path: Path) -> Path:
    ws = unlock_workspace(team_path, PASSPHRASE)
    try:
        populate(ws, findings=2)
    finally:
        ws.lock()
    return team_path


def test_add_list_save_remove(cli: CliRunner, passphrase_env: str, ws_path: Path, tmp_path: Path) -> None:
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(2000))
    minutes = tmp_path / "党组会议纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))

    added = cli("evidence", "add", ws_path, CODE, photo, minutes, "--from", "市财政局")
    assert added.code == 0, added.err
    assert "已添加 证1：现场照片（照片" in added.out and "已添加 证2：党组会议纪要（会议纪要" in added.out

    listed = cli("evidence", "list", ws_path, CODE, "--json")
    assert listed.code == 0
    rows = listed.json["evidence"]
    assert [(r["evidence_no"], r["evidence_type"], r["obtained_from"]) for r in rows] == [
        ("证1", "photo", "市财政局"), ("证2", "minutes", "市财政局")]
    text = cli("evidence", "list", ws_path, CODE)
    assert "证2" in text.out and "共 2 份" in text.out

    out = tmp_path / "copy.pdf"
    saved = cli("evidence", "save", ws_path, CODE, "证2", "--out", out)
    assert saved.code == 0, saved.err
    assert out.read_bytes() == minutes.read_bytes() and "未加密" in saved.out
    again = cli("evidence", "save", ws_path, CODE, "2", "--out", out)
    assert again.code == 2 and "--force" in again.err
    assert cli("evidence", "save", ws_path, CODE, "2", "--out", out, "--force").code == 0

    removed = cli("evidence", "remove", ws_path, CODE, "证1", "--reason", "照片不清晰")
    assert removed.code == 0 and "照片不清晰" in removed.out
    assert [r["evidence_no"] for r in cli("evidence", "list", ws_path, CODE, "--json").json["evidence"]] == ["证2"]

    ws = unlock_workspace(ws_path, PASSPHRASE)
    try:
        with ws.read() as session:
            exported = session.scalars(select(AuditEvent).where(AuditEvent.action == "evidence_exported")).all()
    finally:
        ws.lock()
    assert len(exported) == 2


def test_rejections(cli: CliRunner, passphrase_env: str, ws_path: Path, tmp_path: Path) -> None:
    unknown = cli("evidence", "list", ws_path, "no-such-code", "--json")
    assert unknown.code == 4 and unknown.json["error"] == "invalid_fields"
    missing = cli("evidence", "add", ws_path, CODE, tmp_path / "missing.pdf")
    assert missing.code == 4 and "无法读取文件" in missing.err
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert "是空的" in cli("evidence", "add", ws_path, CODE, empty).err
    bad_type = cli("evidence", "add", ws_path, CODE, empty, "--type", "电报")
    assert bad_type.code == 2 and "未知证据类型" in bad_type.err
    no_such = cli("evidence", "save", ws_path, CODE, "证9", "--out", tmp_path / "x")
    assert no_such.code == 4
    inside = tmp_path / "a.txt"
    inside.write_bytes(b"abc")
    assert cli("evidence", "add", ws_path, CODE, inside).code == 0
    into_ws = cli("evidence", "save", ws_path, CODE, "证1", "--out", ws_path / "a.txt")
    assert into_ws.code == 4 and "工作区文件夹" in into_ws.err
