"""Pengaturan → Enkripsi data: an admin switches a plain office to its encrypted database off the GUI thread, and
every failure (a wrong password, a full disk) says so in Indonesian and leaves the office plain and working."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store import cipher
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.settings.settings_view import SettingsView

from .conftest import ACCOUNTS, ScriptedPrompter, sign_in


def _view(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> SettingsView:
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    view = SettingsView(services, language=language, prompter=prompter, tasks=TaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    return view


def _click_and_wait(qtbot: QtBot, view: SettingsView) -> str:
    enc = view.encryption
    qtbot.mouseClick(enc.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(enc.result_label.text()), timeout=120_000)
    qtbot.waitUntil(lambda: enc.encrypt_button.isHidden() or enc.encrypt_button.isEnabled())  # the task finished
    return enc.result_label.text()


def test_an_admin_switches_a_plain_office_on_in_the_background(qtbot: QtBot, services: Services,
                                                               prompter: ScriptedPrompter, tmp_path: Path,
                                                               valid_record: dict) -> None:
    services.participants.register(valid_record)
    view = _view(qtbot, services, prompter, tmp_path)
    enc = view.encryption
    assert "BELUM dienkripsi" in enc.state_label.text() and enc.encrypt_button.isEnabled()
    prompter.answers["password"] = ACCOUNTS["admin"][0]
    text = _click_and_wait(qtbot, view)
    assert "sekarang terenkripsi" in text and "kunci pemulihan" in text  # no hub trusted yet: said plainly
    assert prompter.messages[-1][0] == "info" and prompter.messages[-1][1] == "Basis data terenkripsi"
    office = services.office
    assert office.encrypted and cipher.is_encrypted(office.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(office.db_path).execute("SELECT count(*) FROM participant").fetchall()
    assert "terenkripsi:" in enc.state_label.text() and enc.encrypt_button.isHidden()
    assert services.participants.count() == 1  # the open app goes on working on the encrypted database
    sign_in(services, "siti")  # the other accounts' passwords still open it
    assert services.office.actor is not None and services.office.actor.username == "siti"


def test_a_wrong_password_or_an_operator_changes_nothing(qtbot: QtBot, services: Services,
                                                         prompter: ScriptedPrompter, tmp_path: Path) -> None:
    view = _view(qtbot, services, prompter, tmp_path)
    prompter.answers["password"] = "bukan-sandinya"
    text = _click_and_wait(qtbot, view)
    assert text.startswith("Basis data TIDAK dienkripsi") and "Kata sandi Anda salah" in text
    assert prompter.messages[-1][0] == "warn" and "Traceback" not in text
    assert not services.office.encrypted and not cipher.is_encrypted(services.office.db_path)
    sign_in(services, "siti")
    view.apply_role()
    assert not view.encryption.encrypt_button.isEnabled()
    assert "Hanya admin" in view.encryption.permission_label.text()


def test_a_full_disk_keeps_the_office_plain_and_working(qtbot: QtBot, services: Services,
                                                        prompter: ScriptedPrompter, tmp_path: Path,
                                                        small_disks, valid_record: dict) -> None:  # type: ignore[no-untyped-def]
    services.participants.register(valid_record)
    source = services.office.data_dir
    services.office.close()
    size_kb = sum(p.stat().st_size for p in source.rglob("*") if p.is_file()) // 1024
    disk = small_disks.mount("disk", size_kb=size_kb + 400)
    folder = disk / "office"
    shutil.copytree(source, folder)
    office = Services(open_office(folder, startup_backup=False))
    try:
        office.auth.login("admin", ACCOUNTS["admin"][0])
        office.participants.count()  # the database is open (WAL made) before the disk fills
        small_disks.fill(disk)
        filler = disk / "filler.bin"
        os.truncate(filler, filler.stat().st_size - (folder / "jamsos.sqlite").stat().st_size * 3 // 2)
        view = _view(qtbot, office, prompter, tmp_path)
        prompter.answers["password"] = ACCOUNTS["admin"][0]
        text = _click_and_wait(qtbot, view)
        assert text.startswith("Basis data TIDAK dienkripsi") and "penuh" in text
        assert "tetap bisa dipakai" in text and "Traceback" not in text
        assert not office.office.encrypted and not cipher.is_encrypted(folder / "jamsos.sqlite")
        assert office.participants.count() == 1  # still working, nothing lost
        assert view.encryption.encrypt_button.isEnabled()  # it can be tried again once there is room
    finally:
        office.office.close()
