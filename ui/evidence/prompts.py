"""The questions the evidence panel asks: which files, where a plaintext copy goes (after a warning), why a
file is removed, and what to do with a file the viewer cannot show. Texts in the EvidencePanel context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from services.evidence import VIEW_LIMIT_BYTES, EvidenceItem
from ui.evidence.format import size_text

CONTEXT = "EvidencePanel"


def choose_files(parent: QWidget) -> list[Path]:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("EvidencePanel", "Attach evidence"), folder,
        QCoreApplication.translate(
            "EvidencePanel", "Evidence files (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc "
            "*.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.ofd *.txt *.rtf *.zip *.rar *.7z);;All files (*)"))
    return [Path(name) for name in names]


def offer_copy_instead(parent: QWidget, item: EvidenceItem) -> bool:
    """The viewer does not read this kind of file: save a copy instead?"""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EvidencePanel", "View evidence"),
        QCoreApplication.translate(
            "EvidencePanel", "“%1” cannot be shown inside the program. Save a copy to open it with another program?")
        .replace("%1", item.file_name))
    return answer == QMessageBox.StandardButton.Yes


def tell_too_large(parent: QWidget, item: EvidenceItem) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("EvidencePanel", "View evidence"),
                            QCoreApplication.translate(
        "EvidencePanel", "“%1” is too large to be shown inside the program (%2; at most %3). Save a copy to open it "
        "with another program.").replace("%1", item.file_name).replace("%2", size_text(item.size))
        .replace("%3", size_text(VIEW_LIMIT_BYTES)))


def ask_copy_target(parent: QWidget, item: EvidenceItem) -> Path | None:
    """Warn that the copy is plaintext; only then ask where it goes. None when the person stops."""
    title = QCoreApplication.translate("EvidencePanel", "Save a plaintext copy")
    warning = QMessageBox(QMessageBox.Icon.Warning, title, QCoreApplication.translate(
        "EvidencePanel", "The copy of %1 will NOT be encrypted: anyone who gets the file can read it.\n\nSave it only "
        "where it must go, keep it safe, and delete it when it is no longer needed. Saving a copy is recorded in the "
        "audit trail.").replace("%1", f"{item.evidence_no} “{item.file_name}”"), parent=parent)
    go = warning.addButton(QCoreApplication.translate("EvidencePanel", "Choose where to save…"),
                           QMessageBox.ButtonRole.AcceptRole)
    warning.addButton(QMessageBox.StandardButton.Cancel)
    warning.exec()
    if warning.clickedButton() is not go:
        return None
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("EvidencePanel", "Save a copy of %1").replace("%1", item.evidence_no),
        str(folder / item.file_name))
    return Path(name) if name else None


def ask_remove_reason(parent: QWidget, item: EvidenceItem) -> str | None:
    reason, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("EvidencePanel", "Remove evidence"),
        QCoreApplication.translate(
            "EvidencePanel", "Why is %1 “%2” being removed?\nThe reason is kept in the history; the number is not "
            "reused.").replace("%1", item.evidence_no).replace("%2", item.title), QLineEdit.EchoMode.Normal)
    return reason if ok else None
