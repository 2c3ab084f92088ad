"""The import's read-only checks (docs/sync.md §6.1, §6.2): each raises ``PackageRejected``, none writes. Both sides.

- ``order``: replay, order and gaps of a sender's packages (a pure judgement).
- ``import_checks``: steps 5-8: the sealed sections opened read-only and their content checked.
- ``ack_checks``: the acknowledgements a package carries.
"""
