"""Excel import of a 20,000-row findings ledger vs a bare openpyxl read_only pass over the same file.

The import is everything a person waits for: reading and checking every row (plan_import) and writing it in
one transaction (apply_import, WriteTx.insert_many, creating the round, team and units). The bare pass is
``load_workbook(read_only=True)`` and ``iter_rows(values_only=True)`` doing nothing with the values. Peak
memory is measured in separate runs under tracemalloc (it slows both), times without it. Aim: < 1.5x.
"""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from benchmarks.harness import Options, benchmark, rate, row, timed
from benchmarks.workload import new_workspace
from services.excel.columns import FINDINGS

LEDGER_ROWS = 20_000
UNITS = ("市财政局", "市民政局", "市教育局", "市卫生健康委", "市住房和城乡建设局", "市交通运输局", "市水利局",
         "市农业农村局", "市自然资源和规划局", "市市场监督管理局", "市人力资源和社会保障局", "市生态环境局")
CATEGORIES = (("A", "A1"), ("B", "B1"), ("B", "B2"), ("C", "C1"), ("D", "D1"))


def build_ledger(path: Path, rows: int) -> Path:
    """A 巡察发现问题清单 with every official column, values display-formatted as teams type them."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("问题清单")
    ws.append(["十三届市委第三轮巡察发现问题清单"])
    headers = [c.header for c in FINDINGS.columns]
    ws.append(headers)
    for n in range(1, rows + 1):
        unit = UNITS[n % len(UNITS)]
        l1, l2 = CATEGORIES[n % len(CATEGORIES)]
        values = {
            "seq": n, "term_no": "第13届", "year": "2026年", "round_no": "第3轮", "team_no": "第2组", "org_name": unit,
            "org_level": "市直单位", "code": f"[2026]3巡-2组-{n}号",
            "title": f"{unit}专项资金审核把关不严问题（第{n}项）",
            "description": f"2025年1月至2025年12月，{unit}在审核发放专项资金过程中未严格核对申报材料，"
                           f"向{n % 9 + 2}名不符合条件的对象发放资金{n % 50 + 3}.5万元，其中{n % 3 + 1}笔系重复申报。",
            "legal_basis": "《财政违法行为处罚处分条例》第六条", "category_l1": l1, "category_l2": l2,
            "discipline_tags": "廉洁纪律、工作纪律", "other_tags": "专项资金", "is_key": "是" if n % 4 == 0 else "否",
            "is_common": "√" if n % 5 == 0 else "×", "source_method": "调阅资料",
            "amount_involved": f"{n % 50 + 3}.5万元",
            "occurred_from": date(2025, 1, 1) + timedelta(days=n % 300), "location": f"{unit}财务科",
            "responsibility_analysis": f"{unit}党组负主体责任", "discovered_by": "李组员", "discovered_at": "2026.3.5",
            "immediate_fix": "否",
        }
        ws.append([values.get(c.key) for c in FINDINGS.columns])
    wb.save(path)
    last = f"{chr(64 + len(headers))}{rows + 2}" if len(headers) <= 26 else f"A{chr(64 + len(headers) - 26)}{rows + 2}"
    _declare_dimension(path, f"A1:{last}")  # as Excel writes it; openpyxl's write_only mode leaves it out
    return path


def _declare_dimension(path: Path, ref: str) -> None:
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    xml = re.sub(r"<dimension [^>]*/>", "", parts[sheet].decode())
    parts[sheet] = xml.replace("<sheetData", f'<dimension ref="{ref}"/><sheetData', 1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def bare_pass(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for _ in wb.worksheets[0].iter_rows(values_only=True):
        count += 1
    wb.close()
    return count


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


@dataclass
class ExcelImport:
    name: str
    rows: int
    size_kib: float
    bare_s: float
    plan_s: float
    apply_s: float
    bare_mib: float
    import_mib: float
    no_fts_s: float  # the same import into a scratch workspace without the findings search trigger

    @property
    def ratio(self) -> float:
        return (self.plan_s + self.apply_s) / self.bare_s

    def lines(self) -> list[str]:
        total = self.plan_s + self.apply_s
        return [
            row("ledger", f"{self.rows:,} findings x {len(FINDINGS.columns)} columns, {self.size_kib:,.0f} KiB"),
            row("bare openpyxl read_only pass", f"{self.bare_s:8.2f} s  {rate(self.rows, self.bare_s)}"),
            row("import: read + check (plan)", f"{self.plan_s:8.2f} s"),
            row("import: write, one transaction", f"{self.apply_s:8.2f} s"),
            row("import total", f"{total:8.2f} s  {rate(self.rows, total)}"),
            row("RATIO import / bare pass", f"{self.ratio:8.2f}x the time (aim < 1.5x)"),
            row("peak memory bare / import", f"{self.bare_mib:6.1f} MiB / {self.import_mib:6.1f} MiB (tracemalloc)"),
            row("import without the FTS5 trigger", f"{self.no_fts_s:8.2f} s  "
                f"= {self.no_fts_s / self.bare_s:.2f}x the bare pass (what the search index costs)"),
        ]


@benchmark("excel_import")
def excel_import(options: Options) -> ExcelImport:
    from services.excel.importing import apply_import, plan_import

    rows = LEDGER_ROWS if not options.quick else 4_000
    path = build_ledger(options.workdir / "ledger.xlsx", rows)
    assert bare_pass(path) == rows + 2
    bare_s = timed(lambda: bare_pass(path))
    ws = new_workspace(options.workdir / "import")
    try:
        holder: dict[str, object] = {}
        plan_s = timed(lambda: holder.setdefault("plan", plan_import(ws, path)))
        plan = holder["plan"]
        assert plan.ok(True), plan.problems(True)[:3]  # type: ignore[attr-defined]
        apply_s = timed(lambda: apply_import(ws, plan, create_missing=True))  # type: ignore[arg-type]
        assert plan_import(ws, path).counts()["unchanged"] == rows
    finally:
        ws.lock()
    bare_mib = peak_mib(lambda: bare_pass(path))
    ws2 = new_workspace(options.workdir / "import-mem")
    try:
        import_mib = peak_mib(lambda: apply_import(ws2, plan_import(ws2, path), create_missing=True))
    finally:
        ws2.lock()
    ws3 = new_workspace(options.workdir / "import-no-fts")
    try:
        with ws3.write() as tx:  # a scratch workspace only: the findings search index is another feature's cost
            tx.session.execute(text("DROP TRIGGER IF EXISTS finding_search_ai"))
        no_fts_s = timed(lambda: apply_import(ws3, plan_import(ws3, path), create_missing=True))
    finally:
        ws3.lock()
    return ExcelImport("excel_import", rows, path.stat().st_size / 1024, bare_s, plan_s, apply_s, bare_mib,
                       import_mib, no_fts_s)
