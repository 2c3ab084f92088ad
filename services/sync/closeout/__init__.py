"""Round close-out (清退, docs/sync.md §10). Team side.

- ``round_rows``: which rows belong to one inspection round.
- ``wipe``: the team leader wipes an acknowledged round, physically.
"""
