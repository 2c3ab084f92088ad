"""Forged packages for the import's security tests: open a real package with HQ's keys, let the test change what
it holds (changes, audit events, acks, blobs, the header), and write it again as a well-formed, sealed and
signed container signed by whichever device keys the test chooses.

    forged = forge_package(original, tmp / "forged.xcpkg", hq=hq, signer=keys_of(a),
                           mutate=lambda t: t.changes[0].update(after_json=...))

The result passes steps 1-7 of the verification order (well-formed, known sender key, good signature, sealed
to HQ, exact payload schema, blobs match) unless the test breaks one of those on purpose, so the check the test
aims at is the one that fires.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from services.sync.crypto.keys import key_id
from services.sync.crypto.sealing import new_data_key
from services.sync.devices import registry
from services.sync.package.audit_chain import SignedHead
from services.sync.package.container import file_facts, read_header, verify_and_extract, write_container
from services.sync.package.header import PackageHeader, Section, open_section_key, seal_sections
from services.sync.package.payload_read import open_payload
from services.sync.package.payload_write import PayloadWriter
from services.workspace import WorkspaceSession


@dataclass
class PayloadTables:
    """The main payload as plain rows (the column dicts the reader gives and the writer takes)."""

    info: dict[str, Any]
    changes: list[dict[str, Any]]
    audit_events: list[dict[str, Any]]
    audit_head: SignedHead | None
    acks: dict[str, Any]
    row_states: list[dict[str, Any]]
    blobs: dict[str, tuple[int, str | None, bytes]] = field(default_factory=dict)  # sha -> (size, mime, bytes)

    def change(self, entity: str | None = None) -> dict[str, Any]:
        """The first change (of ``entity``)."""
        return next(c for c in self.changes if entity is None or c["entity"] == entity)

    @staticmethod
    def set_after(change: dict[str, Any], **values: Any) -> None:
        """Edit a change's ``after`` values (before_json/after_json are JSON text in the payload)."""
        after = json.loads(change["after_json"])
        after.update(values)
        change["after_json"] = json.dumps(after, ensure_ascii=False, sort_keys=True)


def keys_of(ws: WorkspaceSession) -> registry.OwnKeys:
    """A workspace's own device keys (the ``signer`` of a forged package)."""
    with ws.read() as session:
        return registry.own_keys(session)


def read_tables(path: Path, hq: WorkspaceSession, into: Path) -> tuple[PackageHeader, PayloadTables, dict[str, Path]]:
    """Verify and open a package addressed to ``hq``: its header, main tables and extracted section files."""
    header = read_header(path)
    with hq.read() as session:
        sender = registry.device(session, header.sender_device)
        own = registry.own_keys(session)
    assert sender is not None, "the package's sender is not registered at this HQ"
    into.mkdir(parents=True, exist_ok=True)
    files = verify_and_extract(path, header, sender.sign_public, into)
    key = open_section_key(header, "main", own.encryption)
    with open_payload(files["main"], key) as reader:
        tables = PayloadTables(
            info=dict(reader.info), changes=[dict(c) for batch in reader.changes() for c in batch],
            audit_events=[dict(e) for e in reader.audit_events()], audit_head=reader.audit_head(),
            acks=dict(reader.acks()), row_states=[dict(r) for batch in reader.row_states() for r in batch],
            blobs={meta.sha256: (meta.size, meta.mime, b"".join(reader.blob_chunks(meta.sha256)))
                   for meta in reader.blobs()})
    return header, tables, files


def forge_package(original: Path, out: Path, *, hq: WorkspaceSession, signer: registry.OwnKeys,
                  mutate: Callable[[PayloadTables], None] | None = None,
                  edit_header: Callable[[PackageHeader], PackageHeader] | None = None,
                  reseal: bool = True) -> Path:
    """``original`` (a package for ``hq``) rewritten: tables changed by ``mutate``, header by ``edit_header``,
    sections sealed again to HQ (``reseal=False`` keeps the original stanzas: only valid when the main section is
    untouched), signed by ``signer`` with ``sender_key_id`` set to its key unless ``edit_header`` set another."""
    work = out.parent / f".forge-{out.stem}"
    try:
        header, tables, files = read_tables(original, hq, work / "in")
        with hq.read() as session:
            own = registry.own_keys(session)
        paths = {name: files[name] for name in ("main", "clues") if name in files}
        data_keys: dict[str, bytearray] = {}
        if mutate is not None:
            mutate(tables)
            data_keys["main"] = new_data_key()
            paths["main"] = work / "main.db"
            _write_main(paths["main"], data_keys["main"], tables)
        elif reseal:
            data_keys["main"] = open_section_key(header, "main", own.encryption)
        if "clues" in paths and reseal:
            assert own.clue is not None, "HQ must hold the clue key to reseal a clue section"
            data_keys["clues"] = open_section_key(header, "clues", own.clue)
        sections = tuple(Section(name, *file_facts(path), recipients=() if reseal else _stanzas(header, name))
                         for name, path in paths.items())
        forged = replace(header, sections=sections, sender_key_id=key_id(signer.sign_public))
        if edit_header is not None:
            forged = edit_header(forged)
        if reseal:
            recipients = {"main": [own.encryption.public_key()]}
            if "clues" in paths and own.clue is not None:
                recipients["clues"] = [own.clue.public_key()]
            forged = seal_sections(forged, data_keys, recipients)  # type: ignore[arg-type]
        out.parent.mkdir(parents=True, exist_ok=True)
        write_container(out, forged, list(paths.values()), signer.signing)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _stanzas(header: PackageHeader, name: str) -> tuple[Any, ...]:
    section = header.section(name)
    return section.recipients if section is not None else ()


def _write_main(path: Path, key: bytearray, tables: PayloadTables) -> None:
    with PayloadWriter(path, key) as writer:
        writer.info(**tables.info)
        writer.changes(tables.changes)
        writer.audit(tables.audit_events, tables.audit_head)
        if tables.row_states:
            writer.row_states(tables.row_states)
        writer.acks(tables.acks)
        for sha, (size, mime, data) in tables.blobs.items():
            writer.blob(sha, size, mime, [data])
