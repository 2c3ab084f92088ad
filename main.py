"""巡察通 entry point: with a sub-command, the CLI (cli/); without one, the windows (ui/)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from cli.main import is_cli_invocation

    if is_cli_invocation(args):
        from cli.main import run as run_cli

        return run_cli(args)
    from ui.app import run as run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
