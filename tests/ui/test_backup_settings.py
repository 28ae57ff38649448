"""Pengaturan → Cadangan data: back up to a folder, restore it (admin only) with the app asked to close,
and refuse a file that is not a Jamsos database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.settings.settings_view import SettingsView

from .conftest import ScriptedPrompter, sign_in
from .test_sync_page import ScriptedPicker, register


@pytest.fixture
def view(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> SettingsView:
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    view = SettingsView(services, language=language, prompter=prompter,  # type: ignore[arg-type]
                        tasks=TaskRunner(), picker=ScriptedPicker())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    return view


def picker_of(view: SettingsView) -> ScriptedPicker:
    return view.backup._picker  # type: ignore[return-value]  # noqa: SLF001


def click_and_wait_message(qtbot: QtBot, prompter: ScriptedPrompter, button) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(button.isEnabled)
    before = len(prompter.messages)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(prompter.messages) > before, timeout=10_000)
    return prompter.messages[-1]


def test_backup_then_restore_round_trip(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                        view: SettingsView, tmp_path: Path) -> None:
    tabs = view.ui.settings_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Umum", "Cadangan data", "Enkripsi data"]
    last = view.backup.ui.last_backup_label  # seen: the tab did not say when the last backup was made
    assert last.text().startswith("Belum pernah dibuat cadangan ke flashdisk") and last.property("level") == "warn"
    register(services, 3)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    picker_of(view).answers = [stick]
    kind, title, text = click_and_wait_message(qtbot, prompter, view.backup.ui.backup_button)
    assert (kind, title) == ("info", "Cadangan tersimpan")
    backups = list(stick.glob("jamsos-cadangan-*.sqlite"))
    assert len(backups) == 1 and str(backups[0]) in text
    assert last.text().startswith("Cadangan terakhir: ") and backups[0].name in last.text()
    assert " WIB" in last.text() or " UTC" in last.text() or "UTC" in last.text()
    assert last.property("level") == "ok"

    register(services, 2, seed=5)
    assert services.participants.count() == 5
    prompter.answers["confirm"] = False
    picker_of(view).answers = [backups[0]]
    qtbot.waitUntil(view.backup.ui.restore_button.isEnabled)  # the backup's task has finished (slow machines)
    qtbot.mouseClick(view.backup.ui.restore_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "confirm" and services.participants.count() == 5

    prompter.answers["confirm"] = True
    picker_of(view).answers = [backups[0]]
    with qtbot.waitSignal(view.database_restored, timeout=10_000):
        qtbot.mouseClick(view.backup.ui.restore_button, Qt.MouseButton.LeftButton)
    kind, title, text = prompter.messages[-1]
    assert (kind, title) == ("info", "Cadangan dipulihkan") and "ditutup" in text
    assert services.participants.count() == 3
    safety = next(services.office.backups_dir.glob("*before-restore*.sqlite"))
    assert str(safety) in text


def test_restore_refuses_a_file_that_is_not_a_jamsos_database(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, view: SettingsView, tmp_path: Path) -> None:
    register(services, 2)
    text_file = tmp_path / "catatan.sqlite"
    text_file.write_text("bukan basis data")
    other = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    for source, words in ((text_file, "bukan berkas cadangan Jamsos"), (other, "bukan milik Jamsos Desktop")):
        picker_of(view).answers = [source]
        qtbot.waitUntil(view.backup.ui.restore_button.isEnabled)
        before = len(prompter.messages)
        qtbot.mouseClick(view.backup.ui.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(prompter.messages) == before + 2, timeout=10_000)  # noqa: B023
        assert prompter.messages[-2][0] == "confirm"  # the service checks the file once it is asked to restore
        kind, title, text = prompter.messages[-1]
        assert (kind, title) == ("warn", "Cadangan tidak dipulihkan") and words in text
        assert view.backup.ui.result_label.text() == text
    assert services.participants.count() == 2


def test_only_an_admin_may_restore(services: Services, view: SettingsView) -> None:
    assert view.backup.ui.restore_button.isEnabled()
    for user in ("lurah", "siti"):
        sign_in(services, user)
        view.apply_role()
        assert not view.backup.ui.restore_button.isEnabled()
        assert "Hanya admin" in view.backup.ui.restore_permission_label.text()
        assert view.backup.ui.backup_button.isEnabled()
