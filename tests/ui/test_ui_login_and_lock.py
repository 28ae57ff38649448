"""Signing in, being refused, auto-lock and signing in again without losing what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.views.session.login_dialog import LoginDialog
from jamsos_desktop.ui.views.session.session_controller import SessionController

from .conftest import ScriptedPrompter


def test_wrong_password_is_refused_then_right_one_signs_in(qtbot: QtBot, services: Services) -> None:
    services.auth.logout()
    dialog = LoginDialog(services.auth, office_name="Kelurahan Sungai Jodoh")
    qtbot.addWidget(dialog)
    panel = dialog.panel.ui
    qtbot.keyClicks(panel.username_edit, "siti")
    qtbot.keyClicks(panel.password_edit, "salah-sandi")
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    assert panel.error_label.isVisibleTo(dialog)
    assert "salah" in panel.error_label.text()
    assert panel.password_edit.text() == ""
    assert services.office.actor is None and dialog.result() == 0
    qtbot.keyClicks(panel.password_edit, "operator123")
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "operator"


def test_idle_time_locks_and_another_operator_can_continue(qtbot: QtBot, services: Services,
                                                           prompter: ScriptedPrompter) -> None:
    services.settings.set("session.autolock_minutes", "1")
    activity = QCoreApplication.instance()  # the test plays the application's input source
    session = SessionController(services, activity_source=activity)
    assert session._timer.interval() == 60_000  # noqa: SLF001 - the minute from the setting
    session._timer.setInterval(50)  # noqa: SLF001 - a minute is too long for a test
    session._timer.start()  # noqa: SLF001
    with qtbot.waitSignal(session.locked, timeout=2000):
        pass
    assert session.is_locked and services.office.actor is None
    assert session.sign_in("lurah", "wrong") is not None
    with qtbot.waitSignal(session.signed_in) as signed:
        assert session.sign_in("lurah", "lurah1234") is None
    assert signed.args[0].role == "supervisor" and not session.is_locked


def test_input_postpones_the_lock(qtbot: QtBot, services: Services) -> None:
    session = SessionController(services, activity_source=QCoreApplication.instance())
    session._timer.setInterval(300)  # noqa: SLF001
    session._timer.start()  # noqa: SLF001
    for _ in range(4):
        qtbot.wait(120)
        QCoreApplication.sendEvent(QCoreApplication.instance(),
                                   QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    assert not session.is_locked


def test_a_session_made_before_the_sign_in_times_and_watches_nothing_until_it_begins(
        qtbot: QtBot, services: Services) -> None:
    """The app builds the main window (and its session) while the sign-in window is open: a clerk who leaves that
    window open must not be signed out of it by the idle timer, and no input is watched before the main window
    is on the screen (an application-wide filter in Python slows the main window's build)."""
    services.settings.set("session.autolock_minutes", "1")
    services.auth.logout()
    app = QCoreApplication.instance()
    session = SessionController(services, activity_source=app, before_sign_in=True)
    assert not session._timer.isActive()  # noqa: SLF001
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(app, key)
    assert not session._timer.isActive()  # noqa: SLF001 - input is not watched yet
    locked: list[bool] = []
    session.locked.connect(lambda: locked.append(True))
    session.lock()
    assert locked == []  # nobody is signed in yet: nothing to lock
    services.auth.login("siti", "operator123")
    session.begin()
    assert not session.is_locked and session._timer.isActive()  # noqa: SLF001 - the minute counts from now
    session._timer.stop()  # noqa: SLF001
    QCoreApplication.sendEvent(app, key)
    assert not session._timer.isActive()  # noqa: SLF001 - still not watched: that starts after the first paint
    session.watch_activity()
    QCoreApplication.sendEvent(app, key)
    assert session._timer.isActive() and session._timer.interval() == 60_000  # noqa: SLF001


def test_autolock_zero_means_never(services: Services) -> None:
    services.settings.set("session.autolock_minutes", "0")
    session = SessionController(services, activity_source=QCoreApplication.instance())
    assert not session._timer.isActive()  # noqa: SLF001


def test_a_refusal_that_makes_the_next_try_wait_holds_the_button_with_a_countdown(qtbot: QtBot) -> None:
    """The sign-in service's throttle (a LoginRefused with `wait_s`) reaches the panel through show_refusal; the
    clerk's Enter does nothing until the wait is over, and the countdown says when to try again."""
    from jamsos_desktop.ui.widgets.login_panel import LoginPanel

    panel = LoginPanel()
    qtbot.addWidget(panel)
    panel.show()
    sent: list[tuple[str, str]] = []
    panel.credentials_entered.connect(lambda user, password: sent.append((user, password)))
    qtbot.keyClicks(panel.ui.username_edit, "siti")
    panel.show_refusal("Terlalu banyak percobaan masuk dengan kata sandi salah.", 1.5)
    assert not panel.ui.sign_in_button.isEnabled()
    assert "Coba lagi dalam 2 detik" in panel.ui.error_label.text()
    qtbot.keyClicks(panel.ui.password_edit, "operator123")
    qtbot.keyClick(panel.ui.password_edit, Qt.Key.Key_Return)
    assert sent == []  # held: the try is not even sent to the service
    qtbot.waitUntil(panel.ui.sign_in_button.isEnabled, timeout=5000)
    assert "coba lagi sekarang" in panel.ui.error_label.text()
    qtbot.keyClick(panel.ui.password_edit, Qt.Key.Key_Return)
    assert sent == [("siti", "operator123")]


def test_an_encrypted_office_opens_locked_and_the_sign_in_window_unlocks_it(qtbot: QtBot, services: Services) -> None:
    from jamsos_desktop.services.office import open_office

    from .conftest import ACCOUNTS

    services.encryption.switch_on(ACCOUNTS["admin"][0])
    folder = services.office.data_dir
    services.office.close()
    locked = Services(open_office(folder, startup_backup=False))
    try:
        assert locked.office.locked
        dialog = LoginDialog(locked.auth, office_name=locked.settings.get("office.name"))
        qtbot.addWidget(dialog)
        panel = dialog.panel.ui
        assert panel.title_label.text() == "Kelurahan Sungai Jodoh"  # known before unlocking
        qtbot.keyClicks(panel.username_edit, "siti")
        qtbot.keyClicks(panel.password_edit, "salah-sandi")
        qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
        assert "salah" in panel.error_label.text() and locked.office.locked
        qtbot.keyClicks(panel.password_edit, ACCOUNTS["siti"][0])  # made before the switch: her password works
        qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert not locked.office.locked and locked.participants.count() == 0
    finally:
        locked.office.close()
