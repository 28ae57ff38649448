"""The hub's database behind a SQLAlchemy URL: SQLite by default, PostgreSQL for a multi-user deployment.

Writes are serialised twice over: a lock inside the process (the HTTP server runs requests on a thread pool)
and a database lock across processes (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory
lock), so two imports never interleave their checks and inserts. A dry run is the same transaction, rolled back.

Erasing personal data (hub/privacy.py) calls `overwrite_freed` first: on SQLite the freed bytes are zeroed as
they are freed (`secure_delete`), and after the commit the write-ahead log, which still holds the pages as they
were, is emptied, so the erased values leave the file on the disk, not only the rows. (PostgreSQL keeps dead
row versions until its VACUUM reuses the space: docs/pdp.md.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hub_alembic_version"
BUSY_TIMEOUT_MS = 30_000
_PG_LOCK_KEY = 0x4A534842  # "JSHB": one advisory lock for every hub write
_ERASING = "jamsos.erasing"


def overwrite_freed(conn: Connection) -> None:
    """From now until the end of this write, what is deleted or overwritten is zeroed in the file (SQLite)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.info[_ERASING] = True


def _secure_delete_off(conn: Connection) -> None:
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA secure_delete=OFF")


def _empty_log(conn: Connection) -> None:
    """After an erasing commit: the log's older page images go (best effort: a reader still holding an old
    snapshot keeps them until the next checkpoint)."""
    _secure_delete_off(conn)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy, not the driver, starts transactions (see _on_begin)
        cur = dbapi_conn.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}",
                       "cache_size=-65536"):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}")

    return engine


class HubStore:
    """One hub database: migrations, serialised write transactions and read transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        self._write_engine: Engine
        if self.dialect == "sqlite":
            self.engine = _sqlite_engine(url)
            self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
            self._write_engine = self.engine
        self._lock = threading.RLock()

    # --- schema ------------------------------------------------------------------------------------------
    def alembic_config(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        return cfg

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()

    def head_revision(self) -> str:
        head = ScriptDirectory.from_config(self.alembic_config()).get_current_head()
        assert head is not None
        return head

    def migrate(self, target: str = "head") -> bool:
        """Bring the schema to `target`; True when a migration ran. Refuses a database from a newer hub."""
        current = self.current_revision()
        known = {s.revision for s in ScriptDirectory.from_config(self.alembic_config()).walk_revisions()}
        if current is not None and current not in known:
            raise RuntimeError("Basis data hub ini dibuat oleh versi Jamsos yang lebih baru: pasang versi terbaru.")
        if current == (self.head_revision() if target == "head" else target):
            return False
        cfg = self.alembic_config()
        with self._lock, self._write_engine.begin() as conn:
            if self.dialect == "postgresql":  # two hub processes starting at once: one migrates, one waits
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)  # a no-op when the other process already did it
        return True

    # --- transactions ------------------------------------------------------------------------------------
    @contextmanager
    def write(self, *, dry_run: bool = False) -> Iterator[Connection]:
        """One serialised write transaction; committed at the end, or rolled back on error or for a dry run."""
        with self._lock, self._write_engine.connect() as conn:
            trans = conn.begin()
            try:
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
                yield conn
            except BaseException:
                trans.rollback()
                if conn.info.pop(_ERASING, False):  # nothing was erased: the pooled connection goes back as it was
                    _secure_delete_off(conn)
                raise
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
            if conn.info.pop(_ERASING, False):
                _empty_log(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        self.engine.dispose()
