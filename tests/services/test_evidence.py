"""Evidence: files stream into encrypted, content-addressed blobs and come back byte for byte."""

from __future__ import annotations

import os
import secrets
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.audit import AuditEvent
from models.enums import Role
from models.finding import Blob, BlobChunk, Evidence, Finding
from models.registers import Interview
from services.accounts import add_user
from services.errors import CancelledError, InvalidFieldsError, NotPermittedError, VerificationFailedError
from services.evidence import (
    attach_evidence,
    attach_files,
    evidence_item,
    find_evidence,
    iter_evidence,
    list_evidence,
    open_evidence_bytes,
    remove_evidence,
    save_evidence_copy,
    update_evidence,
)
from services.evidence_store import CHUNK_BYTES, _PageCounter
from services.progress import CancelToken
from services.workspace import WorkspaceSession, unlock_workspace
from tests.conftest import PASSPHRASE
from tests.ui.data import populate

MiB = 1024 * 1024


def first_finding(ws: WorkspaceSession) -> str:
    with ws.read() as session:
        return session.scalars(select(Finding.id).order_by(Finding.seq_no)).first()  # type: ignore[return-value]


@pytest.fixture
def finding_id(team_ws: WorkspaceSession) -> str:
    populate(team_ws, findings=2)
    return first_finding(team_ws)


def write_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def marked_bytes(marker: bytes, size: int) -> bytes:
    """Random bytes with ``marker`` at the start, in the middle and across a chunk border."""
    body = bytearray(os.urandom(size))
    for at in (0, size // 2, CHUNK_BYTES - len(marker) // 2):
        if at + len(marker) <= size:
            body[at:at + len(marker)] = marker
    return bytes(body)


def test_small_file_round_trip(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    source = write_file(tmp_path / "现场照片.png", b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    evidence_id = attach_evidence(team_ws, "finding", finding_id, source)
    item = evidence_item(team_ws, evidence_id)
    assert (item.evidence_no, item.evidence_type, item.title, item.mime) == ("证1", "photo", "现场照片", "image/png")
    assert item.collected_by == "张组长" and item.size == source.stat().st_size
    assert open_evidence_bytes(team_ws, evidence_id) == source.read_bytes()
    with team_ws.read() as session:
        row = session.get(Evidence, evidence_id)
        assert row is not None and row.finding_id == finding_id and row.scope_team_id


def test_multi_chunk_round_trip_and_copy(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK_BYTES + 12345)
    source = write_file(tmp_path / "凭证.pdf", b"%PDF-1.4\n" + data)
    seen: list[tuple[str, int, int]] = []
    evidence_id = attach_evidence(team_ws, "finding", finding_id, source,
                                  progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert {stage for stage, _, _ in seen} == {"evidence_read", "evidence_store"}
    assert b"".join(iter_evidence(team_ws, evidence_id)) == source.read_bytes()
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 4
    target = save_evidence_copy(team_ws, evidence_id, tmp_path / "out" / ".." / "copy.pdf")
    assert target.read_bytes() == source.read_bytes()
    assert evidence_item(team_ws, evidence_id).evidence_type == "voucher"


def test_numbers_go_up_and_are_not_reused(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    files = [write_file(tmp_path / f"f{n}.docx", os.urandom(100)) for n in range(3)]
    ids = attach_files(team_ws, "finding", finding_id, files)
    assert [i.evidence_no for i in list_evidence(team_ws, "finding", finding_id)] == ["证1", "证2", "证3"]
    remove_evidence(team_ws, ids[2], "重复上传")
    again = attach_evidence(team_ws, "finding", finding_id, files[2])
    assert evidence_item(team_ws, again).evidence_no == "证4"
    assert [i.evidence_no for i in list_evidence(team_ws, "finding", finding_id)] == ["证1", "证2", "证4"]
    assert find_evidence(team_ws, "finding", finding_id, "2").id == ids[1]
    with team_ws.read() as session:
        removed = session.get(Evidence, ids[2])
        assert removed is not None and removed.is_deleted and removed.delete_reason == "重复上传"


def test_identical_bytes_share_one_blob(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK_BYTES + 7)
    a = write_file(tmp_path / "a.jpg", b"\xff\xd8\xff" + data)
    b = write_file(tmp_path / "b.jpg", b"\xff\xd8\xff" + data)
    with team_ws.read() as session:
        interview_id = session.scalars(select(Interview.id)).one()
    first = attach_evidence(team_ws, "finding", finding_id, a)
    second = attach_evidence(team_ws, "interview", interview_id, b)
    third = attach_evidence(team_ws, "finding", finding_id, a)
    assert len({evidence_item(team_ws, i).sha256 for i in (first, second, third)}) == 1
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 3
    assert [i.evidence_no for i in list_evidence(team_ws, "interview", interview_id)] == ["证1"]


def test_bytes_never_in_plaintext_on_disk(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    marker = b"XUNCHA-MARK-" + secrets.token_hex(16).encode()
    (tmp_path / "source").mkdir()
    source = write_file(tmp_path / "source" / "secret.pdf", b"%PDF-1.7\n" + marked_bytes(marker, 3 * CHUNK_BYTES))
    small = write_file(tmp_path / "source" / "note.txt", marker + b" small file")
    attach_files(team_ws, "finding", finding_id, [source, small])
    folder = team_ws.path

    def leaks() -> list[str]:
        found = []
        for path in folder.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                if marker in content or b"%PDF-1.7" in content:
                    found.append(path.name)
        return found

    assert leaks() == []  # while open: workspace.db, -wal, -shm, clues.db, keys.json
    assert {p.name for p in folder.iterdir()} >= {"workspace.db", "keys.json"}
    with team_ws.engine.connect() as connection:
        busy = connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
    assert busy == 0
    assert leaks() == []
    team_ws.lock()
    assert leaks() == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / "workspace.db").execute("select count(*) from blob_chunk").fetchall()
    ws = unlock_workspace(folder, PASSPHRASE, clock=team_ws.clock)
    try:
        item = list_evidence(ws, "finding", finding_id)[0]
        assert marker in open_evidence_bytes(ws, item.id)
    finally:
        ws.lock()


def test_large_attach_streams_with_bounded_memory(team_ws: WorkspaceSession, finding_id: str,
                                                  tmp_path: Path) -> None:
    size = 20 * MiB
    source = tmp_path / "large.bin"
    with source.open("wb") as handle:
        for _ in range(size // MiB):
            handle.write(os.urandom(MiB))
    tracemalloc.start()
    try:
        evidence_id = attach_evidence(team_ws, "finding", finding_id, source)
        _, attach_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        target = save_evidence_copy(team_ws, evidence_id, tmp_path / "large-copy.bin")
        _, save_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert attach_peak < 6 * MiB and save_peak < 6 * MiB, (attach_peak, save_peak)
    assert target.stat().st_size == size
    assert iter_equal(source, target)


def iter_equal(a: Path, b: Path) -> bool:
    with a.open("rb") as left, b.open("rb") as right:
        while True:
            x, y = left.read(MiB), right.read(MiB)
            if x != y:
                return False
            if not x:
                return True


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("XUNCHA_BIG_FILES"), reason="writes ~600 MB to disk; set XUNCHA_BIG_FILES=1")
def test_200_mb_attach_streams(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    source = tmp_path / "huge.bin"
    with source.open("wb") as handle:
        for n in range(200):
            handle.write(n.to_bytes(4, "big") * (MiB // 4))
    tracemalloc.start()
    try:
        evidence_id = attach_evidence(team_ws, "finding", finding_id, source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MiB
    assert evidence_item(team_ws, evidence_id).size == 200 * MiB


def test_cancel_leaves_nothing_behind(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    source = write_file(tmp_path / "big.bin", os.urandom(4 * CHUNK_BYTES))
    token = CancelToken()

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "evidence_store" and done >= 2048:
            token.cancel()

    with pytest.raises(CancelledError):
        attach_evidence(team_ws, "finding", finding_id, source, progress=progress, cancel=token)
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
        assert session.scalar(select(func.count()).select_from(Evidence)) == 0


def test_save_copy_is_audited_and_atomic(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    source = write_file(tmp_path / "合同.docx", b"PK\x03\x04" + os.urandom(3 * CHUNK_BYTES))
    evidence_id = attach_evidence(team_ws, "finding", finding_id, source)
    out = tmp_path / "out"
    out.mkdir()
    target = save_evidence_copy(team_ws, evidence_id, out / "copy.docx")
    assert target.read_bytes() == source.read_bytes()
    with team_ws.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "evidence_exported")).all()
    assert len(events) == 1 and events[0].entity_id == evidence_id
    assert "copy.docx" in events[0].detail_json and "证1" in events[0].detail_json

    token = CancelToken()  # cancelled half way: no file, no temp file, no audit event
    with pytest.raises(CancelledError):
        save_evidence_copy(team_ws, evidence_id, out / "cancelled.docx",
                           lambda stage, done, total: token.cancel() if done >= 1024 else None, token)
    with team_ws.write() as tx:  # damage the stored bytes: the check fails after the last chunk
        tx.session.execute(text("UPDATE blob_chunk SET data = zeroblob(10) WHERE idx = 3"))
    with pytest.raises(VerificationFailedError):
        save_evidence_copy(team_ws, evidence_id, out / "damaged.docx")
    assert sorted(p.name for p in out.iterdir()) == ["copy.docx"]
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "evidence_exported")) == 1


def test_save_copy_refuses_the_workspace_folder(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    evidence_id = attach_evidence(team_ws, "finding", finding_id, write_file(tmp_path / "a.txt", b"abc"))
    with pytest.raises(InvalidFieldsError) as caught:
        save_evidence_copy(team_ws, evidence_id, team_ws.path / "a.txt")
    assert caught.value.problems[0].reason == "inside_workspace"
    with pytest.raises(InvalidFieldsError) as caught:
        save_evidence_copy(team_ws, evidence_id, tmp_path / "no-such-folder" / "a.txt")
    assert caught.value.problems[0].reason == "not_writable"


def test_rejected_files_and_owners(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    cases = [(tmp_path / "missing.pdf", "file_unreadable"), (write_file(tmp_path / "empty.pdf", b""), "file_empty"),
             (tmp_path, "file_unreadable")]
    for path, reason in cases:
        with pytest.raises(InvalidFieldsError) as caught:
            attach_evidence(team_ws, "finding", finding_id, path)
        assert caught.value.problems[0].reason == reason
    good = write_file(tmp_path / "ok.txt", b"ok")
    with pytest.raises(InvalidFieldsError) as caught:
        attach_evidence(team_ws, "finding", "no-such-id", good)
    assert caught.value.problems[0].reason == "unknown_reference"
    with pytest.raises(InvalidFieldsError) as caught:
        attach_evidence(team_ws, "clue", finding_id, good)
    assert caught.value.problems[0].reason == "unknown_choice"
    with pytest.raises(InvalidFieldsError):
        remove_evidence(team_ws, attach_evidence(team_ws, "finding", finding_id, good), "  ")


def test_update_checks_fields_and_permission(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path) -> None:
    evidence_id = attach_evidence(team_ws, "finding", finding_id, write_file(tmp_path / "x.txt", b"x"))
    update_evidence(team_ws, evidence_id, title="会议纪要（2025年第3次）", evidence_type="会议纪要",
                    obtained_from="市财政局办公室")
    item = evidence_item(team_ws, evidence_id)
    assert (item.title, item.evidence_type) == ("会议纪要（2025年第3次）", "minutes")
    assert item.obtained_from == "市财政局办公室"
    with pytest.raises(InvalidFieldsError) as caught:
        update_evidence(team_ws, evidence_id, title=" ", evidence_type="nonsense", collected_by="x" * 61)
    assert sorted(p.reason for p in caught.value.problems) == ["required", "too_long", "unknown_choice"]
    add_user(team_ws, "李组员", Role.MEMBER, "组员口令-battery-staple")
    member = unlock_workspace(team_ws.path, "组员口令-battery-staple", user_name="李组员", clock=team_ws.clock)
    try:
        with pytest.raises(NotPermittedError):
            remove_evidence(member, evidence_id, "不需要")
        own = attach_evidence(member, "finding", finding_id, write_file(tmp_path / "y.txt", b"y"))
        remove_evidence(member, own, "传错了")
    finally:
        member.lock()


def test_file_changed_between_passes_is_rejected(team_ws: WorkspaceSession, finding_id: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import services.evidence as evidence

    source = write_file(tmp_path / "moving.bin", os.urandom(CHUNK_BYTES + 10))
    real_scan = evidence.scan_file

    def scan_then_change(path: Path, **kwargs: object) -> object:
        facts = real_scan(path, **kwargs)  # type: ignore[arg-type]
        path.write_bytes(os.urandom(CHUNK_BYTES + 10))
        return facts

    monkeypatch.setattr(evidence, "scan_file", scan_then_change)
    with pytest.raises(InvalidFieldsError) as caught:
        attach_evidence(team_ws, "finding", finding_id, source)
    assert caught.value.problems[0].reason == "file_changed"
    with team_ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0


def test_pdf_pages_counted_across_chunk_borders() -> None:
    counter = _PageCounter()
    text_ = b"1 0 obj << /Type /Page >> 2 0 obj << /Type /Pages >> 3 0 obj <</Type/Page/Parent 2 0 R>>"
    for at in range(0, len(text_), 7):
        counter.feed(text_[at:at + 7])
    counter.feed(b"", last=True)
    assert counter.count == 2
