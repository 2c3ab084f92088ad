"""The payload database: round trip of every table and of blobs, exact schema check, damaged blobs, wrong key."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from services.errors import CancelledError, VerificationFailedError
from services.evidence_store import store_blob
from services.progress import CancelToken
from services.sync.crypto.sealing import new_data_key
from services.sync.package.audit_chain import SignedHead
from services.sync.package.payload_read import check_blobs, open_payload
from services.sync.package.payload_schema import CHUNK_BYTES, DDL, expected_master
from services.sync.package.payload_write import PayloadWriter
from services.sync.package.rejections import PackageRejected
from services.workspace import WorkspaceSession

DEVICE = "00000000-0000-4000-8000-0000000000aa"
WALL = datetime(2026, 11, 25, 3, 4, 5, 123456)


def _change(seq: int) -> dict[str, object]:
    return {"change_id": f"00000000-0000-4000-8000-{seq:012d}", "device_id": DEVICE, "device_seq": seq,
            "entity": "finding", "entity_id": f"10000000-0000-4000-8000-{seq % 3:012d}", "op": "update",
            "base_change_id": None if seq == 1 else f"00000000-0000-4000-8000-{seq - 1:012d}",
            "before_json": '{"title":"旧"}', "after_json": f'{{"title":"问题{seq}"}}', "author_user": "u1",
            "author_role": "team_leader", "hlc": f"{seq:016d}:00000:dev", "wall_time": WALL,
            "acked": False, "log_pos": seq}  # extra keys are ignored


def _event(seq: int) -> dict[str, object]:
    return {"device_id": DEVICE, "seq": seq, "prev_hash": "0" * 64, "entry_hash": f"{seq:064x}",
            "wall_time": "2026-11-25T03:04:05", "hlc": "h", "actor_user": "u1", "actor_role": "team_leader",
            "action": "update", "entity": "finding", "entity_id": "e", "change_id": None, "detail_json": "{}"}


def _state(n: int) -> dict[str, object]:
    return {"entity": "finding", "entity_id": f"r{n}", "scope_team_id": "team-1", "values": {"title": f"行{n}"},
            "head_change_id": "c", "hq_version": n, "is_deleted": n == 2, "deleted_at": WALL if n == 2 else None,
            "deleted_by": None, "delete_reason": None, "hlc": "h", "updated_at": WALL, "updated_by": "u",
            "updated_on_device": DEVICE, "log_pos": n}


def _blob(size: int) -> tuple[str, bytes]:
    data = os.urandom(size)
    return hashlib.sha256(data).hexdigest(), data


def _pieces(data: bytes, size: int = 300_000) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


def test_round_trip_of_every_table(tmp_path: Path) -> None:
    key = new_data_key()
    path = tmp_path / "main.db"
    big_sha, big = _blob(2 * CHUNK_BYTES + 5)
    small_sha, small = _blob(8192)
    head = SignedHead(DEVICE, 3, "f" * 64, "h", b"\x01" * 64)
    with PayloadWriter(path, key) as writer:
        writer.info(package_id="p1", kind="team_to_hq", log="main", clue_from=None)
        assert writer.changes(_change(s) for s in range(1, 1201)) == 1200
        assert writer.audit([_event(1), _event(2), _event(3)], head) == 3
        assert writer.row_states([_state(1), _state(2)]) == 2
        writer.acks({"hq_pos": 12, "purged_rounds": ["r1"], "hq_seq_in": "3"})
        assert writer.blob(big_sha, len(big), "image/jpeg", _pieces(big)) == len(big)
        assert writer.blob(small_sha, len(small), None, [small]) == len(small)
        assert writer.blob(small_sha, len(small), None, [small]) == 0  # once only
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert b"\xe9\x97\xae\xe9\xa2\x98" not in path.read_bytes()  # "问题" is not in the file in clear

    with open_payload(path, key) as reader:
        assert reader.info == {"package_id": "p1", "kind": "team_to_hq", "log": "main"}
        batches = list(reader.changes(batch=500))
        assert [len(b) for b in batches] == [500, 500, 200]
        rows = [row for batch in batches for row in batch]
        assert [r["device_seq"] for r in rows] == list(range(1, 1201))
        expected = {k: v for k, v in _change(7).items() if k not in ("acked", "log_pos")}
        assert rows[6] == {**expected, "wall_time": "2026-11-25 03:04:05.123456", "base_hq_version": None}
        assert datetime.fromisoformat(rows[6]["wall_time"]) == WALL
        assert [e["seq"] for e in reader.audit_events()] == [1, 2, 3]
        assert reader.audit_events()[0] == _event(1)
        assert reader.audit_head() == head
        states = [s for batch in reader.row_states() for s in batch]
        assert [s["entity_id"] for s in states] == ["r1", "r2"]
        assert states[1]["values_json"] == '{"title":"行2"}' and states[1]["is_deleted"] == 1
        assert reader.acks() == {"hq_pos": 12, "purged_rounds": ["r1"], "hq_seq_in": "3"}
        assert sorted(reader.blob_shas()) == sorted([big_sha, small_sha])
        assert reader.blob_mime(big_sha) == "image/jpeg"
        chunks = list(reader.blob_chunks(big_sha))
        assert [len(c) for c in chunks] == [CHUNK_BYTES, CHUNK_BYTES, 5] and b"".join(chunks) == big
        check_blobs(reader, lambda sha: sha == "a" * 64, {big_sha, "a" * 64})
        with pytest.raises(PackageRejected) as missing:
            check_blobs(reader, lambda sha: False, {"b" * 64})
        assert missing.value.code == "blob_missing"


def test_blob_from_a_workspace_streams_chunks(tmp_path: Path, team_ws: WorkspaceSession) -> None:
    data = os.urandom(CHUNK_BYTES + 100)
    with team_ws.write() as tx:
        sha = store_blob(tx.session, data, "application/pdf")
    key = new_data_key()
    with team_ws.read() as session, PayloadWriter(tmp_path / "p.db", key) as writer:
        assert writer.blob_from(session, sha) == len(data)
        assert writer.blob_from(session, sha) == 0
    with open_payload(tmp_path / "p.db", key) as reader:
        assert reader.blobs()[0].size == len(data) and reader.blob_mime(sha) == "application/pdf"
        assert b"".join(reader.blob_chunks(sha)) == data


def test_a_damaged_workspace_blob_voids_the_payload_though_it_is_hashed_only_once(
        tmp_path: Path, team_ws: WorkspaceSession) -> None:
    """Issue 14: blob_from trusts verified_chunks' own hash (one SHA-256 pass); a damaged chunk still fails."""
    data = os.urandom(CHUNK_BYTES + 100)
    with team_ws.write() as tx:
        sha = store_blob(tx.session, data, None)
        tx.session.execute(text("UPDATE blob_chunk SET data = zeroblob(100) WHERE idx = 1"))  # same size, wrong bytes
    with (team_ws.read() as session, pytest.raises(VerificationFailedError),
          PayloadWriter(tmp_path / "p.db", new_data_key()) as writer):
        writer.blob_from(session, sha)
    assert not (tmp_path / "p.db").exists()


def test_a_blob_hashed_in_step_7_is_not_hashed_again_but_still_counted(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14 (import): step 9 reads the blobs step 7 hashed; only sizes and order are checked then."""
    path, key = _payload(tmp_path)
    with open_payload(path, key) as reader:
        sha = reader.blobs()[0].sha256
        check_blobs(reader, lambda _sha: False, set())
        assert reader.hashed == {sha}
        calls: list[int] = []
        real = hashlib.sha256
        monkeypatch.setattr(hashlib, "sha256", lambda *a: calls.append(1) or real(*a))
        assert len(b"".join(reader.blob_chunks(sha))) == 3000 and calls == []


def test_writer_removes_the_file_on_error_and_cancel(tmp_path: Path) -> None:
    sha, data = _blob(1000)
    with pytest.raises(ValueError), PayloadWriter(tmp_path / "bad.db", new_data_key()) as writer:
        writer.blob(sha, len(data), None, [data[:-1] + b"x"])
    assert not (tmp_path / "bad.db").exists()
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError), PayloadWriter(tmp_path / "c.db", new_data_key(), cancel=token) as writer:
        writer.changes(_change(s) for s in range(1, 10))
    assert not (tmp_path / "c.db").exists()


def _payload(tmp_path: Path, extra_sql: tuple[str, ...] = (), name: str = "x.db") -> tuple[Path, bytearray]:
    key = new_data_key()
    path = tmp_path / name
    sha, data = _blob(3000)
    with PayloadWriter(path, key) as writer:
        writer.changes([_change(1)])
        writer.blob(sha, len(data), None, [data])
        for sql in extra_sql:
            writer.connection.execute(sql)
    return path, key


@pytest.mark.parametrize("extra", [
    "CREATE TRIGGER evil AFTER INSERT ON change BEGIN DELETE FROM ack; END",
    "CREATE VIEW v AS SELECT * FROM change",
    "CREATE TABLE extra (x TEXT)",
    "CREATE INDEX change_entity ON change (entity)",
    "PRAGMA user_version = 2",
])
def test_extra_schema_object_is_schema_mismatch(tmp_path: Path, extra: str) -> None:
    path, key = _payload(tmp_path, (extra,))
    with pytest.raises(PackageRejected) as exc:
        open_payload(path, key)
    assert exc.value.code == "schema_mismatch"


def test_expected_schema_is_the_ddl(tmp_path: Path) -> None:
    tables = [row for row in expected_master() if row[0] == "table"]
    assert [row[3] for row in sorted(tables, key=lambda r: DDL.index(r[3]))] == list(DDL)
    assert all("STRICT" in sql for sql in DDL)


def test_wrong_key_is_payload_damaged(tmp_path: Path) -> None:
    path, _key = _payload(tmp_path)
    with pytest.raises(PackageRejected) as exc:
        open_payload(path, new_data_key())
    assert exc.value.code == "payload_damaged"


@pytest.mark.parametrize("damage", [
    "UPDATE blob_chunk SET data = zeroblob(3000)",
    "UPDATE blob SET size = size + 1",
    "UPDATE blob_chunk SET idx = 1",
    "INSERT INTO blob_chunk VALUES ('" + "c" * 64 + "', 0, x'00')",
    "UPDATE blob SET sha256 = 'NOT-A-HASH'",
])
def test_damaged_blob_is_blob_damaged(tmp_path: Path, damage: str) -> None:
    path, key = _payload(tmp_path, (damage,))
    with open_payload(path, key) as reader, pytest.raises(PackageRejected) as exc:
        check_blobs(reader, lambda sha: False, set())
    assert exc.value.code == "blob_damaged"


def test_value_of_wrong_type_is_bad_value(tmp_path: Path) -> None:
    path, key = _payload(tmp_path, ("PRAGMA ignore_check_constraints = ON",
                                    "UPDATE change SET entity = 'x' || printf('%.50c', 'y')"))
    with open_payload(path, key) as reader, pytest.raises(PackageRejected) as exc:
        list(reader.changes())
    assert exc.value.code == "bad_value" and exc.value.params["field"] == "entity"


def test_reader_is_read_only(tmp_path: Path) -> None:
    path, key = _payload(tmp_path)
    before = path.read_bytes()
    with open_payload(path, key) as reader:
        assert reader.count("change") == 1
        with pytest.raises(Exception):  # noqa: B017 - query_only + mode=ro: any write fails
            reader._cursor("DELETE FROM change")
    assert path.read_bytes() == before


def test_blobs_stream_in_bounded_memory(tmp_path: Path) -> None:
    """A 12 MiB blob goes in and out with at most a few MiB of Python memory: never whole."""
    seed = os.urandom(CHUNK_BYTES)
    pieces = 12
    digest = hashlib.sha256()
    for i in range(pieces):
        digest.update(bytes([i]) + seed[1:])
    sha, size = digest.hexdigest(), pieces * CHUNK_BYTES
    key = new_data_key()
    progress: list[int] = []
    tracemalloc.start()
    try:
        with PayloadWriter(tmp_path / "big.db", key,
                           progress=lambda stage, done, total: progress.append(done)) as writer:
            writer.blob(sha, size, None, (bytes([i]) + seed[1:] for i in range(pieces)))
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with open_payload(tmp_path / "big.db", key) as reader:
            check_blobs(reader, lambda s: False, {sha})
            assert sum(len(chunk) for chunk in reader.blob_chunks(sha)) == size
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert progress[-1] == size
    assert write_peak < 5 * CHUNK_BYTES and read_peak < 5 * CHUNK_BYTES, (write_peak, read_peak)
