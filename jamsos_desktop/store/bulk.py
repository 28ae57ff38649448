"""Fast multi-row inserts for large batches (imports of tens of thousands of participants).

SQLAlchemy's per-row parameter handling costs about as much as SQLite's own work for 24,300 rows, so the
values are converted once per column with the column types' own bind processors and handed to the driver's
executemany as plain tuples. Same SQL, same stored text as an ordinary insert.
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
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    conn.exec_driver_sql(sql, tuples)
    return names, tuples
