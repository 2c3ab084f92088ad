"""Open a package the way an importer would (header, signature, seal, payload), for tests that look inside."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from services.sync.package.container import read_header, verify_and_extract
from services.sync.package.header import PackageHeader, open_section_key
from services.sync.package.payload_read import PayloadReader, open_payload


@contextmanager
def opened_section(package: Path, sign_public: bytes, private: X25519PrivateKey, section: str,
                   scratch: Path) -> Iterator[tuple[PackageHeader, PayloadReader]]:
    """The verified ``section`` of ``package`` opened with ``private`` (PackageRejected if it is not for it)."""
    header = read_header(package)
    scratch.mkdir(parents=True, exist_ok=True)
    files = verify_and_extract(package, header, sign_public, scratch)
    try:
        key = open_section_key(header, section, private)
        with open_payload(files[section], key) as reader:
            yield header, reader
    finally:
        for path in files.values():
            path.unlink(missing_ok=True)


def change_ids(reader: PayloadReader) -> list[str]:
    return [row["change_id"] for batch in reader.changes() for row in batch]


def row_states(reader: PayloadReader) -> list[dict]:
    return [row for batch in reader.row_states() for row in batch]
