"""A clerk at the keyboard: Ctrl+N, typing, Ctrl+S, Esc, Ctrl+F, Enter on a row, F5, F1; shortcuts in the menus.

Seen before: Enter, Ctrl+S and Esc did nothing in the form, no shortcuts anywhere, Enter on a list row did not
open it, and Simpan was disabled while an error remained, so clicking it could not show what was wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services

from .conftest import ScriptedPrompter, open_main_window

NIK = "2171021205850001"  # Batu Ampar, born 12-05-1985, male
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the clerk's cursor is, as the keyboard delivers it (shortcuts included)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def type_here(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_the_menus_show_the_shortcuts(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                      tmp_path: Path) -> None:
    window = open_main_window(qtbot, services, prompter, tmp_path)
    shown = {a.text().split("\t")[0]: (a.shortcut().toString() or a.text().partition("\t")[2])
             for menu in (window.ui.menu_file, window.ui.menu_view, window.ui.menu_help) for a in menu.actions()
             if not a.isSeparator()}
    assert shown["Peserta baru"] == "Ctrl+N"
    assert shown["Simpan"] == "Ctrl+S"
    assert shown["Kembali ke daftar"] == "Esc"
    assert shown["Cari"] == "Ctrl+F"
    assert shown["Buka data yang dipilih"] == "Enter"
    assert shown["Muat ulang"] == "F5"
    assert shown["Panduan pemakaian"] == "F1"
    assert [s.toString() for s in window.ui.action_save.shortcuts()][1:] == ["Ctrl+Return", "Ctrl+Enter"]


def test_register_with_the_keyboard_only(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                         tmp_path: Path) -> None:
    window = open_main_window(qtbot, services, prompter, tmp_path)
    window.ui.nav_list.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    page = window.participants
    form = page.form_view
    assert page.form_is_open()
    qtbot.waitUntil(form.ui.nik_edit.hasFocus)

    # Enter moves on like Tab; the date is typed, never trapped.
    type_here(qtbot, NIK)
    press(qtbot, Qt.Key.Key_Return)
    assert form.ui.kk_number_edit.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Budi Santoso")
    press(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "Siti Aminah")

    # Simpan with errors: nothing saved, the cursor goes to the first field to fix.
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.participants.count() == 0
    assert form.ui.birth_place_edit.hasFocus()  # marital status is optional; the birth place is not
    assert form.ui.save_button.isEnabled()
    assert "periksa" in form.ui.summary_label.text()
    assert form.fields.problem_label("birth_place").isVisibleTo(form)

    type_here(qtbot, "Batam")
    press(qtbot, Qt.Key.Key_Return)
    assert form.ui.birth_date_edit.edit.hasFocus()
    assert form.ui.birth_date_edit.text() == "12-05-1985"  # proposed from the NIK
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # sex, proposed from the NIK too
    type_here(qtbot, "Jl. Raja Ali Haji No. 5")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "12")

    # Ctrl+Enter saves too; this time the category is the first thing missing, far down the form.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert services.participants.count() == 0
    assert form.ui.category_combo.hasFocus()
    qtbot.keyClicks(form.ui.category_combo, "Ketua")  # keyboard search: the first category starting so
    assert form.ui.category_combo.currentData() == "ketua_rt"
    form.check_now()
    prompter.answers["confirm"] = False  # "Periksa lagi" at the question about warnings
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.participants.count() == 0
    assert prompter.messages[-1][0] == "confirm"
    assert "Nomor SK" in prompter.messages[-1][2]
    assert form.ui.sk_number_edit.hasFocus()  # the first field with a warning
    type_here(qtbot, "12/SK/KEL/2025")
    form.ui.phone_edit.setFocus()
    type_here(qtbot, "0812 3456 7890")
    prompter.answers["confirm"] = True
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.participants.count() == 1
    assert "Tersimpan" in form.ui.message_label.text()

    # Esc goes back to the list (nothing unsaved: no question); Ctrl+F is the search; Enter opens the row.
    press(qtbot, Qt.Key.Key_Escape)
    assert not page.form_is_open()
    assert not [m for m in prompter.messages if m[0] == "unsaved"]
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert page.list_view.ui.search_edit.hasFocus()
    type_here(qtbot, "budi")
    qtbot.waitUntil(lambda: page.list_view.model.rowCount() == 1)
    page.list_view.ui.table_view.setFocus()
    page.list_view.ui.table_view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    assert page.form_is_open()
    assert form.ui.full_name_edit.text() == "BUDI SANTOSO"

    # Esc with unsaved changes asks first; "back to the form" keeps them.
    form.ui.address_edit.setFocus()
    type_here(qtbot, " RT 3")
    prompter.answers["unsaved"] = "cancel"
    press(qtbot, Qt.Key.Key_Escape)
    assert page.form_is_open() and [m for m in prompter.messages if m[0] == "unsaved"]
    assert form.ui.address_edit.text().endswith(" RT 3")


def test_f5_reloads_and_f1_opens_the_guide_at_the_page(qtbot: QtBot, services: Services,
                                                       prompter: ScriptedPrompter, tmp_path: Path) -> None:
    window = open_main_window(qtbot, services, prompter, tmp_path)
    window.ui.nav_list.setFocus()
    services.participants.register({"nik": NIK, "full_name": "Budi", "birth_place": "Batam",
                                    "birth_date": "1985-05-12", "sex": "L", "address": "Jl. A", "rt": "1",
                                    "rw": "2", "kelurahan_code": services.settings.get("office.kelurahan_code"),
                                    "category": "ketua_rt", "sk_number": "1/SK", "phone": "081234567890"},
                                   confirm_warnings=True)
    assert window.participants.list_view.model.rowCount() == 0  # saved behind the window's back
    press(qtbot, Qt.Key.Key_F5)
    assert window.participants.list_view.model.rowCount() == 1
    window.show_page("kartu")
    press(qtbot, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    assert "Panduan Pemakaian" in guide.browser.toPlainText()
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    top.select(top.SelectionType.BlockUnderCursor)
    assert "Kartu peserta" in guide.browser.toPlainText()[top.position() - 200: top.position() + 200]
