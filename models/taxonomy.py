"""The problem taxonomy (四个落实, 四个聚焦) and the tag families, kept as editable data."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class TaxonomyNode(Synced, Base):
    """One node of a category tree (kind ``category``) or a tag family (kind ``tag``).

    ``scheme`` names the tree: ``four_implementations`` for units, ``village_four_focuses`` for villages,
    or a tag family such as ``discipline``, ``four_styles``, ``theme``.
    """

    __tablename__ = "taxonomy_node"

    scheme: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy_node.id"), default=None)
    order_no: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("scheme", "code"),)
