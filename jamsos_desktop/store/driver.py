"""The office database through the DB-API driver alone (sqlite3, or sqlcipher3 for an encrypted file).

What an ordinary start, a sign-in and a page of the participant list read and write goes through here, so
`jamsos list` and the desktop's list never import SQLAlchemy or sqlmodel for it (issue 18: their import was
two thirds of the command's time). Every other use case keeps its sessions (`Database.read()`/`write()`).

Connections are set up exactly as the SQLAlchemy engine's (`configure`, shared by both), and a datetime is
stored as SQLAlchemy's SQLite `DATETIME` stores it (`datetime_text`), so rows written either way read the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jamsos_desktop.store.cipher import key_pragma

BUSY_TIMEOUT_MS = 15_000
CACHE_KB = 2_000  # page cache per connection (SQLite's default): the desktop keeps a few connections open, and a bigger cache did not make search at 1M faster (issue 18: memory)
BULK_CACHE_KB = 32_000  # a connection that inserts a big batch (store/bulk.py): index and FTS inserts


def configure(conn: Any, key: bytes | None) -> None:
    """The settings of every office connection; the key must be the first statement."""
    conn.isolation_level = None  # transactions begin where the code says (BEGIN DEFERRED / IMMEDIATE)
    cur = conn.cursor()
    if key is not None:
        cur.execute(key_pragma(key))
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KB}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def driver(key: bytes | None) -> Any:
    """The DB-API module for the file: SQLCipher's only for an encrypted one (loaded only then)."""
    if key is None:
        import sqlite3

        return sqlite3
    import sqlcipher3.dbapi2 as sqlcipher

    return sqlcipher


def connect(path: Path, key: bytes | None) -> Any:
    conn = driver(key).connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        configure(conn, key)
    except Exception:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: Any, mode: str = "DEFERRED") -> Iterator[Any]:
    """One transaction on `conn` (IMMEDIATE for writes: the lock is taken up front, as the engine does)."""
    conn.execute(f"BEGIN {mode}")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def datetime_text(value: dt.datetime) -> str:
    """A datetime as SQLAlchemy's SQLite DATETIME stores it: the fields as given, no zone (the app's times are
    UTC)."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")


def has_table(conn: Any, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def scalar(conn: Any, sql: str, params: Any = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None
