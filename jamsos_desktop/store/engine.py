"""Open the office database: SQLite with WAL, synchronous=FULL, foreign keys and a busy timeout.

Writes take the lock up front (BEGIN IMMEDIATE) so two writers never deadlock on a lock upgrade; reads
start a plain deferred transaction. A power cut loses at most the transaction that was being written.

The SQLAlchemy engine is made (and SQLAlchemy imported) the first time a session is asked for: the start-up
checks, the sign-in and a page of the list go through the driver alone (`connection()`, store/driver.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamsos_desktop.store import driver
from jamsos_desktop.store.driver import BULK_CACHE_KB, BUSY_TIMEOUT_MS, CACHE_KB

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

__all__ = ["BULK_CACHE_KB", "BUSY_TIMEOUT_MS", "CACHE_KB", "Database", "make_engine"]

CHECK_CACHE_KB = 2_000


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the office file; with `key`, through SQLCipher (every page encrypted and authenticated)."""
    from sqlalchemy import create_engine, event

    extra: dict[str, Any] = {}
    if key is not None:
        extra["module"] = driver.driver(key)  # sqlcipher3, loaded only for encrypted files
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **extra,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        driver.configure(dbapi_conn, key)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """The office database file: sessions for reading and for writing (one transaction each), and driver
    connections for the few hot paths that must not wait for SQLAlchemy's import."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self._engine: Engine | None = None
        self._write_engine: Engine | None = None
        self._lock = threading.Lock()
        self._idle: list[Any] = []  # driver connections not in use (a tiny pool: one per concurrent user)
        self._opened: list[Any] = []

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    engine = make_engine(self.path, self.key)
                    self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
                    self._engine = engine
        return self._engine

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: everything inside lands together or not at all."""
        from sqlmodel import Session

        self.engine  # noqa: B018 - made on first use, with its write twin
        assert self._write_engine is not None
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A driver connection (sqlite3 or sqlcipher3 DB-API) of this file, for one caller at a time; the
        caller begins and ends its transaction (`driver.transaction`)."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = driver.connect(self.path, self.key)
            with self._lock:
                self._opened.append(conn)
        try:
            yield conn
        finally:
            if conn.in_transaction:  # never hand on a connection in the middle of a transaction
                conn.execute("ROLLBACK")
            with self._lock:
                self._idle.append(conn)

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """One read transaction on a driver connection."""
        with self.connection() as conn, driver.transaction(conn):
            yield conn

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE) on a driver connection."""
        with self.connection() as conn, driver.transaction(conn, "IMMEDIATE"):
            yield conn

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """PRAGMA integrity_check (or the faster quick_check, which skips matching indexes to rows): an empty
        list when the file is sound."""
        # the check reads every page once: on a connection of its own with a small cache, closed afterwards, or
        # a connection kept open would hold a full cache of pages nobody reads again (issue 18: peak memory)
        conn = driver.connect(self.path, self.key)
        try:
            conn.execute(f"PRAGMA cache_size=-{CHECK_CACHE_KB}")
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
        return [] if rows == ["ok"] else rows

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        with self._lock:
            opened, self._opened, self._idle = self._opened, [], []
        for conn in opened:
            conn.close()
