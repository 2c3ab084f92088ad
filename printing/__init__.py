"""Qt's own printing of the reports (services/reports): the document laid out and painted with QPainter onto a
PDF writer or a printer, and the bar charts that the statistics page draws too.

QtCore and QtGui only, never a widget: the window (ui/) and the command line (cli/) both print through here,
and the command line runs it on Qt's offscreen platform. The contracts in pyproject.toml place this package
between ui|cli and services (docs/architecture.md §1.2).
"""
