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
    assert report.checked_changes == 71 + 1 and report.clues_checked  # the default taxonomy, then the org


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


def test_with_several_chains_a_problem_names_its_device(team_ws: WorkspaceSession) -> None:
    """HQ holds many devices' chains: a broken entry must say whose chain it is in."""
    from cli.messages import BOOK
    from models.audit import append_event
    from services.phrasing import phrase_problem

    with team_ws.write() as tx:
        append_event(tx.session, device_id="0ther-device", wall_time="2026-11-24T09:00:00", hlc="x",
                     actor_user="u", actor_role="team_leader", action="unlock")
    with team_ws.write() as tx:
        tx.session.execute(text("DROP TRIGGER audit_log_no_update"))
        tx.session.execute(text("UPDATE audit_log SET action = 'lock' WHERE device_id = '0ther-device'"))
    report = verify_workspace(team_ws)
    altered = [p for p in report.all_problems() if p.code == "audit_entry_altered"]
    assert len(altered) == 1 and altered[0].params["show_device"] is True
    assert altered[0].startswith("device 0ther-de")
    assert phrase_problem(altered[0], BOOK) == "设备 0ther-de：审计记录 #1 被改动"
