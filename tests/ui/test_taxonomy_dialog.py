"""The problem-category dialog: in-place add and rename through the services, search, deactivate, and who may."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from models.entities import Finding, TaxonomyNode
from services.taxonomy import default_node_id
from services.workspace import WorkspaceSession
from ui.taxonomy_dialog import NAME, PENDING, TaxonomyDialog


def node_id(code: str, scheme: str = "four_implementations") -> str:
    return default_node_id(scheme, code)


def open_dialog(qtbot, ws: WorkspaceSession) -> TaxonomyDialog:
    dialog = TaxonomyDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored_name(ws: WorkspaceSession, wanted: str) -> TaxonomyNode | None:
    with ws.read() as session:
        return session.scalar(select(TaxonomyNode).where(TaxonomyNode.name == wanted))


def test_hq_adds_a_child_in_place_then_renames_it(qtbot, hq_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, hq_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("C")])
    assert dialog.add_button.isEnabled() and dialog.rename_button.isEnabled()
    dialog.add_button.click()
    pending = dialog.tree.currentItem()
    assert isinstance(pending, QTreeWidgetItem) and pending.data(0, 256) == PENDING
    pending.setText(NAME, "党建引领基层治理不到位")  # what typing into the in-place editor does
    qtbot.waitUntil(lambda: stored_name(hq_ws, "党建引领基层治理不到位") is not None)
    added = stored_name(hq_ws, "党建引领基层治理不到位")
    assert added is not None and added.parent_id == node_id("C") and added.code == "C6"
    assert dialog.changed and dialog.tree.currentItem() is dialog.items[added.id]

    dialog.items[added.id].setText(NAME, "党建引领不到位")
    qtbot.waitUntil(lambda: stored_name(hq_ws, "党建引领不到位") is not None)
    assert dialog.nodes[added.id].name == "党建引领不到位" and dialog.message_label.text() == ""

    dialog.move_selected(-1)
    siblings = [dialog.items[node_id("C")].child(i).text(NAME) for i in range(dialog.items[node_id("C")].childCount())]
    assert siblings[-2:] == ["党建引领不到位", "领导干部个人有关事项报告不规范"]


def test_a_rejected_name_says_why_and_writes_nothing(qtbot, hq_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, hq_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("B")])
    dialog.start_adding()
    dialog.tree.currentItem().setText(NAME, "履行监督责任不到位")  # B2's name: a duplicate among B's children
    qtbot.waitUntil(lambda: dialog.message_label.text() != "")
    assert "履行监督责任不到位" in dialog.message_label.text()
    assert len(dialog.nodes) == 71 and not dialog.changed
    again = dialog.tree.currentItem()  # the row is back with the typed name, to be corrected
    assert again.data(0, 256) == PENDING and again.text(NAME) == "履行监督责任不到位"
    assert again.parent() is dialog.items[node_id("B")]
    qtbot.wait(50)  # whatever the first editor queued on closing leaves the row being corrected alone
    assert dialog.tree.currentItem() is again
    dialog.tree.closePersistentEditor(again, NAME)
    dialog._drop_unnamed()  # the editor closes without a new name: the row goes, nothing written
    assert again.parent() is None or PENDING not in {
        dialog.items[node_id("B")].child(i).data(0, 256) for i in range(dialog.items[node_id("B")].childCount())}


def test_search_shows_matches_with_their_branch(qtbot, hq_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, hq_ws)
    dialog.search_edit.setText("三资")
    visible = dialog.visible_names()
    assert "村集体“三资”管理不规范" in visible and "乡镇（街道）对村级“三资”代理记账、审核监管不到位" in visible
    assert "聚焦村干部廉洁履职、担当作为，解决群众反映强烈问题情况" in visible  # the branch leading there
    assert "村级工程项目管理不规范" not in visible and "政治纪律" not in visible
    dialog.search_edit.setText("四风")  # a family's name shows the whole family
    assert {"形式主义", "官僚主义", "享乐主义", "奢靡之风"} <= set(dialog.visible_names())
    dialog.search_edit.setText("没有这个分类")
    assert dialog.visible_names() == [] and "没有这个分类" in dialog.message_label.text()
    dialog.search_edit.clear()
    assert len(dialog.visible_names()) == 71


def test_deactivated_nodes_stay_greyed_and_can_be_hidden(qtbot, hq_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, hq_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("D4")])
    dialog.deactivate_selected(confirm=False)
    assert not dialog.nodes[node_id("D4")].active and not dialog.rename_button.isEnabled()
    assert not dialog.items[node_id("D4")].isHidden() and dialog.items[node_id("D4")].text(3) != ""
    dialog.inactive_check.setChecked(False)
    assert dialog.items[node_id("D4")].isHidden()


def test_a_member_reads_and_searches_only(qtbot, member_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, member_ws)
    assert not dialog.add_button.isVisibleTo(dialog) and not dialog.rename_button.isVisibleTo(dialog)
    dialog.tree.setCurrentItem(dialog.items[node_id("A1")])
    dialog.start_adding()
    assert dialog.tree.currentItem() is dialog.items[node_id("A1")]  # nothing pending
    dialog.search_edit.setText("第一议题")
    assert dialog.visible_names()[-1].startswith("学习贯彻党的创新理论不深入")


def test_a_team_leader_adds_team_items_but_leaves_the_shared_tree(qtbot, leader_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, leader_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("B4")])
    assert dialog.add_button.isEnabled() and not dialog.rename_button.isEnabled()
    dialog.start_adding()
    dialog.tree.currentItem().setText(NAME, "本组补充：公务用车")
    qtbot.waitUntil(lambda: stored_name(leader_ws, "本组补充：公务用车") is not None)
    added = stored_name(leader_ws, "本组补充：公务用车")
    assert added is not None and dialog.nodes[added.id].team_local and dialog.rename_button.isEnabled()
    with leader_ws.read() as session:  # the 300 test findings carry snapshots only, no category ids
        assert session.scalar(select(Finding.category_l1).limit(1))


def test_the_workspace_menu_opens_it_and_locking_closes_it(make_controller, leader_ws: WorkspaceSession) -> None:
    controller = make_controller()
    controller.enter_session(leader_ws)
    window = controller.window
    assert window.taxonomy_action.isEnabled()
    window.taxonomy_action.trigger()
    dialog = window.taxonomy_dialog
    assert dialog is not None and dialog.isVisible() and len(dialog.nodes) == 71
    controller.lock()
    assert window.taxonomy_dialog is None and dialog.ws is None and not dialog.isVisible()
    assert not window.taxonomy_action.isEnabled()


def test_a_deactivated_node_is_reactivated_in_deactivates_place(qtbot, hq_ws: WorkspaceSession) -> None:
    dialog = open_dialog(qtbot, hq_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("D")])
    dialog.deactivate_selected(confirm=False)
    assert dialog.reactivate_button.isVisibleTo(dialog) and not dialog.deactivate_button.isVisibleTo(dialog)
    dialog.tree.setCurrentItem(dialog.items[node_id("A1")])  # an active node: Deactivate as before
    assert not dialog.reactivate_button.isVisibleTo(dialog) and dialog.deactivate_button.isVisibleTo(dialog)

    dialog.tree.setCurrentItem(dialog.items[node_id("D4")])  # under D, which is still deactivated: refused
    assert dialog.reactivate_button.isVisibleTo(dialog) and dialog.reactivate_button.isEnabled()
    dialog.reactivate_button.click()
    assert not dialog.nodes[node_id("D4")].active
    assert dialog.items[node_id("D")].text(NAME) in dialog.message_label.text()

    dialog.tree.setCurrentItem(dialog.items[node_id("D")])
    dialog.inactive_check.setChecked(False)  # deactivated ones hidden: nothing offered
    assert not dialog.reactivate_button.isVisibleTo(dialog)
    dialog.inactive_check.setChecked(True)
    dialog.tree.setCurrentItem(dialog.items[node_id("D")])
    dialog.reactivate_button.click()
    assert dialog.changed and dialog.message_label.text() == ""
    assert dialog.nodes[node_id("D")].active and dialog.nodes[node_id("D4")].active
    assert dialog.tree.currentItem() is dialog.items[node_id("D")]
    assert dialog.deactivate_button.isVisibleTo(dialog) and dialog.rename_button.isEnabled()


def test_a_member_is_not_offered_reactivate(qtbot, member_ws: WorkspaceSession) -> None:
    with member_ws.write() as tx:  # a node deactivated elsewhere (HQ's tree arrives in its package)
        tx.delete(tx.session.get(TaxonomyNode, node_id("B2")), reason="deactivated")
    dialog = open_dialog(qtbot, member_ws)
    dialog.tree.setCurrentItem(dialog.items[node_id("B2")])
    assert not dialog.nodes[node_id("B2")].active and dialog.inactive_check.isChecked()
    assert not dialog.reactivate_button.isVisibleTo(dialog) and not dialog.deactivate_button.isVisibleTo(dialog)
    dialog.reactivate_selected()  # not offered, so nothing happens
    assert not dialog.changed and not dialog.nodes[node_id("B2")].active
