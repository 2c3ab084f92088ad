"""Where a command's words go: one JSON object on stdout with ``--json``, else Chinese lines.

Results go to stdout. Errors go to stderr as text, or to stdout as ``{"error", "message", "details"}``
with ``--json`` (so a script reads one object whatever happened).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cli.messages import message_for, problem_text
from services.errors import DomainError
from services.records import to_jsonable


def _jsonable(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    converted = to_jsonable(value)
    if converted is not value:
        return converted
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, default=_jsonable, sort_keys=False)


@dataclass
class Console:
    json_mode: bool = False
    debug: bool = False

    @property
    def out(self) -> TextIO:
        return sys.stdout

    @property
    def err(self) -> TextIO:
        return sys.stderr

    def result(self, data: dict[str, Any], lines: Iterable[str] = ()) -> None:
        """A command's outcome: ``data`` as JSON, or the human ``lines``."""
        if self.json_mode:
            print(to_json(data), file=self.out, flush=True)
        else:
            for line in lines:
                print(line, file=self.out)
            self.out.flush()

    def note(self, line: str) -> None:
        """A remark for a person (prompts' companions, cancel notices): stderr, never in the JSON."""
        print(line, file=self.err, flush=True)

    def error(self, error: DomainError) -> None:
        """The error's sentence; its details as they are in JSON, in Chinese where known for people."""
        message = message_for(error)
        if self.json_mode:
            payload = {"error": error.code, "message": message, "details": [str(d) for d in error.details]}
            print(to_json(payload), file=self.out, flush=True)
            return
        print(f"错误：{message}", file=self.err)
        for line in error.details:
            print(f"  - {problem_text(line)}", file=self.err)
        self.err.flush()

    def stderr_is_tty(self) -> bool:
        try:
            return bool(self.err.isatty())
        except (AttributeError, ValueError, OSError):
            return False
