"""HQ -> team updates (docs/sync.md §8).

- ``hq_rows``: HQ: which rows an update carries for one team device.
- ``hq_export``: HQ: the update packages, per team device.
- ``team_apply``: team laptop: applying HQ's update (acknowledgements, then HQ's rows).
"""
