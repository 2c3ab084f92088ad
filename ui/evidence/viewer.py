"""Show one evidence file from memory: an image (QImage from bytes) or a PDF (QPdfDocument on a QBuffer).

Nothing is written to disk: the bytes came out of the encrypted workspace and stay in this dialog until
it closes. Saving a copy is a separate, audited action the dialog only asks the panel for.
"""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.evidence import EvidenceItem
from services.evidence_files import PDF
from ui.evidence.format import describe_file


def wipe(data: bytearray) -> None:
    """Overwrite plaintext bytes in place once they are no longer needed."""
    if data:
        ctypes.memset((ctypes.c_char * len(data)).from_buffer(data), 0, len(data))


class ImagePane(QScrollArea):
    """An image, fitted to the window until the person asks for its actual size."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.fit = True
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidgetResizable(True)
        self._show()

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        self.setWidgetResizable(fit)
        self._show()

    def _show(self) -> None:
        pixmap = QPixmap.fromImage(self.image)
        if self.fit:
            size = self.viewport().size()
            if pixmap.width() > size.width() or pixmap.height() > size.height():
                pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(pixmap)
        if not self.fit:
            self.label.resize(pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._show()


class EvidenceViewer(QDialog):
    """One evidence file on screen. ``shown_kind`` is "image", "pdf" or "" (could not be shown)."""

    save_requested = Signal(str)  # the evidence id

    def __init__(self, data: bytes | bytearray, item: EvidenceItem, parent: QWidget | None = None) -> None:
        """Shows ``data``; a bytearray is wiped once the image or PDF engine holds its own copy."""
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(f"{item.evidence_no}  {item.title}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        self.document: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        self.pdf_bytes: QByteArray | None = None
        self.image_pane: ImagePane | None = None
        self.pdf_view: QPdfView | None = None
        self.shown_kind = ""

        header = QLabel(f"{item.file_name}  ·  {describe_file(item)}")
        header.setObjectName("evidenceViewerHeader")
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label = QLabel()
        self.fit_button = QPushButton(self.tr("Actual size"))
        self.fit_button.setCheckable(True)
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.item.id))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self).activated.connect(self.zoom_in.click)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self).activated.connect(self.zoom_out.click)

        body = self._body(data, item)
        if isinstance(data, bytearray):
            wipe(data)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for button in (self.fit_button, self.zoom_out, self.zoom_in, self.save_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(body, 1)
        layout.addLayout(bar)
        self.fit_button.setVisible(self.shown_kind == "image")
        self.zoom_in.setVisible(self.shown_kind == "pdf")
        self.zoom_out.setVisible(self.shown_kind == "pdf")

    def _fit_toggled(self, actual: bool) -> None:
        if self.image_pane is not None:
            self.image_pane.set_fit(not actual)

    def _body(self, data: bytes | bytearray, item: EvidenceItem) -> QWidget:
        if item.mime == PDF:
            view = self._pdf(data)
            if view is not None:
                return view
        elif item.mime and item.mime.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self.shown_kind = "image"
                self.image_pane = ImagePane(image)
                self.fit_button.toggled.connect(self._fit_toggled)
                self.page_label.setText(self.tr("%1 × %2 pixels").replace("%1", str(image.width()))
                                        .replace("%2", str(image.height())))
                return self.image_pane
        message = QLabel(self.tr("This file cannot be shown inside the program (it may be damaged, protected by "
                                 "a password, or in a format the viewer does not read).\nSave a copy to open it "
                                 "with another program."))
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return message

    def _pdf(self, data: bytes | bytearray) -> QPdfView | None:
        self.pdf_bytes = QByteArray(data)
        self.buffer = QBuffer(self)
        self.buffer.setBuffer(self.pdf_bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            return None
        self.shown_kind = "pdf"
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view = view
        navigator = view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self._page_changed(navigator.currentPage())
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        return view

    def _zoom(self, factor: float) -> None:
        if self.pdf_view is None:
            return
        view = self.pdf_view
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.1, min(8.0, view.zoomFactor() * factor)))

    def _page_changed(self, page: int) -> None:
        if self.document is not None:
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                    .replace("%2", str(self.document.pageCount())))

    def go_to_page(self, page: int) -> None:
        if self.pdf_view is not None:
            self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.pageNavigator().currentZoom())

    def done(self, result: int) -> None:
        """Let go of the bytes as the dialog closes (the PDF engine, the buffer, the pixmap)."""
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
        if self.pdf_bytes is not None:
            self.pdf_bytes.fill(0)
            self.pdf_bytes.clear()
        if self.image_pane is not None:
            self.image_pane.label.clear()
        super().done(result)
