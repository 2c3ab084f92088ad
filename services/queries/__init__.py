"""Read-only queries the windows list from: ordered ids, row pages and small lists. They never write,
except the audit event that viewing the clue list must leave (clues.py)."""
