"""The working-paper editor: the dialog, its category picker, persons and sources editors and review bar."""

from ui.finding_editor.dialog import FindingEditor

__all__ = ["FindingEditor"]
