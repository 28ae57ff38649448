"""Backups with SQLite's online backup API: consistent even while the app is writing.

Automatic backups go to <data dir>/backups/ and are kept by generation (`retention.py`); copies made before
a restore or a migration are pinned and never rotated away. A manual backup goes where the user says. Every
copy is written under a temporary name and renamed, so a full disk or a pulled stick leaves no partial file.
A restore is checked in full before anything is replaced (`restore_check.py`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.safefile import (
    DiskProblem,
    as_disk_problem,
    atomic_output,
    fsync_path,
    private_folder,
    remove_stale_temps,
)
from jamsos_desktop.store import cipher, retention

APPLICATION_ID = 0x4A4D5344  # "JMSD": stamped in the database header so restore can recognise our files
STATE_FILE = ".last-backup"  # what the newest automatic backup contains (see `automatic_backup`)


class BackupRefused(Refused):
    code = "backup"


def backup_to(db_path: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy the live database to target (a temporary name first, then renamed: never half a backup). An
    encrypted database (`key`) gives a copy encrypted under the same key (cipher.py)."""
    if key is not None:
        return cipher.backup_to(db_path, key, target)
    with atomic_output(target, make_parents=True) as tmp:
        src = sqlite3.connect(str(db_path))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    return target


def automatic_backup(db_path: Path, backups_dir: Path, *, reason: str, state: str | None = None,
                     now: dt.datetime | None = None, key: bytes | None = None) -> Path | None:
    """A backup in `backups_dir` (rotated by generation unless `reason` is a pinned one); None when there is
    no database yet, or when `state` (a mark of the data, e.g. the last change's audit hash) equals the state
    of the newest automatic backup: nothing changed, so no new copy pushes an older one out."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if state is not None and last_state(backups_dir) == state and reason not in retention.PINNED_REASONS:
        return None
    now = now or dt.datetime.now()
    private_folder(backups_dir)
    remove_stale_temps(backups_dir)
    target = backup_to(db_path, backups_dir / retention.file_name(now, reason), key)
    if state is not None:
        with contextlib.suppress(OSError):
            (backups_dir / STATE_FILE).write_text(state, encoding="ascii")
    for stale in retention.to_delete(retention.automatic_backups(backups_dir), now):
        with contextlib.suppress(OSError):
            stale.path.unlink()
    return target


def last_state(backups_dir: Path) -> str | None:
    try:
        return (backups_dir / STATE_FILE).read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def stage_copy(source: Path, staging: Path, *, encrypted_ok: bool = False) -> None:
    """Copy a backup next to the live database (the checks then read a copy the stick cannot change).
    `encrypted_ok`: an encrypted office also takes files that are not plain SQLite (read_facts opens them)."""
    try:
        with open(source, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BackupRefused(f"Berkas {source.name} tidak bisa dibaca: {exc.strerror}.") from exc
    if header != b"SQLite format 3\x00" and not (encrypted_ok and len(header) == 16):
        raise BackupRefused(f"{source.name} bukan berkas cadangan Jamsos (bukan basis data SQLite).")
    try:
        shutil.copyfile(source, staging)
        fsync_path(staging)
    except OSError as exc:
        discard(staging)
        raise as_disk_problem(exc, staging.parent) from exc


def discard(path: Path) -> None:
    """Remove a database file and its WAL companions (a refused staging copy)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def replace_live(staging: Path, db_path: Path) -> None:
    """Put a checked staging copy in place of the live database (the caller has closed every connection).

    Windows refuses to delete or replace a file another program holds open (the app in another window, a
    backup program, an antivirus scan), with a permission error that would read as "folder is read-only": said
    as what it is, before anything is replaced."""
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
    except PermissionError as exc:
        if os.name != "nt":
            raise
        raise DiskProblem(f"Berkas basis data {db_path.name} sedang dibuka program lain (aplikasi Jamsos di jendela "
                          "lain, program cadangan atau antivirus), jadi belum bisa diganti. Tutup program itu lalu "
                          "ulangi; data sekarang tidak diubah.") from exc


__all__ = ["APPLICATION_ID", "BackupRefused", "DiskProblem", "automatic_backup", "backup_to", "discard",
           "replace_live", "stage_copy"]
