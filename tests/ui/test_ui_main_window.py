"""The shell: pages per role, status bar, lock screen that keeps typed work, closing with unsaved changes."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.status import office_status
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.views.shell.pages import PAGES
from jamsos_desktop.ui.views.shell.status_bar import Figures

from .conftest import ScriptedPrompter, sign_in


def make_window(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> MainWindow:
    session = SessionController(services, activity_source=QCoreApplication.instance())
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(), prompter=prompter,  # type: ignore[arg-type]
                        language=language)
    qtbot.addWidget(window)
    window.show()
    return window


def nav_titles(window: MainWindow) -> list[str]:
    nav = window.ui.nav_list
    return [nav.item(r).text() for r in range(nav.count()) if not nav.isRowHidden(r)]


def test_pages_follow_the_role(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    sign_in(services, "siti")
    window = make_window(qtbot, services, prompter, tmp_path)
    assert nav_titles(window) == ["Peserta", "Kartu", "Kirim Data", "Laporan", "Hak Peserta", "Pengaturan"]
    assert not window.settings.ui.rules_group.isEnabled()
    window.show_page("kirim")
    assert window.ui.page_stack.currentWidget() is window.sync_page
    sign_in(services, "lurah")
    window.on_signed_in(services.office.actor)
    assert "Persetujuan" in nav_titles(window)
    nav = window.ui.nav_list  # the pages whose icons are drawn ahead (shell/pages.warm_up)
    assert tuple(nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(nav.count())) == PAGES
    assert window.settings.ui.rules_group.isEnabled()
    status = window.status
    assert "Lurah" in status.operator_label.text()
    assert status.queue_label.text() == "Antrean kirim: 0"
    assert status.export_label.text() == "Kirim terakhir: belum pernah"
    assert status.connection_label.text() == "Luring (flashdisk)"


def test_lock_keeps_the_open_form_and_lets_another_operator_continue(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    sign_in(services, "siti")
    window = make_window(qtbot, services, prompter, tmp_path)
    window.participants.new_participant()
    qtbot.keyClicks(window.participants.form_view.ui.full_name_edit, "Rahma Lubis")
    window.ui.action_lock.trigger()
    assert window.ui.root_stack.currentWidget() is window.ui.lock_page
    assert services.office.actor is None
    assert not window.ui.menu_bar.isEnabled()
    panel = window.lock_panel.ui
    assert panel.username_edit.text() == "siti"  # kept for the same clerk; another one types over it
    panel.username_edit.clear()
    qtbot.keyClicks(panel.username_edit, "lurah")
    qtbot.keyClicks(panel.password_edit, "salah")
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.isVisibleTo(window) and window.ui.root_stack.currentWidget() is window.ui.lock_page
    qtbot.keyClicks(panel.password_edit, "lurah1234")
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.ui.root_stack.currentWidget() is window.ui.shell_page
    assert services.office.actor is not None and services.office.actor.username == "lurah"
    assert window.participants.form_view.ui.full_name_edit.text() == "Rahma Lubis"
    assert "Persetujuan" in nav_titles(window)


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                           tmp_path: Path) -> None:
    window = make_window(qtbot, services, prompter, tmp_path)
    window.participants.new_participant()
    qtbot.keyClicks(window.participants.form_view.ui.full_name_edit, "Rahma")
    prompter.answers["unsaved"] = "cancel"
    window.close()
    assert window.isVisible() and prompter.messages[-1][0] == "unsaved"
    prompter.answers["unsaved"] = "discard"
    with qtbot.waitSignal(window.window_closed):
        window.close()


def test_approval_page_opens_a_record_in_the_form(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                                  tmp_path: Path) -> None:
    from jamsos_desktop.services.demo import synthetic_records

    saved = services.participants.register_many(synthetic_records(3, kelurahan_code="21.71.02.1002"))
    window = make_window(qtbot, services, prompter, tmp_path)
    window.show_page("persetujuan")
    window.approval.ui.approval_table.selectRow(0)
    qtbot.mouseClick(window.approval.ui.open_button, Qt.MouseButton.LeftButton)
    assert window.ui.page_stack.currentWidget() is window.participants
    assert window.participants.form_view.participant_id in {s.id for s in saved}
    prompter.answers["reason"] = "NIK tidak cocok dengan KTP"
    window.show_page("persetujuan")
    qtbot.mouseClick(window.approval.ui.reject_button, Qt.MouseButton.LeftButton)
    rejected = [s.id for s in saved if services.participants.show(s.id)["status"] == "rejected"]
    assert len(rejected) == 1
    assert services.participants.show(rejected[0])["status_reason"] == "NIK tidak cocok dengan KTP"
    window.participants.open_participant(rejected[0])
    assert "NIK tidak cocok" in window.participants.form_view.ui.message_label.text()


def test_status_figures_come_from_the_worker_at_start_and_a_late_read_never_replaces_a_newer_one(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path, valid_record: dict) -> None:
    window = make_window(qtbot, services, prompter, tmp_path)
    status = window.status
    qtbot.waitUntil(lambda: status.queue_label.text() == "Antrean kirim: 0")  # the start's read, on the worker
    assert status.counts_label.text() == "Belum ada peserta"

    gate = threading.Event()
    window._tasks.run(lambda _p: gate.wait(10))  # the worker is busy: a background read waits behind it
    real_read = status._read
    stale = Figures(counts={"ready": 999}, notices=0, status=office_status(services.office))
    status._read = lambda: stale  # type: ignore[method-assign]
    status.refresh_in_background()  # queued behind the busy worker; it will read "999"
    status._read = real_read  # type: ignore[method-assign]
    services.participants.register(valid_record)
    status.refresh()  # after the clerk's change: read at once
    assert status.counts_label.text().startswith("1 peserta")
    gate.set()
    assert window._tasks.wait(10_000)
    qtbot.wait(50)  # the late read's result is delivered, and dropped
    assert status.counts_label.text().startswith("1 peserta")

    status.refresh_in_background()  # and one read in the background alone is shown when it comes
    qtbot.waitUntil(lambda: status.counts_label.toolTip() != "" and "1" in status.counts_label.text())
