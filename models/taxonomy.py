"""The problem taxonomy (四个落实, 四个聚焦) and the tag families, kept as editable data."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced
from models.labels import label


class TaxonomyNode(Synced, Base):
    """One node of a category tree (kind ``category``) or a tag family (kind ``tag``).

    ``scheme`` names the tree: ``four_implementations`` for units, ``village_four_focuses`` for villages,
    or a tag family such as ``discipline``, ``four_styles``, ``theme``.
    """

    __tablename__ = "taxonomy_node"

    scheme: Mapped[str] = mapped_column(String(40), index=True, info=label("分类体系", "Scheme"))
    kind: Mapped[str] = mapped_column(String(12), info=label("节点类型", "Node kind"))
    code: Mapped[str] = mapped_column(String(20), info=label("分类编码", "Code"))
    name: Mapped[str] = mapped_column(String(200), info=label("分类名称", "Name"))
    level: Mapped[int] = mapped_column(Integer, info=label("层级", "Level"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy_node.id"), default=None,
                                                  info=label("上级分类", "Parent"))
    order_no: Mapped[int] = mapped_column(Integer, default=0, info=label("排序号", "Order"))

    __table_args__ = (UniqueConstraint("scheme", "code"),)
