"""HQ merging what a team sent (docs/sync.md §7, docs/security.md §7). HQ side (``context``/``writer`` also serve
the laptop's ``updates.team_apply``).

- ``decision``: the pure decision per received change (``decide``), the conflict kinds.
- ``policy``, ``policy_refs``: who may send what, what a change may point at (import step 8; HQ -> team row
  states too).
- ``apply``: every received change merged, in batches (import step 9); ``context``: the facts the decision asks
  about; ``writer``: writing decisions per batch.
- ``values``: values as change records carry them and the canonical form merges compare.
"""
