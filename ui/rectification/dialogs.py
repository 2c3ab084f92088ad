"""The steps of rectification as dialogs (each write on the window's TaskRunner, problems under their fields):
feedback to a unit making its tasks, a progress report with evidence, the close-out review (three-party check),
a 敷衍整改 / 虚假整改 flag with accountability, a classified handover, its receipt and its feedback, and the
edit of a task's HQ fields (the three lists) after it was made."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from models.enums import RectStatus, RectType
from models.rectification_enums import FlagKind, HandoverTarget
from services.errors import FieldProblem
from services.handover.batches import HandoverInput, add_feedback, create_handover, record_receipt
from services.queries.rectification_board import FeedableFinding, TaskRow
from services.rectification.closeout import review_close
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.flags import FlagInput, flag_task
from services.rectification.progress import REPORTABLE, ProgressInput, report_progress, submit_milestone
from services.rectification.tasks import TaskInput, add_task, task_input, update_task
from services.workspace import WorkspaceSession
from ui.finding_editor.fields import DateField
from ui.i18n import label
from ui.planning.form import PlanningDialog
from ui.tasks import TaskRunner


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines + 12)
    return box


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    for item_id, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMinimumHeight(140)
    return widget


def checked_ids(widget: QListWidget) -> list[str]:
    return [str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked and not widget.item(i).isHidden()]


class FeedbackDialog(PlanningDialog):
    """反馈: a unit, its signed findings ticked, the date and who; one task per problem (split later)."""

    ENTITY = "rectification_feedback"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, findings: list[FeedableFinding],
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Feed back to a unit"), parent)
        self.resize(680, 620)
        self.findings = findings
        self.set_intro(self.tr("Tick the signed problems fed back to the unit. Each becomes a rectification task "
                               "(due in two months unless you set a deadline); the unit's plan is due in one month "
                               "and its report in two."))
        self.unit = QComboBox()
        seen: dict[str, str] = {}
        for f in findings:
            seen.setdefault(f.org_id, f.org_name)
        for org_id, name in seen.items():
            self.unit.addItem(name, org_id)
        self.unit.currentIndexChanged.connect(self._filter)
        self.problems_list = _checklist([(f.id, f"{f.code}  {f.title}") for f in findings])
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.by = QLineEdit(ws.actor.name)
        self.deadline = DateField()
        self.measures = _text_box(2)
        self.lead_unit = QLineEdit()
        self.supervisor = QLineEdit()
        self.add_field("org_id", self.unit)
        self.add_field("finding_ids", self.problems_list)
        self.add_field("fed_back_on", self.on)
        self.add_field("fed_back_by", self.by)
        self.add_field("deadline", self.deadline, entity="rectification_item")
        self.add_field("measures", self.measures, entity="rectification_item")
        self.add_field("lead_unit", self.lead_unit, entity="rectification_item")
        self.add_field("supervising_city_leader", self.supervisor, entity="rectification_item")
        self._filter()

    def _filter(self) -> None:
        org_id = self.unit.currentData()
        for index, f in enumerate(self.findings):
            self.problems_list.item(index).setHidden(f.org_id != org_id)

    def check(self, *codes: str) -> None:
        for index, f in enumerate(self.findings):
            if f.code in codes:
                self.problems_list.item(index).setCheckState(Qt.CheckState.Checked)

    def collect(self) -> FeedbackInput:
        ids = checked_ids(self.problems_list)
        round_id = next((f.round_id for f in self.findings if f.id in ids), "")
        deadline = self.date_value("deadline", self.deadline, "rectification_item")
        on = self.date_value("fed_back_on", self.on)
        extra = any((deadline, self.measures.toPlainText().strip(), self.lead_unit.text().strip(),
                     self.supervisor.text().strip()))
        tasks = {fid: [TaskInput(measures=self.measures.toPlainText(), lead_unit=self.lead_unit.text(),
                                 supervising_city_leader=self.supervisor.text(), deadline=deadline)]
                 for fid in ids} if extra else {}
        return FeedbackInput(round_id, str(self.unit.currentData() or ""), ids, on, self.by.text(), tasks=tasks)

    def write(self, data: FeedbackInput) -> Any:
        return create_feedback(self.ws, data)


class ProgressDialog(PlanningDialog):
    """整改进展: appended to the task with its evidence files; the state it leaves the task in."""

    ENTITY = "rectification_progress"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Progress of %1").replace("%1", task.label), parent)
        self.task_id = task.id
        self.text = _text_box(4)
        self.state = QComboBox()
        self.state.addItem(self.tr("(unchanged)"), None)
        for status in RectStatus:
            if status.value in REPORTABLE:
                self.state.addItem(label(status.value, RectStatus), status.value)
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.files: list[str] = []
        self.files_label = QLabel(self.tr("No file"))
        choose = QPushButton(self.tr("Add files…"))
        choose.clicked.connect(self._choose)
        files_row = QWidget()
        row = QHBoxLayout(files_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files_label, 1)
        row.addWidget(choose)
        self.amount = QLineEdit()
        self.rules = QLineEdit()
        self.add_field("text", self.text)
        self.add_field("status_after", self.state)
        self.add_field("reported_on", self.on)
        self.add_field("file_name", files_row, entity="evidence", text=self.tr("Evidence"))
        self.add_field("amount_recovered", self.amount, entity="rectification_item")
        self.add_field("rules_made", self.rules, entity="rectification_item")

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.set_files(paths)

    def set_files(self, paths: list[str]) -> None:
        self.files = list(paths)
        self.files_label.setText("、".join(p.replace("\\", "/").rsplit("/", 1)[-1] for p in paths) or
                                 self.tr("No file"))

    def collect(self) -> ProgressInput:
        amount = None
        if self.amount.text().strip():
            try:
                amount = Decimal(self.amount.text().strip())
            except InvalidOperation:
                self.local_problems.append(FieldProblem("amount_recovered", "not_an_amount",
                                                        {"value": self.amount.text()}, entity="rectification_item"))
        return ProgressInput(self.text.toPlainText(), self.date_value("reported_on", self.on),
                             self.state.currentData(), list(self.files), amount_recovered=amount,
                             rules_made=self.rules.text())

    def write(self, data: ProgressInput) -> Any:
        return report_progress(self.ws, self.task_id, data)


class ReviewDialog(PlanningDialog):
    """销号审核: approve (all three opinions) or return with the reason."""

    ENTITY = "rectification_review"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Close-out review of %1").replace("%1", task.label), parent)
        self.task_id = task.id
        self.set_intro(self.tr("A three-party check: the inspection office's opinion with those of the discipline "
                               "commission and the organisation department. Returning needs only the reason."))
        self.approve = QRadioButton(self.tr("Close out"))
        self.send_back = QRadioButton(self.tr("Return"))
        self.approve.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.send_back)
        outcome = QWidget()
        row = QHBoxLayout(outcome)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.approve)
        row.addWidget(self.send_back)
        row.addStretch(1)
        self.office = _text_box(2)
        self.discipline = _text_box(2)
        self.organisation = _text_box(2)
        self.add_field("outcome", outcome)
        self.add_field("office_opinion", self.office)
        self.add_field("discipline_opinion", self.discipline)
        self.add_field("organisation_opinion", self.organisation)

    def collect(self) -> dict[str, Any]:
        return {"approve": self.approve.isChecked(), "opinion": self.office.toPlainText(),
                "discipline_opinion": self.discipline.toPlainText(),
                "organisation_opinion": self.organisation.toPlainText()}

    def write(self, data: dict[str, Any]) -> Any:
        return review_close(self.ws, self.task_id, **data)


class FlagDialog(PlanningDialog):
    ENTITY = "rectification_flag"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Perfunctory or false rectification: %1").replace("%1", task.label),
                         parent)
        self.task_id = task.id
        self.kind = QComboBox()
        for kind in FlagKind:
            self.kind.addItem(label(kind.value, FlagKind), kind.value)
        self.accountability = _text_box(3)
        self.persons = QLineEdit()
        self.persons.setPlaceholderText(self.tr("names, separated by 、"))
        self.points = QSpinBox()
        self.points.setRange(0, 100)
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.add_field("kind", self.kind)
        self.add_field("accountability", self.accountability)
        self.add_field("persons", self.persons)
        self.add_field("points_deducted", self.points)
        self.add_field("decided_on", self.on)

    def collect(self) -> FlagInput:
        persons = [p for p in self.persons.text().replace(",", "、").replace("，", "、").split("、") if p.strip()]
        return FlagInput(str(self.kind.currentData()), self.accountability.toPlainText(), persons,
                         points_deducted=self.points.value() or None, decided_on=self.date_value("decided_on", self.on))

    def write(self, data: FlagInput) -> Any:
        return flag_task(self.ws, self.task_id, data)


class HandoverDialog(PlanningDialog):
    """分类移交: to whom, which problems, when; the feedback deadline defaults to three months on."""

    ENTITY = "handover"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, round_id: str,
                 findings: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Hand over by kind"), parent)
        self.resize(640, 560)
        self.round_id = round_id
        self.target = QComboBox()
        for target in HandoverTarget:
            self.target.addItem(label(target.value, HandoverTarget), target.value)
        self.to_org = QLineEdit()
        self.to_org.setPlaceholderText(self.tr("default: 市纪委监委 / 市委组织部; a department must be named"))
        self.items = _checklist([(fid, f"{code}  {title}") for fid, code, title in findings])
        self.handed = DateField()
        self.handed.set_value(ws.clock.now().date())
        self.deadline = DateField()
        self.add_field("receiver", self.target)
        self.add_field("to_org", self.to_org)
        self.add_field("item_id", self.items, entity="handover_item", text=self.tr("Problems"))
        self.add_field("handed_at", self.handed)
        self.add_field("deadline", self.deadline)

    def collect(self) -> HandoverInput:
        return HandoverInput(self.round_id, str(self.target.currentData()), checked_ids(self.items),
                             self.to_org.text(), self.date_value("handed_at", self.handed),
                             self.date_value("deadline", self.deadline))

    def write(self, data: HandoverInput) -> Any:
        return create_handover(self.ws, data)


class ReceiptDialog(PlanningDialog):
    ENTITY = "handover"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, handover_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Receipt of %1").replace("%1", number), parent)
        self.handover_id = handover_id
        self.by = QLineEdit()
        self.at = DateField()
        self.at.set_value(ws.clock.now().date())
        self.add_field("receiver_agent", self.by)
        self.add_field("received_at", self.at)

    def collect(self) -> tuple[str, Any]:
        return self.by.text(), self.date_value("received_at", self.at)

    def write(self, data: tuple[str, Any]) -> Any:
        return record_receipt(self.ws, self.handover_id, *data)


class HandoverFeedbackDialog(PlanningDialog):
    ENTITY = "handover_feedback"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, handover_id: str, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Feedback on %1").replace("%1", number), parent)
        self.handover_id = handover_id
        self.text = _text_box(4)
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.close_box = QComboBox()
        self.close_box.addItem(self.tr("Keep open"), False)
        self.close_box.addItem(self.tr("Closed (办结)"), True)
        self.add_field("text", self.text)
        self.add_field("received_on", self.on)
        self.add_field("closed", self.close_box, entity="handover")

    def collect(self) -> tuple[str, Any, bool]:
        return self.text.toPlainText(), self.date_value("received_on", self.on), bool(self.close_box.currentData())

    def write(self, data: tuple[str, Any, bool]) -> Any:
        text, on, close = data
        return add_feedback(self.ws, self.handover_id, text, on, close=close)


class TaskDialog(PlanningDialog):
    """One more task for a problem fed back already (the three lists: measures, standard, who, when)."""

    ENTITY = "rectification_item"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Another task for %1").replace("%1", task.finding_code), parent)
        self.finding_id = task.finding_id
        self.measures = _text_box(3)
        self.standard = _text_box(2)
        self.kind = QComboBox()
        for kind in RectType:
            self.kind.addItem(label(kind.value, RectType), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(RectType.DEADLINE.value))
        self.deadline = DateField()
        self.leader = QLineEdit()
        self.lead_unit = QLineEdit(task.lead_unit or "")
        self.first = QLineEdit()
        self.supervisor = QLineEdit(task.supervising_city_leader or "")
        for name, widget in (("measures", self.measures), ("completion_standard", self.standard),
                             ("rect_type", self.kind), ("deadline", self.deadline),
                             ("responsible_leader", self.leader), ("lead_unit", self.lead_unit),
                             ("first_responsible", self.first), ("supervising_city_leader", self.supervisor)):
            self.add_field(name, widget)

    def collect(self) -> TaskInput:
        return TaskInput(measures=self.measures.toPlainText(), completion_standard=self.standard.toPlainText(),
                         rect_type=str(self.kind.currentData()), responsible_leader=self.leader.text(),
                         lead_unit=self.lead_unit.text(), first_responsible=self.first.text(),
                         supervising_city_leader=self.supervisor.text(),
                         deadline=self.date_value("deadline", self.deadline))

    def write(self, data: TaskInput) -> Any:
        return add_task(self.ws, self.finding_id, data)


class MilestoneDialog(PlanningDialog):
    """The unit's 整改方案 or 整改情况报告 arrived: when, and its documents (kept encrypted)."""

    ENTITY = "rectification_milestone"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, milestones: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("The unit's plan or report"), parent)
        self.which = QComboBox()
        for milestone_id, text in milestones:
            self.which.addItem(text, milestone_id)
        self.on = DateField()
        self.on.set_value(ws.clock.now().date())
        self.files: list[str] = []
        self.files_label = QLabel(self.tr("No file"))
        choose = QPushButton(self.tr("Add files…"))
        choose.clicked.connect(self._choose)
        files_row = QWidget()
        row = QHBoxLayout(files_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files_label, 1)
        row.addWidget(choose)
        self.add_field("kind", self.which)
        self.add_field("submitted_on", self.on)
        self.add_field("file_name", files_row, entity="evidence", text=self.tr("Documents"))

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents"))
        self.set_files(paths)

    def set_files(self, paths: list[str]) -> None:
        self.files = list(paths)
        self.files_label.setText("、".join(p.replace("\\", "/").rsplit("/", 1)[-1] for p in paths) or
                                 self.tr("No file"))

    def collect(self) -> tuple[str, list[str], Any]:
        return str(self.which.currentData() or ""), list(self.files), self.date_value("submitted_on", self.on)

    def write(self, data: tuple[str, list[str], Any]) -> Any:
        milestone_id, files, on = data
        return submit_milestone(self.ws, milestone_id, files, on)


def _names(text: str) -> list[str]:
    """A list field typed as one line: 、 , ， ; or ； between the names."""
    for mark in (",", "，", ";", "；"):
        text = text.replace(mark, "、")
    return [name.strip() for name in text.split("、") if name.strip()]


class EditTaskDialog(PlanningDialog):
    """A task's HQ fields (问题清单, 任务清单, 责任清单) changed after feedback; its status moves only by progress,
    review and close-out, and a closed-out task is not changed (the service says so above the buttons)."""

    ENTITY = "rectification_item"

    def __init__(self, ws: WorkspaceSession, runner: TaskRunner, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, self.tr("Edit task %1").replace("%1", task.label), parent)
        self.resize(680, 720)
        self.task_id = task.id
        current, self.version = task_input(ws, task.id)
        self.category = current.problem_category  # not shown; kept as it is
        self.problem = _text_box(3)
        self.problem.setPlainText(current.problem_text or "")
        self.target = _text_box(2)
        self.target.setPlainText(current.target or "")
        self.measures = _text_box(3)
        self.measures.setPlainText(current.measures or "")
        self.standard = _text_box(2)
        self.standard.setPlainText(current.completion_standard or "")
        self.kind = QComboBox()
        for kind in RectType:
            self.kind.addItem(label(kind.value, RectType), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.rect_type)))
        self.deadline = DateField()
        self.deadline.set_value(current.deadline)
        self.leader = QLineEdit(current.responsible_leader or "")
        self.lead_unit = QLineEdit(current.lead_unit or "")
        self.cooperating = QLineEdit("、".join(current.cooperating_units))
        self.cooperating.setPlaceholderText(self.tr("names, separated by 、"))
        self.first = QLineEdit(current.first_responsible or "")
        self.supervisor = QLineEdit(current.supervising_city_leader or "")
        self.bodies = QLineEdit("、".join(current.supervising_bodies))
        self.bodies.setPlaceholderText(self.tr("names, separated by 、"))
        for name, widget in (("problem_text", self.problem), ("target", self.target), ("measures", self.measures),
                             ("completion_standard", self.standard), ("rect_type", self.kind),
                             ("deadline", self.deadline), ("responsible_leader", self.leader),
                             ("lead_unit", self.lead_unit), ("cooperating_units", self.cooperating),
                             ("first_responsible", self.first), ("supervising_city_leader", self.supervisor),
                             ("supervising_bodies", self.bodies)):
            self.add_field(name, widget)

    def collect(self) -> TaskInput:
        return TaskInput(measures=self.measures.toPlainText(), completion_standard=self.standard.toPlainText(),
                         rect_type=str(self.kind.currentData()), responsible_leader=self.leader.text(),
                         lead_unit=self.lead_unit.text(), cooperating_units=_names(self.cooperating.text()),
                         first_responsible=self.first.text(), supervising_city_leader=self.supervisor.text(),
                         supervising_bodies=_names(self.bodies.text()),
                         deadline=self.date_value("deadline", self.deadline),
                         problem_text=self.problem.toPlainText(), target=self.target.toPlainText(),
                         problem_category=self.category)

    def write(self, data: TaskInput) -> Any:
        return update_task(self.ws, self.task_id, data, expected_version=self.version)
