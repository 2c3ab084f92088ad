"""The windows: everything that imports PySide6 lives here (and only here)."""
