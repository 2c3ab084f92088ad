"""The areas of the main window, one module each: findings, registers, clues, rectification, packages, statistics."""
