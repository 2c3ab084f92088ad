"""分类移交 (docs/domain.md §3.5): findings handed over by kind to 纪委监委, 组织部 or a functional department, with
the receipt (回执), the feedback deadline (3 months unless set), feedback entries and closing (batches.py)."""
