"""Backups with SQLite's online backup API: consistent even while the app is writing.

Automatic backups go to <data dir>/backups/ and are rotated; a manual backup goes where the user says.
Restore refuses a file that is not a Jamsos database or whose schema is newer than this app knows.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from jamsos_desktop.domain.errors import Refused

KEEP_AUTOMATIC = 10
APPLICATION_ID = 0x4A4D5344  # "JMSD": stamped in the database header so restore can recognise our files


class BackupRefused(Refused):
    code = "backup"


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy the live database to target (a temporary name first, then renamed: never half a backup)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
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
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def automatic_backup(db_path: Path, backups_dir: Path, *, reason: str, keep: int = KEEP_AUTOMATIC) -> Path | None:
    """A rotated backup (at start-up, before a migration); None when there is no database yet."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_to(db_path, backups_dir / f"jamsos-{stamp}-{reason}.sqlite")
    old = sorted(backups_dir.glob("jamsos-*.sqlite"))
    for stale in old[:-keep] if keep > 0 else old:
        stale.unlink(missing_ok=True)
    return target


def inspect_backup(path: Path) -> str | None:
    """The Alembic revision stored in a backup file; raises BackupRefused when it is not a Jamsos database."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise BackupRefused(f"Berkas {path.name} tidak bisa dibaca: {exc.strerror}.") from exc
    if not header.startswith(b"SQLite format 3\x00"):
        raise BackupRefused(f"{path.name} bukan berkas cadangan Jamsos (bukan basis data SQLite).")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise BackupRefused(f"{path.name} adalah basis data SQLite, tetapi bukan milik Jamsos Desktop.")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupRefused(f"{path.name} rusak (pemeriksaan integritas gagal): pakai cadangan lain.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(f"{path.name} tidak bisa dibaca sebagai basis data Jamsos: {exc}.") from exc
    finally:
        conn.close()


def restore_from(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup (the caller checks the revision and backs up the current file)."""
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
