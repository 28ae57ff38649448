"""The office file's start-up check, begun as the process starts (issue 18).

The desktop checks the office file at every start (PRAGMA quick_check in `open_office`: a power cut's damage).
That check is SQLite reading the whole file, ~0.1 s at 24,300 participants, outside Python's lock. The entry
(`__main__`) begins it on a thread of its own before Qt is imported, so it runs while Python loads Qt and paints
the sign-in window instead of after, and `open_office` takes its result.

The result stands only for the file as it was when the check ended (its connection closed): when the database
or its write-ahead log has changed since (another program wrote to it), `problems()` gives None and
`open_office` checks again, as it does when the early check could not run. An encrypted office is not checked
here: its check needs the key, so it runs when a password unlocks the office (Office.unlock).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from jamsos_desktop.config import DB_FILE
from jamsos_desktop.store.engine import Database

SLOTS_FILE = "jamsos.keys"
"""An encrypted office's key slots (services/office.py). sync/keyslots.FILE_NAME, which a test holds equal: that
module is for an encrypted office (with the cryptography and argon2 it uses when a slot opens), which a plain
office's start does not need."""

_Stamp = tuple[tuple[int, int] | None, ...]


class EarlyCheck:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._problems: list[str] | None = None
        self._stamp: _Stamp | None = None
        self._thread = threading.Thread(target=self._run, name="jamsos-check", daemon=True)
        self._thread.start()

    @classmethod
    def begin(cls, data_dir: Path) -> EarlyCheck | None:
        """The check of the office in `data_dir`, begun; None for a new office or an encrypted one."""
        if not (data_dir / DB_FILE).is_file() or (data_dir / SLOTS_FILE).exists():
            return None
        return cls(data_dir / DB_FILE)

    def _run(self) -> None:
        try:
            problems = Database(self.db_path).integrity_problems(quick=True)
        except Exception:  # noqa: BLE001 - open_office checks again and reports a failure itself
            return
        self._problems, self._stamp = problems, _stamp(self.db_path)

    def problems(self) -> list[str] | None:
        """The check's result (an empty list: the file is sound) once it has ended; None when it failed or the
        file has changed since."""
        self._thread.join()
        if self._stamp is None or self._stamp != _stamp(self.db_path):
            return None
        return self._problems


def _stamp(db_path: Path) -> _Stamp:
    """Size and modification time of the database and its write-ahead log (None: no such file)."""
    found: list[tuple[int, int] | None] = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            found.append(None)
        else:
            found.append((info.st_size, info.st_mtime_ns))
    return tuple(found)
