"""The participant form for a new or an existing participant: inline checks as the clerk types, save, delete.

Every rule comes from `services.participants.check`; this view only shows the problems where they belong.
Simpan is always there to press: with a blocking problem it shows every problem and puts the cursor in the
first field to fix (scrolled into view); with warnings it asks first. Typed changes are never dropped without
asking. Enter in a text field moves to the next field, as Tab does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QHeaderView, QLineEdit, QWidget

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.record import DELETE_REASONS, RELATIONSHIPS
from jamsos_desktop.domain.statuses import Status
from jamsos_desktop.services import Services
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.generated.ui_participant_form import Ui_ParticipantForm
from jamsos_desktop.ui.models.beneficiary_table import CODE_ROLE, BeneficiaryTableModel
from jamsos_desktop.ui.models.labels import status_label
from jamsos_desktop.ui.views.participants.form_fields import FormFields
from jamsos_desktop.ui.views.participants.notice_panel import NoticePanel
from jamsos_desktop.ui.widgets.choice_delegate import ChoiceDelegate
from jamsos_desktop.ui.widgets.levels import set_level
from jamsos_desktop.ui.widgets.prompts import CANCEL, SAVE, Prompter

CHECK_DELAY_MS = 150


class ParticipantFormView(QWidget):
    participant_saved = Signal(str)  # participant id
    participant_deleted = Signal(str)  # participant id
    close_requested = Signal()
    new_requested = Signal()
    notices_changed = Signal()  # a notice from Disnaker was marked read

    def __init__(self, services: Services, *, kelurahan_code: str, kelurahan_label: str, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantForm()
        self.ui.setupUi(self)
        self._services = services
        self._prompter = prompter
        self._participant_id: str | None = None
        self._problems: list[Problem] = []
        self._touched: set[str] = set()
        self._show_all = False
        self._dirty = False
        self._loading = False
        self._proposed: tuple[dt.date, str] | None = None
        self._beneficiaries = BeneficiaryTableModel(self)
        self.ui.beneficiaries_table.setModel(self._beneficiaries)
        self.ui.beneficiaries_table.setItemDelegateForColumn(1, ChoiceDelegate(RELATIONSHIPS, code_role=CODE_ROLE,
                                                                               parent=self))
        header = self.ui.beneficiaries_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gets the room left
        header.setMinimumSectionSize(90)
        self.fields = FormFields(self.ui, self._beneficiaries, kelurahan_code, kelurahan_label)
        self.notice_panel = NoticePanel(services, self)
        self.ui.form_layout.insertWidget(self.ui.form_layout.indexOf(self.ui.message_label) + 1, self.notice_panel)
        self.notice_panel.notices_changed.connect(self.notices_changed)
        self.ui.scroll_area.viewport().installEventFilter(self)  # two columns, or one when narrow
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._connect()
        self.start_new()

    def _connect(self) -> None:
        for field, edit in self.fields.text.items():
            edit.textEdited.connect(lambda _t, f=field: self._on_edited(f))
        for field, combo in self.fields.combo.items():
            combo.activated.connect(lambda _i, f=field: self._on_edited(f))
        self.fields.combo["company"].editTextChanged.connect(lambda _t: self._on_edited("company"))
        self.ui.birth_date_edit.date_edited.connect(lambda: self._on_edited("birth_date"))
        for edit in self.fields.text.values():
            edit.installEventFilter(self)
        self.ui.birth_date_edit.edit.installEventFilter(self)
        self.ui.jkk_check.clicked.connect(lambda: self._on_edited("programs"))
        self.ui.jkm_check.clicked.connect(lambda: self._on_edited("programs"))
        self.ui.nik_edit.textEdited.connect(self.on_nik_edited)
        self.ui.category_combo.activated.connect(self.on_category_activated)
        for sig in (self._beneficiaries.dataChanged, self._beneficiaries.rowsInserted, self._beneficiaries.rowsRemoved):
            sig.connect(lambda *_: self._on_edited("beneficiaries"))
        self.ui.add_beneficiary_button.clicked.connect(self.on_add_beneficiary_clicked)
        self.ui.remove_beneficiary_button.clicked.connect(self.on_remove_beneficiary_clicked)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.delete_button.clicked.connect(self.on_delete_clicked)
        self.ui.back_button.clicked.connect(self.close_requested)
        self.ui.new_button.clicked.connect(self.new_requested)

    # --- what the page calls -------------------------------------------------------------------------------
    @property
    def participant_id(self) -> str | None:
        return self._participant_id

    def is_dirty(self) -> bool:
        return self._dirty

    def start_new(self) -> None:
        self._set_record(None, {"programs": ["JKK", "JKM"]})
        self.ui.nik_edit.setFocus()

    def open_participant(self, participant_id: str) -> None:
        record = self._services.participants.show(participant_id)
        self._set_record(participant_id, record)

    def confirm_leave(self) -> bool:
        """True when the form may be left: nothing unsaved, or the clerk saved or chose to discard."""
        if not self._dirty:
            return True
        what = self.ui.full_name_edit.text().strip() or self.tr("peserta ini")
        answer = self._prompter.ask_unsaved(self, what)
        if answer == CANCEL:
            return False
        return self.save() if answer == SAVE else True

    # --- slots ---------------------------------------------------------------------------------------------
    def _on_edited(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        self._dirty = True
        self._check_timer.start()
        self._update_buttons()

    def on_nik_edited(self, text: str) -> None:
        parts = nik_rules.parse(text)
        if parts is None or parts.birth_date is None:
            return
        birth = parts.birth_date
        self.ui.birth_date_edit.set_calendar_hint(birth)
        entry = self.ui.birth_date_edit
        proposed = self._proposed or (None, None)
        date_free = not entry.text().strip() or entry.date() == proposed[0]
        sex_free = (self.fields.combo["sex"].currentData() or "") in ("", proposed[1])
        if date_free and sex_free:
            self._loading = True
            entry.set_date(birth)
            self.fields.set_combo("sex", parts.sex)
            self._loading = False
            self._proposed = (birth, parts.sex)
            self.fields.set_proposal(self.tr("Tanggal lahir dan jenis kelamin diisi dari NIK: cocokkan dengan KTP."))

    def on_category_activated(self, _index: int) -> None:
        self.fields.show_category_fields(self.ui.category_combo.currentData() or "")

    def on_add_beneficiary_clicked(self) -> None:
        row = self._beneficiaries.add_row()
        self.ui.beneficiaries_table.edit(self._beneficiaries.index(row, 0))

    def on_remove_beneficiary_clicked(self) -> None:
        self._beneficiaries.remove_row(self.ui.beneficiaries_table.currentIndex().row())

    def check_now(self) -> list[Problem]:
        self._check_timer.stop()
        _record, self._problems = self._services.participants.check(self.fields.read(),
                                                                    participant_id=self._participant_id)
        self.fields.show_problems(self._problems, None if self._show_all else self._touched)
        self._update_buttons()
        return self._problems

    def save(self) -> bool:
        problems = self.check_now()
        if any(p.level is Level.BLOCK for p in problems):
            self._show_all = True
            self.check_now()
            self.focus_first_problem()
            return False
        if self._participant_id is not None and not self._dirty:
            self._show_status("", "", note=self.tr("Tidak ada perubahan untuk disimpan."))
            return True
        warnings = [p for p in problems if p.level is Level.WARN]
        if warnings and not self._prompter.confirm(
                self, self.tr("Simpan dengan peringatan?"),
                self.tr("Periksa dulu:\n{items}\n\nSimpan juga?").format(
                    items="\n".join(f"• {p.message}" for p in warnings)),
                yes=self.tr("Simpan juga"), no=self.tr("Periksa lagi")):
            self.focus_first_problem(Level.WARN)
            return False
        raw = self.fields.read()
        try:
            if self._participant_id is None:
                saved = self._services.participants.register(raw, confirm_warnings=True)
            else:
                saved = self._services.participants.update(self._participant_id, raw, confirm_warnings=True)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._show_all = True
            self.check_now()
            self._prompter.warn(self, self.tr("Belum tersimpan"), refusal_text(exc))
            return False
        self._participant_id = saved.id
        self._dirty = False
        self._show_status(saved.status, "", saved=True)
        self.ui.title_label.setText(raw["full_name"].strip().upper() or self.tr("Peserta"))
        self._update_buttons()
        self.participant_saved.emit(saved.id)
        return True

    def on_delete_clicked(self) -> None:
        if self._participant_id is None:
            return
        reason = self._prompter.ask_reason(
            self, title=self.tr("Hapus peserta"), choices=DELETE_REASONS,
            question=self.tr("Mengapa {name} dihapus? Data tidak hilang: tetap tersimpan dengan alasannya dan "
                             "dikirim ke kota.").format(name=self.ui.full_name_edit.text()))
        if reason is None:
            return
        try:
            self._services.participants.delete(self._participant_id, reason=reason)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self._prompter.warn(self, self.tr("Tidak dihapus"), refusal_text(exc))
            return
        deleted = self._participant_id
        self._dirty = False
        self.participant_deleted.emit(deleted)

    def focus_first_problem(self, level: Level = Level.BLOCK) -> None:
        """Put the cursor in the first field (in the order of the form) with a problem of `level` (by default
        one that stops saving), scrolled into view."""
        field = self.fields.first_field_with(self._problems, level)
        if field is None:
            return
        widget = self.fields.focus_widget(field)
        self.ui.scroll_area.ensureWidgetVisible(self.fields.problem_label(field), 0, 40)
        self.ui.scroll_area.ensureWidgetVisible(widget, 0, 40)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.end(False)  # the cursor after what was typed; nothing selected, so nothing is overtyped

    def go_back(self) -> None:
        """Esc: close an open table cell editor first; otherwise ask to go back to the list."""
        table = self.ui.beneficiaries_table
        if table.state() == QAbstractItemView.State.EditingState:
            table.setFocus()  # the open cell editor closes and keeps what was typed
            return
        self.close_requested.emit()

    def reflow(self) -> None:
        """Two columns of groups side by side when they fit the width, else one column (a 1024 px screen)."""
        layout = self.ui.columns_layout
        margins = layout.contentsMargins()
        wanted = (self.ui.left_column.sizeHint().width() + self.ui.right_column.sizeHint().width()
                  + layout.spacing() + margins.left() + margins.right())
        direction = QBoxLayout.Direction.LeftToRight if self.ui.scroll_area.viewport().width() >= wanted \
            else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.ui.scroll_area.viewport():
            self.reflow()
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)  # Enter moves on, like Tab

    # --- helpers -------------------------------------------------------------------------------------------
    def _set_record(self, participant_id: str | None, record: dict[str, Any]) -> None:
        self._loading = True
        self._participant_id = participant_id
        self.ui.kpj_number_label.setText(self.tr("belum ada (diisi dari BPJS lewat kota)"))
        self.fields.fill(record)
        self._loading = False
        self._touched, self._dirty, self._proposed = set(), False, None
        self._show_all = participant_id is not None
        self.fields.set_proposal("")
        deleted = bool(record.get("deleted_at"))
        moved = record.get("moved_to") or ""
        self.fields.set_editable(not deleted and not moved)
        self.ui.title_label.setText(record.get("full_name") or self.tr("Peserta baru"))
        self._show_status(record.get("status") or "", record.get("status_reason") or "",
                          deleted_reason=record.get("deleted_reason") or "" if deleted else "")
        if moved and not deleted:
            self.ui.status_label.setText(self.tr("Pindah ke Kelurahan {name}").format(name=moved))
            self._show_status("", "", note=self.tr("Peserta ini sudah pindah ke Kelurahan {name} (kabar dari "
                                                   "Disnaker); datanya hanya bisa dilihat.").format(name=moved))
            set_level(self.ui.message_label, "warn")
        self.notice_panel.show_for(participant_id)
        self.ui.delete_button.setVisible(participant_id is not None and not deleted and not moved)
        self.ui.save_button.setVisible(not deleted and not moved)
        self.check_now()

    def _show_status(self, status: str, reason: str, *, saved: bool = False, deleted_reason: str = "",
                     note: str = "") -> None:
        if not note:
            self.ui.status_label.setText(status_label(status) if status else "")
        if note:
            text = note
        elif deleted_reason:
            text = self.tr("Data ini sudah dihapus ({reason}); hanya bisa dilihat.").format(
                reason=DELETE_REASONS.get(deleted_reason, deleted_reason))
        elif status == Status.REJECTED and reason:
            text = self.tr("Ditolak supervisor: {reason}. Perbaiki lalu simpan untuk diajukan lagi.").format(
                reason=reason)
        elif saved:
            text = self.tr("Tersimpan. Status: {status}.").format(status=status_label(status))
        else:
            text = ""
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))
        set_level(self.ui.message_label, "ok" if saved or note else "warn")

    def _update_buttons(self) -> None:
        blocking = [p for p in self._problems if p.level is Level.BLOCK]
        warnings = [p for p in self._problems if p.level is Level.WARN]
        if blocking and (self._dirty or self._show_all):
            names = list(dict.fromkeys(self.fields.field_label(p.field) for p in blocking))
            self.ui.summary_label.setText(self.tr("Belum bisa disimpan: periksa {fields}.").format(
                fields=", ".join(names)))
            self.ui.summary_label.setToolTip(self.tr("Simpan membawa kursor ke isian pertama yang perlu diperbaiki."))
            set_level(self.ui.summary_label, "block")
        elif warnings and self._dirty:
            self.ui.summary_label.setText(self.tr("{n} peringatan: Simpan akan meminta konfirmasi.").format(
                n=len(warnings)))
            set_level(self.ui.summary_label, "warn")
        else:
            self.ui.summary_label.setText(self.tr("Siap disimpan.") if self._dirty else "")
            set_level(self.ui.summary_label, "ok")
