"""Schema migrations (Alembic), applied at start-up after an automatic backup.

Alembic takes a noticeable time to import, so an ordinary start (database already at HEAD) only reads the
stored revision with one query; Alembic is loaded when there is something to migrate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jamsos_desktop.store import driver
from jamsos_desktop.store.backup import APPLICATION_ID, automatic_backup
from jamsos_desktop.store.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FTS_TABLE_PREFIX = "participant_fts"


def _newest_file_revision() -> str:
    """The newest revision by file name (`NNNN_what.py`, revision "NNNN"), read without importing Alembic."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


HEAD = _newest_file_revision()  # a test checks it against Alembic's own head


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate filter: the FTS5 table and its shadow tables are made by hand in a migration."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The stored revision (one query through the driver: no SQLAlchemy import at an ordinary start)."""
    with db.reading() as conn:
        if not driver.has_table(conn, "alembic_version"):  # a new, empty database
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def upgrade(db: Database, *, backups_dir: Path | None = None, target: str = "head") -> bool:
    """Bring the database to `target`; backs it up first when it holds data. True if anything ran."""
    current = current_revision(db)
    if target == "head" and current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise RuntimeError(
            "Basis data ini dibuat oleh versi Jamsos Desktop yang lebih baru: pasang versi terbaru aplikasi."
        )
    if current == (head_revision() if target == "head" else target):
        return False
    if current is not None and backups_dir is not None:
        automatic_backup(db.path, backups_dir, reason="before-migration", key=db.key)
    from alembic import command

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    return True
