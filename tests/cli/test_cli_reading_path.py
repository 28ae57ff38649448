"""Issue 18: `jamsos list` and `jamsos search` open the office, sign in and read a page through the driver alone:
no SQLAlchemy, sqlmodel or Alembic import (two thirds of the command's time went to it), on a plain office and on
an encrypted one; what they write (the sign-in's audit event) keeps the audit chain whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import SLOTS_FILE
from jamsos_desktop.sync import keyslots
from tests.conftest import ADMIN_PASSWORD

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "reportlab", "openpyxl", "httpx", "fastapi")

READ = """
import contextlib, io, json, sys
from jamsos_desktop.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(),
                  "loaded": sorted(n for n in sys.modules if n.split(".")[0] in HEAVY)}))
""".replace("HEAVY", repr(HEAVY))


def _run(folder, *args: str) -> dict:
    env = {**os.environ, "JAMSOS_USER": "admin", "JAMSOS_PASSWORD": ADMIN_PASSWORD}
    proc = subprocess.run([sys.executable, "-c", READ, "--data-dir", str(folder), *args], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _check_reading(services: Services, valid_record: dict) -> None:
    services.participants.register_many([valid_record])
    folder = services.office.data_dir
    services.office.close()
    for args in (("list", "--json"), ("search", "aminah", "--json"), ("list",)):
        result = _run(folder, *args)
        assert result["code"] == 0, result
        assert result["loaded"] == [], f"`jamsos {' '.join(args)}` imports {result['loaded']}"
        assert "Siti Aminah".upper() in result["out"].upper()
    listed = json.loads(_run(folder, "list", "--json")["out"])
    assert [r["nik"] for r in listed] == [valid_record["nik"]]


def test_list_and_search_load_no_storage_library(services: Services, valid_record: dict) -> None:
    folder = services.office.data_dir
    _check_reading(services, valid_record)
    reopened = Services(_open(folder))
    reopened.auth.login("admin", ADMIN_PASSWORD)
    report = reopened.maintenance.check()
    reopened.office.close()
    assert report.ok, report.lines()


def test_an_encrypted_office_lists_without_the_storage_library_too(services: Services, valid_record: dict) -> None:
    services.encryption.switch_on(ADMIN_PASSWORD)
    assert services.office.encrypted
    _check_reading(services, valid_record)


def test_the_slot_file_name_is_the_key_slots_own() -> None:
    assert SLOTS_FILE == keyslots.FILE_NAME


def _open(folder):  # type: ignore[no-untyped-def]
    from jamsos_desktop.services.office import open_office

    return open_office(folder, startup_backup=False)
