"""The raw-SQLite floor every import figure is compared with: sqlite3.executemany of the same rows."""

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
    """Raw sqlite3.executemany of the same participant rows into the same schema (FTS triggers included)."""
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
    sql = f"INSERT INTO participant ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    conn = sqlite3.connect(folder / "raw.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    with conn:
        conn.executemany(sql, rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed
