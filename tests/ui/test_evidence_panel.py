"""The evidence panel: drop files to attach, list them, view images and PDFs from memory, save a copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from models.audit import AuditEvent
from models.finding import Blob, Finding
from services.evidence import list_evidence, open_evidence_bytes
from services.workspace import WorkspaceSession
from tests.ui.data import populate
from ui.evidence.panel import EvidencePanel
from ui.tasks import TaskRunner


@pytest.fixture
def finding_id(team_ws: WorkspaceSession) -> str:
    populate(team_ws, findings=2)
    with team_ws.read() as session:
        return session.scalars(select(Finding.id).order_by(Finding.seq_no)).first()  # type: ignore[return-value]


@pytest.fixture
def panel(qtbot, team_ws: WorkspaceSession, finding_id: str) -> EvidencePanel:
    widget = EvidencePanel(team_ws, "finding", finding_id, runner=TaskRunner(dialog_delay_ms=60_000))
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def make_png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    assert image.save(str(path), "PNG")
    return path


def make_pdf(path: Path) -> Path:
    """A real one-page PDF, written by Qt into memory and then to the test's source file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(QPointF(200, 200), "Xuncha evidence test page")
    painter.end()
    buffer.close()
    path.write_bytes(bytes(data))
    return path


def drop(panel: EvidencePanel, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    return event


def wait_task(qtbot, panel: EvidencePanel) -> None:
    assert panel.task is not None
    if panel.task.running:
        with qtbot.waitSignal(panel.task.finished, timeout=20_000):
            pass


def test_drop_attaches_and_lists(qtbot, panel: EvidencePanel, team_ws: WorkspaceSession, finding_id: str,
                                 tmp_path: Path) -> None:
    assert panel.stack.currentWidget() is panel.empty
    files = [make_png(tmp_path / "现场照片.png"), make_pdf(tmp_path / "会议纪要.pdf"),
             tmp_path / "合同.docx", tmp_path / "notes"]
    files[2].write_bytes(b"PK\x03\x04" + os.urandom(5000))
    files[3].mkdir()  # a folder in the drop is left out
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    event = drop(panel, files)
    assert event.isAccepted()
    wait_task(qtbot, panel)
    assert changed == [True]
    assert panel.stack.currentWidget() is panel.table and panel.table.rowCount() == 3
    cells = [[panel.table.item(row, col).text() for col in (0, 1, 3)] for row in range(3)]
    assert cells == [["证1", "照片", "现场照片.png"], ["证2", "会议纪要", "会议纪要.pdf"], ["证3", "合同", "合同.docx"]]
    assert [i.evidence_no for i in list_evidence(team_ws, "finding", finding_id)] == ["证1", "证2", "证3"]
    assert panel.selected() is not None and panel.selected().evidence_no == "证3"
    assert "证1" in panel.note.text() and "证3" in panel.note.text()


def test_viewer_shows_image_and_pdf_from_memory(qtbot, panel: EvidencePanel, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "表.xlsx").write_bytes(b"PK\x03\x04xlsx")
    panel.attach_paths([make_png(tmp_path / "photo.png"), make_pdf(tmp_path / "scan.pdf"), tmp_path / "表.xlsx"])
    wait_task(qtbot, panel)
    image, pdf, sheet = panel.items
    assert not panel.view_button.isHidden()

    panel.view(image)
    wait_task(qtbot, panel)
    viewer = panel.viewer
    assert viewer is not None and viewer.shown_kind == "image"
    assert viewer.image_pane is not None and not viewer.image_pane.label.pixmap().isNull()
    assert viewer.image_pane.image.size().width() == 64
    viewer.close()

    panel.view(pdf)
    wait_task(qtbot, panel)
    viewer = panel.viewer
    assert viewer is not None and viewer.shown_kind == "pdf"
    assert viewer.document is not None and viewer.document.pageCount() == 1
    assert "1" in viewer.page_label.text()
    qtbot.waitExposed(viewer)
    viewer.close()

    data = open_evidence_bytes(panel.ws, pdf.id)  # the viewer wipes the plaintext once the PDF engine has it
    assert data.startswith(b"%PDF")
    viewer = panel.show_viewer(data, pdf)
    assert viewer.shown_kind == "pdf" and len(data) == pdf.size and not any(data)
    viewer.close()
    assert viewer.pdf_bytes is not None and viewer.pdf_bytes.isEmpty()

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    panel.table.select_id(sheet.id)
    assert not panel.view_button.isEnabled()
    assert panel.view(sheet) is None and "表.xlsx" in asked[0]


def test_save_copy_and_remove(qtbot, panel: EvidencePanel, team_ws: WorkspaceSession, tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "scan.pdf")
    panel.attach_paths([source])
    wait_task(qtbot, panel)
    item = panel.items[0]
    out = tmp_path / "out"
    out.mkdir()
    panel.save_copy_to(item, out / "copy.pdf")
    wait_task(qtbot, panel)
    assert (out / "copy.pdf").read_bytes() == source.read_bytes()
    assert str(out / "copy.pdf") in panel.note.text()
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "evidence_exported")) == 1
    assert panel.remove(item, "扫描件不清晰")
    assert panel.items == [] and panel.stack.currentWidget() is panel.empty


def test_read_only_and_unsaved_owner(qtbot, panel: EvidencePanel, finding_id: str, tmp_path: Path) -> None:
    panel.set_read_only(True)
    for button in (panel.attach_button, panel.edit_button, panel.remove_button):
        assert button.isHidden()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_png(tmp_path / "a.png")))])
    enter = QDragEnterEvent(QPointF(5, 5).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert not enter.isAccepted()
    assert not drop(panel, [tmp_path / "a.png"]).isAccepted()
    assert panel.task is None

    panel.set_read_only(False)
    assert not panel.attach_button.isHidden() and panel.attach_button.isEnabled()
    panel.set_owner("finding", None)
    assert panel.empty.text() == panel.tr("Save first to attach evidence.")
    assert not panel.attach_button.isEnabled()
    assert not drop(panel, [tmp_path / "a.png"]).isAccepted()
    panel.set_owner("finding", finding_id)
    assert panel.attach_button.isEnabled()


def test_edit_details(qtbot, panel: EvidencePanel, tmp_path: Path) -> None:
    panel.attach_paths([make_png(tmp_path / "img.png")])
    wait_task(qtbot, panel)
    dialog = panel.edit_details(panel.items[0])
    assert dialog is not None
    dialog.title.setText("村委会公示栏照片")
    dialog.kind.setCurrentIndex(dialog.kind.findData("document"))
    dialog.obtained_from.setText("某村村委会")
    dialog.accept()
    item = panel.items[0]
    assert (item.title, item.evidence_type, item.obtained_from) == ("村委会公示栏照片", "document", "某村村委会")
    assert panel.table.item(0, 2).text() == "村委会公示栏照片"


def test_cancelled_attach_leaves_nothing(qtbot, panel: EvidencePanel, team_ws: WorkspaceSession, finding_id: str,
                                         tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    task = panel.attach_paths([big])
    assert task is not None and not panel.attach_button.isEnabled()
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert task.error is not None and task.error.code == "cancelled"
    assert list_evidence(team_ws, "finding", finding_id) == [] and panel.items == []
    assert panel.note.text() == panel.tr("Nothing was attached.") and panel.attach_button.isEnabled()
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
