"""Check every bundle on a stick without opening it (`jamsos bundle verify FILE|FOLDER ...`).

A folder stands for every `*.jamsos` file in it (change bundles and the hub's receipts alike). Each file is
checked on its own (signature, hashes, canonical layout) with the office's trusted keys, so one damaged file
does not hide the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop.sync.bundlefile import EXTENSION
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.sync.manifest import Manifest


@dataclass(frozen=True)
class FileCheck:
    """One file: what it is when sound (`details`), or why it is not (`reason`, `message`)."""

    path: Path
    details: dict[str, Any] | None = None  # kind, bundle_id, device_id, kelurahan_code, created_at, seq, count
    reason: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.details is not None


def bundle_files(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """(the files to check, the folders that hold none); a named file is checked whatever its name."""
    files: list[Path] = []
    empty: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob(f"*{EXTENSION}") if p.is_file())
            files += found
            if not found:
                empty.append(path)
        else:
            files.append(path)
    return files, empty


def _details(m: Manifest) -> dict[str, Any]:
    return {"kind": m.kind, "bundle_id": m.bundle_id, "device_id": m.device_id, "kelurahan_code": m.kelurahan_code,
            "created_at": m.created_at, "seq_from": m.seq_from, "seq_to": m.seq_to, "record_count": m.record_count,
            "previous": m.previous._asdict() if m.previous else None}


def check_files(verify: Callable[[Path], Manifest], paths: Sequence[Path]) -> tuple[list[FileCheck], list[Path]]:
    """Each bundle file named or in a named folder, checked with `verify` (SyncService.verify_file)."""
    files, empty = bundle_files(paths)
    checks: list[FileCheck] = []
    for file in files:
        try:
            checks.append(FileCheck(file, _details(verify(file))))
        except SyncRefused as exc:
            checks.append(FileCheck(file, reason=exc.reason, message=exc.message))
    return checks, empty
