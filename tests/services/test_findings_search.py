"""Findings search and filters on the real encrypted demo workspace (570 findings), checked against Python.

Every query's answer is compared with the same question answered by reading all findings in Python, so a
search or filter that drops or adds a finding shows up whatever the demo's random data holds.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from models import keystore
from models.entities import Finding, InspectedOrg, TaxonomyNode
from models.migrate import MAIN_SCRIPTS, _config
from services.clock import FakeClock
from services.demo import DEMO_PASSPHRASE, create_demo_workspace
from services.queries.finding_choices import filter_choices
from services.queries.finding_search import fts_phrase, search_terms
from services.queries.findings import FindingFilter, finding_count, finding_ids
from services.verify import verify_workspace
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import TEST_KDF
from tests.models.test_migrations import FIRST_MAIN_REVISION, FIXTURE, FIXTURE_PASSPHRASE


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "hq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "DEFAULT_KDF", TEST_KDF)
        create_demo_workspace(path, clock=FakeClock())
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[WorkspaceSession]:
    """The demo, unlocked once for the read-only tests of this module."""
    ws = unlock_workspace(demo_path, DEMO_PASSPHRASE, clock=FakeClock())
    yield ws
    ws.lock()


@pytest.fixture
def demo_copy(demo_path: Path, tmp_path: Path) -> Iterator[WorkspaceSession]:
    """A copy of the demo to change."""
    path = Path(shutil.copytree(demo_path, tmp_path / "demo"))
    ws = unlock_workspace(path, DEMO_PASSPHRASE, clock=FakeClock())
    yield ws
    ws.lock()


@pytest.fixture(scope="module")
def everything(demo: WorkspaceSession) -> list[Finding]:
    with demo.read() as session:
        return list(session.scalars(select(Finding).where(Finding.is_deleted.is_(False))))


def texts(finding: Finding) -> list[str]:
    names = [p.get("name", "") if isinstance(p, dict) else str(p) for p in finding.persons_involved or []]
    return [finding.title, finding.description or "", finding.legal_basis or "", " ".join(names)]


def expected(findings: list[Finding], keep: Callable[[Finding], bool]) -> set[str]:
    return {f.id for f in findings if keep(f)}


def holds_all(query: str) -> Callable[[Finding], bool]:
    terms = query.split()
    return lambda f: all(any(term in field for field in texts(f)) for term in terms)


def found(ws: WorkspaceSession, **criteria: object) -> set[str]:
    wanted = FindingFilter(**criteria)  # type: ignore[arg-type]
    ids = finding_ids(ws, wanted)
    assert len(ids) == len(set(ids)) == finding_count(ws, wanted)
    return set(ids)


# ---- search ----

@pytest.mark.parametrize("query", ["专项资金", "违规发放", "三重一大", "“第一议题”", "资金", "补贴", "资", "村",
                                   "违规 资金", "资金 村", "集体 决策 问题", "%", "万元 %"])
def test_search_finds_exactly_the_findings_that_hold_every_term(demo, everything, query) -> None:
    wanted = expected(everything, holds_all(query))
    assert found(demo, search=query) == wanted
    assert wanted or query == "%"  # the demo holds each of these (the oracle is not trivially empty)


def test_search_of_a_person_involved_finds_their_findings(demo, everything) -> None:
    name = everything[0].persons_involved[1]["name"]
    assert everything[0].id in found(demo, search=name)
    assert found(demo, search=name) == expected(everything, holds_all(name))


def test_what_is_not_there_is_not_found(demo) -> None:
    assert found(demo, search="量子纠缠通信卫星") == set()
    assert found(demo, search="资金 量子纠缠") == set()
    assert found(demo, search="龘") == set() and found(demo, search="龘龘") == set()


@pytest.mark.parametrize("query", ['"', '""', "AND", "OR", "NOT", "*", "资金*", "NEAR(资金", "title:资金", "^资金",
                                   "(资金)", "_", "\\", "资金 \" AND *", "a'b", "-", "资金 OR 补贴"])
def test_search_syntax_in_the_input_is_text_not_a_query(demo, everything, query) -> None:
    assert found(demo, search=query) == expected(everything, holds_all(query))


def test_search_terms_and_quoting() -> None:
    assert search_terms("  资金\u3000补贴  资金 ") == ["资金", "补贴"]
    assert search_terms(None) == [] and search_terms("   ") == []
    assert fts_phrase('a"b') == '"a""b"'
    assert search_terms("资\x00金\x1f补贴") == ["资金", "补贴"]  # control characters never reach the index


def test_an_edited_finding_is_found_by_its_new_words_and_a_deleted_one_not_at_all(demo_copy) -> None:
    ws = demo_copy
    first, second = finding_ids(ws)[:2]
    with ws.write() as tx:
        tx.update(tx.session.get(Finding, first), description="账外设立甲乙丙丁小金库")
    assert found(ws, search="甲乙丙丁") == {first} and found(ws, search="甲乙") == {first}
    with ws.write() as tx:
        tx.update(tx.session.get(Finding, first), description="戊己庚辛违规列支", title="新标题壬癸")
    assert found(ws, search="甲乙丙丁") == set() and found(ws, search="甲乙") == set()
    assert found(ws, search="戊己庚辛") == {first} and found(ws, search="壬癸") == {first}
    with ws.write() as tx:
        tx.update(tx.session.get(Finding, second), persons_involved=[{"name": "欧阳子墨", "post": "出纳"}, "司马"])
    assert found(ws, search="欧阳子墨") == {second} and found(ws, search="司马") == {second}

    total = finding_count(ws)
    with ws.write() as tx:
        tx.delete(tx.session.get(Finding, first), reason="重复登记")
    assert found(ws, search="戊己庚辛") == set() and found(ws, search="壬癸") == set()
    assert first not in finding_ids(ws) and finding_count(ws) == total - 1
    with ws.write() as tx:
        tx.undelete(tx.session.get(Finding, first))
    assert found(ws, search="戊己庚辛") == {first} and finding_count(ws) == total
    with ws.write() as tx:
        tx.delete(tx.session.get(Finding, first), reason="重复登记")
    assert found(ws, search="壬癸") == set()
    with ws.read() as session:
        indexed = session.scalar(text("SELECT count(*) FROM finding_search_key"))
    assert indexed == total - 1
    assert verify_workspace(ws).ok  # integrity_check also checks the FTS5 index against its content


# ---- filters ----

def test_each_filter_keeps_exactly_the_findings_it_names(demo, everything) -> None:
    choices = filter_choices(demo)
    with demo.read() as session:
        levels = dict(session.execute(select(InspectedOrg.id, InspectedOrg.level)).all())
        nodes = {node.id: node for node in session.scalars(select(TaxonomyNode))}
    org = max(choices.orgs, key=lambda o: o.findings)
    assert found(demo, org_ids=(org.id,)) == expected(everything, lambda f: f.org_id == org.id)
    assert len(found(demo, org_ids=(org.id,))) == org.findings
    for level in choices.levels:
        assert found(demo, org_level=level) == expected(everything, lambda f, lv=level: levels[f.org_id] == lv)

    def under(node_id: str | None, top: str) -> bool:
        while node_id is not None:
            if node_id == top:
                return True
            node_id = nodes[node_id].parent_id
        return False

    tops = [c for c in choices.categories if c.level == 1]
    assert len(tops) >= 8
    for category in tops + [c for c in choices.categories if c.level == 2][:5]:
        wanted = expected(everything, lambda f, c=category.id: under(f.category_id, c))
        assert found(demo, category_id=category.id) == wanted
    assert sum(len(found(demo, category_id=c.id)) for c in tops) == len(everything)

    for tag in choices.tags:
        wanted = expected(everything, lambda f, t=tag.value: t in f.discipline_tags or t in f.other_tags)
        assert wanted and found(demo, tag=tag.value) == wanted
    for status in {f.status for f in everything}:
        assert found(demo, statuses=(status,)) == expected(everything, lambda f, s=status: f.status == s)
    assert found(demo, statuses=("draft", "closed", "reviewed")) == expected(
        everything, lambda f: f.status in ("draft", "closed", "reviewed"))


def test_dates_amounts_and_flags(demo, everything) -> None:
    start, end = date(2026, 3, 20), date(2026, 4, 10)
    assert found(demo, discovered_from=start, discovered_to=end) == expected(
        everything, lambda f: f.discovered_at is not None and start <= f.discovered_at <= end)
    assert found(demo, discovered_from=end) == expected(everything, lambda f: f.discovered_at is not None
                                                        and f.discovered_at >= end)
    low, high = Decimal("10"), Decimal("50.5")
    between = found(demo, amount_min=low, amount_max=high)
    assert between and between == expected(everything, lambda f: f.amount_involved is not None
                                           and low <= f.amount_involved <= high)
    assert found(demo, amount_min=Decimal("0.01")) == expected(everything, lambda f: bool(f.amount_involved))
    for flag in ("is_key", "is_common", "immediate_fix"):
        for value in (True, False):
            assert found(demo, **{flag: value}) == expected(everything, lambda f, n=flag, v=value:
                                                               getattr(f, n) is v)


def test_filters_and_search_combine(demo, everything) -> None:
    org = max(filter_choices(demo).orgs, key=lambda o: o.findings)
    wanted = expected(everything, lambda f: f.org_id == org.id and f.is_key and holds_all("问题")(f))
    assert found(demo, org_ids=(org.id,), is_key=True, search="问题") == wanted
    assert FindingFilter().is_empty and not FindingFilter(search=" x").is_empty
    assert FindingFilter(search="资金", is_key=True, statuses=("draft",)).active_count() == 3


def test_sorting_a_filtered_list_stays_in_sql(demo) -> None:
    ids = finding_ids(demo, FindingFilter(search="资金"), sort="amount", descending=True)
    with demo.read() as session:
        amounts = [session.get(Finding, i).amount_involved for i in ids]  # type: ignore[union-attr]
    known = [a for a in amounts if a is not None]
    assert known == sorted(known, reverse=True)


# ---- the migration ----

def test_the_first_schema_fixture_is_indexed_when_it_migrates(tmp_path: Path) -> None:
    copy = Path(shutil.copytree(FIXTURE, tmp_path / "ws"))
    ws = unlock_workspace(copy, FIXTURE_PASSPHRASE)
    try:
        assert len(found(ws, search="津补贴")) == 1 and len(found(ws, search="补贴")) == 1
        assert found(ws, search="FIXTURE-CLUE-MARKER") == set()  # clues are never in the findings' index
        assert verify_workspace(ws).ok
    finally:
        ws.lock()


def test_an_existing_demo_workspace_is_backfilled(demo_path: Path, tmp_path: Path) -> None:
    path = Path(shutil.copytree(demo_path, tmp_path / "old"))
    ws = unlock_workspace(path, DEMO_PASSPHRASE, clock=FakeClock())
    with ws.engine.begin() as connection:  # back to the schema before the index, as an older program left it
        command.downgrade(_config(MAIN_SCRIPTS, connection), FIRST_MAIN_REVISION)
        tables = set(connection.scalars(text("SELECT name FROM sqlite_master")))
    assert "finding_fts" not in tables and "finding_search_key" not in tables
    ws.lock()

    ws = unlock_workspace(path, DEMO_PASSPHRASE, clock=FakeClock())
    try:
        with ws.read() as session:
            live = session.scalar(text("SELECT count(*) FROM finding WHERE is_deleted = 0"))
            indexed = session.scalar(text("SELECT count(*) FROM finding_search_key"))
        assert live == indexed == 570
        assert found(ws, search="专项资金") and found(ws, search="补贴")
        assert verify_workspace(ws).ok
    finally:
        ws.lock()
