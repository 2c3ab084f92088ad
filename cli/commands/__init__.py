"""The command modules. Each has ``register(commands: cli.parsing.Commands)``; add a module here to add
commands (findings, clues, stats, import-excel, export-package ...) without touching the others."""

from cli.commands import (
    closeout,
    clues,
    conflicts,
    demo,
    evidence,
    excel_export,
    excel_import,
    feedback,
    findings,
    handover,
    package_export,
    package_import,
    planning_orgs,
    planning_rounds,
    planning_teams,
    rectification,
    report,
    stats,
    sync_devices,
    users,
    workspace,
)

COMMANDS = (
    workspace, users, demo, stats, report, clues, evidence, excel_export, excel_import, findings,
    planning_rounds, planning_teams, planning_orgs, sync_devices, package_export, package_import, conflicts, closeout,
    feedback, rectification, handover,
)
