"""``verify`` catches a raw edit of the audit trail, even by someone who dropped the append-only trigger."""

from __future__ import annotations

from sqlalchemy import text

from models.organisation import InspectedOrg
from services.verify import verify_workspace
from services.workspace import WorkspaceSession


def test_clean_workspace_verifies(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        tx.insert(InspectedOrg(name="市财政局", level="municipal_unit"))
    report = verify_workspace(team_ws)
    assert report.ok, report.all_problems()
    assert report.checked_changes == 68 + 1 and report.clues_checked  # the default taxonomy, then the org


def test_raw_edit_of_an_audit_row_is_caught(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        tx.insert(InspectedOrg(name="市财政局", level="municipal_unit"))
    with team_ws.write() as tx:
        tx.session.execute(text("DROP TRIGGER audit_log_no_update"))
        tx.session.execute(text("UPDATE audit_log SET actor_user = 'someone-else' WHERE seq = 2"))
    report = verify_workspace(team_ws)
    assert not report.ok
    problems = report.all_problems()
    assert "audit #2: entry altered" in problems
    assert "append-only trigger audit_log_no_update is missing" in problems


def test_deleted_audit_row_breaks_the_chain(team_ws: WorkspaceSession) -> None:
    with team_ws.write() as tx:
        tx.insert(InspectedOrg(name="市财政局", level="municipal_unit"))
    with team_ws.write() as tx:
        tx.session.execute(text("DROP TRIGGER audit_log_no_delete"))
        tx.session.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    problems = verify_workspace(team_ws).all_problems()
    assert any("missing" in p for p in problems) and any("does not link" in p for p in problems)
