"""What a new user stumbled on in the window (issue 15, item 6), each fixed and held here."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.update_translations import ROOT, tool
from tests.services import finding_fixtures

demo_template, open_as = finding_fixtures.demo_template, finding_fixtures.open_as  # the demo paper fixtures


def extracted(source: str, tmp_path: Path) -> set[tuple[str, str]]:
    """The (context, source) pairs pyside6-lupdate finds in one ui/ file: what can be translated at all."""
    import subprocess

    ts = tmp_path / "probe.ts"
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", source, "-ts", str(ts)], cwd=ROOT,
                   check=True)
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


def test_the_evidence_page_count_is_translatable(tmp_path: Path) -> None:
    """It read "PDF · 1 page(s)" in English: the context was a variable, which lupdate cannot follow."""
    assert ("Evidence", "%n page(s)") in extracted("ui/evidence/format.py", tmp_path)


def test_no_translate_call_is_hidden_from_lupdate() -> None:
    """pyside6-lupdate skips QCoreApplication.translate when the context is not a literal or the count is an
    expression (item.pages, int(minutes)): such a string stays English in a Chinese window. self.tr is fine."""
    import ast

    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)):
                continue
            count = node.args[3] if len(node.args) >= 4 else None
            if not isinstance(node.args[0], ast.Constant) or (
                    count is not None and not isinstance(count, ast.Name | ast.Constant)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_unlocking_shows_what_it_is_doing(make_controller, ws_path: Path, qtbot) -> None:
    """It showed only 解锁中… for seconds: now each stage, with a busy bar during the key derivation."""
    from services.workspace import UNLOCK_STAGES
    from tests.conftest import PASSPHRASE

    dialog = make_controller().open_workspace(ws_path)
    assert dialog is not None and not dialog.progress_bar.isVisibleTo(dialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    seen: list[str] = []
    dialog.submit()
    assert dialog.progress_bar.isVisibleTo(dialog) and dialog.progress_label.text()
    assert dialog.progress_bar.maximum() == 0  # busy: Argon2id says nothing until it is done
    dialog.task.progressed.connect(lambda stage, done, total: seen.append(stage))
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        pass
    assert seen and set(seen) <= set(UNLOCK_STAGES) and seen[-1] == "unlock_record"
    assert not dialog.progress_bar.isVisibleTo(dialog)


# ---- the working-paper editor ----


def open_editor(qtbot, ws, status: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from models.entities import Finding
    from ui.finding_editor import FindingEditor

    with ws.read() as session:
        finding_id = session.scalar(select(Finding.id).where(Finding.status == status).order_by(Finding.seq_no)
                                    .limit(1))
    assert finding_id is not None, status
    editor = FindingEditor(ws, finding_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_read_only_paper_shows_nothing_that_looks_editable(qtbot, open_as) -> None:  # type: ignore[no-untyped-def]
    """Some fields of a read-only paper were white like a box one can type in; now every one takes the window's
    background, and an editable draft keeps the white."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

    from tests.services.finding_fixtures import MEMBER

    ws = open_as(MEMBER)
    signed = open_editor(qtbot, ws, "signed")
    assert not signed.save_button.isVisible()  # the member cannot edit a signed paper
    boxes = [box for kind in (QLineEdit, QPlainTextEdit, QAbstractItemView) for box in signed.form.findChildren(kind)]
    assert boxes
    for box in boxes:
        palette = box.palette()
        assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window), box
        if isinstance(box, QLineEdit | QPlainTextEdit):
            assert box.isReadOnly() or not box.isEnabled(), box
    draft = open_editor(qtbot, ws, "draft")
    title = draft.form.lines["title"] if "title" in draft.form.lines else draft.form.texts["description"]
    assert not title.isReadOnly()
    assert title.palette().color(QPalette.ColorRole.Base) != title.palette().color(QPalette.ColorRole.Window)


def test_the_editor_fits_a_laptop_screen_at_125_percent(qtbot, open_as, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """1366x768 at 125 % scaling is 1093x614 logical pixels: the editor was 700 high and its buttons ran off."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from tests.services.finding_fixtures import LEADER

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1093, 574))  # minus the task bar
    editor = open_editor(qtbot, open_as(LEADER), "reviewed")
    assert editor.height() <= 574 - 40 and editor.width() <= 1093
    assert editor.minimumSizeHint().height() <= editor.height()


def test_referring_to_the_clue_officer_is_offered_only_where_it_means_something(qtbot, open_as) -> None:  # type: ignore[no-untyped-def]
    """提请线索管理员研判 was offered to HQ's administrator on a finished paper; not to the clue officer or HQ's
    administrator (who judge clues themselves), nor on a closed or withdrawn paper."""
    from sqlalchemy import select

    from models.entities import Finding
    from tests.services.finding_fixtures import CLUE_OFFICER, MEMBER
    from ui.finding_editor import FindingEditor

    member = open_as(MEMBER)
    assert open_editor(qtbot, member, "draft").refer_button.isVisible()
    officer = open_as(CLUE_OFFICER)
    editor = open_editor(qtbot, officer, "draft")
    assert not editor.refer_button.isVisible() and not editor.refer_to_clue_officer(ask=False)
    with member.read() as session:
        finished = session.scalar(select(Finding.id).where(Finding.status.in_(("closed", "withdrawn"))).limit(1))
    if finished is not None:
        done = FindingEditor(member, finished)
        qtbot.addWidget(done)
        done.show()
        assert not done.refer_button.isVisible()


# ---- the Excel export's folder ----


def test_the_export_proposes_the_last_folder_and_warns_about_where_it_lands(  # type: ignore[no-untyped-def]
        qtbot, make_controller, leader_ws, tmp_path: Path, monkeypatch) -> None:
    """The default folder was the home folder every time: now the folder of the last file written; and the dialog
    says when the plain-text file would land on the computer's own disk or on storage not known to be encrypted."""
    from services.storage import StorageInfo
    from ui import excel_export_dialog

    places = {"stick": StorageInfo(removable=True, encrypted=True), "disk": StorageInfo(removable=False,
                                                                                          encrypted=None)}
    monkeypatch.setattr(excel_export_dialog, "storage_of",
                        lambda folder: places["stick" if "stick" in str(folder) else "disk"])
    controller = make_controller()
    controller.enter_session(leader_ws)
    first = controller.open_excel_dialog(template=True)
    assert first is not None and Path(first.file_edit.text()).parent == Path.home()
    assert first.storage_label.isVisibleTo(first) and len(first.storage_label.text().splitlines()) == 2
    stick = tmp_path / "stick"
    stick.mkdir()
    first.file_edit.setText(str(stick / "模板.xlsx"))
    assert not first.storage_label.isVisibleTo(first)  # removable and encrypted: nothing to say
    first.start()
    qtbot.waitUntil(lambda: first.result is not None, timeout=20_000)
    first.close()
    again = controller.open_excel_dialog(template=False)
    assert again is not None and Path(again.file_edit.text()).parent == stick
    assert not again.storage_label.isVisibleTo(again)


def test_the_window_throttles_and_then_says_how_many_attempts_failed(make_controller, ws_path: Path, clock,  # type: ignore[no-untyped-def]
                                                                     qtbot) -> None:
    """Issue 15, item 4 in the window: five wrong passphrases, then the wait is said; after it the unlock says how
    many attempts failed (and they are in the audit log)."""
    from services.unlock_failures import FREE_ATTEMPTS
    from tests.conftest import PASSPHRASE

    controller = make_controller()
    dialog = controller.open_workspace(ws_path)
    assert dialog is not None
    for _ in range(FREE_ATTEMPTS):
        dialog.passphrase_edit.setText("不是这个口令-wrong")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.failed_attempts == FREE_ATTEMPTS
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert controller.ws is None and "30" in dialog.error_label.text()  # the seconds to wait, in the sentence
    clock.advance(31)
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.submit()
    assert controller.ws is not None and controller.ws.failed_unlocks["attempts"] == FREE_ATTEMPTS
    assert str(FREE_ATTEMPTS) in controller.window.statusBar().currentMessage()


def test_an_administrator_without_a_recovery_code_is_told_and_can_make_one(make_controller, leader_ws,  # type: ignore[no-untyped-def]
                                                                             member_ws, qtbot) -> None:
    """Issue 15, item 3 in the window: a workspace made before recovery codes says so to its administrator, and
    Workspace → Make a new recovery code… makes one and shows it once."""
    import json

    from services.accounts import has_recovery
    from services.workspace import load_keystore

    keys = leader_ws.path / "keys.json"
    keys.write_text(json.dumps({k: v for k, v in json.loads(keys.read_text()).items() if k != "recovery"}))
    leader_ws.keystore.recovery = None
    controller = make_controller()
    controller.enter_session(leader_ws)
    window = controller.window
    from PySide6.QtCore import QCoreApplication

    said = QCoreApplication.translate("MainWindow", "This workspace has no recovery code: if every passphrase is "
                                      "forgotten it cannot be opened. Workspace → Make a new recovery code…")
    assert window.recovery_action.isEnabled() and window.statusBar().currentMessage() == said
    shown = controller.make_recovery(ask=False)
    assert shown is not None and len(shown.code_label.text()) == 35
    assert has_recovery(load_keystore(leader_ws.path))
    controller.close_workspace()
    controller.enter_session(member_ws)
    assert not window.recovery_action.isEnabled()  # a member cannot make one
