"""Insert, update or look up many rows fast: one driver-level executemany with SQLAlchemy's own value conversion,
and lookups by a list of keys through one cached statement.

SQLAlchemy Core's executemany builds a parameter dictionary per row through the compiler (about 30 µs a row),
which made the KPJ import's first cover (24,300 people x 6 months in the ledger) and the merge's register and
change rows take seconds. Here the statement is compiled once, each value is converted by its column type's
bind processor (so dates, times and booleans are stored exactly as SQLAlchemy stores them, on SQLite as on
PostgreSQL; columns whose type needs no conversion are passed through untouched), and the rows go to the
driver's executemany as tuples.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import ARRAY

CHUNK = 5000
KEYS = 500  # keys per lookup statement (SQLite's and PostgreSQL's parameter limits are far above)


def _tuples(conn: Connection, table: sa.Table, names: list[str]) -> Callable[[Sequence[dict[str, Any]]],
                                                                           list[tuple[Any, ...]]]:
    """A function turning row dicts into driver tuples of `names`, converted as the columns' types want."""
    dialect = conn.dialect
    procs = [(i, proc) for i, proc in enumerate(table.c[n].type.dialect_impl(dialect).bind_processor(dialect)
                                                for n in names) if proc is not None]
    get = itemgetter(*names)
    one = len(names) == 1

    def convert(rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        plain = [(get(r),) if one else get(r) for r in rows]
        if not procs:
            return plain
        out: list[tuple[Any, ...]] = []
        last: dict[int, tuple[Any, Any]] = {}  # column -> (value, converted): a batch's rows share `now`
        for values in plain:
            row = list(values)
            for i, proc in procs:
                value = row[i]
                if value is not None:
                    seen = last.get(i)
                    if seen is not None and seen[0] is value:
                        row[i] = seen[1]
                    else:
                        row[i] = proc(value)
                        last[i] = (value, row[i])
            out.append(tuple(row))
        return out

    return convert


def _sql(conn: Connection) -> tuple[str, Callable[[str], str]]:
    return ("?" if conn.dialect.paramstyle == "qmark" else "%s"), conn.dialect.identifier_preparer.quote


def _insert_sql(conn: Connection, table: sa.Table, names: Sequence[str]) -> str:
    mark, quote = _sql(conn)
    return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join([mark] * len(names))})")


def insert_many(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table` in the caller's transaction."""
    if not rows:
        return
    names = list(rows[0])
    sql = _insert_sql(conn, table, names)
    convert = _tuples(conn, table, names)
    for i in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, convert(rows[i:i + CHUNK]))


def driver_value(conn: Connection, column: sa.Column[Any], value: Any) -> Any:
    """`value` as the driver stores it in `column` (what insert_many's conversion makes of it)."""
    proc = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return value if proc is None or value is None else proc(value)


def insert_driver_rows(conn: Connection, table: sa.Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert `rows`, tuples of `names` already in the driver's form (plain text and integers pass as they are;
    anything else through `driver_value`), in the caller's transaction: for the hot paths that build hundreds of
    thousands of rows (the ledger), where even insert_many's per-row conversion shows."""
    if not rows:
        return
    sql = _insert_sql(conn, table, names)
    for i in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, list(rows[i:i + CHUNK]))


def update_many(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]], *, key: str) -> None:
    """Update the rows of `table` whose column `key` equals each dict's `key` value, setting the dict's other
    columns (every dict has the same keys), in the caller's transaction."""
    if not rows:
        return
    names = [n for n in rows[0] if n != key]
    mark, quote = _sql(conn)
    sql = (f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(n)} = {mark}' for n in names)} "
           f"WHERE {quote(key)} = {mark}")
    convert = _tuples(conn, table, [*names, key])
    for i in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, convert(rows[i:i + CHUNK]))


def rows_in(conn: Connection, query: sa.Select[Any], key: sa.ColumnElement[Any], values: Iterable[Any]) -> list[Any]:
    """The rows of `query` whose text column `key` is one of `values` (each distinct value once, in chunks of
    KEYS). The keys go in as ONE parameter: a JSON array read by json_each on SQLite, an array compared with
    = ANY on PostgreSQL (the index on `key` is used either way). So the statement is compiled and cached once;
    an expanding IN (...) is rendered again for every call (a third of a bundle's lookup time), and literals
    per key cost more than the lookup itself."""
    name = conn.dialect.name
    pack: Callable[[list[Any]], Any] = list
    if name == "sqlite":
        keys: sa.Select[Any] = sa.select(sa.column("value")).select_from(sa.func.json_each(sa.bindparam("rows_in_keys")))
        statement, pack = query.where(key.in_(keys.scalar_subquery())), json.dumps
    elif name == "postgresql":
        statement = query.where(key == sa.any_(sa.bindparam("rows_in_keys", type_=ARRAY(sa.Text))))
    else:
        statement = query.where(key.in_(sa.bindparam("rows_in_keys", expanding=True)))
    unique = sorted(set(values))
    rows: list[Any] = []
    for i in range(0, len(unique), KEYS):
        rows.extend(conn.execute(statement, {"rows_in_keys": pack(unique[i:i + KEYS])}).all())
    return rows
