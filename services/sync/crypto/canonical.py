"""Canonical JSON: the one byte form of a header or manifest that is hashed, sealed to or signed.

Sorted keys, no whitespace, UTF-8 (non-ASCII written as itself, not ``\\u`` escapes), no NaN or infinity.
Callers put only str, int, bool, None, lists and string-keyed dicts in it (no floats: amounts are strings).
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
