"""Import many packages at once (docs/sync.md §6.4): files and folders from several sticks and teams.

Folders are searched recursively for ``*.xcpkg``. Packages are grouped per sender and imported in sequence
order, so a folder holding #3, #1, #2 of a laptop imports cleanly; identical copies are imported once. Each
package is judged on its own: one rejection does not stop the others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from services.errors import CancelledError, WorkspaceBusyError
from services.progress import CancelToken, Progress, no_progress
from services.sync.import_records import HELD, INCOMING, file_sha256
from services.sync.importer import import_package, require_importer
from services.sync.package import container
from services.sync.package.rejections import PackageRejected
from services.sync.report import BatchReport, ImportStatus, PackageResult
from services.workspace import WorkspaceSession

logger = logging.getLogger(__name__)

SUFFIX = ".xcpkg"


def expand(paths: Iterable[Path], *, skip: Path | None = None) -> list[Path]:
    """Files as given, folders searched recursively for packages (never inside the workspace ``skip``)."""
    found: list[Path] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        candidates = sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file()) if path.is_dir() else [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if skip is not None and resolved.is_relative_to(skip) and resolved.parent.name in (HELD, INCOMING):
                continue
            if resolved not in seen:
                seen.add(resolved)
                found.append(candidate)
    return found


def plan(paths: list[Path], *, recipient: str | None = None, explicit: frozenset[Path] = frozenset(),
         skipped: list[Path] | None = None) -> list[Path]:
    """The import order: unreadable files first (they are only reported), then per sender by sequence number.
    Byte-identical copies of one package appear once. A package found in a folder but addressed to another
    workspace than ``recipient`` (a sibling laptop's update on a shared stick) is left out and listed in
    ``skipped``; a file named explicitly is always judged."""
    unreadable: list[Path] = []
    keyed: list[tuple[str, int, str, Path]] = []
    copies: set[tuple[str, str]] = set()
    first_seen: dict[str, int] = {}
    for path in paths:
        try:
            header = container.read_header(path)
        except (PackageRejected, OSError):
            unreadable.append(path)
            continue
        try:
            identity = (header.package_id, file_sha256(path))
        except OSError:
            unreadable.append(path)
            continue
        if identity in copies:
            continue
        if recipient is not None and header.recipient_device != recipient and path.resolve() not in explicit:
            if skipped is not None:
                skipped.append(path)
            continue
        copies.add(identity)
        first_seen.setdefault(header.sender_device, len(first_seen))
        keyed.append((header.sender_device, header.seq, str(path), path))
    keyed.sort(key=lambda item: (first_seen[item[0]], item[1], item[2]))
    return unreadable + [item[3] for item in keyed]


def import_packages(ws: WorkspaceSession, paths: list[Path], *, progress: Progress = no_progress,
                    cancel: CancelToken | None = None) -> BatchReport:
    """Import every package under ``paths``. The report lists each package (and the held ones released)."""
    require_importer(ws)
    report = BatchReport(started_at=ws.clock.now().isoformat())
    explicit = frozenset(Path(p).resolve() for p in paths if not Path(p).is_dir())
    skipped: list[Path] = []
    ordered = plan(expand(paths, skip=ws.path.resolve()), recipient=ws.device_id, explicit=explicit,
                   skipped=skipped)
    report.skipped = [str(path) for path in skipped]
    for done, path in enumerate(ordered):
        progress("packages", done, len(ordered))
        try:
            if cancel is not None:
                cancel.check()
            report.add(import_package(ws, path, progress=progress, cancel=cancel))
        except CancelledError:
            report.cancelled = True
            break
        except WorkspaceBusyError:  # not this package's fault, and the next one would meet the same lock
            raise
        except Exception as error:  # a fault of this program, not of the package: its transaction rolled back;
            logger.exception("import of %s failed", path.name)  # the other packages are still judged
            report.add(PackageResult(path=str(path), status=ImportStatus.REJECTED, code="import_failed",
                                     params={"kind": type(error).__name__}))
    progress("packages", len(ordered), len(ordered))
    report.finished_at = ws.clock.now().isoformat()
    return report
