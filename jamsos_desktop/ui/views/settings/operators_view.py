"""The admin's operator accounts: add one, disable or enable it, set a new password."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from jamsos_desktop.domain.roles import ROLE_LABELS
from jamsos_desktop.services import Services
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_operators_view import Ui_OperatorsView
from jamsos_desktop.ui.models.operator_table import OperatorTableModel
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.prompts import Prompter


class OperatorsView(QWidget):
    def __init__(self, services: Services, *, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorsView()
        self.ui.setupUi(self)
        self._services = services
        self._prompter = prompter
        self.model = OperatorTableModel(self)
        self.ui.operators_table.setModel(self.model)
        self.ui.operators_table.verticalHeader().hide()
        self.ui.operators_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for role, label in ROLE_LABELS.items():
            self.ui.role_combo.addItem(label, str(role))
        self.ui.add_error_label.hide()
        self.ui.add_button.clicked.connect(self.on_add_clicked)
        self.ui.toggle_active_button.clicked.connect(self.on_toggle_active_clicked)
        self.ui.reset_password_button.clicked.connect(self.on_reset_password_clicked)
        self.ui.operators_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_operators(self._services.auth.operators())
        self._update_buttons()

    def _selected_row(self) -> int | None:
        rows = self.ui.operators_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def on_add_clicked(self) -> None:
        if self.ui.password_edit.text() != self.ui.password_repeat_edit.text():
            self._show_add_error(self.tr("Kedua kata sandi tidak sama: ketik ulang."))
            return
        try:
            self._services.auth.create_operator(username=self.ui.username_edit.text(),
                                                display_name=self.ui.display_name_edit.text(),
                                                password=self.ui.password_edit.text(),
                                                role=self.ui.role_combo.currentData())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._show_add_error(refusal_text(exc))
            return
        added = f"{self.ui.display_name_edit.text().strip()} ({self.ui.username_edit.text().strip().lower()})"
        for edit in (self.ui.username_edit, self.ui.display_name_edit, self.ui.password_edit,
                     self.ui.password_repeat_edit):
            edit.clear()
        self._show_add_message(self.tr("Akun {who} dibuat. Ia bisa masuk sekarang.").format(who=added), "ok")
        self.refresh()

    def on_toggle_active_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        op = self.model.operator(row)
        self._call(lambda: self._services.auth.set_active(op.username, not op.active))

    def on_reset_password_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        op = self.model.operator(row)
        password = self._prompter.ask_password(self, self.tr("Kata sandi baru"),
                                               self.tr("Kata sandi baru untuk {name}:").format(name=op.username))
        if password:
            self._call(lambda: self._services.auth.set_password(op.username, password))

    def _call(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._prompter.warn(self, self.tr("Tidak bisa"), refusal_text(exc))
        self.refresh()

    def _show_add_error(self, text: str) -> None:
        self._show_add_message(text, "block")

    def _show_add_message(self, text: str, level: str) -> None:
        self.ui.add_error_label.setText(text)
        set_level(self.ui.add_error_label, level)
        self.ui.add_error_label.show()

    def _update_buttons(self) -> None:
        row = self._selected_row()
        self.ui.toggle_active_button.setEnabled(row is not None)
        self.ui.reset_password_button.setEnabled(row is not None)
        if row is not None:
            active = self.model.operator(row).active
            self.ui.toggle_active_button.setText(self.tr("Nonaktifkan") if active else self.tr("Aktifkan"))
