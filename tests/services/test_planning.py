"""Planning a round at HQ (services/planning/): every rule with its Chinese message, change records and audit
events per edit, tombstones, HQ only."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from cli.messages import field_problem_text
from models.audit import AuditEvent
from models.entities import Assignment, ChangeRecord, InspectionRound, TeamMember
from models.enums import Role
from services.accounts import add_user
from services.errors import InvalidFieldsError, NotPermittedError
from services.planning.assignments import (
    AssignmentInput,
    assign,
    copy_round_units,
    unassign,
    update_assignment,
)
from services.planning.orgs import OrgInput, add_org, delete_org, update_org
from services.planning.rounds import RoundInput, create_round, delete_round, set_round_status, update_round
from services.planning.teams import MemberInput, TeamInput, add_member, create_team, delete_team, update_member
from services.queries.planning import list_rounds, org_tree, round_plan
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE


def problems_of(excinfo: pytest.ExceptionInfo[InvalidFieldsError]) -> list[tuple[str, str]]:
    return [(p.field, p.reason) for p in excinfo.value.problems]


def text_of(excinfo: pytest.ExceptionInfo[InvalidFieldsError]) -> str:
    return "\n".join(field_problem_text(p) for p in excinfo.value.problems)


class Plan:
    """A small round: a county with a township and two villages, two municipal units, teams 1 and 2."""

    def __init__(self, ws: WorkspaceSession) -> None:
        self.ws = ws
        self.round = create_round(ws, RoundInput(13, 2026, 3, theme="过紧日子", start_date=date(2026, 3, 2),
                                                 end_date=date(2026, 5, 8)))
        self.team1 = create_team(ws, self.round, TeamInput(1))
        self.team2 = create_team(ws, self.round, TeamInput(2))
        self.county = add_org(ws, OrgInput("清河县", "county"))
        self.town = add_org(ws, OrgInput("城关镇", "township", self.county))
        self.east = add_org(ws, OrgInput("东关村", "village", self.town))
        self.west = add_org(ws, OrgInput("西关社区", "community", self.town))
        self.finance = add_org(ws, OrgInput("市财政局", "municipal_unit"))
        self.water = add_org(ws, OrgInput("市水利局", "municipal_unit"))


@pytest.fixture
def plan(hq_ws: WorkspaceSession) -> Plan:
    return Plan(hq_ws)


def test_round_is_created_with_its_default_title_change_records_and_audit(hq_ws: WorkspaceSession) -> None:
    round_id = create_round(hq_ws, RoundInput(13, 2026, 3))
    with hq_ws.read() as s:
        row = s.get(InspectionRound, round_id)
        assert row is not None
        assert (row.title, row.status, row.scope_team_id) == ("十三届市委第三轮巡察", "planned", "hq")
        records = s.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.entity_id == round_id))
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.entity_id == round_id))
    assert (records, events) == (1, 1)
    assert [r.title for r in list_rounds(hq_ws)] == ["十三届市委第三轮巡察"]


def test_round_rules(hq_ws: WorkspaceSession) -> None:
    with pytest.raises(InvalidFieldsError) as bad:
        create_round(hq_ws, RoundInput(None, 1999, 3, start_date=date(2026, 5, 1), end_date=date(2026, 3, 1)))
    assert set(problems_of(bad)) == {("term_no", "required"), ("year", "out_of_range"), ("end_date", "date_order")}
    assert "“届次”不能为空" in text_of(bad) and "“结束日期”不能早于“开始日期”" in text_of(bad)
    create_round(hq_ws, RoundInput(13, 2026, 3))
    with pytest.raises(InvalidFieldsError) as twice:
        create_round(hq_ws, RoundInput(13, 2026, 3, title="另一个名字"))
    assert problems_of(twice) == [("round_no", "duplicate")]
    assert list_rounds(hq_ws)[0].title == "十三届市委第三轮巡察"


def test_round_edit_keeps_its_key_unique_and_changes_fields(plan: Plan) -> None:
    update_round(plan.ws, plan.round, RoundInput(13, 2026, 3, title="十三届市委第三轮巡察", theme="专项资金"))
    assert list_rounds(plan.ws)[0].theme == "专项资金"
    other = create_round(plan.ws, RoundInput(13, 2026, 4))
    with pytest.raises(InvalidFieldsError) as clash:
        update_round(plan.ws, other, RoundInput(13, 2026, 3))
    assert problems_of(clash) == [("round_no", "duplicate"), ("title", "duplicate")]


def test_stationing_needs_a_leader_and_units_for_every_team(plan: Plan) -> None:
    with pytest.raises(InvalidFieldsError) as early:
        set_round_status(plan.ws, plan.round, "stationed")
    reasons = problems_of(early)
    assert reasons.count(("team_no", "leader_missing")) == 2 and ("team_no", "team_without_units") in reasons
    assert "市委第一巡察组（第 1 组）还没有组长" in text_of(early)
    for team, leader, unit in ((plan.team1, "张组长", plan.finance), (plan.team2, "刘组长", plan.town)):
        add_member(plan.ws, team, MemberInput(leader, "leader"))
        assign(plan.ws, plan.round, AssignmentInput(team, unit, "routine"))
    set_round_status(plan.ws, plan.round, "stationed")
    set_round_status(plan.ws, plan.round, "rectifying")
    set_round_status(plan.ws, plan.round, "reported")  # one step back: a correction
    with pytest.raises(InvalidFieldsError) as back:
        set_round_status(plan.ws, plan.round, "planned")
    assert problems_of(back) == [("status", "status_backwards")]
    assert "不能改为“计划中”" in text_of(back)
    with pytest.raises(InvalidFieldsError):
        set_round_status(plan.ws, plan.round, "finished")
    assert list_rounds(plan.ws)[0].status == "reported"


def test_one_leader_per_team_and_unique_names(plan: Plan) -> None:
    add_member(plan.ws, plan.team1, MemberInput("张组长", "leader"))
    with pytest.raises(InvalidFieldsError) as second:
        add_member(plan.ws, plan.team1, MemberInput("李组长", "leader"))
    assert problems_of(second) == [("role", "one_leader")]
    assert "第 1 组已有组长“张组长”" in text_of(second)
    with pytest.raises(InvalidFieldsError) as same:
        add_member(plan.ws, plan.team1, MemberInput("张组长", "member"))
    assert problems_of(same) == [("name", "duplicate")]
    with pytest.raises(InvalidFieldsError) as unknown:
        add_member(plan.ws, plan.team1, MemberInput("王", "boss"))
    assert problems_of(unknown) == [("role", "unknown_choice")]
    add_member(plan.ws, plan.team2, MemberInput("李组长", "leader"))  # another team: fine


def test_hierarchy_rules(plan: Plan) -> None:
    with pytest.raises(InvalidFieldsError) as village:
        add_org(plan.ws, OrgInput("北村", "village", plan.county))
    assert problems_of(village) == [("parent_id", "village_outside_township")]
    assert "村（社区）必须属于一个乡镇（街道）" in text_of(village)
    with pytest.raises(InvalidFieldsError) as orphan:
        add_org(plan.ws, OrgInput("南村", "village"))
    assert problems_of(orphan) == [("parent_id", "village_outside_township")]
    with pytest.raises(InvalidFieldsError) as county:
        add_org(plan.ws, OrgInput("某县", "county", plan.town))
    assert problems_of(county) == [("parent_id", "parent_level")]
    with pytest.raises(InvalidFieldsError) as twice:
        add_org(plan.ws, OrgInput("东关村", "village", plan.town))
    assert problems_of(twice) == [("name", "duplicate")]
    with pytest.raises(InvalidFieldsError) as cycle:
        update_org(plan.ws, plan.county, OrgInput("清河县", "county", plan.town))
    assert problems_of(cycle) == [("parent_id", "parent_cycle")]
    with pytest.raises(InvalidFieldsError) as level:
        update_org(plan.ws, plan.town, OrgInput("城关镇", "municipal_unit"))  # its villages need a township
    assert problems_of(level) == [("level", "parent_level")]
    with pytest.raises(InvalidFieldsError) as busy:
        delete_org(plan.ws, plan.town, "重复")
    assert problems_of(busy) == [("name", "org_has_children")]
    assert [n.name for n in org_tree(plan.ws, "东关")] == ["清河县", "城关镇", "东关村"]
    tree = [(n.name, n.depth) for n in org_tree(plan.ws)]
    assert sorted(tree[:2]) == [("市水利局", 0), ("市财政局", 0)]  # municipal units first, then the counties
    assert tree[2:] == [("清河县", 0), ("城关镇", 1), ("东关村", 2), ("西关社区", 2)]


def test_a_unit_is_assigned_once_per_round(plan: Plan) -> None:
    assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine"))
    with pytest.raises(InvalidFieldsError) as twice:
        assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.finance, "special"))
    assert problems_of(twice) == [("org_id", "assigned_twice")]
    assert "“市财政局”在本轮已分配给第 1 组" in text_of(twice)
    later = create_round(plan.ws, RoundInput(13, 2027, 1))
    team = create_team(plan.ws, later, TeamInput(1))
    assign(plan.ws, later, AssignmentInput(team, plan.finance, "routine"))  # another round: fine
    with pytest.raises(InvalidFieldsError) as foreign:
        assign(plan.ws, plan.round, AssignmentInput(team, plan.water, "routine"))
    assert problems_of(foreign) == [("team_id", "other_round")]


def test_a_village_goes_with_its_township(plan: Plan) -> None:
    assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.town, "upgraded"))
    with pytest.raises(InvalidFieldsError) as apart:
        assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.east, "upgraded"))
    assert problems_of(apart) == [("team_id", "village_other_team")]
    assert "该乡镇已由第 2 组巡察" in text_of(apart)
    assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.east, "upgraded"))
    assert round_plan(plan.ws, plan.round).round.modes == {"upgraded": 2}


def test_recusals_are_checked_against_the_units(plan: Plan) -> None:
    assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.town, "upgraded"))
    with pytest.raises(InvalidFieldsError) as recused:  # recused from the township: its villages too
        add_member(plan.ws, plan.team1, MemberInput("赵某", "member", recusal_org_ids=[plan.town]))
    assert problems_of(recused) == [("recusal_org_ids", "recused_member")]
    assert "赵某须回避“城关镇”" in text_of(recused)
    member = add_member(plan.ws, plan.team1, MemberInput("赵某", "member", recusal_org_ids=[plan.water]))
    with pytest.raises(InvalidFieldsError) as unit:
        assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.water, "routine"))
    assert problems_of(unit) == [("team_id", "recused_member")]
    assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.water, "routine"))
    with pytest.raises(InvalidFieldsError):
        update_member(plan.ws, member, MemberInput("赵某", "member", recusal_org_ids=[plan.town]))
    with plan.ws.read() as s:
        assert s.get(TeamMember, member).recusal_org_ids == [plan.water]  # type: ignore[union-attr]


def test_dates_out_of_order(plan: Plan) -> None:
    with pytest.raises(InvalidFieldsError) as team:
        create_team(plan.ws, plan.round, TeamInput(3, station_start=date(2026, 4, 1), station_end=date(2026, 3, 1)))
    assert problems_of(team) == [("station_end", "date_order")]
    with pytest.raises(InvalidFieldsError) as period:
        assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine", date(2026, 1, 1),
                                                    date(2023, 1, 1)))
    assert problems_of(period) == [("period_to", "date_order")]
    assert "“巡察截止时间”不能早于“巡察起始时间”" in text_of(period)


def test_reassign_unassign_and_the_tombstones(plan: Plan) -> None:
    first = assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine"))
    moved = update_assignment(plan.ws, first, AssignmentInput(plan.team2, plan.finance, "special"))
    assert moved != first
    rows = round_plan(plan.ws, plan.round).assignments
    assert [(r.org_name, r.team_no, r.mode) for r in rows] == [("市财政局", 2, "special")]
    unassign(plan.ws, moved, "计划调整")
    assert round_plan(plan.ws, plan.round).assignments == []
    back = assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine"))
    assert back == first  # the removed row comes back (its key is unique)
    with plan.ws.read() as s:
        tombstones = s.scalar(select(func.count()).select_from(Assignment).where(Assignment.is_deleted.is_(True)))
        assert tombstones == 1 and s.get(InspectionRound, plan.round).modes == ["routine"]  # type: ignore[union-attr]
    with pytest.raises(InvalidFieldsError) as busy:
        delete_team(plan.ws, plan.team1, "合并")
    assert problems_of(busy) == [("team_no", "team_has_units")]
    with pytest.raises(InvalidFieldsError) as used:
        delete_org(plan.ws, plan.finance, "撤销")
    assert problems_of(used) == [("name", "org_assigned")]
    with pytest.raises(InvalidFieldsError) as has_teams:
        delete_round(plan.ws, plan.round, "误建")
    assert problems_of(has_teams) == [("id", "round_has_teams")]


def test_work_filed_under_an_assignment_keeps_it(plan: Plan) -> None:
    from services.findings import create_finding
    from services.findings_validation import FindingInput

    busy = assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine"))
    create_finding(plan.ws, FindingInput(org_id=plan.finance, title="违规发放津贴补贴", description="2025年发放补贴"))
    assert [r.findings for r in round_plan(plan.ws, plan.round).assignments] == [1]
    with pytest.raises(InvalidFieldsError) as kept:
        unassign(plan.ws, busy, "误分配")
    assert problems_of(kept) == [("org_id", "assignment_has_work")]
    assert "不能取消或改派" in text_of(kept)
    with pytest.raises(InvalidFieldsError):
        update_assignment(plan.ws, busy, AssignmentInput(plan.team2, plan.finance, "routine"))


def test_copy_the_previous_rounds_units(plan: Plan) -> None:
    assign(plan.ws, plan.round, AssignmentInput(plan.team1, plan.finance, "routine"))
    assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.town, "upgraded"))
    assign(plan.ws, plan.round, AssignmentInput(plan.team2, plan.east, "upgraded"))
    later = create_round(plan.ws, RoundInput(13, 2027, 1))
    create_team(plan.ws, later, TeamInput(2, name="市委第二巡察组"))
    report = copy_round_units(plan.ws, later, plan.round)
    assert (report.assigned, report.teams_created, report.skipped) == (3, [1], [])
    copied = round_plan(plan.ws, later)
    assert [(r.org_name, r.team_no, r.mode) for r in copied.assignments] == [
        ("市财政局", 1, "routine"), ("城关镇", 2, "upgraded"), ("东关村", 2, "upgraded")]
    again = copy_round_units(plan.ws, later, plan.round)
    assert (again.assigned, sorted(again.skipped)) == (0, ["东关村", "城关镇", "市财政局"])


def test_a_team_workspace_and_a_member_cannot_plan(team_ws: WorkspaceSession, plan: Plan) -> None:
    with pytest.raises(NotPermittedError):
        create_round(team_ws, RoundInput(13, 2026, 9))
    add_user(plan.ws, "钱干事", Role.MEMBER, PASSPHRASE)
    member = unlock_workspace(plan.ws.path, PASSPHRASE, "钱干事")
    try:
        with pytest.raises(NotPermittedError):
            create_team(member, plan.round, TeamInput(5))
    finally:
        member.lock()


def test_plan_warnings_name_teams_without_leader_and_recusals(plan: Plan) -> None:
    add_member(plan.ws, plan.team1, MemberInput("张组长", "leader"))
    warnings = round_plan(plan.ws, plan.round).warnings
    assert warnings == [("leader_missing", {"value": "市委第二巡察组", "team": 2})]


def test_several_units_at_once_all_or_none(plan: Plan) -> None:
    from services.planning.assignments import assign_units

    add_member(plan.ws, plan.team1, MemberInput("赵某", "member", recusal_org_ids=[plan.water]))
    with pytest.raises(InvalidFieldsError) as one_refused:
        assign_units(plan.ws, plan.round, [AssignmentInput(plan.team1, plan.finance, "routine"),
                                           AssignmentInput(plan.team1, plan.water, "routine")])
    assert problems_of(one_refused) == [("team_id", "recused_member")]
    assert round_plan(plan.ws, plan.round).assignments == []  # nothing of the batch was written
    with pytest.raises(InvalidFieldsError) as split:  # the township and its village to two teams in one batch
        assign_units(plan.ws, plan.round, [AssignmentInput(plan.team2, plan.town, "upgraded"),
                                           AssignmentInput(plan.team1, plan.east, "upgraded")])
    assert problems_of(split) == [("team_id", "village_other_team")]
    ids = assign_units(plan.ws, plan.round, [AssignmentInput(plan.team2, plan.town, "upgraded"),
                                             AssignmentInput(plan.team2, plan.east, "upgraded"),
                                             AssignmentInput(plan.team1, plan.finance, "routine")])
    assert len(ids) == 3 and round_plan(plan.ws, plan.round).round.modes == {"routine": 1, "upgraded": 2}
