"""The tag boxes: 六项纪律 (stored as Discipline codes) and the other tag families of the taxonomy (四风,
专项治理主题, 责任类型; stored by name), each family a group of check boxes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QVBoxLayout, QWidget

from models.entities import TaxonomyNode
from models.enums import Discipline
from services.finding_scope import DISCIPLINE_SCHEME
from ui.i18n import label

COLUMNS = 6


class TagBoxes(QWidget):
    changed = Signal()

    def __init__(self, families: dict[str, list[TaxonomyNode]], family_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.discipline_boxes: dict[str, QCheckBox] = {}
        self.other_boxes: dict[str, QCheckBox] = {}
        self.discipline_group = self._group(family_names.get(DISCIPLINE_SCHEME, "六项纪律"),
                                            [(d.value, label(d)) for d in Discipline], self.discipline_boxes)
        layout.addWidget(self.discipline_group)
        self.other_groups: list[QGroupBox] = []
        order = list(family_names)
        for scheme, nodes in sorted(families.items(), key=lambda item: order.index(item[0])
                                    if item[0] in order else len(order)):
            if scheme == DISCIPLINE_SCHEME:
                continue
            group = self._group(family_names.get(scheme, scheme), [(n.name, n.name) for n in nodes],
                                self.other_boxes)
            self.other_groups.append(group)
            layout.addWidget(group)
        self.unknown_other: list[str] = []
        self.setFocusProxy(self.discipline_group)

    def _group(self, title: str, entries: list[tuple[str, str]], boxes: dict[str, QCheckBox]) -> QGroupBox:
        group = QGroupBox(title + " ")  # a closing quote at the end of a title is clipped otherwise
        grid = QGridLayout(group)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        for index, (key, text) in enumerate(entries):
            box = QCheckBox(text)
            box.toggled.connect(lambda *_: self.changed.emit())
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            boxes[key] = box
        return group

    def disciplines(self) -> list[str]:
        return [key for key, box in self.discipline_boxes.items() if box.isChecked()]

    def others(self) -> list[str]:
        # Tags the taxonomy no longer offers are kept as they were (the service says if they are refused).
        return [key for key, box in self.other_boxes.items() if box.isChecked()] + self.unknown_other

    def set_value(self, disciplines: list[str], others: list[str]) -> None:
        for key, box in self.discipline_boxes.items():
            box.setChecked(key in disciplines)
        for key, box in self.other_boxes.items():
            box.setChecked(key in others)
        self.unknown_other = [tag for tag in others if tag not in self.other_boxes]

    def set_read_only(self, read_only: bool) -> None:
        for box in [*self.discipline_boxes.values(), *self.other_boxes.values()]:
            box.setEnabled(not read_only)
