"""First-run wizard, the admin's operator screen, settings, and approving many in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store import cipher
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.approval import approval_view
from jamsos_desktop.ui.views.approval.approval_view import ApprovalView
from jamsos_desktop.ui.views.settings.operators_view import OperatorsView
from jamsos_desktop.ui.views.settings.settings_view import SettingsView
from jamsos_desktop.ui.views.setup.setup_wizard import SetupWizard

from .conftest import KELURAHAN, ScriptedPrompter, sign_in


def test_setup_wizard_creates_office_admin_and_device(qtbot: QtBot, tmp_path: Path) -> None:
    office = open_office(tmp_path / "new", startup_backup=False)
    wizard = SetupWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    assert ui.kelurahan_tree.topLevelItemCount() == 12  # Batam's kecamatan
    wizard.next()
    assert wizard.currentPage() is ui.kelurahan_page  # nothing chosen yet
    qtbot.keyClicks(ui.kelurahan_filter_edit, "jodoh")
    visible = [ui.kelurahan_tree.topLevelItem(i) for i in range(ui.kelurahan_tree.topLevelItemCount())
               if not ui.kelurahan_tree.topLevelItem(i).isHidden()]
    assert len(visible) == 1 and "Batu Ampar" in visible[0].text(0)
    wizard.choose(KELURAHAN)
    assert "Sungai Jodoh" in ui.selected_label.text()
    wizard.next()
    assert wizard.currentPage() is ui.admin_page
    qtbot.keyClicks(ui.admin_username_edit, "admin")
    qtbot.keyClicks(ui.admin_password_edit, "rahasia123")
    qtbot.keyClicks(ui.admin_password_repeat_edit, "rahasia124")
    wizard.next()
    assert wizard.currentPage() is ui.admin_page and "tidak sama" in ui.admin_error_label.text()
    ui.admin_password_repeat_edit.clear()
    qtbot.keyClicks(ui.admin_password_repeat_edit, "rahasia123")
    with qtbot.waitSignal(wizard.office_initialized) as done:
        wizard.next()
    assert wizard.currentPage() is ui.device_page
    assert ui.fingerprint_label.text() == done.args[0].fingerprint
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert office.initialized and office.setting("office.kelurahan_code") == KELURAHAN
    assert office.encrypted and cipher.is_encrypted(office.db_path)  # encrypted from the start
    assert "terenkripsi" in ui.office_label.text() and "Percayai berkas identitas Disnaker" in ui.office_label.text()
    assert office.actor is None  # the clerk signs in as usual next
    office.close()


def test_admin_adds_and_disables_an_operator(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    view = OperatorsView(services, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    ui = view.ui
    qtbot.keyClicks(ui.username_edit, "Budi Baru")
    qtbot.keyClicks(ui.display_name_edit, "Budi Baru")
    qtbot.keyClicks(ui.password_edit, "sandi12345")
    qtbot.keyClicks(ui.password_repeat_edit, "sandi12345")
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    assert ui.add_error_label.isVisibleTo(view) and "huruf kecil" in ui.add_error_label.text()
    ui.username_edit.clear()
    qtbot.keyClicks(ui.username_edit, "budi")
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    names = [view.model.operator(r).username for r in range(view.model.rowCount())]
    assert "budi" in names
    ui.operators_table.selectRow(names.index("budi"))
    assert ui.toggle_active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(ui.toggle_active_button, Qt.MouseButton.LeftButton)
    assert not next(o for o in services.auth.operators() if o.username == "budi").active
    ui.operators_table.selectRow(names.index("admin"))
    qtbot.mouseClick(ui.toggle_active_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "warn" and "sendiri" in prompter.messages[-1][2]


def test_settings_change_autolock_and_language(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                               tmp_path: Path) -> None:
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    view = SettingsView(services, language=language, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    assert view.ui.autolock_spin.value() == 10
    view.ui.autolock_spin.setValue(5)
    view.ui.language_combo.setCurrentIndex(view.ui.language_combo.findData("en"))
    view.ui.hub_url_edit.setText("ftp://salah")
    qtbot.mouseClick(view.ui.save_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "warn" and "http" in prompter.messages[-1][2]
    assert "Alamat Disnaker" in prompter.messages[-1][2] and "hub" not in prompter.messages[-1][2]
    view.ui.hub_url_edit.clear()
    with qtbot.waitSignal(view.settings_saved):
        qtbot.mouseClick(view.ui.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.get("session.autolock_minutes") == "5"
    assert language.get() == "en"
    sign_in(services, "siti")
    view.apply_role()
    assert not view.ui.rules_group.isEnabled() and "supervisor" in view.ui.permission_label.text()


def test_approving_many_runs_in_the_background(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.participants.register_many(synthetic_records(30, kelurahan_code=KELURAHAN))
    monkeypatch.setattr(approval_view, "BACKGROUND_FROM", 10)
    monkeypatch.setattr(approval_view, "BATCH", 7)
    tasks = TaskRunner()
    view = ApprovalView(services, tasks=tasks, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    assert view.ui.approve_all_button.text() == "Setujui semua (30)…"
    with qtbot.waitSignal(view.participants_changed, timeout=10_000):
        qtbot.mouseClick(view.ui.approve_all_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "confirm"
    assert services.participants.status_counts() == {"approved": 30}
    assert view.model.total == 0
