"""The raw-SQLite floor every import figure is compared with: the same rows through sqlite3.executemany into a
temporary table and one INSERT ... SELECT (the fastest raw way into a table whose triggers fill an FTS5 index; the
app's bulk insert does the same, store/bulk.py)."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from jamsos_desktop.domain.record import check_record
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store.engine import Database
from jamsos_desktop.store.migrate import upgrade


def raw_floor(folder: Path, records: list[dict]) -> float:
    """Raw sqlite3 insert of the same participant rows into the same schema (FTS triggers included)."""
    db = Database(folder / "raw.sqlite")
    upgrade(db)
    db.dispose()
    rows = []
    for r in records:
        rec, _ = check_record(r)  # normalisation is not timed: the floor is pure storage
        values = repo.row_values(rec)
        rows.append({**values, "id": str(uuid.uuid4()), "status": "ready", "status_reason": "", "revision": 1,
                     "created_at": "2026-01-01 00:00:00", "created_by": "raw", "updated_at": "2026-01-01 00:00:00",
                     "updated_by": "raw", "deleted_at": None, "deleted_reason": "",
                     "birth_date": values["birth_date"].isoformat()})
    cols = list(rows[0])
    names = ", ".join(cols)
    conn = sqlite3.connect(folder / "raw.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    with conn:
        conn.execute(f"CREATE TEMP TABLE stage ({names})")
        conn.executemany(f"INSERT INTO stage VALUES ({', '.join(':' + c for c in cols)})", rows)
        conn.execute(f"INSERT INTO participant ({names}) SELECT {names} FROM stage ORDER BY rowid")
        conn.execute("DROP TABLE stage")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
