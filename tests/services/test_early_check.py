"""The office file's start-up check begun by the entry before Qt loads (services/early_check.py, issue 18): its
result is the check's own, a damaged file is still caught (and no start-up backup is made of it), a file
changed since the check is checked again, and an encrypted or new office is left to its own check."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jamsos_desktop.config import DB_FILE
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.early_check import SLOTS_FILE, EarlyCheck
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store.engine import Database
from tests.conftest import ADMIN_PASSWORD

PAGE = 4096


@pytest.fixture
def closed_office(services: Services) -> Path:
    """An office with a few hundred participants (a file of many pages), closed as after the app's last run."""
    services.participants.register_many(synthetic_records(300, seed=4, kelurahan_code="21.71.02.1002"))
    services.auth.logout()
    services.office.close()
    return services.office.data_dir


@pytest.fixture
def checks_run(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every quick or full check of a database file that runs, by file."""
    seen: list[Path] = []
    check = Database.integrity_problems

    def counted(self: Database, *, quick: bool = False) -> list[str]:
        seen.append(self.path)
        return check(self, quick=quick)

    monkeypatch.setattr(Database, "integrity_problems", counted)
    return seen


def _backups(folder: Path) -> list[str]:
    return sorted(path.name for path in (folder / "backups").glob("*")) if (folder / "backups").is_dir() else []


def _damage_root_page(db: Path, name: str) -> None:
    """Overwrite part of a table's or index's root page, as a power cut's torn write would."""
    with sqlite3.connect(db) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE
    conn.close()
    with db.open("r+b") as raw:
        raw.seek((root - 1) * PAGE + 8)
        raw.write(b"\xff" * 64)


def test_a_sound_file_is_checked_once_before_the_office_opens(closed_office: Path, checks_run: list[Path]) -> None:
    early = EarlyCheck.begin(closed_office)
    assert early is not None and early.problems() == []
    office = open_office(closed_office, checked=early)
    try:
        assert office.startup.integrity_problems == []
        assert checks_run == [closed_office / DB_FILE]  # the early one; open_office did not check again
        assert office.startup.backup_file is not None and _backups(closed_office)  # a sound file is backed up
    finally:
        office.close()


def test_a_damaged_file_is_caught_by_the_early_check_and_not_backed_up(closed_office: Path,
                                                                      checks_run: list[Path]) -> None:
    _damage_root_page(closed_office / DB_FILE, "ix_participant_name")
    backups_before = _backups(closed_office)
    early = EarlyCheck.begin(closed_office)
    assert early is not None
    problems = early.problems()
    assert problems, "the damage must be found"
    assert problems == Database(closed_office / DB_FILE).integrity_problems(quick=True)  # the check's own result
    office = open_office(closed_office, checked=early)
    try:
        assert office.startup.integrity_problems == problems
        assert _backups(closed_office) == backups_before  # a damaged file is never backed up
    finally:
        office.close()


def test_a_file_too_damaged_to_check_fails_to_open_as_before(closed_office: Path) -> None:
    _damage_root_page(closed_office / DB_FILE, "participant")  # SQLite refuses to read it at all
    early = EarlyCheck.begin(closed_office)
    assert early is not None and early.problems() is None  # no result: open_office checks, and reports, itself
    with pytest.raises(sqlite3.DatabaseError):
        open_office(closed_office, checked=early)


def test_a_file_written_after_the_check_is_checked_again(closed_office: Path, checks_run: list[Path]) -> None:
    early = EarlyCheck.begin(closed_office)
    assert early is not None and early.problems() == []
    with sqlite3.connect(closed_office / DB_FILE) as conn:  # another program writes to the file meanwhile
        conn.execute("UPDATE participant SET address = address || ' ' WHERE rowid = 1")
    conn.close()
    assert early.problems() is None
    office = open_office(closed_office, checked=early)
    try:
        assert office.startup.integrity_problems == []
        assert len(checks_run) == 2  # the early check, and open_office's own
    finally:
        office.close()


def test_a_new_or_encrypted_office_gets_no_early_check(tmp_path: Path, closed_office: Path) -> None:
    assert EarlyCheck.begin(tmp_path) is None  # no database yet: the wizard makes one
    (closed_office / SLOTS_FILE).write_bytes(b"{}")  # an encrypted office: its check needs the key
    assert EarlyCheck.begin(closed_office) is None


def test_a_check_for_another_file_is_not_taken(closed_office: Path, tmp_path: Path,
                                               office_services: Callable[..., Services],
                                               checks_run: list[Path]) -> None:
    second = office_services("admin-only", {"admin": (ADMIN_PASSWORD, "admin", "")})
    folder = second.office.data_dir
    second.office.close()
    checks_run.clear()
    other = EarlyCheck.begin(closed_office)
    assert other is not None and other.problems() == []
    office = open_office(folder, checked=other)
    try:
        assert checks_run == [closed_office / DB_FILE, folder / DB_FILE]
    finally:
        office.close()


ENTRY = """
import json, sys, types
from jamsos_desktop.services import early_check

seen = {}
begin = early_check.EarlyCheck.__init__
def init(self, path):
    seen["qt_loaded_when_begun"] = sorted(name for name in sys.modules if name.startswith("PySide6"))
    begin(self, path)
early_check.EarlyCheck.__init__ = init

app = types.ModuleType("jamsos_desktop.app")  # stands in for the window: only what the entry hands to it
class Options:
    def __init__(self, **given):
        self.given = given
def run(options):
    checked = options.given["early_check"]
    seen["handed_over"] = checked is not None and checked.problems() == []
    return 0
app.Options, app.run = Options, run
sys.modules["jamsos_desktop.app"] = app
import jamsos_desktop
jamsos_desktop.app = app

from jamsos_desktop.__main__ import main
seen["code"] = main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
"""


def test_the_entry_begins_the_check_before_qt_is_imported_and_hands_it_to_the_app(closed_office: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", ENTRY, str(closed_office)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen == {"qt_loaded_when_begun": [], "handed_over": True, "code": 0}
