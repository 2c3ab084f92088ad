"""Helpers of the enrollment tests (service, CLI and UI): fresh team laptops and HQ from the bare world."""

from __future__ import annotations

from pathlib import Path

from models.enums import Role, WorkspaceKind
from services.clock import Clock
from services.sync.enrollment import GrantInfo, RequestInfo, accept_grant, make_request, register_device
from services.sync.report import AcceptInfo
from services.workspace import WorkspaceSession
from services.workspace_create import create_workspace
from tests.services.sync.world import CHEAP_KDF, LEADERS, PASSPHRASE


def fresh_team(root: Path, team_no: int, clock: Clock, *, name: str = "") -> WorkspaceSession:
    """A new, empty team workspace (only the default taxonomy): what a laptop holds before enrollment."""
    return create_workspace(root / (name or f"team{team_no}"), user_name=LEADERS[team_no], role=Role.TEAM_LEADER,
                            passphrase=PASSPHRASE, kind=WorkspaceKind.TEAM, team_no=team_no, clock=clock,
                            kdf=CHEAP_KDF)


def enroll(hq: WorkspaceSession, team: WorkspaceSession, folder: Path) -> tuple[RequestInfo, GrantInfo, AcceptInfo]:
    """The whole exchange through the files, as the two people would do it."""
    assert team.team_no is not None
    folder.mkdir(parents=True, exist_ok=True)
    request = make_request(team, folder / f"t{team.team_no}.xcreq")
    grant = register_device(hq, request.path, team_no=team.team_no, round_id=None,
                            out=folder / f"t{team.team_no}.xcgrant")
    accepted = accept_grant(team, grant.path)
    return request, grant, accepted
