"""The headless commands of 巡察通 (``python main.py <command>``): the same services the windows use.

Every command prints Chinese text for people, or one JSON object with ``--json``, and ends with a stable
exit code (cli/main.py). Commands live in small modules under cli/commands/, one ``register`` each.
"""

# Keep in step with pyproject.toml's [project] version (tests/cli checks it).
VERSION = "0.1.0"
