"""The shell: pages per role, status bar, lock screen that keeps typed work, closing with unsaved changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.session.session_controller import SessionController

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
