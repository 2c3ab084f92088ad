"""The official wording of an entity's fields, kept on the column itself (``info=label("问题表现", "Description")``).

Like the vocabularies of models/enums.py, a field's name is domain wording, not interface text: the editor's
labels, the validation messages of both faces and the Excel headers all read it from here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect


def label(zh: str, en: str) -> dict[str, Any]:
    """The ``info`` of a mapped column that names it: ``mapped_column(Text, info=label("定性依据", "Legal basis"))``."""
    return {"zh": zh, "en": en}


def field_label(entity: type, name: str, language: str = "zh") -> str:
    """The wording of ``entity.name`` in ``language`` (zh or en); the attribute name when none is declared."""
    attrs: Any = inspect(entity).column_attrs
    if name not in attrs:
        return name
    info = attrs[name].columns[0].info
    wording = info.get("zh" if language.startswith("zh") else "en")
    return str(wording) if wording else name

