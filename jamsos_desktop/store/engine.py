"""Open the office database: SQLite with WAL, synchronous=FULL, foreign keys and a busy timeout.

Writes take the lock up front (BEGIN IMMEDIATE) so two writers never deadlock on a lock upgrade; reads
start a plain deferred transaction. A power cut loses at most the transaction that was being written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from jamsos_desktop.store.cipher import key_pragma

BUSY_TIMEOUT_MS = 15_000
CACHE_KB = 8_000  # page cache per connection: the desktop keeps a few connections open (issue 18: memory)
BULK_CACHE_KB = 32_000  # a connection that inserts a big batch (store/bulk.py): index and FTS inserts


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the office file; with `key`, through SQLCipher (every page encrypted and authenticated)."""
    extra: dict[str, Any] = {}
    if key is not None:
        import sqlcipher3.dbapi2 as sqlcipher  # loaded only for encrypted files

        extra["module"] = sqlcipher
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **extra,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if key is not None:
            cur.execute(key_pragma(key))  # must be the first statement on the connection
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """The office database file: sessions for reading and for writing (one transaction each)."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self.engine = make_engine(path, key)
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: everything inside lands together or not at all."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """PRAGMA integrity_check (or the faster quick_check, which skips matching indexes to rows): an empty
        list when the file is sound."""
        with self.engine.connect() as conn:
            pragma = "quick_check" if quick else "integrity_check"
            # the check reads every page once: through a small cache, or it would leave the connection holding
            # a full cache of pages nobody reads again (issue 18: the desktop's peak memory)
            conn.exec_driver_sql("PRAGMA cache_size=-2000")
            try:
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
            finally:
                conn.exec_driver_sql("PRAGMA shrink_memory")
                conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KB}")
        return [] if rows == ["ok"] else rows

    def dispose(self) -> None:
        self.engine.dispose()
