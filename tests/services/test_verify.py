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


def test_own_sequence_check_allows_what_close_out_purged_and_no_more(team_ws: WorkspaceSession) -> None:
    """After close-out deleted acknowledged changes (anywhere in the sequence), count + purged must equal the
    highest device_seq; a change deleted without counting it is still caught."""
    from models.sync import set_meta

    with team_ws.write() as tx:
        orgs = [InspectedOrg(name=f"单位{i}", level="municipal_unit") for i in range(4)]
        for org in orgs:
            tx.insert(org)
    purge = "DELETE FROM change_log WHERE entity_id IN (:a, :b, :c)"
    with team_ws.write() as tx:
        tx.session.execute(text("UPDATE change_log SET acked = 1"))
        # from the middle of the sequence and its very end
        tx.session.execute(text(purge), {"a": orgs[1].id, "b": orgs[2].id, "c": orgs[3].id})
        set_meta(tx.session, "purged_changes", "3")
    assert verify_workspace(team_ws).ok, verify_workspace(team_ws).all_problems()

    with team_ws.write() as tx:
        tx.session.execute(text("DELETE FROM change_log WHERE entity_id = :a"), {"a": orgs[0].id})  # not counted
    report = verify_workspace(team_ws)
    assert [p.code for p in report.problems] == ["sequence_broken"]
    assert report.problems[0].params["expected"] == report.problems[0].params["found"] - 1
