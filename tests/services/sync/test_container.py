"""The package container: round trip of a real small package, and every flipped, cut or padded byte rejected.

The package is real: a SQLCipher main payload (20 changes, one 8 KB blob) and a clue payload, each under a
fresh data key sealed to its recipient, in a signed container file written atomically.
"""

from __future__ import annotations

import hashlib
import random
import struct
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from services.errors import CancelledError
from services.progress import CancelToken
from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.keys import DeviceKeys
from services.sync.crypto.sealing import new_data_key
from services.sync.package.container import (
    MAGIC,
    PREFIX_SIZE,
    file_facts,
    package_file_name,
    read_header,
    verify_and_extract,
    verify_bytes_only,
    write_container,
)
from services.sync.package.header import PackageHeader, Section, open_section_key, parse_header, seal_sections
from services.sync.package.payload_read import check_blobs, open_payload
from services.sync.package.payload_write import PayloadWriter
from services.sync.package.rejections import REASONS, PackageRejected

SENDER = "00000000-0000-4000-8000-0000000000aa"
HQ = "00000000-0000-4000-8000-0000000000bb"
BLOB = bytes(range(256)) * 32  # 8 KiB


@dataclass
class Built:
    path: Path
    header: PackageHeader
    sender: DeviceKeys
    hq: DeviceKeys
    clue: X25519PrivateKey


def _change(seq: int) -> dict[str, object]:
    return {"change_id": str(uuid.UUID(int=seq)), "device_id": SENDER, "device_seq": seq, "entity": "finding",
            "entity_id": str(uuid.UUID(int=1000 + seq)), "op": "insert", "base_change_id": None, "before_json": "{}",
            "after_json": canonical_json({"title": f"问题{seq}", "amount": "1.50"}).decode(), "author_user": "u1",
            "author_role": "team_leader", "hlc": f"{seq:016d}:00000:{SENDER}", "wall_time": "2026-11-25 03:00:00"}


def build(folder: Path, *, seq: int = 1) -> Built:
    sender, hq, clue = DeviceKeys.generate(), DeviceKeys.generate(), X25519PrivateKey.generate()
    package_id = str(uuid.uuid4())
    keys = {"main": new_data_key(), "clues": new_data_key()}
    files = {"main": folder / "main.db", "clues": folder / "clues.db"}
    with PayloadWriter(files["main"], keys["main"]) as writer:
        writer.info(package_id=package_id, kind="team_to_hq", sender_device=SENDER, log="main")
        writer.changes(_change(s) for s in range(1, 21))
        writer.blob(hashlib.sha256(BLOB).hexdigest(), len(BLOB), "image/jpeg", [BLOB])
    with PayloadWriter(files["clues"], keys["clues"]) as writer:
        writer.info(package_id=package_id, kind="team_to_hq", sender_device=SENDER, log="clues", clue_from=1,
                    clue_to=1)
        writer.changes([{**_change(1), "entity": "clue"}])
    sections = tuple(Section(name, *file_facts(files[name])) for name in ("main", "clues"))
    header = PackageHeader(
        package_id=package_id, kind="team_to_hq", sender_device=SENDER, sender_key_id=sender.signing_key_id,
        recipient_device=HQ, seq=seq, schema={"main": "cb277f8d2004", "clues": "a5377790f1c4"},
        app_version="0.5.0", created_wall="2026-11-25T03:00:00Z", created_hlc=f"{1:016d}:00000:{SENDER}",
        main_range=(1, 20), audit_range=(1, 21), sections=sections)
    header = seal_sections(header, keys, {"main": [hq.encryption.public_key()], "clues": [clue.public_key()]})
    out = folder / package_file_name("team_to_hq", 1, seq, package_id)
    assert write_container(out, header, [files["main"], files["clues"]], sender.signing) == out
    return Built(out, header, sender, hq, clue)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(tmp_path_factory.mktemp("pkg"))


def test_round_trip(built: Built, tmp_path: Path) -> None:
    assert built.path.name.startswith("xuncha-team-to-hq-t1-00001-") and built.path.suffix == ".xcpkg"
    assert not [p for p in built.path.parent.iterdir() if p.name.endswith(".tmp")]
    header = read_header(built.path)
    assert header == built.header
    assert header.to_bytes() == parse_header(header.to_bytes()).to_bytes()
    sign_public = built.sender.signing_public
    assert verify_bytes_only(built.path.read_bytes(), header, sign_public) == header
    extracted = verify_and_extract(built.path, header, sign_public, tmp_path / "incoming")
    assert sorted(extracted) == ["clues", "main"]
    key = open_section_key(header, "main", built.hq.encryption)
    with open_payload(extracted["main"], key) as reader:
        assert reader.info["package_id"] == header.package_id
        rows = [row for batch in reader.changes() for row in batch]
        assert [r["device_seq"] for r in rows] == list(range(1, 21))
        check_blobs(reader, lambda sha: False, set(reader.blob_shas()))
        assert b"".join(reader.blob_chunks(reader.blob_shas()[0])) == BLOB
    clue_key = open_section_key(header, "clues", built.clue)
    with open_payload(extracted["clues"], clue_key) as reader:
        assert reader.info["clue_to"] == "1"
    # the HQ encryption key does not open the clue section, the clue key not the main one
    for name, private in (("clues", built.hq.encryption), ("main", built.clue)):
        with pytest.raises(PackageRejected) as exc:
            open_section_key(header, name, private)
        assert exc.value.code == "not_addressed_to_us"


def test_seal_binds_the_header(built: Built) -> None:
    """A sealed key moved under an altered header (other seq, sender, range) does not open."""
    for changed in (replace(built.header, seq=2), replace(built.header, main_range=(1, 19)),
                    replace(built.header, sender_device=HQ)):
        with pytest.raises(PackageRejected) as exc:
            open_section_key(changed, "main", built.hq.encryption)
        assert exc.value.code == "not_addressed_to_us"


def test_wrong_signer_and_extract_leaves_nothing(built: Built, tmp_path: Path) -> None:
    other = DeviceKeys.generate()
    into = tmp_path / "incoming"
    for public in (other.signing_public, built.hq.signing_public):
        with pytest.raises(PackageRejected) as exc:
            verify_and_extract(built.path, built.header, public, into)
        assert exc.value.code == "bad_signature"
    assert list(into.iterdir()) == []
    # re-signed by another key under the same header: the key id no longer matches the header
    resigned = tmp_path / "resigned.xcpkg"
    forged = replace(built.header, sender_key_id=other.signing_key_id)
    data = built.path.read_bytes()
    raw = built.header.to_bytes()
    sections = tmp_path / "m.db", tmp_path / "c.db"
    offset = PREFIX_SIZE + len(raw)
    for section, target in zip(built.header.sections, sections, strict=True):
        target.write_bytes(data[offset:offset + section.length])
        offset += section.length
    write_container(resigned, forged, list(sections), other.signing)
    with pytest.raises(PackageRejected) as exc:
        verify_and_extract(resigned, read_header(resigned), built.sender.signing_public, into)
    assert exc.value.code == "bad_signature"


def _rejected(data: bytes, built: Built, folder: Path | None = None) -> str:
    """The reason ``data`` is rejected in memory; with ``folder`` also from a file (same reason, nothing left)."""
    with pytest.raises(PackageRejected) as exc:
        verify_bytes_only(data, None, built.sender.signing_public)
    code = exc.value.code
    assert code in REASONS
    if folder is not None:
        path = folder / "damaged.xcpkg"
        path.write_bytes(data)
        with pytest.raises(PackageRejected) as from_file:
            verify_and_extract(path, read_header(path), built.sender.signing_public, folder / "incoming")
        assert from_file.value.code == code
        assert not (folder / "incoming").exists() or list((folder / "incoming").iterdir()) == []
    return code


def test_thousand_random_byte_flips_all_rejected(built: Built, tmp_path: Path) -> None:
    data = built.path.read_bytes()
    rng = random.Random(5)
    codes: dict[str, int] = {}
    for i in range(1000):
        damaged = bytearray(data)
        position = rng.randrange(len(data)) if i % 4 else rng.randrange(PREFIX_SIZE + 600)  # header often
        damaged[position] ^= rng.randrange(1, 256)
        code = _rejected(bytes(damaged), built, tmp_path)
        codes[code] = codes.get(code, 0) + 1
    assert set(codes) <= {"malformed_package", "bad_signature", "unsupported_version", "payload_damaged"}
    assert codes.get("bad_signature", 0) > 500


def test_hundred_truncations_and_appended_garbage_rejected(built: Built, tmp_path: Path) -> None:
    data = built.path.read_bytes()
    header_end = PREFIX_SIZE + len(built.header.to_bytes())
    main_end = header_end + built.header.sections[0].length
    rng = random.Random(7)
    cuts = [0, 1, 6, 7, 10, 11, header_end - 1, header_end, main_end, len(data) - 64, len(data) - 1]
    cuts += [rng.randrange(len(data)) for _ in range(70 - len(cuts))]
    variants = [data[:cut] for cut in cuts]
    variants += [data + rng.randbytes(rng.randrange(1, 200)) for _ in range(25)]
    variants += [data[:-64] + b"\0" * 64 + data[-64:], data + data[-64:], data[:-1], b""]
    variants.append(data[:header_end] + data[main_end:-64] + data[header_end:main_end] + data[-64:])  # swapped
    assert len(variants) >= 100
    for variant in variants:
        assert _rejected(variant, built, tmp_path) in {"malformed_package", "bad_signature", "payload_damaged"}


def _with_header(data: bytes, built: Built, header_json: dict[str, object]) -> bytes:
    raw = canonical_json(header_json)
    old_len = len(built.header.to_bytes())
    return MAGIC + b"\x01" + struct.pack(">I", len(raw)) + raw + data[PREFIX_SIZE + old_len:]


def test_header_shape_rejected(built: Built, tmp_path: Path) -> None:
    data = built.path.read_bytes()
    base = built.header.to_json()
    cases: list[tuple[bytes, str]] = [
        (_with_header(data, built, {**base, "extra": 1}), "malformed_package"),
        (_with_header(data, built, {k: v for k, v in base.items() if k != "seq"}), "malformed_package"),
        (_with_header(data, built, {**base, "seq": "1"}), "malformed_package"),
        (_with_header(data, built, {**base, "seq": True}), "malformed_package"),
        (_with_header(data, built, {**base, "v": 2}), "unsupported_version"),
        (_with_header(data, built, {**base, "grant": {}}), "malformed_package"),
        (_with_header(data, built, {**base, "main_range": [5, 1]}), "malformed_package"),
        (_with_header(data, built, {**base, "schema": {"main": "cb277f8d2004"}}), "malformed_package"),
        (_with_header(data, built, {**base, "created_wall": 20261125}), "malformed_package"),
        (_with_header(data, built, {**base, "package_id": "not-a-uuid"}), "malformed_package"),
        (_with_header(data, built, {**base, "sections": [base["sections"][1], base["sections"][0]]}),
         "malformed_package"),
        (b"XCPKX\0\x01" + data[7:], "malformed_package"),
        (MAGIC + b"\x02" + data[7:], "unsupported_version"),
        (data[:7] + struct.pack(">I", 65537) + data[11:], "malformed_package"),
        (data[:7] + struct.pack(">I", 0xFFFFFFFF) + data[11:], "malformed_package"),
        (data[:7] + struct.pack(">I", 0) + data[11:], "malformed_package"),
    ]
    raw = built.header.to_bytes()
    spaced = raw.replace(b'","', b'", "', 1)  # same JSON, not canonical
    cases.append((MAGIC + b"\x01" + struct.pack(">I", len(spaced)) + spaced + data[PREFIX_SIZE + len(raw):],
                  "malformed_package"))
    for variant, code in cases:
        assert _rejected(variant, built) == code
        path = tmp_path / "h.xcpkg"
        path.write_bytes(variant)
        with pytest.raises(PackageRejected) as exc:
            read_header(path)
        assert exc.value.code == code
    with pytest.raises(PackageRejected) as exc:
        read_header(tmp_path / "missing.xcpkg")
    assert exc.value.code == "file_unreadable"


def test_header_changed_between_read_and_verify(built: Built, tmp_path: Path) -> None:
    with pytest.raises(PackageRejected) as exc:
        verify_and_extract(built.path, replace(built.header, seq=9), built.sender.signing_public, tmp_path)
    assert exc.value.code == "malformed_package"


def test_cancelled_write_leaves_no_file(built: Built, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    data = built.path.read_bytes()
    raw_len = len(built.header.to_bytes())
    offset = PREFIX_SIZE + raw_len
    files = []
    for section in built.header.sections:
        target = tmp_path / f"{section.name}.db"
        target.write_bytes(data[offset:offset + section.length])
        offset += section.length
        files.append(target)
    with pytest.raises(CancelledError):
        write_container(folder / "p.xcpkg", built.header, files, built.sender.signing, cancel=token)
    assert list(folder.iterdir()) == []
    progress: list[tuple[str, int, int]] = []
    write_container(folder / "p.xcpkg", built.header, files, built.sender.signing,
                    progress=lambda stage, done, total: progress.append((stage, done, total)))
    assert progress[-1][1] == progress[-1][2] == len(data)
    assert (folder / "p.xcpkg").read_bytes()[:-64] == data[:-64]  # same bytes; Ed25519 is deterministic too
