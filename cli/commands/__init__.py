"""The command modules. Each has ``register(commands: cli.parsing.Commands)``; add a module here to add
commands (findings, clues, stats, import-excel, export-package ...) without touching the others."""

from cli.commands import clues, demo, evidence, excel_export, excel_import, findings, stats, users, workspace

COMMANDS = (workspace, users, demo, stats, clues, evidence, excel_export, excel_import, findings)
