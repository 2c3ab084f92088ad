"""巡察计划 windows: the dialogs that add, edit and remove rounds, teams, members, units and assignments, and the
unit tree with its search box that several of them share. The area itself is ui/areas/planning.py."""
