"""Accounts at the desk: the lock screen keeps the user name; adding an operator says what is missing.

Seen before: the lock screen made the clerk retype the user name, an operator added without a full name
succeeded silently (the audit then shows only the user name), and an empty user name got the message about
allowed characters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.views.settings.operators_view import OperatorsView

from .conftest import ScriptedPrompter, open_main_window, sign_in


def test_lock_screen_keeps_the_user_name(qtbot: QtBot, services: Services, prompter: ScriptedPrompter,
                                         tmp_path: Path) -> None:
    sign_in(services, "siti")
    window = open_main_window(qtbot, services, prompter, tmp_path)
    window.ui.action_lock.trigger()
    panel = window.lock_panel.ui
    assert panel.username_edit.text() == "siti"
    assert panel.password_edit.text() == ""  # only the name is kept: the next person must know the password
    qtbot.waitUntil(panel.password_edit.hasFocus)  # straight to the password
    qtbot.keyClicks(panel.password_edit, "operator123")
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert window.ui.root_stack.currentWidget() is window.ui.shell_page
    assert services.office.actor is not None and services.office.actor.username == "siti"


def add(qtbot: QtBot, view: OperatorsView, *, username: str, name: str, password: str = "rahasia-123") -> None:
    ui = view.ui
    for edit, text in ((ui.username_edit, username), (ui.display_name_edit, name), (ui.password_edit, password),
                       (ui.password_repeat_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)


def test_adding_an_operator_names_what_is_missing(qtbot: QtBot, services: Services,
                                                  prompter: ScriptedPrompter) -> None:
    view = OperatorsView(services, prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    before = len(services.auth.operators())
    add(qtbot, view, username="", name="Rina Wati")
    assert view.ui.add_error_label.text().startswith("Isi nama pengguna")
    add(qtbot, view, username="rina", name="")
    assert view.ui.add_error_label.text().startswith("Isi nama lengkap petugas")
    assert len(services.auth.operators()) == before
    add(qtbot, view, username="rina", name="Rina Wati")
    assert view.ui.add_error_label.text() == "Akun Rina Wati (rina) dibuat. Ia bisa masuk sekarang."
    assert view.ui.add_error_label.property("level") == "ok"
    assert [o.display_name for o in services.auth.operators() if o.username == "rina"] == ["Rina Wati"]
