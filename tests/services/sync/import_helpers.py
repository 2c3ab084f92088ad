"""Helpers of the import tests: hand-made containers (valid header and signature, arbitrary payload bytes) for
the checks before the payload is opened, and the "nothing changed" snapshot."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from services.sync.crypto.keys import key_id
from services.sync.crypto.sealing import new_data_key
from services.sync.devices import registry
from services.sync.package import container
from services.sync.package.header import PackageHeader, Section, seal_sections
from services.workspace import WorkspaceSession
from tests.services.sync.world import fingerprint


def raw_package(sender: WorkspaceSession, recipient: WorkspaceSession, out: Path, *, seq: int = 1,
                main_range: tuple[int, int] | None = (1, 1), audit_range: tuple[int, int] | None = (1, 1),
                kind: str = "team_to_hq", signer: Ed25519PrivateKey | None = None,
                seal_to: X25519PublicKey | None = None, payload: bytes | None = None,
                package_id: str | None = None, sender_device: str | None = None) -> Path:
    """A signed container whose payload is opaque bytes (not a database): good up to step 5."""
    with sender.read() as session:
        own = registry.own_keys(session)
    with recipient.read() as session:
        theirs = registry.own_keys(session)
    signer = signer or own.signing
    body = payload if payload is not None else os.urandom(512)
    section_file = out.with_suffix(".main.tmp")
    section_file.write_bytes(body)
    header = PackageHeader(
        package_id=package_id or str(uuid.uuid4()), kind=kind, sender_device=sender_device or own.device_id,
        sender_key_id=key_id(signer.public_key()), recipient_device=theirs.device_id, seq=seq,
        schema={"main": "x"}, app_version="test", created_wall="2026-03-01T08:00:00Z",
        created_hlc="0000000000000:00000:" + own.device_id, main_range=main_range, audit_range=audit_range,
        sections=(Section("main", len(body), hashlib.sha256(body).hexdigest()),))
    recipient_key = seal_to or X25519PublicKey.from_public_bytes(theirs.enc_public)
    header = seal_sections(header, {"main": new_data_key()}, {"main": [recipient_key]})
    container.write_container(out, header, [section_file], signer)
    section_file.unlink()
    return out


def snapshot(ws: WorkspaceSession) -> dict[str, Any]:
    """Row counts and content of every table, the audit heads, and the files of incoming/ and held/."""
    result = fingerprint(ws)
    for folder in ("incoming", "held"):
        path = ws.path / folder
        result[folder] = sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    return result


def simulate_ack(team: WorkspaceSession, summary: Any) -> None:
    """The team behaves as if HQ had acknowledged the package ``summary`` describes (as an update would):
    its next package starts after it, so leaving this one out makes a gap."""
    from sqlalchemy import text

    main_to = summary.main_range[1] if summary.main_range else 0
    audit_to = summary.audit_range[1] if summary.audit_range else 0
    with team.write() as tx:
        hq_id = registry.hq_device(tx.session).device_id
        tx.session.execute(text("UPDATE change_log SET acked = 1 WHERE device_id = :d AND device_seq <= :s"),
                           {"d": team.device_id, "s": main_to})
        peer = registry.peer(tx.session, hq_id)
        peer.acked_by_peer_device_seq, peer.acked_by_peer_audit_seq = main_to, audit_to


def team_packages(team: WorkspaceSession, out: Path, count: int, *, ack: bool = True) -> list[Path]:
    """``count`` real packages of ``team`` (one new finding each), acknowledged in between when ``ack``."""
    from services.sync.exporter import export_package
    from tests.services.sync.world import add_finding

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        add_finding(team, f"第{number + 1}批问题")
        summary = export_package(team, out)
        paths.append(Path(summary.path))
        if ack:
            simulate_ack(team, summary)
    return paths
