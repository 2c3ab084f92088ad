"""``feedback``, ``rectification`` and ``handover`` on real encrypted workspaces: one problem from signed finding
to 销号 through the CLI, JSON everywhere, Chinese refusals (exit 4) and who may act (exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.enums import Role, WorkspaceKind
from services.workspace_create import create_workspace
from tests.cli.conftest import CliRunner, Result
from tests.conftest import PASSPHRASE
from tests.rectification_setup import CODES, rect_round

ROUND = "十三届市委第二轮巡察"


def ok(result: Result) -> None:
    assert result.code == 0, (result.out, result.err)


@pytest.fixture
def hq(tmp_path: Path) -> Path:
    path = tmp_path / "hq"
    ws = create_workspace(path, user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE, kind=WorkspaceKind.HQ)
    try:
        rect_round(ws)
    finally:
        ws.lock()
    return path


def test_one_problem_from_signed_finding_to_close_out(cli: CliRunner, passphrase_env: str, hq: Path,
                                                      tmp_path: Path) -> None:
    made = cli("feedback", "create", hq, "--round", ROUND, "--org", "市住建局", "--date", "2026-11-02",
               "--findings", CODES[0], CODES[1], "--deadline", "2026-12-31", "--supervisor", "赵副市长", "--json")
    ok(made)
    assert [t["task"] for t in made.json["tasks"]] == [f"{CODES[0]}-1", f"{CODES[1]}-1"]
    assert made.json["tasks"][0]["status_label"] == "未启动" and len(made.json["milestones"]) == 2
    task = f"{CODES[0]}-1"
    listed = cli("rectification", "list", hq, "--org", "市住建局", "--state", "未启动", "--json")
    ok(listed)
    assert listed.json["count"] == 2 and listed.json["tasks"][0]["supervising_city_leader"] == "赵副市长"
    assert "共 2 项整改任务" in cli("rectification", "list", hq).out
    ok(cli("rectification", "progress", hq, task, "--text", "已部署整改"))
    refused = cli("rectification", "request-close", hq, task)
    assert refused.code == 4 and "此步骤需要" in refused.err
    proof = tmp_path / "验收报告.pdf"
    proof.write_bytes(b"%PDF-1.4\nproof\n%%EOF\n")
    done = cli("rectification", "progress", hq, task, "--text", "项目已全部验收", "--state", "done",
               "--evidence", proof, "--amount", "3.5", "--json")
    ok(done)
    assert done.json["task"]["status"] == "done" and len(done.json["evidence"]) == 1
    ok(cli("rectification", "request-close", hq, task))
    half = cli("rectification", "review", hq, task, "--approve", "--opinion", "同意", "--json")
    assert half.code == 4 and half.json["error"] == "invalid_fields" and "纪委监委意见" in half.json["message"]
    closed = cli("rectification", "review", hq, task, "--approve", "--opinion", "整改到位",
                 "--discipline-opinion", "同意", "--organisation-opinion", "同意", "--json")
    ok(closed)
    assert closed.json["task"]["status_label"] == "已销号"
    shown = cli("rectification", "show", hq, task, "--json")
    ok(shown)
    assert [p["text"] for p in shown.json["tasks"][0]["progress"]] == ["已部署整改", "项目已全部验收"]
    assert shown.json["tasks"][0]["reviews"][0]["outcome"] == "approved"
    text = cli("rectification", "show", hq, task).out  # the three-party check, each body's opinion
    assert "同意销号  巡察办：整改到位" in text and "纪委监委：同意" in text and "组织部：同意" in text
    flagged = cli("rectification", "flag", hq, task, "--false", "--accountability", "诫勉谈话", "--person", "张某",
                  "--json")
    ok(flagged)
    assert flagged.json["task"]["status"] == "not_done" and flagged.json["task"]["flags"] == 1


def test_review_return_needs_the_flag_and_an_opinion(cli: CliRunner, passphrase_env: str, hq: Path) -> None:
    ok(cli("feedback", "create", hq, "--round", ROUND, "--org", "市住建局", "--findings", CODES[2]))
    usage = cli("rectification", "review", hq, f"{CODES[2]}-1", "--opinion", "x")
    assert usage.code == 2
    early = cli("rectification", "review", hq, CODES[2], "--return", "--opinion", "材料不足")
    assert early.code == 4 and "尚未申请销号" in early.err
    unknown = cli("rectification", "progress", hq, "无此任务", "--text", "x")
    assert unknown.code == 4 and "“无此任务”在本工作区中不存在" in unknown.err
    draft = cli("feedback", "create", hq, "--round", ROUND, "--org", "市水利局", "--findings", CODES[4])
    assert draft.code == 4 and "只有已签字" in draft.err


def test_handover_receipt_feedback_and_overdue(cli: CliRunner, passphrase_env: str, hq: Path) -> None:
    made = cli("handover", "create", hq, "--kind", "discipline", "--items", CODES[0], CODES[3], "--date",
               "2026-01-05", "--json")
    ok(made)
    row = made.json["handover"]
    assert (row["handover_no"], row["to"], row["deadline"]) == ("YJ-2026-2-1", "市纪委监委", "2026-04-05")
    overdue = cli("handover", "list", hq, "--overdue", "--json")
    assert overdue.json["count"] == 1 and overdue.json["handovers"][0]["colour"] == "red"
    early = cli("handover", "feedback", hq, "YJ-2026-2-1", "--text", "已处理")
    assert early.code == 4 and "还没有回执" in early.err
    ok(cli("handover", "receipt", hq, "YJ-2026-2-1", "--by", "刘某", "--at", "2026-01-06"))
    ok(cli("handover", "feedback", hq, "YJ-2026-2-1", "--text", "已立案2人", "--close"))
    listed = cli("handover", "list", hq, "--json")
    assert listed.json["handovers"][0]["closed"] and listed.json["overdue"] == 0
    dept = cli("handover", "create", hq, "--kind", "department", "--items", CODES[2])
    assert dept.code == 4 and "接收单位" in dept.err
    ok(cli("handover", "create", hq, "--kind", "department", "--to", "市财政局", "--items", CODES[2]))
    assert "共 2 个移交批次" in cli("handover", "list", hq).out


def test_a_team_may_list_but_not_act(cli: CliRunner, passphrase_env: str, team_template: Path,
                                     tmp_path: Path) -> None:
    import shutil

    team = tmp_path / "team"
    shutil.copytree(team_template, team)
    listed = cli("rectification", "list", team, "--json")
    ok(listed)
    assert listed.json["tasks"] == []
    refused = cli("feedback", "create", team, "--round", ROUND, "--org", "市住建局", "--findings", CODES[0])
    assert refused.code in (3, 4)
    flag = cli("rectification", "request-close", team, "x")
    assert flag.code in (3, 4)
    handover = cli("handover", "list", team)
    ok(handover)


def test_a_units_ledger_goes_out_and_comes_back(cli: CliRunner, passphrase_env: str, hq: Path,
                                                tmp_path: Path) -> None:
    from openpyxl import load_workbook

    ok(cli("feedback", "create", hq, "--round", ROUND, "--org", "市住建局", "--findings", CODES[0], CODES[1]))
    out = tmp_path / "台账.xlsx"
    exported = cli("rectification", "export-ledger", hq, "--org", "市住建局", "--out", out, "--json")
    ok(exported)
    assert exported.json["tasks"] == 2
    book = load_workbook(out)
    book.active["H4"], book.active["J5"] = "已部署", "很多"
    book.save(out)
    bad = cli("rectification", "import-ledger", hq, "--org", "市住建局", out)
    assert bad.code == 4 and "第 5 行" in bad.err and "J" in bad.err
    book.active["J5"] = None
    book.save(out)
    good = cli("rectification", "import-ledger", hq, "--org", "市住建局", out, "--json")
    ok(good)
    assert good.json["progress_added"] == 1


def test_proposal_and_common_report(cli: CliRunner, passphrase_env: str, hq: Path, tmp_path: Path) -> None:
    made = cli("handover", "proposal", hq, "--to", "市财政局", "--theme", "special_funds", "--items", CODES[1],
               "--json")
    ok(made)
    assert made.json["handover"]["theme_label"] == "专项资金管理使用"
    assert made.json["handover"]["handover_kind"] == "proposal"
    out = tmp_path / "通报.txt"
    report = cli("handover", "common-report", hq, "--out", out, "--json")
    ok(report)
    assert report.json["problems"] == 0 and out.exists()


def test_a_second_task_and_the_units_plan(cli: CliRunner, passphrase_env: str, hq: Path, tmp_path: Path) -> None:
    early = cli("rectification", "add-task", hq, CODES[0], "--measures", "长效机制", "--type", "long_term")
    assert early.code == 4 and "尚未反馈" in early.err
    ok(cli("feedback", "create", hq, "--round", ROUND, "--org", "市住建局", "--findings", CODES[0]))
    second = cli("rectification", "add-task", hq, CODES[0], "--measures", "长效机制", "--type", "long_term", "--json")
    ok(second)
    assert second.json["task"]["task"] == f"{CODES[0]}-2" and second.json["task"]["type_label"] == "长期坚持"
    plan = tmp_path / "整改方案.pdf"
    plan.write_bytes(b"%PDF-1.4\nplan\n%%EOF\n")
    ok(cli("rectification", "milestone", hq, "--org", "市住建局", "--kind", "plan", "--file", plan))
    shown = cli("rectification", "show", hq, f"{CODES[0]}-1", "--json").json
    [plan_row] = [m for m in shown["milestones"] if m["kind"] == "plan"]
    assert plan_row["submitted_on"] and plan_row["documents"] == ["证1 整改方案.pdf"]
    assert len(shown["tasks"]) == 2


def test_settings_of_the_warning_window_and_the_feedback_months(cli: CliRunner, passphrase_env: str,
                                                                 hq: Path) -> None:
    shown = cli("rectification", "settings", hq, "--json")
    ok(shown)
    assert shown.json == {"warn_days": 15, "handover_months": 3}
    ok(cli("rectification", "settings", hq, "--warn-days", "10", "--handover-months", "2"))
    assert cli("rectification", "settings", hq, "--json").json == {"warn_days": 10, "handover_months": 2}
    bad = cli("rectification", "settings", hq, "--warn-days", "500")
    assert bad.code == 4 and "1 至 90" in bad.err


CLUE_SECRET = "某局长违规收受礼金"


@pytest.fixture
def hq_with_clues(tmp_path: Path) -> Path:
    from sqlalchemy import select

    from models.entities import Assignment
    from services.accounts import add_user
    from services.clues import create_clue
    from tests.cli.conftest import MEMBER_PASSPHRASE

    path = tmp_path / "hq"
    ws = create_workspace(path, user_name="王主任", role=Role.HQ_ADMIN, passphrase=PASSPHRASE, kind=WorkspaceKind.HQ)
    try:
        made = rect_round(ws)
        with ws.read() as session:
            assignment = session.scalars(select(Assignment.id).where(Assignment.org_id == made.housing)).one()
        for person in ("钱某", "孙某"):
            create_clue(ws, {"assignment_id": assignment, "clue_name": f"关于{person}{CLUE_SECRET}",
                             "reflected_person_name": person, "problem_text": CLUE_SECRET,
                             "discipline": ["integrity"]})
        add_user(ws, "李干事", Role.MEMBER, MEMBER_PASSPHRASE)
    finally:
        ws.lock()
    return path


def test_clue_handover_through_the_cli(cli: CliRunner, passphrase_env: str, hq_with_clues: Path) -> None:
    hq = hq_with_clues
    numbers = cli("clues", "list", hq, "--json")
    ok(numbers)
    codes = [c["clue_no"] for c in numbers.json["clues"]]
    made = cli("handover", "clue-create", hq, "--to", "市纪委监委", "--clues", *codes, "--date", "2026-01-05",
               "--json")
    ok(made)
    row = made.json["handover"]
    assert row["handover_no"] == "XS-YJ-2026-2-1" and row["deadline"] == "2026-04-05" and row["clues"] == 2
    assert row["clue_nos"] == codes and made.json["marking"] == "C3"
    assert CLUE_SECRET not in made.out and "钱某" not in made.out  # numbers and counts, never a clue's text
    overdue = cli("handover", "clue-list", hq, "--overdue", "--json")
    ok(overdue)
    assert overdue.json["count"] == 1 and overdue.json["handovers"][0]["colour"] == "red"
    early = cli("handover", "clue-feedback", hq, "XS-YJ-2026-2-1", "--text", "已立案")
    assert early.code == 4, early.err
    late = cli("handover", "clue-receipt", hq, "XS-YJ-2026-2-1", "--by", "陈主任", "--at", "2026-01-04")
    assert late.code == 4, late.err  # received before it was handed over
    ok(cli("handover", "clue-receipt", hq, "XS-YJ-2026-2-1", "--by", "陈主任", "--at", "2026-01-06"))
    ok(cli("handover", "clue-feedback", hq, "XS-YJ-2026-2-1", "--text", "已立案审查", "--close"))
    listed = cli("handover", "clue-list", hq, "--json")
    ok(listed)
    [entry] = listed.json["handovers"]
    assert entry["received_by"] == "陈主任" and entry["closed"] and listed.json["overdue"] == 0
    text = cli("handover", "clue-list", hq)
    ok(text)
    assert "C3" in text.out and "XS-YJ-2026-2-1" in text.out and "共 1 个线索移交" in text.out
    assert CLUE_SECRET not in text.out
    unknown = cli("handover", "clue-receipt", hq, "XS-YJ-2026-2-9", "--by", "陈主任", "--at", "2026-01-06")
    assert unknown.code == 4
    assert cli("handover", "clue-create", hq, "--to", "市纪委监委", "--clues", "无此线索").code == 4


def test_a_member_gets_exit_3_and_no_clue_text(cli: CliRunner, hq_with_clues: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import MEMBER_PASSPHRASE

    monkeypatch.setenv("XUNCHA_PASSPHRASE", PASSPHRASE)
    codes = [c["clue_no"] for c in cli("clues", "list", hq_with_clues, "--json").json["clues"]]
    ok(cli("handover", "clue-create", hq_with_clues, "--to", "市纪委监委", "--clues", codes[0]))
    monkeypatch.setenv("XUNCHA_PASSPHRASE", MEMBER_PASSPHRASE)
    for argv in (("clue-list",), ("clue-list", "--json"), ("clue-create", "--to", "市纪委监委", "--clues", codes[0]),
                 ("clue-receipt", "XS-YJ-2026-2-1", "--by", "x", "--at", "2026-01-06"),
                 ("clue-feedback", "XS-YJ-2026-2-1", "--text", "x")):
        refused = cli("handover", argv[0], hq_with_clues, *argv[1:], "--as", "李干事")
        assert refused.code == 3 and "口令" not in refused.err, (argv, refused.out, refused.err)
        for secret in (CLUE_SECRET, "钱某", "XS-YJ", codes[0]):
            assert secret not in refused.out + refused.err


def test_a_tasks_fields_are_edited_only_where_given(cli: CliRunner, passphrase_env: str, hq: Path) -> None:
    ok(cli("feedback", "create", hq, "--round", ROUND, "--org", "市住建局", "--findings", CODES[0],
           "--deadline", "2026-12-31", "--lead-unit", "市住建局", "--supervisor", "赵副市长"))
    task = f"{CODES[0]}-1"
    edited = cli("rectification", "edit", hq, task, "--measures", "全面排查在建项目", "--deadline", "2027-01-31",
                 "--cooperating", "市财政局", "市审计局", "--json")
    ok(edited)
    row = edited.json["task"]
    assert row["deadline"] == "2027-01-31" and row["supervising_city_leader"] == "赵副市长"
    assert row["lead_unit"] == "市住建局" and edited.json["changed"] == ["cooperating_units", "deadline", "measures"]
    shown = cli("rectification", "show", hq, task, "--json").json["tasks"][0]
    assert shown["measures"] == "全面排查在建项目"
    text = cli("rectification", "edit", hq, task, "--leader", "钱局长")
    ok(text)
    assert "责任领导" in text.out
    cleared = cli("rectification", "edit", hq, task, "--type", "deadline", "--deadline", "", "--json")
    assert cleared.code == 4 and cleared.json["error"] == "invalid_fields"  # 限期整改 needs its deadline
    bad = cli("rectification", "edit", hq, task, "--deadline", "明年")
    assert bad.code == 4
