"""Fast multi-row inserts for large batches (imports of tens of thousands of participants).

SQLAlchemy's per-row parameter handling costs about as much as SQLite's own work for 24,300 rows, so the
values are converted once per column with the column types' own bind processors and handed to the driver's
executemany as plain tuples. Same SQL, same stored text as an ordinary insert. A big batch into a table with
triggers (the participant table's FTS5 index) goes through a temporary table and one INSERT ... SELECT.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

from jamsos_desktop.store.engine import BULK_CACHE_KB

BULK_ROWS = 1_000  # from this many rows a batch gets the big page cache (kept by that connection afterwards)


Stored = tuple[list[str], list[tuple[Any, ...]]]  # column names, and each row's values as handed to SQLite


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> Stored:
    """Insert `rows` (dicts with the same keys); returns the values as SQLite got them, in the table's column
    order (store/state.py computes the rows' states from them instead of reading the rows back)."""
    if not rows:
        return [], []
    if len(rows) >= BULK_ROWS and conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KB}")
    columns = [c for c in table.columns if c.name in rows[0]]
    dialect = conn.dialect
    processors = [c.type._cached_bind_processor(dialect) for c in columns]  # noqa: SLF001 - the type's own converter
    names = [c.name for c in columns]
    getter = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    table_rows = [list(getter(row)) for row in rows]
    for i, process in enumerate(processors):
        if process is None:
            continue
        # A batch repeats the same timestamp and operator in every row: convert each distinct value once.
        cache: dict[Any, Any] = {}
        for values in table_rows:
            value = values[i]
            if value is not None:
                try:
                    values[i] = cache[value]
                except KeyError:
                    values[i] = cache[value] = process(value)
                except TypeError:  # unhashable (never for our columns): convert directly
                    values[i] = process(value)
    tuples = [tuple(values) for values in table_rows]
    columns_sql = ", ".join(names)
    placeholders = ", ".join("?" * len(names))
    if len(rows) >= BULK_ROWS and conn.dialect.name == "sqlite" and _has_triggers(conn, table.name):
        _insert_staged(conn, table.name, columns_sql, placeholders, tuples)
    else:
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({columns_sql}) VALUES ({placeholders})", tuples)
    return names, tuples


def _has_triggers(conn: Connection, table: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                (table,)).first() is not None


def _insert_staged(conn: Connection, table: str, columns_sql: str, placeholders: str,
                   tuples: list[tuple[Any, ...]]) -> None:
    """The rows through a temporary table, then into `table` with one INSERT ... SELECT.

    A table whose triggers fill an FTS5 index (participant, migration 0006) pays dearly for executemany: each
    row's statement makes FTS5 write its pending terms out as a new segment (and merge segments), where one
    statement for the whole batch writes them once. 24,300 participants: ~2.8 s of CPU for the index in
    per-row statements, ~1 s in one. The staging table declares no column types, so every value reaches
    `table` as given and takes that table's own affinity exactly as a direct insert would."""
    stage = f"temp.{table}_stage"
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {stage}")
    conn.exec_driver_sql(f"CREATE TABLE {stage} ({columns_sql})")
    try:
        conn.exec_driver_sql(f"INSERT INTO {stage} VALUES ({placeholders})", tuples)
        conn.exec_driver_sql(f"INSERT INTO {table} ({columns_sql}) SELECT {columns_sql} FROM {stage} ORDER BY rowid")
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {stage}")
