"""A team cannot change HQ's plan: a package whose change edits a round, a team, a member, an assignment or a unit
HQ planned is refused whole at import, HQ unchanged (issue 10; policy.HQ_ONLY_ENTITIES, HQ_SCOPED_ONLY)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.services.sync.forge import PayloadTables
from tests.services.sync.test_policy_attacks import assert_rejected, forged, retarget
from tests.services.sync.world import REF, World, add_finding

CASES = [
    ("inspection_round", REF.round_id, {"title": "被组里改掉的轮次", "status": "closed"}, "hq_only_field", None),
    ("inspection_team", REF.team_ids[1], {"name": "自封的巡察组"}, "hq_only_field", None),
    ("team_member", REF.member_ids[1][0], {"role": "leader"}, "hq_only_field", None),
    ("assignment", REF.assignment_ids[1], {"inspection_type": "upgraded"}, "hq_only_field", None),
    ("inspected_org", REF.org_ids[1], {"name": "改名的单位"}, "hq_only_field", "scope_team_id"),
]


@pytest.mark.parametrize(("entity", "row_id", "after", "code", "field"), CASES, ids=[c[0] for c in CASES])
def test_a_teams_edit_of_a_planning_row_is_refused(world: World, tmp_path: Path, entity: str, row_id: str,
                                                    after: dict[str, object], code: str, field: str | None) -> None:
    with world.opened("hq", "t1a") as (hq, t1):
        add_finding(t1, "一组的问题")
        add_finding(t1, "一组的第二个问题")

        def edit_plan(t: PayloadTables) -> None:
            ch = retarget(t, "finding", row_id)
            ch["entity"], ch["op"] = entity, "update"
            ch["before_json"] = "{}"
            ch["after_json"] = json.dumps(after, ensure_ascii=False, sort_keys=True)

        path = forged(t1, hq, tmp_path / "t1", edit_plan)
        assert_rejected(hq, path, code, entity, field)  # type: ignore[arg-type]
