"""Everything a backup must prove before it may replace the office database.

A restore is the one way to put a whole foreign file in place of the office's data, so the staged copy must
be exactly what this app would have written: a Jamsos file (application id), undamaged (integrity_check), a
schema revision this app knows, exactly the tables, indexes, triggers and views that revision has (nothing
extra: a trigger could copy every new NIK elsewhere), the same kelurahan and device as this office, and an
audit chain that verifies. The first failure refuses the file with a message that says why.

An encrypted office (store/cipher.py) reads an encrypted backup with its own database key: a backup of another
office does not open with it and is refused before anything else is read.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jamsos_desktop.store import audit, cipher
from jamsos_desktop.store.backup import APPLICATION_ID, BackupRefused
from jamsos_desktop.store.engine import Database

SchemaItem = tuple[str, str, str, str]  # type, name, table, normalised SQL
OPTIONAL_TABLES = re.compile(r"^sqlite_(stat\d|sequence)$")  # made by ANALYZE / the first AUTOINCREMENT row


@dataclass(frozen=True)
class BackupFacts:
    revision: str | None
    kelurahan_code: str
    device_id: str
    participants: int


def _normalise(sql: str | None) -> str:
    return " ".join((sql or "").replace("\"", "").split()).lower()


def schema_of(conn: sqlite3.Connection) -> set[SchemaItem]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(t, n, tb, _normalise(s)) for t, n, tb, s in rows if not OPTIONAL_TABLES.match(n)}


@lru_cache(maxsize=4)
def reference_schema(revision: str) -> frozenset[SchemaItem]:
    """The schema a database at `revision` has: built by running the real migrations on an empty file."""
    from jamsos_desktop.store import migrate

    with tempfile.TemporaryDirectory(prefix="jamsos-schema-") as folder:
        db = Database(Path(folder) / "reference.sqlite")
        try:
            migrate.upgrade(db, target=revision)
        finally:
            db.dispose()
        conn = sqlite3.connect(Path(folder) / "reference.sqlite")
        try:
            return frozenset(schema_of(conn))
        finally:
            conn.close()


def _setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def _open(path: Path, key: bytes | None) -> Any:
    if key is None or not cipher.is_encrypted(path):
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return cipher.connect(path, key)
    except Exception as exc:  # noqa: BLE001 - sqlcipher3's DatabaseError: a wrong key reads as noise
        raise BackupRefused("Berkas itu terenkripsi dengan kunci lain: cadangan kantor lain, atau rusak. Hanya "
                            "cadangan kantor ini yang bisa dipulihkan di sini.") from exc


def read_facts(path: Path, *, known_revisions: set[str], key: bytes | None = None) -> BackupFacts:
    """Header, integrity, revision and exact schema of a staged backup (encrypted under `key`, or plain);
    raises BackupRefused."""
    name = path.name
    conn = _open(path, key)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupRefused("Berkas itu adalah basis data SQLite, tetapi bukan milik Jamsos Desktop.")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupRefused("Berkas itu rusak (pemeriksaan integritas gagal): pakai cadangan lain.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise BackupRefused("Berkas itu tidak mencatat versi susunan datanya: bukan cadangan Jamsos yang utuh.")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        if revision is None or revision not in known_revisions:
            raise BackupRefused("Berkas itu dibuat oleh versi Jamsos Desktop yang lebih baru (atau versinya tidak "
                                "dikenal): pasang versi terbaru aplikasi sebelum memulihkan cadangan ini.")
        extra, missing = _schema_difference(schema_of(conn), reference_schema(revision))
        if extra or missing:
            what = "; ".join([*(f"tambahan {t} {n}" for t, n in extra), *(f"tidak ada {t} {n}" for t, n in missing)])
            raise BackupRefused(f"Susunan data berkas itu berbeda dari cadangan Jamsos yang asli ({what[:300]}). "
                                "Berkas ini mungkin diubah di luar aplikasi: jangan dipakai.")
        count = int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
        return BackupFacts(revision, _setting(conn, "office.kelurahan_code"), _setting(conn, "office.device_id"),
                           count)
    except Exception as exc:
        if isinstance(exc, BackupRefused) or not _is_database_error(exc):
            raise
        raise BackupRefused(f"{name} tidak bisa dibaca sebagai basis data Jamsos: {exc}.") from exc
    finally:
        conn.close()


def _is_database_error(exc: BaseException) -> bool:
    """sqlite3's or sqlcipher3's DatabaseError (and its subclasses)."""
    return isinstance(exc, sqlite3.DatabaseError) or any(
        c.__name__ == "DatabaseError" and c.__module__.startswith("sqlcipher3") for c in type(exc).__mro__)


def _schema_difference(found: set[SchemaItem], expected: frozenset[SchemaItem]) -> tuple[list[tuple[str, str]],
                                                                                         list[tuple[str, str]]]:
    extra = sorted((t, n) for t, n, _, _ in found - expected)
    missing = sorted((t, n) for t, n, _, _ in expected - found)
    return extra, missing


def check_identity(facts: BackupFacts, *, kelurahan_code: str, device_id: str) -> None:
    if facts.kelurahan_code != kelurahan_code:
        raise BackupRefused(f"Cadangan itu milik kantor lain (kelurahan {facts.kelurahan_code or 'tidak dikenal'}, "
                            f"bukan {kelurahan_code}): hanya cadangan kantor ini yang bisa dipulihkan di sini.")
    if facts.device_id != device_id:
        raise BackupRefused("Cadangan itu dibuat di perangkat lain (kunci perangkatnya berbeda): hanya cadangan "
                            "perangkat ini yang bisa dipulihkan di sini. Hubungi Disnaker bila perangkat diganti.")


def check_audit_chain(path: Path, key: bytes | None = None) -> None:
    db = Database(path, key if key is not None and cipher.is_encrypted(path) else None)
    try:
        with db.read() as s:
            broken = audit.verify_chain(s)
    finally:
        db.dispose()
    if broken is not None:
        raise BackupRefused(f"Jejak audit di cadangan itu putus di peristiwa nomor {broken.event_id} "
                            f"({broken.reason}): cadangan ini pernah diubah di luar aplikasi, jangan dipakai.")
