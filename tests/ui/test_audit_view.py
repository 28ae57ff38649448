"""Audit viewer: filters by action and operator, shows a correction as old → new, pages, follows the role,
and its check reports a broken chain after a row was edited behind the app's back."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.models.audit_table import AuditTableModel, describe_details
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.audit import audit_view
from jamsos_desktop.ui.views.audit.audit_view import AuditView
from jamsos_desktop.ui.views.session.session_controller import SessionController

from .conftest import ScriptedPrompter, sign_in
from .test_sync_page import register


def make_view(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> AuditView:
    view = AuditView(services, tasks=TaskRunner(), prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    return view


def choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_details_read_as_words_without_a_window() -> None:
    update = '{"changed":{"full_name":{"new":"BUDI SANTOSO","old":"BUDI"},"phone":{"new":"","old":"+62811"}}}'
    assert describe_details(update) == ["Nama lengkap: BUDI → BUDI SANTOSO", "Nomor HP: +62811 → (kosong)"]
    assert describe_details('{"new":"5","old":"10"}', entity_id="session.autolock_minutes") == [
        "kunci layar otomatis: 10 → 5"]
    assert describe_details('{"reason":"pindah","nik":"2171"}') == ["Alasan: Pindah domisili", "NIK: 2171"]
    assert describe_details('{"add":3,"blank":1,"refused":35,"duplicate":0}') == [
        "Ditambahkan: 3", "Baris kosong: 1", "Ditolak: 35", "Ganda: 0"]
    assert describe_details('{"nik":"2171","status":"ready"}') == ["NIK: 2171", "Status: Menunggu persetujuan"]
    assert describe_details("bukan json") == ["bukan json"]
    model = AuditTableModel()
    assert model.rowCount() == 0 and model.columnCount() == 6


def test_filters_show_a_correction_old_to_new_and_pages(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = register(services, 3)
    before = services.participants.show(ids[0], audit_view=False)["full_name"]
    services.participants.update(ids[0], {"full_name": "Rahmawati Lubis"})
    sign_in(services, "siti")
    register(services, 2, seed=9)
    sign_in(services, "lurah")
    view = make_view(qtbot, services, prompter)
    assert view.model.rowCount() > 5
    listed = [view.ui.action_combo.itemData(i) for i in range(1, view.ui.action_combo.count())]
    assert listed == sorted({"init", "create", "update", "login", "logout"} | set(listed))  # each once, sorted

    choose(view.ui.action_combo, "update")
    qtbot.mouseClick(view.ui.apply_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1 and view.model.data(view.model.index(0, 3)) == "Ubah data"
    view.ui.audit_table.selectRow(0)
    details = view.ui.details_edit.toPlainText()
    assert f"Nama lengkap: {before} → RAHMAWATI LUBIS" in details and "oleh Admin Kantor (admin)" in details

    qtbot.mouseClick(view.ui.history_button, Qt.MouseButton.LeftButton)
    assert view.ui.entity_edit.text() == ids[0]
    actions = {view.model.audit_event(r).action for r in range(view.model.rowCount())}
    assert actions == {"create", "update"}  # the whole history of that participant

    qtbot.mouseClick(view.ui.clear_button, Qt.MouseButton.LeftButton)
    choose(view.ui.operator_combo, "siti")
    qtbot.mouseClick(view.ui.apply_button, Qt.MouseButton.LeftButton)
    operators = {view.model.audit_event(r).operator for r in range(view.model.rowCount())}
    assert operators == {"siti"} and {view.model.audit_event(r).action for r in range(view.model.rowCount())} >= {
        "create", "login"}

    view.ui.date_check.setChecked(True)
    view.ui.since_edit.setDate(view.ui.since_edit.date().addDays(-400))
    view.ui.until_edit.setDate(view.ui.since_edit.date().addDays(1))
    qtbot.mouseClick(view.ui.apply_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0 and "Tidak ada" in view.ui.page_label.text()

    monkeypatch.setattr(audit_view, "PAGE_SIZE", 4)
    qtbot.mouseClick(view.ui.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 4 and view.ui.next_button.isEnabled()
    assert not view.ui.previous_button.isEnabled()
    newest = view.model.audit_event(0).id
    qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    assert view.ui.page_label.text().startswith("Halaman 2 · peristiwa 5–")
    assert view.model.audit_event(0).id == newest - 4 and view.ui.previous_button.isEnabled()


def test_check_reports_a_broken_chain_after_a_row_is_edited(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    register(services, 2)
    view = make_view(qtbot, services, prompter)
    qtbot.mouseClick(view.ui.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Jejak audit:" in view.ui.check_label.text(), timeout=10_000)
    assert "utuh" in view.ui.check_label.text() and view.ui.check_label.property("level") == "ok"

    conn = sqlite3.connect(services.office.db_path)
    with conn:
        conn.execute("UPDATE audit_event SET operator = 'penyusup' WHERE id = 3")
    conn.close()
    qtbot.waitUntil(view.ui.check_button.isEnabled)
    qtbot.mouseClick(view.ui.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PUTUS" in view.ui.check_label.text(), timeout=10_000)
    assert "peristiwa nomor 3" in view.ui.check_label.text() and view.ui.check_label.property("level") == "block"


def test_only_supervisors_and_admins_see_the_audit_page(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    sign_in(services, "siti")
    session = SessionController(services, activity_source=QCoreApplication.instance())
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(), prompter=prompter,  # type: ignore[arg-type]
                        language=language)
    qtbot.addWidget(window)
    nav = window.ui.nav_list

    def visible() -> list[str]:
        return [nav.item(r).text() for r in range(nav.count()) if not nav.isRowHidden(r)]

    assert "Jejak Audit" not in visible() and "Kirim Data" in visible() and "Laporan" in visible()
    window.audit.load()  # even if reached, the service refuses and the page says why
    assert window.audit.model.rowCount() == 0 and "supervisor" in window.audit.ui.page_label.text()
    sign_in(services, "lurah")
    window.on_signed_in(services.office.actor)
    assert "Jejak Audit" in visible()
    window.show()
    window.show_page("audit")
    assert window.ui.page_stack.currentWidget() is window.audit and window.audit.model.rowCount() > 0
    sign_in(services, "siti")
    window.on_signed_in(services.office.actor)
    assert window.ui.page_stack.currentWidget() is window.participants


def _set_zone(monkeypatch: pytest.MonkeyPatch, zone: str | None) -> None:
    """This process's local time zone: Asia/Jakarta (WIB) or, with None, the PC's own again. Windows has no
    time.tzset; there the C runtime reads TZ in its own _tzset, in POSIX form ("WIB-7", a name and the offset west
    of UTC), and Python's local times (datetime.astimezone) come from that runtime."""
    if zone is None:
        monkeypatch.delenv("TZ")
    else:
        monkeypatch.setenv("TZ", "WIB-7" if sys.platform == "win32" else zone)
    if sys.platform == "win32":
        import ctypes

        ctypes.cdll.ucrtbase._tzset()
    else:
        time.tzset()


def test_names_not_ids_and_days_in_the_office_zone(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: 'Peserta 0980ee72' instead of a name, 'import' and 'Status: ready' as codes, and days filtered in
    UTC, so what happened between 00:00 and 07:00 WIB fell on the previous day."""
    import datetime as dt

    _set_zone(monkeypatch, "Asia/Jakarta")
    try:
        half_past_midnight_wib = dt.datetime(2026, 3, 2, 17, 30, tzinfo=dt.UTC)  # 3 March 00:30 WIB
        services.office._clock = lambda: half_past_midnight_wib  # noqa: SLF001 - the office's clock
        pid = register(services, 1)[0]
        name = services.participants.show(pid, audit_view=False)["full_name"]
        sign_in(services, "lurah")
        view = make_view(qtbot, services, prompter)
        row = next(r for r in range(view.model.rowCount()) if view.model.audit_event(r).entity_id == pid)
        cells = [view.model.data(view.model.index(row, c)) for c in range(view.model.columnCount())]
        assert cells[1] == "03-03-2026 00:30 WIB"
        assert cells[2] == "Admin Kantor (admin)"
        assert cells[3] == "Daftar baru" and cells[4] == f"Peserta {name}"
        assert "Status: Menunggu persetujuan" in cells[5]
        view.ui.date_check.setChecked(True)
        view.ui.since_edit.setDate(dt.date(2026, 3, 3))
        view.ui.until_edit.setDate(dt.date(2026, 3, 3))
        qtbot.mouseClick(view.ui.apply_button, Qt.MouseButton.LeftButton)
        assert pid in {view.model.audit_event(r).entity_id for r in range(view.model.rowCount())}
        view.ui.since_edit.setDate(dt.date(2026, 3, 2))
        view.ui.until_edit.setDate(dt.date(2026, 3, 2))
        qtbot.mouseClick(view.ui.apply_button, Qt.MouseButton.LeftButton)
        assert pid not in {view.model.audit_event(r).entity_id for r in range(view.model.rowCount())}
    finally:
        _set_zone(monkeypatch, None)
