"""整改督办: the dialogs and widgets of the rectification area (ui/areas/rectification.py)."""
