"""Rectification rows and sync (issue 12): HQ's updates carry a team's rectification status to its laptop, where it
is read-only; a team's package that edits an HQ-only rectification field or a row of HQ's rectification steps is
refused whole at HQ's import, HQ unchanged (policy.RECTIFICATION_ENTITIES, HQ_ONLY_FIELDS)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.entities import Finding, RectificationItem, RectificationProgress
from services.errors import NotPermittedError
from services.queries.rectification_board import list_tasks, problem_chain
from services.rectification.feedback import FeedbackInput, create_feedback
from services.rectification.progress import ProgressInput, report_progress
from services.workspace import WorkspaceSession
from tests.services.sync.forge import PayloadTables
from tests.services.sync.test_policy_attacks import assert_rejected, forged, import_ok, retarget
from tests.services.sync.test_team_update import update
from tests.services.sync.world import REF, World, add_finding


def fed_back(hq: WorkspaceSession, finding_id: str) -> tuple[str, str]:
    """HQ signs off the imported finding (as the team's leader would have), feeds it back and reports progress;
    the task's and the progress report's ids."""
    with hq.write() as tx:
        tx.update(tx.session.get(Finding, finding_id), status="signed")
    [item] = create_feedback(hq, FeedbackInput(REF.round_id, REF.org_ids[1], [finding_id])).item_ids
    progress = report_progress(hq, item, ProgressInput("已召开整改部署会")).progress_id
    return item, progress


def test_a_team_receives_its_units_rectification_status_read_only(world: World, tmp_path: Path) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        fid = add_finding(t1, "一组的问题")
        import_ok(hq, t1, tmp_path / "t1")
        item, _ = fed_back(hq, fid)
        update(hq, t1, tmp_path / "u1")
        [row] = list_tasks(t1)
        assert (row.id, row.status, row.finding_code) == (item, "in_progress", row.label.rsplit("-", 1)[0])
        with t1.read() as session:
            assert session.scalars(select(RectificationProgress.text)).all() == ["已召开整改部署会"]
            assert session.get(Finding, fid).status == "fed_back"
        proof = tmp_path / "验收报告.pdf"
        proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
        report_progress(hq, item, ProgressInput("已完成整改", status="done", evidence=[proof]))
        update(hq, t1, tmp_path / "u2")
        assert [r.status for r in list_tasks(t1)] == ["done"]
        chain = problem_chain(t1, item)
        assert chain.tasks[0].progress[-1].evidence == ("证1 验收报告.pdf",)  # the encrypted copy came too
        with pytest.raises(NotPermittedError):
            report_progress(t1, item, ProgressInput("组里改"))


CASES = [
    ("rectification_item", {"status": "closed_out"}, "status"),
    ("rectification_item", {"closure_requested_at": "2026-11-20T09:00:00"}, "closure_requested_at"),
    ("rectification_item", {"closure_requested_by": "自己"}, "closure_requested_by"),
    ("rectification_progress", {"text": "组里改写的进展"}, None),
]


@pytest.mark.parametrize(("entity", "after", "field"), CASES, ids=[f"{c[0]}.{c[2]}" for c in CASES])
def test_a_teams_edit_of_hq_rectification_is_refused(world: World, tmp_path: Path, entity: str,
                                                     after: dict[str, object], field: str | None) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        fid = add_finding(t1, "一组的问题")
        import_ok(hq, t1, tmp_path / "t1")
        item, progress = fed_back(hq, fid)
        update(hq, t1, tmp_path / "u1")
        add_finding(t1, "一组的第二个问题")
        target = item if entity == "rectification_item" else progress

        def edit(t: PayloadTables) -> None:
            ch = retarget(t, "finding", target)
            ch["entity"], ch["op"] = entity, "update"
            ch["before_json"] = "{}"
            ch["after_json"] = json.dumps(after, ensure_ascii=False, sort_keys=True)

        path = forged(t1, hq, tmp_path / "forged", edit)
        assert_rejected(hq, path, "hq_only_field", entity, field)  # type: ignore[arg-type]
        with hq.read() as session:
            assert session.get(RectificationItem, item).status == "in_progress"


def test_close_out_wipes_the_rounds_rectification_rows(world: World, tmp_path: Path) -> None:
    from services.sync.closeout import wipe as closeout
    from services.verify import verify_workspace
    from tests.services.sync.test_closeout import hq_acknowledges_everything

    with world.opened("hq", "t1a") as (hq, t1):
        fid = add_finding(t1, "一组的问题")
        import_ok(hq, t1, tmp_path / "t1")
        fed_back(hq, fid)
        update(hq, t1, tmp_path / "u1")
        hq_acknowledges_everything(t1)
        closeout.close_round(t1, REF.round_id)
        with t1.read() as session:
            assert session.scalars(select(RectificationItem.id)).all() == []
            assert session.scalars(select(RectificationProgress.id)).all() == []
        assert verify_workspace(t1).ok
