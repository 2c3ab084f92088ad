"""Decision D1: organisations a team adds from a sheet are the team's own rows (HQ only takes team-scoped rows from
a team); on an HQ workspace they stay HQ reference rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.base import HQ_SCOPE
from models.entities import Assignment, InspectedOrg
from services.excel.importing import apply_import, plan_import
from services.workspace import WorkspaceSession
from tests.services.excel import corpus


def _org_scopes(ws: WorkspaceSession) -> tuple[set[str], set[str]]:
    with ws.read() as session:
        orgs = set(session.scalars(select(InspectedOrg.scope_team_id)))
        return orgs, set(session.scalars(select(Assignment.team_id)))


def test_orgs_created_on_a_team_workspace_get_the_teams_scope(team_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.real_world_findings(tmp_path / "问题清单.xlsx", rows=4)
    apply_import(team_ws, plan_import(team_ws, path), create_missing=True)
    scopes, teams = _org_scopes(team_ws)
    assert len(teams) == 1 and scopes == teams


def test_orgs_created_on_hq_stay_hq_reference_rows(hq_ws: WorkspaceSession, tmp_path: Path) -> None:
    path = corpus.real_world_findings(tmp_path / "问题清单.xlsx", rows=4)
    apply_import(hq_ws, plan_import(hq_ws, path), create_missing=True)
    scopes, _ = _org_scopes(hq_ws)
    assert scopes == {HQ_SCOPE}


def test_an_enrolled_team_cannot_create_rounds_teams_or_assignments(team_ws: WorkspaceSession,
                                                                     tmp_path: Path) -> None:
    """After enrollment HQ assigns the round, the team and its units: a sheet naming others is refused on its rows,
    even with create-missing, because HQ would refuse the whole package that carried them."""
    from models.sync import set_meta

    with team_ws.write() as tx:
        set_meta(tx.session, "enrolled", "1")
    path = corpus.real_world_findings(tmp_path / "问题清单.xlsx", rows=4)
    plan = plan_import(team_ws, path)
    assert plan.counts(True)["rejected"] == 4
    reasons = {p.reason for p in plan.problems(True)}
    assert reasons == {"assigned_by_hq"}
    from cli.messages import field_problem_text
    assert "巡察办分配" in field_problem_text(plan.problems(True)[0])
