"""Enrollment windows: the team's request, HQ's registration, the team's acceptance (services/sync/enrollment/).

Enrollment happens with the laptop present: each window shows a fingerprint in large letters for the two people
to read aloud and compare. Accepting a grant stays disabled until the team leader ticks that they compared.
The work runs on the TaskRunner's worker; errors show in the window in the words of ui/messages.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from services.errors import DomainError
from services.sync.enrollment import (
    accept_grant,
    check_can_enroll,
    enrollment_teams,
    make_request,
    preview_request,
    read_grant,
    register_device,
)
from services.workspace import WorkspaceSession
from ui.sync.enroll_base import EnrollDialog, fingerprint_label
from ui.tasks import TaskRunner


class EnrollRequestDialog(EnrollDialog):
    """Team leader: make this laptop's keys and the request file to take to HQ."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent, self.tr("Enrollment request"), self.tr(
            "This makes the laptop's keys and a request file for HQ. Take the file and this laptop to HQ: there the "
            "person registering it compares the fingerprint shown here with the one on HQ's screen."),
            self.tr("Make request"))
        self.file_edit = QLineEdit(str(Path.home() / f"巡察通-第{ws.team_no}组-入网申请.xcreq"))
        self.form.addRow(self.tr("Save request as:"), self.file_row(
            self.file_edit, self.tr("Save the enrollment request"), self.tr("Enrollment requests (*.xcreq)"),
            save=True))
        self.fingerprint = fingerprint_label()
        self.fingerprint_caption = QLabel(self.tr("This laptop's fingerprint:"))
        self.form.addRow(self.fingerprint_caption, self.fingerprint)
        self.form.setRowVisible(self.fingerprint, False)  # shown once the keys exist
        self.refuse_early(check_can_enroll)

    def start(self) -> None:
        out = Path(self.file_edit.text().strip()).expanduser()
        if out.suffix.lower() != ".xcreq":
            out = out.with_name(out.name + ".xcreq")
        self.run(lambda progress, cancel: make_request(self.ws, out), self.tr("Making the request…"), self._done)

    def _done(self, info: Any) -> None:
        self.fingerprint.setText(info.fingerprint)
        self.form.setRowVisible(self.fingerprint, True)
        self.finished_with(info, self.tr("The request was saved to %1.\nTake it and this laptop to HQ, compare the "
                                         "fingerprint above with HQ's screen, and bring back the grant file.")
                           .replace("%1", str(info.path)))


class RegisterDeviceDialog(EnrollDialog):
    """HQ administrator: register a team laptop's request to a team and save the signed grant."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent, self.tr("Register a team laptop"), self.tr(
            "Open the request the team brought, compare the fingerprint below with the one on the laptop's screen, "
            "choose its team and save the grant. The grant carries the team's round, members, units and the "
            "problem categories, encrypted for that laptop only."), self.tr("Register and save grant"))
        self.request_edit = QLineEdit()
        self.request_edit.setPlaceholderText(self.tr("The .xcreq file from the team"))
        self.request_edit.editingFinished.connect(self.load_request)
        self.form.addRow(self.tr("Request file:"), self.file_row(
            self.request_edit, self.tr("Open an enrollment request"), self.tr("Enrollment requests (*.xcreq)"),
            save=False))
        self.laptop_label = QLabel("—")
        self.form.addRow(self.tr("Laptop:"), self.laptop_label)
        self.fingerprint = fingerprint_label()
        self.form.addRow(self.tr("Laptop's fingerprint:"), self.fingerprint)
        self.team_combo = QComboBox()
        self.teams = enrollment_teams(ws)
        for team in self.teams:
            self.team_combo.addItem(self.tr("Team %1 · %2").replace("%1", str(team.team_no))
                                    .replace("%2", team.round_title), team)
        if not self.teams:
            self.team_combo.addItem(self.tr("No teams yet: set up the round and its teams first"))
        self.form.addRow(self.tr("Team:"), self.team_combo)
        self.grant_edit = QLineEdit()
        self.form.addRow(self.tr("Save grant as:"), self.file_row(
            self.grant_edit, self.tr("Save the enrollment grant"), self.tr("Enrollment grants (*.xcgrant)"),
            save=True))
        self.compared = QCheckBox(self.tr("I compared this fingerprint with the laptop's screen"))
        self.compared.toggled.connect(self._update)
        self.form.addRow("", self.compared)
        self.hq_fingerprint = fingerprint_label()
        self.hq_caption = QLabel(self.tr("HQ's fingerprint:"))
        self.form.addRow(self.hq_caption, self.hq_fingerprint)
        self.form.setRowVisible(self.hq_fingerprint, False)  # shown with the grant
        self.request: Any = None
        self._update()

    def load_request(self) -> None:
        text = self.request_edit.text().strip()
        self.request = None
        self.fingerprint.setText("—")
        self.laptop_label.setText("—")
        try:
            if text:
                self.request = preview_request(Path(text).expanduser())
        except DomainError as error:
            self.show_error(error)
        else:
            self.show_error(None)
        if self.request is not None:
            self.fingerprint.setText(self.request.fingerprint)
            self.laptop_label.setText(self.tr("%1 · team %2 · device %3").replace("%1", self.request.label)
                                      .replace("%2", str(self.request.team_no))
                                      .replace("%3", self.request.device_id[:8]))
            for index, team in enumerate(self.teams):
                if team.team_no == self.request.team_no:
                    self.team_combo.setCurrentIndex(index)
                    break
            request_path = Path(text).expanduser()
            self.grant_edit.setText(str(request_path.with_name(f"巡察通-第{self.request.team_no}组-入网授权.xcgrant")))
        self._update()

    def _update(self) -> None:
        self.go_button.setEnabled(self.request is not None and bool(self.teams) and self.compared.isChecked())

    def start(self) -> None:
        team = self.team_combo.currentData()
        request = Path(self.request_edit.text().strip()).expanduser()
        out = Path(self.grant_edit.text().strip()).expanduser()
        if out.suffix.lower() != ".xcgrant":
            out = out.with_name(out.name + ".xcgrant")
        self.run(lambda progress, cancel: register_device(self.ws, request, team_no=team.team_no,
                                                          round_id=team.round_id, out=out),
                 self.tr("Writing the grant…"), self._done)

    def _done(self, info: Any) -> None:
        self.hq_fingerprint.setText(info.hq_fingerprint)
        self.form.setRowVisible(self.hq_fingerprint, True)
        self.compared.setEnabled(False)
        self.finished_with(info, self.tr("Team %1's laptop is registered; the grant (%2 records) was saved to %3.\n"
                                         "Give it to the team leader, who compares HQ's fingerprint above before "
                                         "accepting it.").replace("%1", str(info.team_no))
                           .replace("%2", str(info.rows)).replace("%3", str(info.path)))


class AcceptGrantDialog(EnrollDialog):
    """Team leader: check HQ's fingerprint and accept the grant; the laptop then holds the team's reference data."""

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, parent, self.tr("Accept HQ's grant"), self.tr(
            "Open the grant HQ saved for this laptop. Compare HQ's fingerprint below with the one on HQ's screen "
            "(read it aloud or by phone). Accept only if every character matches."), self.tr("Accept grant"))
        self.grant_edit = QLineEdit()
        self.grant_edit.setPlaceholderText(self.tr("The .xcgrant file from HQ"))
        self.grant_edit.editingFinished.connect(self.load_grant)
        self.form.addRow(self.tr("Grant file:"), self.file_row(
            self.grant_edit, self.tr("Open an enrollment grant"), self.tr("Enrollment grants (*.xcgrant)"),
            save=False))
        self.team_label = QLabel("—")
        self.form.addRow(self.tr("Registered as:"), self.team_label)
        self.hq_fingerprint = fingerprint_label()
        self.form.addRow(self.tr("HQ's fingerprint:"), self.hq_fingerprint)
        self.own_fingerprint = QLabel("—")
        self.form.addRow(self.tr("This laptop's fingerprint:"), self.own_fingerprint)
        self.compared = QCheckBox(self.tr("I compared the fingerprints with HQ"))
        self.compared.toggled.connect(self._update)
        self.form.addRow("", self.compared)
        self.preview: Any = None
        self._update()
        self.refuse_early(check_can_enroll)

    def load_grant(self) -> None:
        text = self.grant_edit.text().strip()
        self.preview = None
        self.compared.setChecked(False)
        for label in (self.team_label, self.hq_fingerprint, self.own_fingerprint):
            label.setText("—")
        try:
            if text:
                self.preview = read_grant(Path(text).expanduser(), self.ws)
        except DomainError as error:
            self.show_error(error)
        else:
            self.show_error(None)
        if self.preview is not None:
            self.team_label.setText(self.tr("Team %1").replace("%1", str(self.preview.team_no)))
            self.hq_fingerprint.setText(self.preview.hq_fingerprint)
            self.own_fingerprint.setText(self.preview.device_fingerprint)
        self._update()

    def _update(self) -> None:
        self.go_button.setEnabled(self.preview is not None and self.compared.isChecked() and not self.blocked)

    def start(self) -> None:
        grant = Path(self.grant_edit.text().strip()).expanduser()
        self.run(lambda progress, cancel: accept_grant(self.ws, grant, progress, cancel),
                 self.tr("Taking the team's reference data…"), self._done)

    def _done(self, info: Any) -> None:
        self.result = info
        self.accept()
