"""The Packages area in real windows: a team laptop before and after enrolment (fingerprints, what HQ has not
acknowledged, which buttons a role may use) and HQ's device table with revoke and the conflict tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from services.sync.devices import registry
from tests.services.sync.world import PLACES, World, add_finding, build_world, copy_world, pair
from ui.areas.packages import PackagesArea
from ui.areas.packages_hq import HqPackagesPage
from ui.areas.packages_team import TeamPackagesPage


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, World]:
    root = tmp_path_factory.mktemp("packages_area")
    bare = build_world(root / "bare", paired=False)
    paired = copy_world(bare, root / "paired")
    with paired.opened(*PLACES) as (hq, *teams):
        for team in teams:
            pair(hq, team)
    paired.paired = True
    return bare, paired


@pytest.fixture
def worlds(templates: tuple[World, World], tmp_path: Path) -> Iterator[tuple[World, World]]:
    bare, paired = templates
    yield copy_world(bare, tmp_path / "bare"), copy_world(paired, tmp_path / "paired")


def test_a_team_laptop_before_enrolment_offers_the_request_only(worlds, qtbot) -> None:
    bare, _ = worlds
    with bare.opened("t2") as (t2,):
        area = PackagesArea(t2)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, TeamPackagesPage)
        assert page.request_button.isEnabled() and page.accept_button.isEnabled()
        assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
        assert not page.close_button.isEnabled()
        assert page.hq_fp.text() == "—"
        assert area.title_label.text() == "数据包" and area.info_label.text() == page.summary()
        assert not page.exchange.isVisibleTo(page)  # nothing to exchange before enrolment


def test_an_enrolled_laptop_shows_fingerprints_and_what_hq_has_not_acknowledged(worlds, qtbot) -> None:
    _, paired = worlds
    with paired.opened("hq", "t1a") as (hq, a):
        add_finding(a, "公务接待超标准问题")
        add_finding(a, "车辆管理不规范问题")
        area = PackagesArea(a)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, TeamPackagesPage)
        with a.read() as session:
            own = registry.own_keys(session)
        with hq.read() as session:
            hq_keys = registry.own_keys(session)
        assert page.device_fp.text() == registry.display_fingerprint(own.sign_public)
        assert page.hq_fp.text() == registry.display_fingerprint(hq_keys.sign_public)
        assert page.status is not None and page.status.enrolled
        assert int(page.unacked_label.text()) == page.status.unacked_changes >= 2
        assert not page.request_button.isEnabled() and not page.accept_button.isEnabled()
        assert page.export_button.isEnabled() and page.import_button.isEnabled() and page.close_button.isEnabled()
        before = page.status.unacked_changes
        add_finding(a, "会议费管理不规范问题")
        area.refresh()
        assert page.status.unacked_changes > before


def test_the_export_button_opens_the_export_dialog(worlds, qtbot, monkeypatch) -> None:
    _, paired = worlds
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    with paired.opened("t1a") as (a,):
        area = PackagesArea(a)
        qtbot.addWidget(area)
        area.page.export_button.click()
        assert type(area.page.last_dialog).__name__ == "ExportDialog"
        assert area.runner is not None  # made on first use when the window did not hand one over


def test_hq_lists_every_device_and_revokes_one(worlds, qtbot) -> None:
    _, paired = worlds
    with paired.opened("hq", "t1a", "t1b", "t2") as (hq, a, b, t2):
        area = PackagesArea(hq)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, HqPackagesPage)
        model = page.model
        assert model.rowCount() == 3
        ids = {model.row_object(row).device_id for row in range(3)}
        assert ids == {a.device_id, b.device_id, t2.device_id}
        assert [model.row_object(row).team_no for row in range(3)] == [1, 1, 2]
        assert model.index(0, 0).data() and "—" not in model.index(0, 2).data()
        assert page.tabs.count() == 2 and "0" in page.tabs.tabText(1)
        assert not page.revoke_button.isEnabled()
        page.page.view.selectRow(2)
        assert page.revoke_button.isEnabled()
        target = page.selected_devices()[0]
        assert page.revoke_selected(reason="笔记本遗失")
        revoked = next(r for r in page.model._rows if r.device_id == target.device_id)
        assert revoked.revoked_at is not None and revoked.revoke_reason == "笔记本遗失"
        assert "笔记本遗失" in model.index([r.device_id for r in model._rows].index(target.device_id), 5).data()
        assert not page.revoke_button.isEnabled()
        with hq.read() as session:
            assert registry.device(session, target.device_id).revoked_at is not None


def test_hq_buttons_open_the_dialogs_and_the_report_leads_to_the_inbox(worlds, qtbot, monkeypatch) -> None:
    _, paired = worlds
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    with paired.opened("hq") as (hq,):
        area = PackagesArea(hq)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, HqPackagesPage)
        seen = []
        area.workspace_changed.connect(lambda: seen.append(1))
        for button, name in ((page.import_button, "ImportDialog"), (page.export_button, "ExportDialog"),
                             (page.register_button, "RegisterDeviceDialog")):
            button.click()
            assert type(page.last_dialog).__name__ == name
        assert len(seen) == 3
        page.import_button.click()
        page.last_dialog.open_conflicts.emit()
        assert page.tabs.currentWidget() is page.inbox


def test_after_a_round_trip_the_team_page_shows_everything_acknowledged(worlds, qtbot, tmp_path) -> None:
    from services.sync.exporter import export_package
    from services.sync.importer import import_package
    from services.sync.updates.hq_export import export_updates

    _, paired = worlds
    (tmp_path / "up").mkdir()
    (tmp_path / "down").mkdir()
    with paired.opened("hq", "t1a") as (hq, a):
        add_finding(a, "公务接待超标准问题")
        package = export_package(a, tmp_path / "up")
        area = PackagesArea(a)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, TeamPackagesPage)
        assert page.status is not None and page.status.packages_sent == 1 and page.status.unacked_changes > 0
        assert page.last_export_label.text() != "—"
        import_package(hq, Path(package.path))
        hq_area = PackagesArea(hq)
        qtbot.addWidget(hq_area)
        row = next(r for r in hq_area.page.model._rows if r.device_id == a.device_id)
        assert row.last_package_seq == 1 and row.last_import_at is not None
        update = export_updates(hq, tmp_path / "down", device_ids=[a.device_id])[0]
        import_package(a, Path(update.path))
        area.refresh()
        assert page.status.unacked_changes == 0 and page.status.packages_acked == 1
        assert page.unacked_label.text() == "0" and page.last_import_label.text() != "—"


def test_an_exchange_refreshes_the_other_areas_of_the_window(worlds, qtbot, monkeypatch) -> None:
    from ui.workspace_view import WorkspaceView

    _, paired = worlds
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    with paired.opened("t1a") as (a,):
        view = WorkspaceView(a)
        qtbot.addWidget(view)
        findings = view.areas["findings"]
        before = findings.model.rowCount()
        add_finding(a, "会议费超标准问题")  # as an imported update would
        view.areas["packages"].page.import_button.click()  # the dialog closes; the window looks again
        assert findings.model.rowCount() == before + 1


def test_the_conflict_tab_counts_open_conflicts_and_a_resolution_updates_it(worlds, qtbot, tmp_path) -> None:
    from services.sync.exporter import export_package
    from services.sync.importer import import_package
    from tests.services.sync.world import edit_title

    _, paired = worlds
    stick = tmp_path / "stick"
    stick.mkdir()
    with paired.opened("hq", "t1a") as (hq, a):
        finding = add_finding(a, "公务接待超标准问题")
        import_package(hq, Path(export_package(a, stick).path))
        edit_title(hq, finding, "公务接待超标准问题（巡察办）")
        edit_title(a, finding, "公务接待严重超标准问题")
        assert import_package(hq, Path(export_package(a, stick).path)).counts.get("conflict") == 1
        area = PackagesArea(hq)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, HqPackagesPage)
        assert page.conflicts == 1 and "1" in page.tabs.tabText(1) and "1" in area.info_label.text()
        changed = []
        area.workspace_changed.connect(lambda: changed.append(1))
        page.tabs.setCurrentWidget(page.inbox)
        page.inbox._resolve(keep="incoming")
        assert page.conflicts == 0 and "0" in page.tabs.tabText(1) and changed == [1]


def test_an_hq_member_sees_the_devices_but_may_not_change_anything(worlds, qtbot) -> None:
    from models.enums import Role
    from services.accounts import add_user
    from tests.services.sync.world import PASSPHRASE

    _, paired = worlds
    with paired.opened("hq") as (hq,):
        add_user(hq, "李干事", Role.MEMBER, PASSPHRASE)
    member = paired.unlock("hq", user="李干事")
    try:
        area = PackagesArea(member)
        qtbot.addWidget(area)
        page = area.page
        assert isinstance(page, HqPackagesPage)
        assert page.model.rowCount() == 3
        assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
        assert not page.register_button.isEnabled()
        page.page.view.selectRow(0)
        assert not page.revoke_button.isEnabled() and page.admin_hint.isVisibleTo(page)
    finally:
        member.lock()
