"""Printable reports (综合情况报告, 问题清单, 整改台账, 问题线索移交清单): their content as data (document.py,
content.py), the charts' data (charts.py), what they read (sources.py), and the audited PDF export (exporting.py).
Qt-free: the painting lives in printing/, which the window and the command line hand in as the renderer."""
