"""clues list / show / refer: clue roles see (and leave an audit event), everyone else gets exit 3 and nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.entities import Finding
from models.enums import Role
from services.accounts import add_user
from services.clues import create_clue
from services.queries.clues import clue_assignments
from services.workspace import unlock_workspace
from tests.cli.conftest import MEMBER_PASSPHRASE, CliRunner
from tests.conftest import PASSPHRASE
from tests.ui.data import populate

SECRET = "钱某某收受礼金"


@pytest.fixture
def clue_path(team_path: Path, clock) -> Path:
    ws = unlock_workspace(team_path, PASSPHRASE, clock=clock)
    try:
        populate(ws, 3)
        add_user(ws, "李组员", Role.MEMBER, MEMBER_PASSPHRASE)
        add_user(ws, "赵线索", Role.CLUE_OFFICER, MEMBER_PASSPHRASE)
        assignment = clue_assignments(ws)[0].id
        with ws.read() as session:
            finding = session.scalar(select(Finding.id).where(Finding.seq_no == 1))
        for person in ("钱某", "孙某"):
            create_clue(ws, {"assignment_id": assignment, "clue_name": f"关于{person}的问题线索",
                             "reflected_person_name": person, "reflected_person_post": "局长",
                             "problem_text": SECRET, "discipline": "廉洁纪律", "disposal_type": "谈话函询",
                             "accepted_at": "2024-03-05"}, from_finding_id=finding)
    finally:
        ws.lock()
    return team_path


def events(path: Path, action: str) -> list[AuditEvent]:
    ws = unlock_workspace(path, PASSPHRASE)
    try:
        with ws.read() as session:
            return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))
    finally:
        ws.lock()


def test_the_clue_officer_lists_clues_and_the_listing_is_audited(cli: CliRunner, clue_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    text = cli("clues", "list", clue_path, "--as", "赵线索")
    assert text.code == 0, text.err
    assert "C3" in text.out and "[2026]3巡-2组-线索01号" in text.out and "钱某" in text.out
    assert "谈话函询" in text.out and "共 2 条问题线索" in text.out and "导出人：赵线索" in text.out
    as_json = cli("clues", "list", clue_path, "--as", "赵线索", "--json")
    assert as_json.code == 0
    clues = as_json.json["clues"]
    assert [c["clue_no"] for c in clues] == ["[2026]3巡-2组-线索01号", "[2026]3巡-2组-线索02号"]
    assert clues[0]["discipline"] == ["integrity"] and clues[0]["linked_findings"] == 1
    exported = events(clue_path, "clue_list_exported")
    assert [e.detail_json for e in exported] == ['{"format":"text","rows":2}', '{"format":"json","rows":2}']


def test_a_member_gets_exit_3_and_no_clue_data(cli: CliRunner, clue_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    for argv in (("clues", "list", clue_path), ("clues", "show", clue_path, "1")):
        result = cli(*argv, "--as", "李组员")
        assert result.code == 3
        assert "无权" in result.err and "组员" in result.err
        for word in ("钱某", "孙某", "线索01", SECRET):
            assert word not in result.out and word not in result.err
        as_json = cli(*argv, "--as", "李组员", "--json")
        assert as_json.code == 3 and as_json.json["error"] == "not_permitted" and "钱某" not in as_json.out
    assert events(clue_path, "clue_list_exported") == []


def test_show_one_clue_with_its_links(cli: CliRunner, clue_path: Path, passphrase_env: str) -> None:
    shown = cli("clues", "show", clue_path, "2")
    assert shown.code == 0, shown.err
    assert "[2026]3巡-2组-线索02号" in shown.out and "孙某" in shown.out and "廉洁纪律" in shown.out
    assert "[2026]3巡-2组-1号" in shown.out  # the linked finding
    as_json = cli("clues", "show", clue_path, "[2026]3巡-2组-线索01号", "--json")
    assert as_json.json["clue"]["reflected_person_name"] == "钱某"
    assert as_json.json["links"][0]["code"] == "[2026]3巡-2组-1号"
    assert len(events(clue_path, "clue_viewed")) == 2
    missing = cli("clues", "show", clue_path, "99")
    assert missing.code == 4 and "99" in missing.err


def test_a_member_refers_a_finding(cli: CliRunner, clue_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    referred = cli("clues", "refer", clue_path, "[2026]3巡-2组-2号", "--as", "李组员")
    assert referred.code == 0, referred.err
    assert "已将问题 [2026]3巡-2组-2号 提请线索管理员研判" in referred.out
    assert len(events(clue_path, "clue_referral")) == 1
    unknown = cli("clues", "refer", clue_path, "[2026]3巡-2组-99号", "--as", "李组员")
    assert unknown.code == 4
