"""Conflicts (docs/sync.md §9).

- ``inbox``: HQ's conflict inbox: list, show, resolve (a resolution is itself a change).
- ``display``, ``values``: HQ: how a conflict reads for a person, its values parsed and checked.
- ``waiting_edits``: a team laptop's edits waiting in HQ's inbox (HQ names them in its update, the laptop keeps
  the list).
"""
