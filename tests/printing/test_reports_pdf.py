"""Each report printed from the demo round and read back with pdftotext: the summary sentence, the marking and
the page number on every page, no clue text where no clue belongs, one audit event per export, a cancel that leaves
no file, and the charts' numbers equal to the statistics'."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.clue import Clue
from printing.render import render_pdf
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE
from services.errors import CancelledError, InvalidFieldsError, NotPermittedError
from services.excel.styles import MARKINGS
from services.progress import CancelToken
from services.queries.statistics import CHINESE, summary_sentence, team_statistics
from services.reports.charts import dimension_chart, mode_chart, rectification_chart, statistics_charts
from services.reports.document import Document, Heading, Paragraph, Table
from services.reports.exporting import (
    REPORT_EXPORTED,
    Rendered,
    build_report,
    export_report,
)
from services.reports.sources import rectification_figures
from services.workspace import WorkspaceSession, unlock_workspace
from tests.report_fixtures import (
    PREVIOUS_TITLE,
    add_previous_round,
    check_pages,
    copy_demo,
    make_demo_template,
    pdf_pages,
    squash,
)

ADMIN, MEMBER, CLUE_OFFICER = "王主任", "李干事", "赵线索"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory)


@pytest.fixture
def demo(template: Path, tmp_path: Path) -> Path:
    return copy_demo(template, tmp_path)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (the workspace copy lives beside it in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def unlock(demo: Path) -> Iterator:
    opened: list[WorkspaceSession] = []

    def open_as(name: str) -> WorkspaceSession:
        ws = unlock_workspace(demo, DEMO_PASSPHRASE, name, clock=FakeClock())
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        ws.lock()


def clue_texts(ws: WorkspaceSession) -> list[str]:
    """Words only a clue carries: its number and its name (关于……的问题线索)."""
    with ws.read() as session:
        rows = session.execute(select(Clue.clue_no, Clue.clue_name)).all()
    assert len(rows) == 26
    return [text for row in rows for text in row]


def clue_numbers_and_people(ws: WorkspaceSession) -> list[str]:
    """What fits one line of a handover list's cell (a long clue name wraps, and pdftotext reads a wrapped table
    cell interleaved with its neighbours)."""
    with ws.read() as session:
        rows = session.execute(select(Clue.clue_no, Clue.reflected_person_name)).all()
    return [text for row in rows for text in row]


def exports(ws: WorkspaceSession, action: str) -> list[dict]:
    """The details of the audit events ``action``, oldest first."""
    with ws.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))
        return [json.loads(event.detail_json) for event in events]


def test_round_summary_of_a_clue_role_carries_the_sentence_clue_figures_and_c3_marking(unlock, tmp_path) -> None:
    ws = unlock(ADMIN)
    report = export_report(ws, "round-summary", tmp_path / "summary", render_pdf)
    assert report.path == tmp_path / "summary.pdf" and report.path.read_bytes().startswith(b"%PDF-")
    pages = pdf_pages(report.path)
    assert report.pages == len(pages) > 3
    check_pages(pages, MARKINGS["C3"])
    text = squash("".join(pages))
    sentence = summary_sentence(team_statistics(ws, report.round_id), CHINESE)
    assert sentence == ("对12个单位开展常规巡察，发现问题398个、问题线索18条；"
                        "对1个乡镇、9个村开展提级巡察，发现问题172个、问题线索8条。")
    assert squash(sentence) in text
    assert "问题线索数" in text and "导出人：王主任（巡察办管理员）" in text
    for section in ("一、总体情况", "二、分单位情况", "三、分类别情况", "四、专题情况", "五、重点问题", "六、整改情况",
                    "七、与上一轮巡察比较"):
        assert section in text
    assert len(exports(ws, REPORT_EXPORTED)) == 1


def test_a_members_round_summary_has_no_clue_figure_and_the_ordinary_marking(unlock, tmp_path) -> None:
    officer_texts = clue_texts(unlock(CLUE_OFFICER))
    ws = unlock(MEMBER)
    report = export_report(ws, "round-summary", tmp_path / "member.pdf", render_pdf)
    pages = pdf_pages(report.path)
    check_pages(pages, MARKINGS["C2"])
    text = squash("".join(pages))
    assert squash("对12个单位开展常规巡察，发现问题398个；对1个乡镇、9个村开展提级巡察，发现问题172个。") in text
    assert "线索" not in text  # neither the figures nor the clue marking
    assert not [t for t in officer_texts if squash(t) in text]


@pytest.mark.parametrize("kind, marking", [("findings", "C2"), ("rectification", "C1")])
def test_lists_carry_no_clue_text_even_for_a_clue_role(unlock, tmp_path, kind: str, marking: str) -> None:
    ws = unlock(ADMIN)
    texts = clue_texts(ws)
    report = export_report(ws, kind, tmp_path / f"{kind}.pdf", render_pdf)
    pages = pdf_pages(report.path)
    check_pages(pages, MARKINGS[marking])
    text = squash("".join(pages))
    assert "问题线索" not in text and not [t for t in texts if squash(t) in text]
    if kind == "findings":
        assert report.rows == 570 and "[2026]3巡-4组-172号" in text  # every problem, the last one too
        assert squash("对12个单位开展常规巡察，发现问题398个；对1个乡镇、9个村开展提级巡察，发现问题172个。") in text
    else:
        assert report.rows == rectification_figures(ws, report.round_id, FakeClock().now().date()).items > 0
    [event] = exports(ws, REPORT_EXPORTED)
    assert event["kind"] == kind and event["pages"] == len(pages) and event["marking"] == MARKINGS[marking]
    assert event["path"] == str(report.path) and event["rows"] == report.rows


def test_the_clue_handover_list_is_for_clue_roles_only(unlock, tmp_path) -> None:
    member = unlock(MEMBER)
    with pytest.raises(NotPermittedError):
        export_report(member, "clue-handover", tmp_path / "no.pdf", render_pdf)
    assert not (tmp_path / "no.pdf").exists()
    officer = unlock(CLUE_OFFICER)
    report = export_report(officer, "clue-handover", tmp_path / "clues.pdf", render_pdf)
    pages = pdf_pages(report.path)
    check_pages(pages, MARKINGS["C3"])
    text = squash("".join(pages))
    assert report.rows == 26 and all(squash(t) in text for t in clue_numbers_and_people(officer))
    assert "移交人（签字）" in text
    events = exports(officer, "clue_list_exported")
    assert events[-1]["kind"] == "clue-handover" and events[-1]["rows"] == 26
    assert not [t for t in clue_texts(officer) if t in json.dumps(events[-1], ensure_ascii=False)]  # no clue content


def test_a_cancelled_export_leaves_no_file_and_no_event(unlock, out) -> None:
    ws = unlock(ADMIN)
    token = CancelToken()
    seen: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        seen.append(stage)
        if stage == "report_pages" and done == 2:
            token.cancel()  # half-way through painting

    with pytest.raises(CancelledError):
        export_report(ws, "findings", out / "cancelled.pdf", render_pdf, progress=progress, cancel=token)
    assert list(out.iterdir()) == [] and "report_layout" in seen and "report_write" not in seen
    assert exports(ws, REPORT_EXPORTED) == []


def test_a_failed_rename_leaves_no_file_and_no_event(unlock, out, monkeypatch) -> None:
    ws = unlock(ADMIN)
    import services.reports.exporting as exporting

    def refuse(*_args: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(exporting.os, "replace", refuse)
    with pytest.raises(InvalidFieldsError):
        export_report(ws, "round-summary", out / "x.pdf", render_pdf)
    assert list(out.iterdir()) == [] and exports(ws, REPORT_EXPORTED) == []


def test_no_plaintext_goes_to_the_temporary_folder(unlock, tmp_path, monkeypatch) -> None:
    ws = unlock(ADMIN)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    out = tmp_path / "out"
    out.mkdir()
    export_report(ws, "findings", out / "list.pdf", render_pdf)
    assert list(scratch.iterdir()) == [] and [p.name for p in out.iterdir()] == ["list.pdf"]


def test_the_target_may_not_be_inside_the_workspace_nor_replace_a_file_unasked(unlock, demo, tmp_path) -> None:
    ws = unlock(ADMIN)
    with pytest.raises(InvalidFieldsError):
        export_report(ws, "findings", demo / "inside.pdf", render_pdf)
    (tmp_path / "there.pdf").write_bytes(b"keep")
    with pytest.raises(InvalidFieldsError):
        export_report(ws, "findings", tmp_path / "there.pdf", render_pdf, overwrite=False)
    assert (tmp_path / "there.pdf").read_bytes() == b"keep"


def test_the_charts_numbers_are_the_statistics_numbers(unlock) -> None:
    ws = unlock(ADMIN)
    stats = team_statistics(ws)
    units = dimension_chart(stats, "org")
    assert units.values == [t.findings for t in stats.dimensions["org"]] and units.total == stats.findings == 570
    assert [bar.key for bar in units.bars] == [t.key for t in stats.dimensions["org"]]
    assert [bar.share for bar in units.bars] == pytest.approx([t.findings / 570 for t in stats.dimensions["org"]])
    assert sum(bar.share for bar in units.bars) == pytest.approx(1.0)
    categories = dimension_chart(stats, "category_l1")
    assert categories.values == [t.findings for t in stats.dimensions["category_l1"] if t.findings]
    modes = mode_chart(stats)
    assert [(bar.key, bar.value) for bar in modes.bars] == [("routine", 398), ("upgraded", 172)]
    assert modes.bars[1].share == pytest.approx(172 / 570)  # scaled to the whole, not to the largest bar
    rect = rectification_figures(ws, None, FakeClock().now().date())
    chart = rectification_chart(rect)
    assert chart.total == rect.items > 0 and sum(chart.values) == rect.items
    assert dict(zip((b.key for b in chart.bars), chart.values, strict=True)) == \
        {code: n for code, n in rect.by_status.items() if n}
    assert [c.key for c in statistics_charts(stats, rect)] == ["org", "category_l1", "mode", "rectification"]


def test_the_report_draws_the_statistics_charts(unlock) -> None:
    ws = unlock(ADMIN)
    document = build_report(ws, "round-summary")
    stats = team_statistics(ws, document.round_id)
    drawn = {block.key: block for block in document.blocks if hasattr(block, "bars")}
    assert drawn["org"] == dimension_chart(stats, "org") and drawn["mode"] == mode_chart(stats)
    assert drawn["category_l1"] == dimension_chart(stats, "category_l1")


def test_a_round_by_title_and_an_unknown_round(unlock) -> None:
    ws = unlock(ADMIN)
    assert build_report(ws, "findings", "十三届市委第三轮巡察（演示数据）").rows == 570
    with pytest.raises(InvalidFieldsError):
        build_report(ws, "findings", "十三届市委第九轮巡察")


def test_a_renderer_gets_the_document_and_the_cancel_token(unlock, tmp_path) -> None:
    """The service is Qt-free: any renderer will do (here a fake one); the bytes land atomically."""
    ws = unlock(MEMBER)
    seen: list[Document] = []

    def fake(document: Document, progress: object, cancel: CancelToken) -> Rendered:
        seen.append(document)
        return Rendered(b"%PDF-1.4 fake", 1)

    report = export_report(ws, "rectification", tmp_path / "fake.pdf", fake)
    assert report.path.read_bytes() == b"%PDF-1.4 fake" and seen[0].marking == MARKINGS["C1"]
    assert re.search(r"导出人：李干事（组员）　导出时间：\d{4}-\d\d-\d\d \d\d:\d\d", seen[0].exported_by)
    assert seen[0].watermark == "李干事"


# ---- the previous round (item 4: the committee hears last round's rectification with this round's findings) ----


def comparison_of(document: Document) -> tuple[list[str], Table]:
    """The paragraphs and the table under 与上一轮巡察比较 (the last section)."""
    start = next(i for i, block in enumerate(document.blocks)
                 if isinstance(block, Heading) and block.text.endswith("与上一轮巡察比较"))
    section = document.blocks[start + 1:]
    paragraphs = [block.text for block in section if isinstance(block, Paragraph)]
    [table] = [block for block in section if isinstance(block, Table)]
    return paragraphs, table


def test_the_round_summary_compares_with_the_previous_round(unlock, out) -> None:
    ws = unlock(ADMIN)
    previous_id = add_previous_round(ws)
    document = build_report(ws, "round-summary")  # the newest round is still the default
    current = team_statistics(ws, document.round_id)
    assert document.round_title == "十三届市委第三轮巡察（演示数据）" and current.findings == 570
    rect = rectification_figures(ws, document.round_id, FakeClock().now().date())
    [text], table = comparison_of(document)
    assert text.startswith(f"与上一轮（{PREVIOUS_TITLE}）相比：被巡察单位22个（上一轮2个），"
                           "发现问题570个（上一轮5个，增加565个）。")
    assert f"整改完成率{100 * rect.completed / rect.items:.1f}%（上一轮75.0%，上一轮整改任务4项、已完成3项）" in text
    rows = {row[0]: row[1:] for row in table.rows}
    by_name = {t.name: t.findings for t in current.dimensions["category_l1"]}
    assert rows["落实全面从严治党战略部署情况"] == (str(by_name["落实全面从严治党战略部署情况"]), "33.5%", "3", "60.0%",
                                                   f"{by_name['落实全面从严治党战略部署情况'] - 3:+d}")
    assert rows["落实新时代党的组织路线情况"][2:] == ("1", "20.0%", f"{by_name['落实新时代党的组织路线情况'] - 1:+d}")
    assert rows["落实意识形态工作责任制情况"] == ("0", "0.0%", "1", "20.0%", "-1")  # only the previous round had it
    assert list(rows)[:len(by_name)] == list(by_name)  # this round's categories first, in its order
    assert table.total == ("合计", "570", "", "5", "", "+565")
    # the same words in the PDF, and the previous round's own report has nothing earlier to compare with
    report = export_report(ws, "round-summary", out / "summary.pdf", render_pdf)
    assert squash("发现问题570个（上一轮5个，增加565个）") in squash("".join(pdf_pages(report.path)))
    earlier = build_report(ws, "round-summary", previous_id)
    assert earlier.round_title == PREVIOUS_TITLE
    assert "本工作区没有更早一轮巡察的数据，暂不作比较。" in earlier.text()
    assert "整改任务4项" in earlier.text() and "整改完成率75.0%" in earlier.text()
    # rectification's close-out steps (issue 12) in the figures: a pending 申请销号, a 敷衍整改 finding
    assert "已申请销号、待审核的1项。" in earlier.text()
    assert "经核查认定敷衍整改1处（涉及整改任务1项），均已追责问责。" in earlier.text()
    figures = rectification_figures(ws, previous_id, FakeClock().now().date())
    assert (figures.closure_pending, figures.flagged, figures.flags) == (1, 1, {"perfunctory": 1})
    # the demo round has its own (services/demo/rectification.py: two requests waiting, a perfunctory and a false)
    assert "已申请销号、待审核的" in document.text() and "经核查认定敷衍整改1处、虚假整改1处" in document.text()


def test_without_an_earlier_round_the_summary_says_so(unlock) -> None:
    document = build_report(unlock(MEMBER), "round-summary")
    assert "七、与上一轮巡察比较\n本工作区没有更早一轮巡察的数据，暂不作比较。" in document.text()
