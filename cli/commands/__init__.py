"""The command modules. Each has ``register(commands: cli.parsing.Commands)``; add a module here to add
commands (findings, clues, stats, import-excel, export-package ...) without touching the others."""

from cli.commands import demo, users, workspace

COMMANDS = (workspace, users, demo)
