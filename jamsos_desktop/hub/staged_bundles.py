"""Bundles uploaded through the console: kept in a private folder between the dry run and the import.

The operator uploads one or more .jamsos files; they are stored under `<data>/console-uploads/<random id>/`
(names reduced to safe characters), imported as a dry run for the preview, and imported for real, with the
same files, when the operator confirms. A batch is removed after its import; batches left behind (a closed
browser) are removed after a day. Importing and issuing receipts are audited with the operator's name.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.importer import ImportReport, collect, import_items
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore

MAX_FILES = 100
BATCH = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
KEEP_FOR_S = 24 * 3600


def safe_name(name: str, index: int) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]", "_", Path(name or "").name)[:100].lstrip(".") or "bundle"
    return f"{index:03d}-{base}"


class Uploads:
    def __init__(self, root: Path, store: HubStore, clock: Callable[[], dt.datetime],
                 key: Callable[[], X25519PrivateKey]) -> None:
        self.root, self.store, self.clock, self.key = root, store, clock, key

    def _folder(self, batch: str) -> Path:
        if not BATCH.match(batch) or not (self.root / batch).is_dir():
            raise HubRefused("Unggahan ini sudah tidak ada (sudah diimpor, atau lebih dari sehari). Unggah ulang berkasnya.",
                             reason="no_batch")
        return self.root / batch

    def _sweep(self) -> None:
        if not self.root.is_dir():
            return
        for old in self.root.iterdir():
            if old.is_dir() and time.time() - old.stat().st_mtime > KEEP_FOR_S:
                shutil.rmtree(old, ignore_errors=True)

    def store_files(self, actor: Actor, files: list[tuple[str, bytes]]) -> str:
        actor.require("import")
        files = [(name, data) for name, data in files if data]
        if not files:
            raise HubRefused("Pilih satu atau beberapa berkas bundle (.jamsos) dari flashdisk kantor.", reason="no_files")
        if len(files) > MAX_FILES:
            raise HubRefused(f"Paling banyak {MAX_FILES} berkas sekali unggah; bagi menjadi beberapa kali.")
        self._sweep()
        batch = secrets.token_urlsafe(18)
        folder = self.root / batch
        folder.mkdir(parents=True, mode=0o700)
        for i, (name, data) in enumerate(files, 1):
            (folder / safe_name(name, i)).write_bytes(data)
        return batch

    def _import(self, actor: Actor, batch: str, *, dry_run: bool) -> ImportReport:
        folder = self._folder(batch)
        items, skipped, _ = collect(sorted(folder.iterdir()))
        items = [(name.split("-", 1)[1], data) for name, data in items]
        with self.store.write(dry_run=dry_run) as conn:
            report = import_items(conn, items, origin="file", now=self.clock(), decryption_key=self.key(),
                                  dry_run=dry_run)
            if not dry_run:
                totals = report.totals()
                record_action(conn, actor=actor, action="bundles.import", detail={
                    "files": [b.source for b in report.bundles], **totals})
        report.skipped = skipped
        return report

    def preview(self, actor: Actor, batch: str) -> ImportReport:
        actor.require("import")
        return self._import(actor, batch, dry_run=True)

    def commit(self, actor: Actor, batch: str) -> ImportReport:
        actor.require("import")
        report = self._import(actor, batch, dry_run=False)
        shutil.rmtree(self.root / batch, ignore_errors=True)
        return report

    def discard(self, actor: Actor, batch: str) -> None:
        actor.require("import")
        shutil.rmtree(self._folder(batch), ignore_errors=True)


def receipts_zip(files: list[Path]) -> bytes:
    """The receipt files in one .zip for the operator to copy onto the offices' sticks."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for file in files:
            archive.write(file, file.name)
    return out.getvalue()
