"""Windows of packages and sync: enrollment, export, import, conflicts, close-out."""
