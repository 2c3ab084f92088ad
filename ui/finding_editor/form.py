"""The fields of a working paper on tabs, each with the official name of its column (models/finding.py labels)
and a red line under it that says what is wrong. ``to_input`` gives a FindingInput plus the problems of text
that could not be read (a date, an amount); ``show_problems`` puts each problem under its field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.entities import Finding
from models.enums import OrgLevel, SourceMethod
from models.labels import field_label
from services.errors import FieldProblem
from services.finding_scope import (
    UNIT_SCHEME,
    VILLAGE_LEVELS,
    VILLAGE_SCHEME,
    category_choices,
    org_choices,
    scheme_names,
    source_choices,
    tag_choices,
)
from services.findings_validation import FindingInput
from services.workspace import WorkspaceSession
from ui.finding_editor.category_picker import CategoryPicker
from ui.finding_editor.fields import BadValue, DateField, ProblemLabel, format_amount, parse_amount
from ui.finding_editor.persons_editor import PersonsEditor
from ui.finding_editor.sources_editor import SourcesEditor
from ui.finding_editor.tags import TagBoxes
from ui.i18n import current_language, label
from ui.messages import field_problem_text

TEXTS = ("description", "legal_basis", "qualitative_analysis", "responsibility_analysis", "feedback_text")
LINES = ("title", "location", "discovered_by")
# Problems of other entities that belong to one of the form's fields.
FIELD_ALIASES = {("finding_source", "source_id"): "sources", ("finding_source", "source_kind"): "sources",
                 ("finding", "assignment_id"): "org_id", ("finding", "category_l1"): "category_id"}


def name_of(field: str) -> str:
    return field_label(Finding, field, current_language())


class FindingForm(QTabWidget):
    changed = Signal()

    def __init__(self, ws: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        with ws.read() as session:
            self.orgs = org_choices(session, ws)
            categories = category_choices(session)
            families = tag_choices(session)
            self.all_sources = source_choices(session, ws)
        names = scheme_names()
        self.widgets: dict[str, QWidget] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.tab_of: dict[str, int] = {}
        self.loading = False
        self.loaded_assignment: tuple[str | None, str | None] = (None, None)

        self.org = QComboBox()
        self.org.setPlaceholderText(self.tr("Choose the inspected unit"))
        for choice in self.orgs:
            self.org.addItem(f"{choice.name}（{label(choice.level, OrgLevel)}）", choice.org_id)
        self.org.currentIndexChanged.connect(self._org_changed)
        self.category = CategoryPicker()
        self.category.set_choices(categories, names)
        self.source_method = QComboBox()
        self.source_method.addItem(self.tr("(not given)"), None)
        for method in SourceMethod:
            self.source_method.addItem(label(method), method.value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("in 10,000 yuan, e.g. 12.5"))
        self.amount.setMaximumWidth(200)
        self.occurred_from, self.occurred_to, self.discovered_at = DateField(), DateField(), DateField()
        self.flags = {name: QCheckBox(name_of(name)) for name in ("is_key", "is_common", "immediate_fix")}
        self.texts = {name: QPlainTextEdit() for name in TEXTS}
        self.lines = {name: QLineEdit() for name in LINES}
        self.tags = TagBoxes(families, names)
        self.persons = PersonsEditor()
        self.sources = SourcesEditor()
        self._build_main()
        self._build_assessment()
        self._build_links()
        self._connect()
        self._org_changed()

    # ---- layout ----

    def _form_tab(self, title: str) -> tuple[QFormLayout, int]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return form, self.addTab(scroll, title)

    def _row(self, form: QFormLayout, tab: int, field: str, widget: QWidget, *, register: bool = True,
             text: str | None = None) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = ProblemLabel()
        column.addWidget(problem)
        form.addRow(text if text is not None else name_of(field), holder)
        if register:
            self.widgets[field], self.problems[field], self.tab_of[field] = widget, problem, tab

    def _build_main(self) -> None:
        form, tab = self._form_tab(self.tr("Finding"))
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.org, 1)
        self._row(form, tab, "org_id", top)
        self.widgets["org_id"] = self.org
        self._row(form, tab, "title", self.lines["title"])
        self._row(form, tab, "category_id", self.category)
        self.texts["description"].setMinimumHeight(150)
        self.texts["description"].setPlaceholderText(
            self.tr("Time, place, persons, what happened, amounts: the facts as found."))
        self._row(form, tab, "description", self.texts["description"])
        self._row(form, tab, "source_method", self.source_method)
        self._row(form, tab, "amount_involved", self.amount)
        period = QWidget()
        line = QHBoxLayout(period)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.occurred_from)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.occurred_to)
        line.addStretch(1)
        self._row(form, tab, "occurred_from", period, text=self.tr("Period"))
        self.widgets["occurred_from"] = self.occurred_from
        self.problems["occurred_to"] = self.problems["occurred_from"]
        self.widgets["occurred_to"], self.tab_of["occurred_to"] = self.occurred_to, tab
        self._row(form, tab, "location", self.lines["location"])
        found = QWidget()
        line = QHBoxLayout(found)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.lines["discovered_by"], 1)
        line.addWidget(QLabel(name_of("discovered_at")))
        line.addWidget(self.discovered_at)
        self._row(form, tab, "discovered_by", found)
        self.widgets["discovered_by"] = self.lines["discovered_by"]
        self.problems["discovered_at"] = self.problems["discovered_by"]
        self.widgets["discovered_at"] = self.discovered_at
        self.tab_of["discovered_at"] = tab
        flags = QWidget()
        line = QHBoxLayout(flags)
        line.setContentsMargins(0, 0, 0, 0)
        for box in self.flags.values():
            line.addWidget(box)
        line.addStretch(1)
        form.addRow(self.tr("Marks"), flags)

    def _build_assessment(self) -> None:
        form, tab = self._form_tab(self.tr("Assessment"))
        hints = {
            "legal_basis": self.tr("The regulation and article, e.g. 《中国共产党纪律处分条例》第X条"),
            "responsibility_analysis": self.tr("Principal, first-responsible, leadership, direct and supervisory "
                                               "responsibility, with names"),
            "feedback_text": self.tr("The wording sent to the unit at feedback (原汁原味)"),
        }
        for name in TEXTS[1:]:
            self.texts[name].setPlaceholderText(hints.get(name, ""))
            self.texts[name].setMinimumHeight(90)
            self._row(form, tab, name, self.texts[name])

    def _build_links(self) -> None:
        form, tab = self._form_tab(self.tr("Tags, persons, sources"))
        self._row(form, tab, "discipline_tags", self.tags, text=self.tr("Tags"))
        self.problems["other_tags"], self.widgets["other_tags"] = self.problems["discipline_tags"], self.tags
        self.tab_of["other_tags"] = tab
        self.persons.setMinimumHeight(130)
        self._row(form, tab, "persons_involved", self.persons)
        self._row(form, tab, "sources", self.sources, text=self.tr("Came from"))

    def _connect(self) -> None:
        signals = [self.category.changed, self.tags.changed, self.persons.changed, self.sources.changed,
                   self.org.currentIndexChanged, self.source_method.currentIndexChanged, self.amount.textChanged,
                   self.occurred_from.changed, self.occurred_to.changed, self.discovered_at.changed,
                   *(text.textChanged for text in self.texts.values()),
                   *(line.textChanged for line in self.lines.values()),
                   *(box.toggled for box in self.flags.values())]
        for signal in signals:
            signal.connect(self._emit_changed)

    def _emit_changed(self, *_: object) -> None:
        if not self.loading:
            self.changed.emit()

    def _org_changed(self, *_: object) -> None:
        org_id = self.org.currentData()
        choice = next((c for c in self.orgs if c.org_id == org_id), None)
        village = choice is not None and choice.level in VILLAGE_LEVELS
        self.category.set_preferred_scheme(VILLAGE_SCHEME if village else UNIT_SCHEME)
        self.sources.set_choices([s for s in self.all_sources if s.org_id == org_id], self.all_sources)

    # ---- values ----

    def set_input(self, data: FindingInput, *, category_snapshot: str | None = None) -> None:
        self.loading = True
        try:
            index = self.org.findData(data.org_id)
            if index < 0 and data.org_id:  # an organisation outside today's assignments: show it, unchangeable
                self.org.addItem(data.org_id[:8], data.org_id)
                index = self.org.count() - 1
            self.org.setCurrentIndex(index)
            self.category.set_value(data.category_id, snapshot=category_snapshot)
            for name in LINES:
                self.lines[name].setText(getattr(data, name) or "")
            for name in TEXTS:
                self.texts[name].setPlainText(getattr(data, name) or "")
            self.source_method.setCurrentIndex(max(0, self.source_method.findData(data.source_method)))
            self.amount.setText(format_amount(data.amount_involved))
            self.occurred_from.set_value(data.occurred_from)
            self.occurred_to.set_value(data.occurred_to)
            self.discovered_at.set_value(data.discovered_at)
            for name, box in self.flags.items():
                box.setChecked(bool(getattr(data, name)))
            self.tags.set_value(data.discipline_tags, data.other_tags)
            self.persons.set_value(data.persons_involved)
            self.sources.set_value(data.sources)
            self.loaded_assignment = (data.org_id, data.assignment_id)
        finally:
            self.loading = False
        self.clear_problems()

    def to_input(self) -> tuple[FindingInput, list[FieldProblem]]:
        bad: list[FieldProblem] = []
        data = FindingInput(
            org_id=self.org.currentData(), category_id=self.category.value(),
            discipline_tags=self.tags.disciplines(), other_tags=self.tags.others(),
            source_method=self.source_method.currentData(), persons_involved=self.persons.value(),
            sources=self.sources.value(), is_key=self.flags["is_key"].isChecked(),
            is_common=self.flags["is_common"].isChecked(), immediate_fix=self.flags["immediate_fix"].isChecked(),
        )
        for name in LINES:
            setattr(data, name, self.lines[name].text())
        for name in TEXTS:
            setattr(data, name, self.texts[name].toPlainText())
        try:
            data.amount_involved = parse_amount(self.amount.text())
        except BadValue as exc:
            bad.append(FieldProblem("amount_involved", "not_an_amount", {"value": exc.text}, entity="finding"))
        for name, widget in (("occurred_from", self.occurred_from), ("occurred_to", self.occurred_to),
                             ("discovered_at", self.discovered_at)):
            try:
                setattr(data, name, widget.value())
            except BadValue as exc:
                bad.append(FieldProblem(name, "not_a_date", {"value": exc.text}, entity="finding"))
        org_id, assignment_id = self.loaded_assignment
        return replace(data, assignment_id=assignment_id if org_id == data.org_id else None), bad

    # ---- problems and read-only ----

    def clear_problems(self) -> None:
        for problem in set(self.problems.values()):
            problem.clear_problem()

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Each problem under its field; the first field gets the focus. Returns problems with no field here."""
        self.clear_problems()
        by_field: dict[str, list[str]] = {}
        orphans: list[FieldProblem] = []
        first: str | None = None
        for problem in problems:
            field = FIELD_ALIASES.get((problem.entity or "", problem.field), problem.field)
            if field not in self.problems:
                orphans.append(problem)
                continue
            if "other_field" in problem.params:  # name the other field in the reader's language
                problem = replace(problem, params={**problem.params, "other": name_of(problem.params["other_field"])})
            by_field.setdefault(field, []).append(field_problem_text(problem))
            order = list(self.widgets)  # the order the fields appear in, tab by tab
            if first is None or (self.tab_of[field], order.index(field)) < (self.tab_of[first], order.index(first)):
                first = field
        for field, sentences in by_field.items():
            label_widget = self.problems[field]
            label_widget.show_problems([*label_widget.text().splitlines(), *sentences] if label_widget.isVisible()
                                       else sentences)
        if first is not None:
            self.setCurrentIndex(self.tab_of[first])
            self.widgets[first].setFocus()
        return orphans

    def set_read_only(self, read_only: bool, *, org_locked: bool = False) -> None:
        self.org.setEnabled(not read_only and not org_locked)
        self.category.set_read_only(read_only)
        self.source_method.setEnabled(not read_only)
        self.amount.setReadOnly(read_only)
        for widget in (self.occurred_from, self.occurred_to, self.discovered_at):
            widget.set_read_only(read_only)
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        for line in self.lines.values():
            line.setReadOnly(read_only)
        for box in self.flags.values():
            box.setEnabled(not read_only)
        self.tags.set_read_only(read_only)
        self.persons.set_read_only(read_only)
        self.sources.set_read_only(read_only)
        dress_read_only(self, read_only)


def dress_read_only(root: QWidget, read_only: bool) -> None:
    """A read-only paper looks read-only: every text box, list and table takes the window's background instead
    of the white of a field one can type in (the disabled drop-downs and check boxes were grey already, the
    read-only text boxes stayed white and looked editable). Editable again, they take the normal look back."""
    boxes = [widget for kind in (QLineEdit, QPlainTextEdit, QAbstractItemView) for widget in root.findChildren(kind)]
    for widget in boxes:
        palette = QPalette(widget.palette())
        if read_only:
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        else:
            palette.setColor(QPalette.ColorRole.Base, QApplication.palette().color(QPalette.ColorRole.Base))
        widget.setPalette(palette)
