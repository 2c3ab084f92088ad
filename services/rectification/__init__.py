"""整改 to 销号 at HQ (docs/domain.md §3.6): feedback to a unit and its tasks (feedback.py, tasks.py), progress
reports and milestones with evidence (progress.py), close-out requests and HQ's three-party review
(closeout.py), 敷衍整改 / 虚假整改 flags with accountability (flags.py), overdue colours (overdue.py) and who may
do what (rules.py). Every edit is one WriteTx; the rows keep the scope of the team whose finding they follow, so
HQ's updates carry them to that team, where they are read-only.
"""
