"""Pengaturan: the interface language (this PC), the office settings a supervisor may change, backups, and
switching the database to encryption (ui/views/settings/encryption_view.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from jamsos_desktop.domain.roles import allowed
from jamsos_desktop.services import Services
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_settings_view import Ui_SettingsView
from jamsos_desktop.ui.i18n import LANGUAGES, LanguagePreference
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.settings.backup_view import BackupView
from jamsos_desktop.ui.views.settings.encryption_view import EncryptionView
from jamsos_desktop.ui.widgets.pickers import FilePicker
from jamsos_desktop.ui.widgets.prompts import Prompter


class SettingsView(QWidget):
    settings_saved = Signal()
    database_restored = Signal()  # a backup replaced the database: the app must be opened again

    def __init__(self, services: Services, *, language: LanguagePreference, prompter: Prompter,
                 tasks: TaskRunner | None = None, picker: FilePicker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsView()
        self.ui.setupUi(self)
        self._services = services
        self._language = language
        self._prompter = prompter
        for code, name in LANGUAGES.items():
            self.ui.language_combo.addItem(name, code)
        self.ui.saved_label.clear()
        self.ui.save_button.clicked.connect(self.on_save_clicked)
        tasks = tasks or TaskRunner(self)
        self.backup = BackupView(services, tasks=tasks, prompter=prompter,
                                 picker=picker or FilePicker(self), parent=self)
        self.backup.database_restored.connect(self.database_restored)
        self.add_tab(self.backup, self.tr("Cadangan data"))
        self.encryption = EncryptionView(services, tasks=tasks, prompter=prompter, parent=self)
        self.add_tab(self.encryption, self.tr("Enkripsi data"))
        self.load()

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.ui.settings_tabs.addTab(widget, title)

    def set_tab_visible(self, widget: QWidget, visible: bool) -> None:
        self.ui.settings_tabs.setTabVisible(self.ui.settings_tabs.indexOf(widget), visible)

    def load(self) -> None:
        values = self._services.settings.all()
        self.ui.language_combo.setCurrentIndex(max(self.ui.language_combo.findData(self._language.get()), 0))
        self.ui.office_name_label.setText(f"{values.get('office.name', '')} ({values.get('office.kelurahan_code', '')})")
        self.ui.device_label.setText(values.get("office.device_id", "") or "-")
        self.ui.autolock_spin.setValue(int(values.get("session.autolock_minutes") or 0))
        self.ui.valid_years_spin.setValue(int(values.get("cards.valid_years") or 1))
        self.ui.hub_url_edit.setText(values.get("sync.hub_url", ""))
        self.ui.approval_check.setChecked(values.get("approval.required") != "0")
        self.apply_role()

    def apply_role(self) -> None:
        actor = self._services.office.actor
        may_change = actor is not None and allowed(actor.role, "settings.change")
        self.ui.rules_group.setEnabled(may_change)
        self.ui.permission_label.setText("" if may_change else self.tr(
            "Hanya supervisor atau admin yang bisa mengubah pengaturan kantor."))
        self.backup.apply_role()
        self.encryption.apply_role()

    def on_save_clicked(self) -> None:
        self._language.set(self.ui.language_combo.currentData())
        if self.ui.rules_group.isEnabled():
            wanted = {
                "session.autolock_minutes": str(self.ui.autolock_spin.value()),
                "cards.valid_years": str(self.ui.valid_years_spin.value()),
                "sync.hub_url": self.ui.hub_url_edit.text().strip(),
                "approval.required": "1" if self.ui.approval_check.isChecked() else "0",
            }
            current = self._services.settings.all()
            try:
                for key, value in wanted.items():
                    if current.get(key) != value:
                        self._services.settings.set(key, value)
            except Exception as exc:
                if not is_refusal(exc):
                    raise
                self._prompter.warn(self, self.tr("Pengaturan belum tersimpan"), refusal_text(exc))
                return
        self.ui.saved_label.setText(self.tr("Tersimpan."))
        self.settings_saved.emit()
