"""The 巡察计划 area in real windows on real encrypted workspaces: HQ plans a round through the dialogs (the round,
a team with its leader, a township with a village, the assignments), a recused member is refused with its message
under the field, the round's warnings, the copy of the previous round's units, who sees the area and how, and the
other areas reading the new plan when next shown. Every write goes through the TaskRunner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.enums import Role, WorkspaceKind
from services.accounts import add_user
from services.errors import FieldProblem
from services.planning.assignments import AssignmentInput, assign
from services.planning.orgs import OrgInput, add_org, update_org
from services.planning.rounds import RoundInput, create_round
from services.planning.teams import MemberInput, TeamInput, add_member, create_team
from services.queries.planning import round_plan
from services.workspace import WorkspaceSession, unlock_workspace
from services.workspace_create import create_workspace
from tests.conftest import PASSPHRASE
from tests.ui.data import populate
from ui.areas.planning import PlanningArea
from ui.messages import field_problem_text
from ui.planning.assignment_dialog import AssignmentDialog
from ui.planning.org_dialog import OrgDialog
from ui.planning.round_dialogs import RoundDialog, RoundStatusDialog
from ui.planning.team_dialogs import MemberDialog, TeamDialog
from ui.tasks import TaskRunner
from ui.workspace_view import WorkspaceView


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would hang the run: an unexpected warning fails the test."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2:]}"))


@pytest.fixture
def area(hq_ws: WorkspaceSession, runner: TaskRunner, qtbot) -> PlanningArea:
    made = PlanningArea(hq_ws, runner=runner)
    qtbot.addWidget(made)
    made.resize(1100, 700)
    made.show()
    return made


def save(qtbot, dialog) -> bool:
    """Click Save and wait for the write on the worker to come back: True when it was saved (the dialog closed,
    and is deleted soon after: do not touch it then), False when it stayed open with its problems."""
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(closed) or not dialog.busy, timeout=10_000)
    return bool(closed)


def check(tree, name: str) -> None:
    """Tick the unit called ``name`` in an OrgTree."""
    org_id = next(node.id for node in tree.nodes.values() if node.name == name)
    tree.items[org_id].setCheckState(0, Qt.CheckState.Checked)


def select_team_node(page, team_no: int) -> None:
    team = next(t for t in page.plan.teams if t.team_no == team_no)
    assert page.select_node("team", team.id)


def test_hq_plans_a_round_with_a_team_its_leader_and_assigned_units(area, qtbot, qtmodeltester) -> None:
    assert area.round_list.is_empty and area.new_button.isVisibleTo(area) and not area.hint.isVisibleTo(area)
    assert not area.copy_button.isEnabled()

    # the round
    area.new_button.click()
    dialog = area.last_dialog
    assert isinstance(dialog, RoundDialog)
    dialog.term_no.setValue(13)
    dialog.year.setValue(2026)
    dialog.round_no.setValue(3)
    assert dialog.title_edit.placeholderText() == "十三届市委第三轮巡察"
    dialog.theme.setPlainText("落实过紧日子要求")
    dialog.start_date.edit.setText("2026-03-02")
    dialog.end_date.edit.setText("2026-05-08")
    assert save(qtbot, dialog)
    assert area.model.rowCount() == 1
    assert area.selected_round().title == "十三届市委第三轮巡察" and area.selected_round().status == "planned"
    assert "十三届市委第三轮巡察" in area.round_page.heading.text() and "计划中" in area.round_page.heading.text()
    assert "2026-03-02" in area.round_page.details.text() and "落实过紧日子要求" in area.round_page.details.text()
    assert not area.round_page.assign_button.isEnabled()  # no team yet

    # a team: without a leader it is a warning on the round page
    page = area.round_page
    page.new_team_button.click()
    team_dialog = page.last_dialog
    assert isinstance(team_dialog, TeamDialog) and team_dialog.team_no.value() == 1
    assert team_dialog.name.placeholderText() == "市委第一巡察组"
    assert save(qtbot, team_dialog)
    assert [t.name for t in page.plan.teams] == ["市委第一巡察组"]
    expected = field_problem_text(FieldProblem("team_no", "leader_missing", {"value": "市委第一巡察组", "team": 1},
                                               entity="inspection_team"))
    assert page.warnings.isVisibleTo(page) and expected in page.warnings.text()

    # its leader
    select_team_node(page, 1)
    page.add_member_button.click()
    member_dialog = page.last_dialog
    assert isinstance(member_dialog, MemberDialog)
    member_dialog.name.setText("张组长")
    member_dialog.role.setCurrentIndex(member_dialog.role.findData("leader"))
    member_dialog.source_unit.setText("市纪委监委")
    assert save(qtbot, member_dialog)
    assert page.plan.teams[0].leader == "张组长"
    assert not page.warnings.isVisibleTo(page)
    leader_item = page.teams.topLevelItem(0).child(0)
    assert (leader_item.text(0), leader_item.text(1), leader_item.text(2)) == ("张组长", "组长", "市纪委监委")

    # a township with a village under it, on the units tab
    units = area.units_page
    units.new_button.click()
    org_dialog = units.last_dialog
    assert isinstance(org_dialog, OrgDialog)
    org_dialog.name.setText("城关镇")
    org_dialog.level.setCurrentIndex(org_dialog.level.findData("township"))
    assert save(qtbot, org_dialog)
    town = next(n.id for n in units.tree.nodes.values() if n.name == "城关镇")
    units.tree.set_selected(town)
    assert units.new_under_button.isEnabled()
    units.new_under_button.click()
    village_dialog = units.last_dialog
    assert village_dialog.parent_combo.currentData() == town and village_dialog.level.currentData() == "village"
    village_dialog.name.setText("东关村")
    assert save(qtbot, village_dialog)
    village = next(n for n in units.tree.nodes.values() if n.name == "东关村")
    assert village.parent_id == town and units.tree.items[village.id].parent() is units.tree.items[town]
    units.tree.search.setText("东关")
    assert set(units.tree.visible_ids()) == {town, village.id}  # the match and the unit above it
    units.tree.search.clear()

    # both assigned to team 1, upgraded
    assert page.assign_button.isEnabled()
    page.assign_button.click()
    assign_dialog = page.last_dialog
    assert isinstance(assign_dialog, AssignmentDialog)
    assert not assign_dialog.save_button.isEnabled()  # nothing ticked yet
    check(assign_dialog.units, "城关镇")
    check(assign_dialog.units, "东关村")
    assign_dialog.mode.setCurrentIndex(assign_dialog.mode.findData("upgraded"))
    assign_dialog.period_from.edit.setText("2024-01-01")
    assign_dialog.period_to.edit.setText("2025-12-31")
    assert save(qtbot, assign_dialog)
    rows = [page.model.row_object(r) for r in range(page.model.rowCount())]
    assert [(r.org_name, r.parent_name, r.team_no, r.mode, r.findings) for r in rows] == [
        ("城关镇", "", 1, "upgraded", 0), ("东关村", "城关镇", 1, "upgraded", 0)]
    village_row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "东关村")
    assert page.model.index(village_row, 1).data() == "村" and page.model.index(village_row, 4).data() == "提级巡察"
    assert page.model.index(village_row, 5).data() == "2024-01-01 — 2025-12-31"
    assert area.model.index(0, 4).data() == "提级巡察 2" and area.model.index(0, 3).data() == "1"
    team_line = page.teams.topLevelItem(0).text(0)
    assert page.tr("%n unit(s)", "", 2) in team_line and "张组长" in team_line
    assert units.tree.items[village.id].text(2)  # the units page names the team that inspects it

    # a unit assigned already is greyed in the next assignment dialog
    page.assign_button.click()
    again = page.last_dialog
    assert not (again.units.items[town].flags() & Qt.ItemFlag.ItemIsEnabled)
    again.reject()

    # the stage: stationing is allowed now that the team has its leader and units
    area.status_button.click()
    status_dialog = area.last_dialog
    assert isinstance(status_dialog, RoundStatusDialog)
    status_dialog.status.setCurrentIndex(status_dialog.status.findData("stationed"))
    assert save(qtbot, status_dialog)
    assert area.selected_round().status == "stationed" and "进驻中" in area.model.index(0, 2).data()

    for model in (area.model, page.model):
        qtmodeltester.check(model)


def test_rejected_input_is_named_under_its_field(area, qtbot) -> None:
    area.new_button.click()
    first = area.last_dialog
    assert save(qtbot, first)
    area.new_button.click()
    twice = area.last_dialog
    twice.end_date.edit.setText("2026-01-01")
    twice.start_date.edit.setText("2026-02-30")  # not a date
    assert not save(qtbot, twice)
    problem = twice.problem_for("start_date")
    assert problem.isVisibleTo(twice)
    assert problem.text() == field_problem_text(FieldProblem("start_date", "not_a_date", {"value": "2026-02-30"},
                                                             entity="inspection_round"))
    twice.start_date.edit.setText("2026-02-01")
    assert not save(qtbot, twice)  # now the service answers: the end before the start
    assert not twice.problem_for("start_date").isVisibleTo(twice) and twice.problem_for("end_date").isVisibleTo(twice)
    assert twice.problem_for("end_date").text() == field_problem_text(FieldProblem(
        "end_date", "date_order", {"other": "start_date"}, entity="inspection_round"))
    twice.end_date.edit.setText("2026-04-01")
    assert not save(qtbot, twice)  # and then: this round exists already
    assert not twice.problem_for("end_date").isVisibleTo(twice) and twice.problem_for("round_no").isVisibleTo(twice)
    assert "2026" in twice.problem_for("round_no").text()
    twice.reject()
    assert area.model.rowCount() == 1


class Planned:
    """A round with team 1 (leader 张组长), a township with two villages, the township assigned to team 1."""

    def __init__(self, ws: WorkspaceSession) -> None:
        self.round = create_round(ws, RoundInput(13, 2026, 3))
        self.team = create_team(ws, self.round, TeamInput(1))
        add_member(ws, self.team, MemberInput("张组长", "leader"))
        self.town = add_org(ws, OrgInput("城关镇", "township"))
        self.other_town = add_org(ws, OrgInput("河西镇", "township"))
        self.east = add_org(ws, OrgInput("东关村", "village", self.town))
        self.west = add_org(ws, OrgInput("西岭村", "village", self.other_town))
        assign(ws, self.round, AssignmentInput(self.team, self.town, "routine"))


def test_a_recused_member_is_refused_with_its_message_shown(hq_ws, area, qtbot) -> None:
    planned = Planned(hq_ws)
    area.refresh()
    page = area.round_page
    select_team_node(page, 1)
    page.add_member_button.click()
    dialog = page.last_dialog
    dialog.name.setText("李四")
    dialog.recusals.search.setText("城关")
    assert set(dialog.recusals.visible_ids()) == {planned.town}
    check(dialog.recusals, "城关镇")
    dialog.recusals.search.clear()
    assert dialog.recusals.checked_ids() == [planned.town]  # the tick survives the search
    assert not save(qtbot, dialog)  # refused: nothing saved, the dialog stays with the reason under the picker
    under = dialog.problem_for("recusal_org_ids")
    assert under.isVisibleTo(dialog) and under.objectName() == "errorLabel"
    assert under.text() == field_problem_text(FieldProblem(
        "recusal_org_ids", "recused_member", {"value": "李四", "org": "城关镇", "team": 1}, entity="team_member"))
    assert "李四" in under.text() and "城关镇" in under.text()
    assert [m.name for m in round_plan(hq_ws, planned.round).teams[0].members] == ["张组长"]

    # recused from the other township instead: accepted; assigning its village to team 1 is then refused
    dialog.recusals.set_checked([planned.other_town])
    assert save(qtbot, dialog)
    assert [m.recusals for m in page.plan.teams[0].members if m.name == "李四"] == [["河西镇"]]
    page.assign_button.click()
    assign_dialog = page.last_dialog
    check(assign_dialog.units, "西岭村")
    assert not save(qtbot, assign_dialog)
    under_team = assign_dialog.problem_for("team_id")
    assert under_team.isVisibleTo(assign_dialog) and "李四" in under_team.text() and "西岭村" in under_team.text()
    assign_dialog.reject()
    assert page.model.rowCount() == 1

    # a village moved under the recused member's township shows on the round page as a warning
    assign(hq_ws, planned.round, AssignmentInput(planned.team, planned.east, "routine"))
    update_org(hq_ws, planned.east, OrgInput("东关村", "village", planned.other_town))
    area.refresh()
    assert page.warnings.isVisibleTo(page)
    assert field_problem_text(FieldProblem("team_no", "recused_member", {"value": "李四", "org": "东关村", "team": 1},
                                           entity="inspection_team")) in page.warnings.text()


def test_removing_asks_why_and_a_refusal_is_shown_in_the_dialog(hq_ws, area, qtbot) -> None:
    planned = Planned(hq_ws)
    area.refresh()
    area.remove_button.click()
    dialog = area.last_dialog
    assert not save(qtbot, dialog)  # no reason
    assert dialog.problem_for("delete_reason").isVisibleTo(dialog)
    dialog.reason.setText("录入错误")
    assert not save(qtbot, dialog)  # the round still has its team
    assert "十三届市委第三轮巡察" in dialog.other_problems.text()
    dialog.reject()
    page = area.round_page
    page.select_assignment("城关镇")
    page.unassign_button.click()
    unassign = page.last_dialog
    unassign.reason.setText("改由第二组巡察")
    assert save(qtbot, unassign)
    assert page.model.rowCount() == 0
    assert round_plan(hq_ws, planned.round).assignments == []


def copy_setup(ws: WorkspaceSession) -> tuple[str, str]:
    """Round 2 of 2025 with teams 1 and 2 and three units; round 3 of 2026 with team 1 and one of them."""
    old = create_round(ws, RoundInput(13, 2025, 2))
    t1, t2 = create_team(ws, old, TeamInput(1)), create_team(ws, old, TeamInput(2, "市委第二巡察组"))
    finance = add_org(ws, OrgInput("市财政局", "municipal_unit"))
    water = add_org(ws, OrgInput("市水利局", "municipal_unit"))
    town = add_org(ws, OrgInput("城关镇", "township"))
    assign(ws, old, AssignmentInput(t1, finance, "routine"))
    assign(ws, old, AssignmentInput(t1, water, "routine"))
    assign(ws, old, AssignmentInput(t2, town, "upgraded"))
    new = create_round(ws, RoundInput(13, 2026, 3))
    n1 = create_team(ws, new, TeamInput(1))
    assign(ws, new, AssignmentInput(n1, water, "special"))
    return old, new


def test_copy_the_previous_rounds_units_after_a_confirmation(hq_ws, area, qtbot, monkeypatch) -> None:
    old, new = copy_setup(hq_ws)
    area.refresh()
    area.select_round(new)
    area._round_chosen()
    assert area.previous_round().id == old and area.copy_button.isEnabled()
    assert "十三届市委第二轮巡察" in area.copy_button.toolTip()
    asked: list[str] = []

    def answer(button):
        def question(parent, title, text, *rest):
            asked.append(text)
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    area.copy_button.click()
    assert asked and "十三届市委第二轮巡察" in asked[0] and "十三届市委第三轮巡察" in asked[0]
    assert area.round_page.model.rowCount() == 1  # declined: nothing copied

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    area.copy_button.click()
    qtbot.waitUntil(lambda: area.last_report is not None, timeout=10_000)
    report = area.last_report
    assert (report.assigned, report.teams_created, report.skipped) == (2, [2], ["市水利局"])
    assert area.last_box is not None and "市水利局" in area.last_box.text()
    assert area.selected_round_id() == new
    rows = sorted((r.org_name, r.team_no, r.mode) for r in area.round_page.plan.assignments)
    assert rows == [("城关镇", 2, "upgraded"), ("市水利局", 1, "special"), ("市财政局", 1, "routine")]
    assert [t.team_no for t in area.round_page.plan.teams] == [1, 2]
    area.select_round(old)
    area._round_chosen()
    assert not area.copy_button.isEnabled()  # nothing before the oldest round


def test_the_area_is_absent_for_a_team_without_its_round_and_read_only_for_others(
        team_ws, member_ws, hq_ws, qtbot, tmp_path: Path, clock) -> None:
    assert not PlanningArea.available(team_ws)  # a fresh team laptop: no round yet, no area
    bare = WorkspaceView(team_ws)
    qtbot.addWidget(bare)
    assert "planning" not in bare.area_keys()

    view = WorkspaceView(member_ws)  # a member of team 2, whose round is on the laptop
    qtbot.addWidget(view)
    assert "planning" in view.area_keys()
    summary = view.areas["planning"]
    assert isinstance(summary, PlanningArea) and not summary.editable
    assert not summary.new_button.isVisibleTo(summary) and not summary.tabs.isTabVisible(1)
    assert not summary.rounds_box.isVisibleTo(summary)  # its one round: no list to choose from
    assert summary.hint.isVisibleTo(summary) or not summary.isVisible()
    page = summary.round_page
    assert [t.team_no for t in page.plan.teams] == [2]
    assert sorted(r.org_name for r in page.plan.assignments) == ["市交通运输局", "市人力资源和社会保障局", "市财政局"]
    assert not page.assign_button.isVisibleTo(page) and not page.new_team_button.isVisibleTo(page)
    assert summary.new_round() is None and page.edit_assignment() is None

    Planned(hq_ws)
    add_user(hq_ws, "李干事", Role.MEMBER, PASSPHRASE)
    colleague = unlock_workspace(hq_ws.path, PASSPHRASE, "李干事", clock=clock)
    try:
        hq_view = PlanningArea(colleague)
        qtbot.addWidget(hq_view)
        assert not hq_view.editable and hq_view.hint.text() and hq_view.tabs.isTabVisible(1)
        assert hq_view.round_page.plan is not None and len(hq_view.round_page.plan.assignments) == 1
        assert not hq_view.units_page.new_button.isVisibleTo(hq_view.units_page)
    finally:
        colleague.lock()


@pytest.fixture
def hq_with_findings(tmp_path: Path, clock) -> Iterator[WorkspaceSession]:
    ws = create_workspace(tmp_path / "hq-data", user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE,
                          kind=WorkspaceKind.HQ, clock=clock)
    populate(ws, 12)
    yield ws
    ws.lock()


def test_a_planning_write_reaches_the_other_areas_when_next_shown(hq_with_findings, runner, qtbot) -> None:
    from ui.sync.enroll_dialogs import RegisterDeviceDialog

    ws = hq_with_findings
    view = WorkspaceView(ws)
    qtbot.addWidget(view)
    keys = view.area_keys()
    assert keys.index("planning") == keys.index("rectification") + 1
    planning = view.areas["planning"]
    assert isinstance(planning, PlanningArea)
    planning.runner = runner
    view.show_area("planning")
    findings = view.areas["findings"]
    assert "市财政局" in [findings.filters.org.itemText(i) for i in range(findings.filters.org.count())]

    units = planning.units_page
    finance = next(n.id for n in units.tree.nodes.values() if n.name == "市财政局")
    units.tree.set_selected(finance)
    dialog = units.edit_unit()
    dialog.name.setText("市财政局（市国资委）")
    assert save(qtbot, dialog)
    page = planning.round_page
    page.new_team_button.click()
    assert save(qtbot, page.last_dialog)  # team 3 (the round has team 2)
    assert "findings" in view.stale and "statistics" in view.stale and "planning" not in view.stale

    view.show_area("findings")
    names = [findings.filters.org.itemText(i) for i in range(findings.filters.org.count())]
    assert "市财政局（市国资委）" in names and "市财政局" not in names
    assert "findings" not in view.stale
    register = RegisterDeviceDialog(ws, runner, view)  # the device registration lists the new team
    qtbot.addWidget(register)
    assert sorted(team.team_no for team in register.teams) == [2, 3]


def test_editing_a_round_with_its_default_title_follows_the_numbers(hq_ws, area, qtbot) -> None:
    create_round(hq_ws, RoundInput(13, 2026, 3))
    area.refresh()
    dialog = area.edit_round()
    assert dialog.title_edit.text() == "" and dialog.title_edit.placeholderText() == "十三届市委第三轮巡察"
    dialog.round_no.setValue(4)
    assert save(qtbot, dialog)
    assert [r.title for r in area.rounds] == ["十三届市委第四轮巡察"]
    named = area.edit_round()
    named.title_edit.setText("十三届市委第四轮巡察（提级）")
    assert save(qtbot, named)
    assert area.edit_round().title_edit.text() == "十三届市委第四轮巡察（提级）"
