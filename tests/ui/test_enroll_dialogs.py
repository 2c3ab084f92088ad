"""The enrollment windows on real workspaces: the team's request, HQ's registration, the team's acceptance."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.base import HQ_SCOPE
from models.sync import get_meta
from services.clock import FakeClock
from services.sync.devices.registry import EnrollmentError
from services.sync.enrollment import make_request, register_device
from services.workspace import WorkspaceSession, unlock_workspace
from tests.services.sync.enrolling import fresh_team
from tests.services.sync.world import PASSPHRASE, build_world, reference_rows
from ui.messages import message_for
from ui.sync.enroll_dialogs import AcceptGrantDialog, EnrollRequestDialog, RegisterDeviceDialog
from ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(an HQ workspace with teams 1 and 2, an empty team 2 laptop), made once."""
    root = tmp_path_factory.mktemp("enroll_ui")
    world = build_world(root / "world", paired=False)
    team = fresh_team(root, 2, FakeClock())
    team.lock()
    return world.path("hq"), team.path


@pytest.fixture
def pair(templates: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[WorkspaceSession, WorkspaceSession]]:
    clock = FakeClock()
    hq = unlock_workspace(shutil.copytree(templates[0], tmp_path / "hq"), PASSPHRASE, clock=clock)
    team = unlock_workspace(shutil.copytree(templates[1], tmp_path / "team"), PASSPHRASE, clock=clock)
    yield hq, team
    team.lock()
    hq.lock()


def test_request_dialog_shows_the_fingerprint(qtbot, pair: tuple[WorkspaceSession, WorkspaceSession],
                                              runner: TaskRunner, tmp_path: Path) -> None:
    _, team = pair
    dialog = EnrollRequestDialog(team, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "第2组" in dialog.file_edit.text() and not dialog.fingerprint.isVisible()
    dialog.file_edit.setText(str(tmp_path / "申请"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    info = dialog.result
    assert info.path == tmp_path / "申请.xcreq" and info.path.exists()
    assert dialog.fingerprint.isVisible() and dialog.fingerprint.text() == info.fingerprint
    assert str(info.path) in dialog.done_label.text() and not dialog.go_button.isVisible()
    dialog.close_button.click()
    assert dialog.isHidden()


def test_register_dialog_needs_the_comparison_and_writes_the_grant(
        qtbot, pair: tuple[WorkspaceSession, WorkspaceSession], runner: TaskRunner, tmp_path: Path) -> None:
    hq, team = pair
    request = make_request(team, tmp_path / "r.xcreq")
    dialog = RegisterDeviceDialog(hq, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.go_button.isEnabled() and dialog.team_combo.count() == 2
    dialog.request_edit.setText(str(tmp_path / "missing.xcreq"))
    dialog.load_request()
    assert dialog.error_label.isVisible() and dialog.fingerprint.text() == "—"
    dialog.request_edit.setText(str(request.path))
    dialog.load_request()
    assert not dialog.error_label.isVisible() and dialog.fingerprint.text() == request.fingerprint
    assert dialog.team_combo.currentData().team_no == 2 and dialog.grant_edit.text().endswith(".xcgrant")
    assert not dialog.go_button.isEnabled()
    dialog.compared.setChecked(True)
    assert dialog.go_button.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    grant = dialog.result
    assert grant.path.exists() and grant.team_no == 2 and grant.device_fingerprint == request.fingerprint
    assert dialog.hq_fingerprint.isVisible() and dialog.hq_fingerprint.text() == grant.hq_fingerprint
    # registering the same laptop again is refused in the window's own words
    again = RegisterDeviceDialog(hq, runner)
    qtbot.addWidget(again)
    again.request_edit.setText(str(request.path))
    again.load_request()
    again.compared.setChecked(True)
    again.grant_edit.setText(str(tmp_path / "again.xcgrant"))
    again.start()
    qtbot.waitUntil(lambda: again.error_label.isVisibleTo(again), timeout=10_000)
    refusal = EnrollmentError("device_already_enrolled", device=request.device_id)
    assert again.result is None and again.error_label.text() == message_for(refusal)


def test_accept_dialog_checkbox_enables_ok(qtbot, pair: tuple[WorkspaceSession, WorkspaceSession],
                                           runner: TaskRunner, tmp_path: Path) -> None:
    hq, team = pair
    request = make_request(team, tmp_path / "r.xcreq")
    grant = register_device(hq, request.path, team_no=2, round_id=None, out=tmp_path / "g.xcgrant")
    dialog = AcceptGrantDialog(team, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grant_edit.setText(str(request.path))  # the wrong file
    dialog.load_grant()
    assert dialog.error_label.isVisible() and dialog.error_label.text() == message_for(EnrollmentError("not_a_grant"))
    dialog.grant_edit.setText(str(grant.path))
    dialog.load_grant()
    assert not dialog.error_label.isVisible()
    assert dialog.hq_fingerprint.text() == grant.hq_fingerprint
    assert dialog.own_fingerprint.text() == request.fingerprint
    assert not dialog.go_button.isEnabled()
    dialog.compared.setChecked(True)
    assert dialog.go_button.isEnabled()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.result.hq_fingerprint == grant.hq_fingerprint
    assert dialog.isHidden()
    with team.read() as session:
        assert get_meta(session, "enrolled") == "1"



def test_a_laptop_that_may_not_enroll_is_told_at_once(qtbot, pair: tuple[WorkspaceSession, WorkspaceSession],
                                                      runner: TaskRunner) -> None:
    _, team = pair
    round_row, _ = reference_rows()[0]
    with team.write() as tx:  # data entered before enrolling (decision D1)
        tx.insert(round_row, scope_team_id=HQ_SCOPE)
    for dialog_class in (EnrollRequestDialog, AcceptGrantDialog):
        dialog = dialog_class(team, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.blocked and not dialog.go_button.isEnabled()
        assert dialog.error_label.text() == message_for(EnrollmentError("workspace_not_empty", count=1))
    dialog.compared.setChecked(True)
    assert not dialog.go_button.isEnabled()
