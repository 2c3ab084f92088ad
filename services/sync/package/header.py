"""The clear header of a package (docs/sync.md §3.2): strict canonical JSON, every key known, every value typed.

``parse_header`` accepts exactly what ``PackageHeader.to_bytes`` writes: canonical JSON (sorted keys, no
whitespace, no duplicate keys, no floats), every required key present and no other; anything else raises
``PackageRejected("malformed_package", field=...)``, a format other than version 1 ``unsupported_version``.

Sealing (docs/sync.md §3.3): each section's fresh data key is sealed to each recipient with ``SealContext(package_id,
sender_device, section name, header_sha256=hash_for_seal())``; ``hash_for_seal`` hashes the header with every
``sealed`` value blanked, so the seals can be made after the rest of the header is fixed and still bind it.
``seal_sections`` and ``open_section_key`` do both sides of that.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from services.sync.crypto.canonical import canonical_json
from services.sync.crypto.errors import SealError
from services.sync.crypto.keys import key_id as key_id_of
from services.sync.crypto.sealing import SEALED_SIZE, PayloadKind, SealContext, open_sealed, seal
from services.sync.package.rejections import PackageRejected

FORMAT = "xuncha-package"
VERSION = 1
MAX_HEADER_BYTES = 65536
KINDS = ("team_to_hq", "hq_to_team", "enrollment_grant")
SECTION_NAMES = ("main", "clues")
MAX_SECTION_BYTES = 1 << 40
MAX_RECIPIENTS = 8
GRANT_KEYS = frozenset({"device_id", "team_id", "team_no", "round_id", "hq_device_id", "hq_enc_public",
                        "hq_sign_public", "hq_clue_public", "request_sha256", "granted_wall"})
_TOP_KEYS = frozenset({"format", "v", "package_id", "kind", "sender_device", "sender_key_id", "recipient_device",
                       "seq", "schema", "app_version", "created_wall", "created_hlc", "main_range", "audit_range",
                       "sections"})
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Recipient:
    """One sealed copy of a section's data key: for the X25519 key ``key_id``; ``sealed`` is 81 bytes."""

    key_id: str
    sealed: bytes = b""

    def to_json(self) -> dict[str, str]:
        return {"key_id": self.key_id, "sealed": base64.b64encode(self.sealed).decode("ascii")}


@dataclass(frozen=True)
class Section:
    """One payload in the file, in header order: its byte length, SHA-256 (hex) and sealed data keys."""

    name: str
    length: int
    sha256: str
    recipients: tuple[Recipient, ...] = ()

    def to_json(self, *, blank_seals: bool = False) -> dict[str, Any]:
        recipients = [{"key_id": r.key_id, "sealed": ""} if blank_seals else r.to_json() for r in self.recipients]
        return {"name": self.name, "length": self.length, "sha256": self.sha256, "recipients": recipients}


@dataclass(frozen=True)
class PackageHeader:
    """The header fields of docs/sync.md §3.2 (``format`` and ``v`` are implied). Ranges are ``(from, to)``."""

    package_id: str
    kind: str
    sender_device: str
    sender_key_id: str
    recipient_device: str
    seq: int
    schema: Mapping[str, str]
    app_version: str
    created_wall: str
    created_hlc: str
    main_range: tuple[int, int] | None
    audit_range: tuple[int, int] | None
    sections: tuple[Section, ...]
    grant: Mapping[str, Any] | None = field(default=None)

    def to_json(self, *, blank_seals: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT, "v": VERSION, "package_id": self.package_id, "kind": self.kind,
            "sender_device": self.sender_device, "sender_key_id": self.sender_key_id,
            "recipient_device": self.recipient_device, "seq": self.seq, "schema": dict(self.schema),
            "app_version": self.app_version, "created_wall": self.created_wall, "created_hlc": self.created_hlc,
            "main_range": list(self.main_range) if self.main_range is not None else None,
            "audit_range": list(self.audit_range) if self.audit_range is not None else None,
            "sections": [s.to_json(blank_seals=blank_seals) for s in self.sections]}
        if self.grant is not None:
            data["grant"] = dict(self.grant)
        return data

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    def hash_for_seal(self) -> str:
        """SHA-256 (hex) of the canonical header with every ``sealed`` value blanked: what each seal binds."""
        return hashlib.sha256(canonical_json(self.to_json(blank_seals=True))).hexdigest()

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    @property
    def payload_length(self) -> int:
        return sum(s.length for s in self.sections)


def seal_context(header: PackageHeader, name: str) -> SealContext:
    return SealContext(header.package_id, header.sender_device, PayloadKind(name), header_sha256=header.hash_for_seal())


def seal_sections(header: PackageHeader, data_keys: Mapping[str, bytes | bytearray],
                  recipients: Mapping[str, Sequence[X25519PublicKey]]) -> PackageHeader:
    """``header`` (whose sections' recipients may be empty) with one sealed stanza per recipient key."""
    blanked = replace(header, sections=tuple(
        replace(s, recipients=tuple(Recipient(key_id_of(pub)) for pub in recipients[s.name]))
        for s in header.sections))
    sections = []
    for section in blanked.sections:
        context = seal_context(blanked, section.name)
        stanzas = tuple(Recipient(key_id_of(pub), seal(data_keys[section.name], pub, context))
                        for pub in recipients[section.name])
        sections.append(replace(section, recipients=stanzas))
    return replace(blanked, sections=tuple(sections))


def open_section_key(header: PackageHeader, name: str, private: X25519PrivateKey) -> bytearray:
    """The data key of section ``name`` for ``private``: ``not_addressed_to_us`` if none of its stanzas opens."""
    section = header.section(name)
    kid = key_id_of(private.public_key())
    stanza = next((r for r in section.recipients if r.key_id == kid), None) if section is not None else None
    if stanza is None:
        raise PackageRejected("not_addressed_to_us", f"section {name} is not sealed to this key", section=name)

    try:
        return open_sealed(stanza.sealed, private, seal_context(header, name))
    except SealError as exc:
        raise PackageRejected("not_addressed_to_us", f"section {name} does not open", section=name) from exc


# --------------------------------------------------------------------------------------------------- parsing

def _bad(field_name: str, why: str = "invalid") -> PackageRejected:
    return PackageRejected("malformed_package", f"header {field_name}: {why}", field=field_name)


def _no_floats(text: str) -> Any:
    raise ValueError("floats are not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("duplicate key")
    return data


def _text(data: Mapping[str, Any], key: str, *, limit: int = 64, pattern: re.Pattern[str] | None = None) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not 0 < len(value) <= limit or (pattern and not pattern.fullmatch(value)):
        raise _bad(key)
    return value


def _uuid(data: Mapping[str, Any], key: str) -> str:
    value = _text(data, key, limit=36)
    try:
        if str(uuid.UUID(value)) != value:
            raise ValueError(value)
    except ValueError as exc:
        raise _bad(key, "not a uuid") from exc
    return value


def _int(value: Any, key: str, *, minimum: int, maximum: int = 1 << 62) -> int:
    if type(value) is not int or not minimum <= value <= maximum:
        raise _bad(key)
    return value


def _range(data: Mapping[str, Any], key: str) -> tuple[int, int] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise _bad(key)
    low, high = _int(value[0], key, minimum=1), _int(value[1], key, minimum=1)
    if low > high:
        raise _bad(key, "from after to")
    return low, high


def _recipient(value: Any) -> Recipient:
    if not isinstance(value, dict) or set(value) != {"key_id", "sealed"}:
        raise _bad("sections.recipients")
    kid = _text(value, "key_id", limit=32, pattern=_HEX32)
    try:
        sealed = base64.b64decode(str(value["sealed"]).encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise _bad("sections.recipients.sealed") from exc
    if len(sealed) != SEALED_SIZE or not isinstance(value["sealed"], str):
        raise _bad("sections.recipients.sealed")
    return Recipient(kid, sealed)


def _section(value: Any, position: int) -> Section:
    if not isinstance(value, dict) or set(value) != {"name", "length", "sha256", "recipients"}:
        raise _bad("sections")
    if value["name"] != SECTION_NAMES[position]:
        raise _bad("sections.name")
    recipients = value["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise _bad("sections.recipients")
    parsed = tuple(_recipient(r) for r in recipients)
    if len({r.key_id for r in parsed}) != len(parsed):
        raise _bad("sections.recipients", "a key twice")
    return Section(value["name"], _int(value["length"], "sections.length", minimum=1, maximum=MAX_SECTION_BYTES),
                   _text(value, "sha256", pattern=_HEX64), parsed)


def _grant(data: Mapping[str, Any], kind: str) -> Mapping[str, Any] | None:
    if kind != "enrollment_grant":
        if "grant" in data:
            raise _bad("grant", "only in an enrollment grant")
        return None
    grant = data.get("grant")
    if not isinstance(grant, dict) or set(grant) != GRANT_KEYS:
        raise _bad("grant")
    for key, value in grant.items():
        if not (value is None or (isinstance(value, str) and len(value) <= 120) or type(value) is int):
            raise _bad(f"grant.{key}")
    return grant


def parse_header(raw: bytes) -> PackageHeader:
    """The header in ``raw`` (its exact bytes); ``PackageRejected`` unless it is what ``to_bytes`` would write."""
    if not 0 < len(raw) <= MAX_HEADER_BYTES:
        raise _bad("length")
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=_no_floats, parse_constant=_no_floats,
                          object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad("json", "not JSON") from exc
    if not isinstance(data, dict):
        raise _bad("json", "not an object")
    if data.get("format") != FORMAT:
        raise _bad("format")
    if data.get("v") != VERSION or type(data.get("v")) is not int:
        raise PackageRejected("unsupported_version", "header version", version=str(data.get("v")))
    kind = data.get("kind")
    if kind not in KINDS:
        raise _bad("kind")
    expected = _TOP_KEYS | ({"grant"} if kind == "enrollment_grant" else set())
    if set(data) != expected:
        unknown = sorted(set(data) ^ expected)
        raise _bad(unknown[0], "unknown or missing key")
    schema = data["schema"]
    if (not isinstance(schema, dict) or "main" not in schema or not set(schema) <= set(SECTION_NAMES)
            or not all(isinstance(v, str) and 0 < len(v) <= 64 for v in schema.values())):
        raise _bad("schema")
    sections = data["sections"]
    if not isinstance(sections, list) or not 1 <= len(sections) <= len(SECTION_NAMES):
        raise _bad("sections")
    header = PackageHeader(
        package_id=_uuid(data, "package_id"), kind=kind, sender_device=_uuid(data, "sender_device"),
        sender_key_id=_text(data, "sender_key_id", limit=32, pattern=_HEX32),
        recipient_device=_uuid(data, "recipient_device"), seq=_int(data["seq"], "seq", minimum=1),
        schema=schema, app_version=_text(data, "app_version", limit=40),
        created_wall=_text(data, "created_wall", limit=40), created_hlc=_text(data, "created_hlc"),
        main_range=_range(data, "main_range"), audit_range=_range(data, "audit_range"),
        sections=tuple(_section(s, i) for i, s in enumerate(sections)), grant=_grant(data, kind))
    if len(header.sections) > 1 and "clues" not in header.schema:
        raise _bad("schema", "a clue section needs the clue schema revision")
    if header.to_bytes() != raw:
        raise _bad("json", "not canonical")
    return header
