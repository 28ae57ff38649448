"""The office database file encrypted at rest with SQLCipher (sqlcipher3: wheels for Windows x86_64 and Linux).

Every page is AES-256 encrypted and HMAC-authenticated under a random 32-byte database key given raw (no
passphrase derivation inside SQLCipher: the key slots of sync/keyslots.py do the password work). A copy of
the file, its WAL or a backup is noise to `file` and `sqlite3` without the key.

- `is_encrypted(path)`: a file that exists and does not start with SQLite's plain header.
- `connect(path, key)`: a DB-API connection through SQLCipher (the key is the first statement).
- `encrypt_in_place(path, key)`: a plain office file becomes an encrypted one (the caller backs it up first):
  exported into a temporary file beside it, checked, then renamed over it, so a power cut or a full disk
  leaves either the plain file or the encrypted one, never half of each.
- `backup_to(db_path, key, target)`: an encrypted backup under the same key (the online backup API; the live
  database may be in use), written under a temporary name and renamed.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.safefile import as_disk_problem, atomic_output, fsync_path, temp_path_for

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


class EncryptionFailed(Refused):
    """The encrypted copy did not check out; the plain file is unchanged."""

    code = "encryption_failed"


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the 32 random bytes are the page key, no passphrase derivation."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return len(header) == len(PLAIN_HEADER) and header != PLAIN_HEADER


def connect(path: Path, key: bytes) -> Any:
    """A SQLCipher connection that has read the first page: a wrong key fails here (sqlcipher3 DatabaseError)."""
    import sqlcipher3.dbapi2 as sqlcipher  # loaded only where encrypted files are opened

    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        conn.close()
        raise
    return conn


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal")]


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain database at `path` into an encrypted one under `key` (nobody may have it open)."""
    import sqlcipher3.dbapi2 as sqlcipher

    tmp = temp_path_for(path)  # a hidden name that remove_stale_temps clears after a power cut
    try:
        plain = sqlcipher.connect(str(path))  # no key: SQLCipher reads a plain file as SQLite does
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            user_version = int(plain.execute("PRAGMA user_version").fetchone()[0])
            application_id = int(plain.execute("PRAGMA application_id").fetchone()[0])
            plain.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(tmp),))
            plain.execute("SELECT sqlcipher_export('enc')")
            plain.execute(f"PRAGMA enc.user_version = {user_version}")
            plain.execute(f"PRAGMA enc.application_id = {application_id}")
            plain.execute("DETACH DATABASE enc")
        finally:
            plain.close()
        check = connect(tmp, key)
        try:
            problems = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()]
        finally:
            check.close()
        if problems != ["ok"]:
            raise EncryptionFailed(f"Salinan terenkripsi {path.name} tidak lolos pemeriksaan integritas, jadi tidak "
                                   "dipakai: berkas aslinya tetap seperti semula. Jalankan pemeriksaan basis data.")
        fsync_path(tmp)
        for companion in _companions(path):
            companion.unlink(missing_ok=True)
        os.replace(tmp, path)
    except BaseException as exc:
        for stale in [tmp, *_companions(tmp)]:
            with contextlib.suppress(OSError):
                stale.unlink()
        translated = as_disk_problem(exc, path.parent)
        if translated is not exc:
            raise translated from exc
        raise


def backup_to(db_path: Path, key: bytes, target: Path) -> Path:
    """An encrypted copy of the live database at `target`, under the same key (temporary name, then renamed)."""
    with atomic_output(target, make_parents=True) as tmp:
        src = connect(db_path, key)
        try:
            import sqlcipher3.dbapi2 as sqlcipher

            dst = sqlcipher.connect(str(tmp))
            try:
                dst.execute(key_pragma(key))
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    return target
