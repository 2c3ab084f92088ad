"""Enrollment by file, with the laptop present (docs/sync.md §4): the entry points.

- ``request``: the ``.xcreq`` request file and the "enroll first" rule (team writes it, HQ checks it).
- ``register``: team leader's ``make_request``; HQ administrator's ``register_device`` writing the signed grant.
- ``team_accept``: the team laptop reading and accepting HQ's grant.
"""

from services.sync.enrollment.register import (
    GrantInfo,
    GrantPreview,
    RequestInfo,
    accept_grant,
    check_can_enroll,
    enrollment_teams,
    make_request,
    preview_request,
    read_grant,
    register_device,
)

__all__ = ["GrantInfo", "GrantPreview", "RequestInfo", "accept_grant", "check_can_enroll", "enrollment_teams",
           "make_request", "preview_request", "read_grant", "register_device"]
