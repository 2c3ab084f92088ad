"""HQ -> team update packages (docs/sync.md §8.1, issue 5 item 6): one per device, only that team's scope plus the HQ
rows it needs; opened here with the team device's own key, as the team would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.base import HQ_SCOPE
from models.finding import Finding
from models.sync import ChangeRecord
from models.sync_inbox import SyncPackage
from services.errors import CancelledError
from services.findings import FindingInput, create_finding
from services.progress import CancelToken
from services.sync.crypto.keys import key_id
from services.sync.devices import registry
from services.sync.exporter import export_package
from services.sync.importer import import_package
from services.sync.package.rejections import PackageRejected
from services.sync.report import ImportStatus
from services.sync.updates.hq_export import NoDevicesError, acks_for, export_updates, rows_for_device
from services.workspace import WorkspaceSession
from tests.services.sync.opening import opened_section, row_states
from tests.services.sync.world import PASSPHRASE, REF, World, add_finding

REFERENCE = {"inspection_round", "inspection_team", "team_member", "assignment", "inspected_org", "taxonomy_node"}


def _hq_finding(hq: WorkspaceSession, team_no: int, title: str) -> str:
    return create_finding(hq, FindingInput(org_id=REF.org_ids[team_no], title=title, description="HQ 补录。",
                                           assignment_id=REF.assignment_ids[team_no]))


def _open_update(path: Path, hq: WorkspaceSession, team: WorkspaceSession, scratch: Path) -> tuple[list, dict]:
    with hq.read() as session:
        sign_public = registry.own_keys(session).sign_public
    with team.read() as session:
        private = registry.own_keys(session).encryption
    with opened_section(path, sign_public, private, "main", scratch) as (header, reader):
        assert header.kind == "hq_to_team" and header.recipient_device == team.device_id
        return row_states(reader), reader.acks()


def test_team1_update_never_holds_a_team2_row(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a", "t1b", "t2") as (hq, t1a, t1b, t2):
        mine = _hq_finding(hq, 1, "第一组的问题")
        theirs = _hq_finding(hq, 2, "第二组的问题")
        summaries = export_updates(hq, tmp_path, team_no=1)
        assert sorted(s.recipient_device for s in summaries) == sorted([t1a.device_id, t1b.device_id])
        assert all(s.seq == 1 and s.team_no == 1 and s.row_states > 0 for s in summaries)
        by_device = {s.recipient_device: Path(s.path) for s in summaries}
        team2_ids = {REF.team_ids[2], REF.org_ids[2], REF.assignment_ids[2], *REF.member_ids[2], theirs}
        for team in (t1a, t1b):
            states, acks = _open_update(by_device[team.device_id], hq, team, tmp_path / team.device_id)
            ids = {s["entity_id"] for s in states}
            assert mine in ids and not ids & team2_ids
            assert {s["scope_team_id"] for s in states} <= {REF.team_ids[1], HQ_SCOPE}
            assert {s["entity"] for s in states if s["scope_team_id"] == HQ_SCOPE} <= REFERENCE
            assert {REF.round_id, REF.team_ids[1], REF.org_ids[1], REF.assignment_ids[1]} <= ids
            finding = next(s for s in states if s["entity_id"] == mine)
            assert json.loads(finding["values_json"])["title"] == "第一组的问题"
            assert acks["device_seq"] == 0 and acks["hq_pos"] > 0
        with pytest.raises(PackageRejected):  # sealed to t1a's key only
            _open_update(by_device[t1a.device_id], hq, t1b, tmp_path / "wrong")
        with hq.read() as session:
            sign_public = registry.own_keys(session).sign_public
        with t1a.read() as session:
            own = registry.own_keys(session)
        assert own.clue is not None
        with opened_section(by_device[t1a.device_id], sign_public, own.clue, "clues", tmp_path / "c") as (
                header, reader):  # the clue part: sealed to the laptop's clue key, nothing of team 2
            assert header.section("clues").recipients[0].key_id == key_id(own.clue_public)
            assert reader.info["log"] == "clues" and set(reader.acks()) == {"clue_seq", "hq_clue_pos"}
            assert all(s["scope_team_id"] == REF.team_ids[1] for s in row_states(reader))
        with pytest.raises(PackageRejected):
            with opened_section(by_device[t1a.device_id], sign_public, own.encryption, "clues", tmp_path / "c"):
                pass

        states, _ = _open_update(Path(export_updates(hq, tmp_path, device_ids=[t2.device_id])[0].path), hq, t2,
                                 tmp_path / "t2")
        ids = {s["entity_id"] for s in states}
        assert theirs in ids and mine not in ids and REF.team_ids[1] not in ids


def test_round_trip_updates_follow_the_watermark(world: World, tmp_path: Path) -> None:
    """Team package -> HQ, HQ edit -> update -> team, team's next package acknowledges it: the next update is empty
    and the team has nothing left to send."""
    with world.opened("hq", "t1a") as (hq, team):
        add_finding(team, "组里的问题")
        assert import_package(hq, Path(export_package(team, tmp_path).path)).status == ImportStatus.IMPORTED
        mine = _hq_finding(hq, 1, "巡察办补录")
        update = export_updates(hq, tmp_path, device_ids=[team.device_id])[0]
        result = import_package(team, Path(update.path))
        assert result.status == ImportStatus.IMPORTED and result.counts.get("inserted") == 1
        with team.read() as session:
            assert session.get(Finding, mine) is not None
            assert not session.scalars(select(ChangeRecord.change_id).where(ChangeRecord.acked.is_(False))).all()
        back = export_package(team, tmp_path)  # acknowledges HQ's position; no change left to send
        assert back.changes == 0
        assert import_package(hq, Path(back.path)).status == ImportStatus.IMPORTED
        with hq.write() as tx:
            since = registry.peer(tx.session, team.device_id).peer_acked_pos
            assert since == acks_for(tx.session, registry.device(tx.session, team.device_id))["hq_pos"]
            tx.update(tx.session.get(Finding, mine), title="巡察办补录（改）")
        with hq.read() as session:
            states = list(rows_for_device(session, registry.device(session, team.device_id), since))
        assert [s.entity_id for s in states] == [mine] and states[0].log_pos > since
        assert export_updates(hq, tmp_path, device_ids=[team.device_id])[0].row_states == 1


def test_cancel_or_no_device_leaves_no_file(world: World, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with world.opened("hq") as (hq,):
        _hq_finding(hq, 1, "问题")
        token = CancelToken()

        def progress(stage: str, done: int, total: int) -> None:
            if stage == "export_devices" and done == 1:
                token.cancel()  # after the first device's package was written

        with pytest.raises(CancelledError):
            export_updates(hq, out, progress=progress, cancel=token)
        with pytest.raises(NoDevicesError):
            export_updates(hq, out, team_no=9)
        assert list(out.iterdir()) == []
        assert not list(hq.path.glob(".outgoing-*"))
        with hq.read() as session:
            assert session.scalar(select(SyncPackage.package_id)) is None


def test_cli_export_package_team_and_hq(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import run

    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "stick"
    out.mkdir()
    capsys.readouterr()
    assert run(["export-package", str(world.path("t1a")), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "已导出数据包 #1" in text and ".xcpkg" in text
    assert run(["export-package", str(world.path("hq")), "--out", str(out), "--team", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["team_no"] for p in data["packages"]] == [2] and Path(data["paths"][0]).is_file()
    assert run(["export-package", str(world.path("hq")), "--out", str(out), "--team", "7"]) == 4
    assert "没有可发送更新包的已登记设备" in capsys.readouterr().err
    assert len(list(out.iterdir())) == 2
