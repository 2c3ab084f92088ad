"""The sync test world itself: the same reference rows everywhere, nothing of them in a team's outbox."""

from __future__ import annotations

from sqlalchemy import select

from models.entities import Assignment, InspectedOrg, InspectionRound, InspectionTeam, TeamMember
from models.sync import ChangeRecord
from services.verify import verify_workspace
from tests.services.sync.world import REF, World, add_finding, counts, fingerprint

REFERENCE = (InspectionRound, InspectionTeam, TeamMember, InspectedOrg, Assignment)


def test_reference_rows_are_hq_rows_on_every_team(bare_world: World) -> None:
    with bare_world.opened("hq", "t1a", "t1b", "t2") as (hq, a, b, t2):
        assert counts(hq, *REFERENCE) == {"inspection_round": 1, "inspection_team": 2, "team_member": 4,
                                          "inspected_org": 3, "assignment": 2}
        for team in (a, b, t2):
            assert counts(team, *REFERENCE) == {"inspection_round": 1, "inspection_team": 1, "team_member": 2,
                                                "inspected_org": 2, "assignment": 1}
        with hq.read() as s_hq, a.read() as s_a:
            for entity in REFERENCE:
                for row in s_a.scalars(select(entity)):
                    twin = s_hq.get(entity, row.id)
                    assert twin is not None
                    assert (row.head_change_id, row.hlc, row.scope_team_id) == (
                        twin.head_change_id, twin.hlc, twin.scope_team_id)
                    assert row.sync_state == "synced"
            ids = {row.id for entity in REFERENCE for row in s_a.scalars(select(entity))}
            assert not set(s_a.scalars(select(ChangeRecord.entity_id).where(ChangeRecord.entity_id.in_(ids))))
        assert verify_workspace(a).ok


def test_copies_are_independent_and_fingerprint_sees_an_edit(bare_world: World) -> None:
    with bare_world.opened("t2") as (t2,):
        before = fingerprint(t2)
        assert fingerprint(t2) == before
        add_finding(t2, "财务管理不规范问题")
        after = fingerprint(t2)
    assert after != before
    assert after["main.finding"][0] == 1 and before["main.finding"][0] == 0
    assert REF.team_ids[2] != REF.team_ids[1]


def test_paired_world_knows_every_device(world: World) -> None:
    from models.sync import get_meta
    from services.sync.devices import registry

    with world.opened("hq", "t1a", "t1b", "t2") as (hq, a, b, t2):
        with hq.read() as session:
            for team in (a, b, t2):
                device = registry.device(session, team.device_id)
                assert device is not None and device.kind == "team" and device.team_no == team.team_no
                assert device.team_id == REF.team_ids[team.team_no or 0]
        for team in (a, b, t2):
            with team.read() as session:
                assert get_meta(session, "enrolled") == "1"
                assert registry.hq_device(session).device_id == hq.device_id
            assert registry.team_id_of(team) == REF.team_ids[team.team_no or 0]
