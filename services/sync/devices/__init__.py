"""Who is who (docs/sync.md §2.2, §4). Both sides.

- ``registry``: this workspace's own key pairs, the devices it knows, pinning HQ, the state per peer.
- ``listing``: the device list as people see it, revoking a device (HQ administrator), ``EnrollmentError``.
"""
