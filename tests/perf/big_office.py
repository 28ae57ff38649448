"""Benchmark offices of 100,000 and 1,000,000 participants, generated straight into SQLite.

The records come from the demo generator (`services/demo.py`, realistic Indonesian names and Batam addresses) and
are normalised as `check_record()` does (checked against it on a sample, see `_normalised`); the rows are written with sqlite3.executemany into a
freshly initialised office, so the triggers fill the full-text index exactly as the app does. No audit events or
outbox lines: search does not read them. A built office is kept in the temporary folder under a name that
carries the schema revision, size and seed, and reused by later runs (building a million rows takes minutes).
When only an office of an earlier schema revision (same size and seed) is kept, a copy of it is migrated
instead, as an upgraded clerk's office would be: the same rows, the same generator.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.numbers import normalize_phone
from jamsos_desktop.domain.record import check_record
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import iter_synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import migrate
from jamsos_desktop.store import participants as repo

PASSWORD = "bench1234"
CHUNK = 20_000


def _normalised(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The records as check_record() leaves them, made fast: check_record costs ~160 us a record (minutes at a
    million), so it runs on the first records (learning what it fills in per category) and on every 500th; the
    rest get the same normalisation directly, and any difference from check_record stops the build."""
    position: dict[str, str] = {}
    for i, r in enumerate(records):
        checked = check_record(r)[0] if i < 200 or i % 500 == 0 else None
        if checked is not None:
            position.setdefault(r["category"], checked["position"])
        fast = {**r, "full_name": r["full_name"].upper(), "mother_name": r["mother_name"].upper(),
                "phone": normalize_phone(r["phone"]), "position": r["position"] or position.get(r["category"], "")}
        if checked is not None and repo.row_values(checked) != repo.row_values(fast):
            raise AssertionError(f"the fast normalisation differs from check_record() on record {i}")
        yield fast


def _rows(n: int, seed: int) -> Iterator[dict[str, Any]]:
    for rec in _normalised(iter_synthetic_records(n, seed=seed)):
        values = repo.row_values(rec)
        yield {**values, "id": str(uuid.uuid4()), "status": "ready", "status_reason": "", "revision": 1,
               "created_at": "2026-01-01 00:00:00", "created_by": "admin", "updated_at": "2026-01-01 00:00:00",
               "updated_by": "admin", "deleted_at": None, "deleted_reason": "",
               "birth_date": values["birth_date"].isoformat()}


def _build(folder: Path, n: int, seed: int) -> None:
    office = open_office(folder, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password=PASSWORD)
    db_path = office.db.path
    office.close()
    rows = _rows(n, seed)
    first = next(rows)
    cols = list(first)
    sql = f"INSERT INTO participant ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # a benchmark fixture: speed of building, not of saving
    rows = itertools.chain([first], rows)
    while chunk := list(itertools.islice(rows, CHUNK)):
        with conn:
            conn.executemany(sql, chunk)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _earlier(root: Path, n: int, seed: int) -> Path | None:
    """The newest kept office of an earlier schema revision with this size and seed."""
    kept = [f for f in root.glob(f"office-*-{n}-{seed}")
            if (f / "built").exists() and f.name.split("-")[1] < migrate.HEAD]
    return max(kept, key=lambda f: f.name.split("-")[1], default=None)


def big_office(n: int, seed: int) -> Services:
    """A signed-in office of n synthetic participants (built once, then reused; migrated from an earlier
    revision's copy when there is one)."""
    root = Path(tempfile.gettempdir()) / "jamsos-bench"
    folder = root / f"office-{migrate.HEAD}-{n}-{seed}"
    done = folder / "built"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        earlier = _earlier(root, n, seed)
        if earlier is not None:
            shutil.copytree(earlier, folder, ignore=shutil.ignore_patterns("built", "backups"))
            open_office(folder, startup_backup=False).close()  # the migrations run here
            shutil.rmtree(folder / "backups", ignore_errors=True)  # the copy taken before migrating
        else:
            folder.mkdir(parents=True)
            _build(folder, n, seed)
        done.write_text("ok\n")
    services = Services(open_office(folder, startup_backup=False))
    services.auth.login("admin", PASSWORD)
    return services
