"""Issue 18: the sign-in window paints before the storage layer is imported, and the office opens behind it.

The first test is the guard on the start-up path: a fresh process imports the app's entry and shows the sign-in
window, then lists what is loaded. The others sign in through the window while the office is still opening
(plain and encrypted), and check that a failure to open is reported instead of swallowed. The last ones are
guards on the peak memory: signing in and opening every page loads no cryptography (it is needed only where a
key is used), and no source lines are kept.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from jamsos_desktop.app import EarlyWindow
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.login_refusals import LoginRefused
from jamsos_desktop.services.office import SlotFileDamaged
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.session.login_dialog import LoginDialog
from jamsos_desktop.ui.views.session.opening import OfficeOpening

from .conftest import ACCOUNTS, KELURAHAN

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "reportlab", "openpyxl", "httpx", "argon2", "fastapi")
# and, by full name, what the worker or a later step imports anyway (~25 ms together before the window otherwise)
LATER = ("logging.handlers", "socket", "sqlite3", "secrets", "hmac")

LOGIN_PATH = """
import json, sys
from jamsos_desktop import __main__, app
from PySide6.QtWidgets import QApplication
from jamsos_desktop.ui.views.session.login_dialog import LoginDialog

class Nobody:
    def login(self, username, password):
        raise AssertionError("not called")

qt = QApplication([])
dialog = LoginDialog(Nobody(), office_name="Kelurahan Sungai Jodoh")
dialog.show()
qt.processEvents()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in HEAVY or name in LATER)))
""".replace("HEAVY", repr(HEAVY)).replace("LATER", repr(LATER))


def test_the_sign_in_window_paints_without_the_storage_layer_or_the_card_printer() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", LOGIN_PATH], capture_output=True, text=True, env=env, timeout=120,
                          check=True)
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded == [], f"the sign-in path imports {loaded}: import them where they are used (app.py, opening.py)"


def _sign_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    panel = dialog.panel.ui
    qtbot.keyClicks(panel.username_edit, username)
    qtbot.keyClicks(panel.password_edit, password)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)


def _reopen(qtbot: QtBot, services: Services) -> tuple[OfficeOpening, TaskRunner]:
    folder = services.office.data_dir
    services.auth.logout()
    services.office.close()
    tasks = TaskRunner()
    return OfficeOpening(tasks, folder), tasks


def test_signing_in_while_the_office_is_still_opening(qtbot: QtBot, services: Services) -> None:
    opening, tasks = _reopen(qtbot, services)
    dialog = LoginDialog(opening, office_name="")
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "siti", "salah-sandi")  # typed at once: the sign-in waits for the opening
    assert "salah" in dialog.panel.ui.error_label.text() and opening.done
    _sign_in(qtbot, dialog, "", ACCOUNTS["siti"][0])
    assert dialog.result() == LoginDialog.DialogCode.Accepted and dialog.actor is not None
    opened = opening.wait()
    assert opened.office.actor is not None and opened.office.actor.username == "siti"
    assert opened.participants.count() == 0
    tasks.wait()
    opened.office.close()


def test_the_password_is_checked_while_the_main_window_loads(qtbot: QtBot) -> None:
    """A clerk quicker than the opening: what the app prepares on the GUI thread (the main window's import) runs
    during the password check, which has a thread of its own; typed after the opening, it runs at once."""
    office_open, prepared = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    class Auth:
        def login(self, username: str, password: str) -> str:
            seen["check"] = threading.current_thread().name
            seen["overlap"] = prepared.wait(10)  # one after the other, this would wait the full ten seconds
            if password != "benar":
                raise LoginRefused("Kata sandi salah.")
            return username

    def work(_folder: Path) -> SimpleNamespace:
        office_open.wait(10)
        return SimpleNamespace(auth=Auth())

    def prepare() -> None:
        seen["prepare"] = threading.current_thread().name
        prepared.set()

    tasks = TaskRunner()
    opening = OfficeOpening(tasks, Path("."), work=work)  # type: ignore[arg-type]
    opening.opened.connect(lambda: opening.prepare(prepare))
    QTimer.singleShot(50, office_open.set)  # the office opens after the clerk pressed Masuk
    assert opening.login("siti", "benar") == "siti"
    assert seen == {"prepare": threading.main_thread().name, "check": "jamsos-sign-in", "overlap": True}

    seen.clear()
    prepared.clear()
    opening.prepare(prepare)  # the office is open and nobody is signing in: at once, here
    assert seen == {"prepare": threading.main_thread().name} and prepared.is_set()
    try:
        opening.login("siti", "salah")  # a refusal from the check comes back as it was
    except LoginRefused as exc:
        assert str(exc) == "Kata sandi salah."
    else:
        raise AssertionError("a wrong password must be refused")

    seen.clear()
    prepared.clear()
    opening.prepare(prepare, with_the_check=True)  # the main window's build: kept for the next password check
    assert seen == {} and not prepared.is_set()
    assert opening.login("siti", "benar") == "siti"
    assert seen == {"prepare": threading.main_thread().name, "check": "jamsos-sign-in", "overlap": True}
    tasks.wait()


def test_an_encrypted_office_opens_locked_behind_the_window_and_the_password_unlocks_it(
        qtbot: QtBot, services: Services) -> None:
    services.encryption.switch_on(ACCOUNTS["admin"][0])
    opening, tasks = _reopen(qtbot, services)
    opened = opening.wait()
    assert opened.office.locked  # only what needs no key was done before the password
    dialog = LoginDialog(opening, office_name=opened.settings.get("office.name"))
    qtbot.addWidget(dialog)
    assert dialog.panel.ui.title_label.text() == "Kelurahan Sungai Jodoh"
    _sign_in(qtbot, dialog, "admin", ACCOUNTS["admin"][0])
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert not opened.office.locked and opened.participants.count() == 0
    tasks.wait()
    opened.office.close()


def test_an_office_that_cannot_be_opened_is_reported_not_swallowed(qtbot: QtBot, services: Services) -> None:
    services.encryption.switch_on(ACCOUNTS["admin"][0])
    folder: Path = services.office.data_dir
    opening, tasks = _reopen(qtbot, services)
    opening.wait()
    (folder / "jamsos.keys").write_bytes(b"\x00rusak")
    opening, tasks = OfficeOpening(tasks, folder), tasks
    dialog = LoginDialog(opening, office_name="")
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "admin", ACCOUNTS["admin"][0])
    assert dialog.result() != LoginDialog.DialogCode.Accepted  # the app closes it and reports the failure
    assert "tidak bisa dibuka" in dialog.panel.ui.error_label.text()
    assert isinstance(opening.failure, SlotFileDamaged)
    try:
        opening.wait()
    except SlotFileDamaged:
        pass
    else:
        raise AssertionError("a failure to open must be raised for the app to report")
    tasks.wait()


def _run_the_app(script: str, services: Services, username: str, *, timeout: int = 120) -> dict:
    """Close the test's office and run `script` on it in a fresh process (its arguments: the data folder, the
    user name and the password); what the script printed last, as JSON."""
    folder = services.office.data_dir
    services.auth.logout()
    services.office.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", script, str(folder), username, ACCOUNTS[username][0]],
                          capture_output=True, text=True, env=env, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


MAIN_WINDOW_PATH = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from jamsos_desktop import app
from jamsos_desktop.ui import main_window

STORAGE = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "loaded" not in seen:
            seen["loaded"] = sorted({n.split(".")[0] for n in sys.modules if n.split(".")[0] in STORAGE})
            seen["rows"] = watched.participants.list_view.model.rowCount()
            QTimer.singleShot(500, watched.close)  # the reads after the first paint run meanwhile
        return False

made = main_window.MainWindow.__init__
def init(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self._first_paint_probe = FirstPaint(self)
    self.installEventFilter(self._first_paint_probe)  # called before the app's own filter
main_window.MainWindow.__init__ = init

def sign_in():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "login_dialog" and widget.isVisible():
            panel = widget.panel.ui
            panel.username_edit.setText(sys.argv[2])
            panel.password_edit.setText(sys.argv[3])
            panel.sign_in_button.click()
            return
    QTimer.singleShot(5, sign_in)

QTimer.singleShot(0, sign_in)
app.run(app.Options(data_dir=Path(sys.argv[1])))
seen["after"] = sorted({n.split(".")[0] for n in sys.modules if n.split(".")[0] in STORAGE})
print(json.dumps(seen))
"""


def test_the_main_window_paints_its_first_page_before_the_storage_layer_loads(services: Services,
                                                                            valid_record: dict) -> None:
    """Signed in, the list's first page is read through the driver and the window paints before SQLAlchemy,
    sqlmodel or pydantic are imported; they load on the worker after that paint (status bar figures, the
    checklist's check, the storage warm-up), so the window never waits for them."""
    services.participants.register(valid_record)
    seen = _run_the_app(MAIN_WINDOW_PATH, services, "admin")
    assert seen["rows"] == 1, seen
    assert seen["loaded"] == [], f"before the main window's first paint: {seen}; import them where they are used"
    assert {"sqlalchemy", "sqlmodel"} <= set(seen["after"]), seen  # and they did load, after it


EARLY_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from jamsos_desktop import app
from jamsos_desktop.services import auth
from jamsos_desktop.ui import main_window

events, seen, tries = [], {}, [sys.argv[3] + "-wrong", sys.argv[3]]
check = auth.AuthService.login
def login(self, *args, **kwargs):
    events.append("check begins")
    try:
        return check(self, *args, **kwargs)
    finally:
        events.append("check ends")
auth.AuthService.login = login

class FirstPaint(QObject):
    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint and not seen:
            nav = window.ui.nav_list
            seen["shell"] = window.ui.root_stack.currentWidget() is window.ui.shell_page
            seen["hidden"] = sorted(nav.item(r).text() for r in range(nav.count()) if nav.isRowHidden(r))
            seen["timing"] = window._session._timer.isActive()

            def close():
                seen["who"] = window.ui.who_label.text()  # the status bar's figures come after the first paint
                window.close()

            QTimer.singleShot(500, close)
        return False

made = main_window.MainWindow.__init__
def init(self, *args, **kwargs):
    events.append("window built" + (" before the sign-in" if kwargs.get("before_sign_in") else ""))
    made(self, *args, **kwargs)
    self._probe = FirstPaint(self)
    self.installEventFilter(self._probe)
main_window.MainWindow.__init__ = init

def sign_in():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "login_dialog" and widget.isVisible() and widget.panel.ui.sign_in_button.isEnabled():
            panel = widget.panel.ui
            panel.username_edit.setText(sys.argv[2])
            panel.password_edit.setText(tries.pop(0))
            panel.sign_in_button.click()
            if not tries:
                return
    QTimer.singleShot(5, sign_in)

QTimer.singleShot(0, sign_in)
app.run(app.Options(data_dir=Path(sys.argv[1])))
print(json.dumps({"events": events, **seen}))
"""


def test_the_main_window_is_built_while_the_password_is_checked_and_signed_in_once_it_is(services: Services) -> None:
    """The main window is built on the GUI thread while argon2 checks the password on a thread of its own (or
    while the clerk types), not after: once, even when the first password was wrong. Shown, it has the pages of the
    operator who signed in, and the idle timer runs."""
    seen = _run_the_app(EARLY_WINDOW, services, "siti")
    events = seen["events"]
    assert events.count("window built before the sign-in") == 1 and len([e for e in events if "built" in e]) == 1, seen
    assert events[-1] == "check ends", seen  # the right password's check, which ended after the window was built
    assert events.index("window built before the sign-in") < len(events) - 1, seen
    assert seen["shell"] and seen["timing"], seen
    assert seen["hidden"] == ["Jejak Audit", "Persetujuan"], seen  # an operator's pages
    assert "Siti" in seen["who"], seen


def test_the_early_window_waits_for_an_encrypted_office_and_a_failure_to_build_waits_for_the_sign_in(
        caplog: pytest.LogCaptureFixture) -> None:
    """Built once; not for an encrypted office (its database opens only with the password); a failure is logged
    and the app builds the window again after the sign-in, where a failure is reported as before."""
    made: list[object] = []
    early = EarlyWindow(lambda services: made.append(services) or "the window")  # type: ignore[arg-type,return-value]
    early.build(SimpleNamespace(office=SimpleNamespace(locked=True)))  # type: ignore[arg-type]
    assert early.window is None and made == []
    unlocked = SimpleNamespace(office=SimpleNamespace(locked=False))
    early.build(unlocked)  # type: ignore[arg-type]
    early.build(unlocked)  # type: ignore[arg-type]
    assert early.window == "the window" and made == [unlocked]
    failing = EarlyWindow(lambda services: 1 / 0)  # type: ignore[arg-type,return-value]
    with caplog.at_level(logging.ERROR):
        failing.build(unlocked)  # type: ignore[arg-type]
    assert failing.window is None and "ZeroDivisionError" in caplog.text


KEPT_SOURCES = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
from jamsos_desktop import app  # the desktop's entry: PySide6 and the ui package
import sqlalchemy.orm  # what the office's opening imports after it
import plain_module, uses_qt  # through the import statement, which PySide6 hooks
feature = sys.modules["PySide6.support.feature"]
cached = [f for f in linecache.cache if f.endswith(".py") and ("sqlalchemy" in f or "uses_qt" in f or "plain_module" in f)]
print(json.dumps({"cached": cached,
                  "uses": feature.pyside_feature_dict.get("uses_qt"), "plain": feature.pyside_feature_dict.get("plain_module")}))
"""


def test_modules_imported_after_qt_leave_no_source_lines_in_memory(tmp_path: Path) -> None:
    """PySide6 asks of every later import whether its source names PySide6; its own check kept every line of every
    module in linecache for good (about 26 MB at 100,000 participants: issue 18's peak memory). The app's check
    (jamsos_desktop/ui/__init__.py) gives PySide the same answers and keeps nothing."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", KEPT_SOURCES, str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["cached"] == []
    assert (seen["uses"], seen["plain"]) == (0, -1)  # PySide's own answers: uses PySide6 / does not


EVERY_PAGE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from jamsos_desktop import app as desktop

seen = {}

def poll():
    qt = QApplication.instance()
    shown = {w.objectName(): w for w in qt.topLevelWidgets() if w.isVisible()}
    login, window = shown.get("login_dialog"), shown.get("main_window")
    if login is not None and "signed_in" not in seen:
        seen["signed_in"] = True
        panel = login.panel.ui
        panel.username_edit.setText(sys.argv[2])
        panel.password_edit.setText(sys.argv[3])
        panel.sign_in_button.click()
    elif window is not None and window.participants.list_view.model.rowCount() > 0:
        timer.stop()
        nav, stack = window.ui.nav_list, window.ui.page_stack
        for row in range(nav.count()):  # as a clerk clicks through the navigation
            nav.setCurrentRow(row)
            qt.processEvents()
        seen["pages"] = [type(stack.widget(row)).__name__ for row in range(nav.count())]
        seen["loaded"] = sorted(name for name in sys.modules if name.startswith("cryptography"))
        window.close()

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(poll)
QTimer.singleShot(0, timer.start)
code = desktop.run(desktop.Options(data_dir=Path(sys.argv[1])))
print(json.dumps({"code": code, **seen}))
"""


def test_signing_in_and_opening_every_page_loads_no_cryptography(services: Services) -> None:
    """Issue 18's peak memory: cryptography (about 10 MB resident) is for the moments a key is used (sending,
    a receipt, a card's QR code, the fingerprint under Kirim Data's "Rincian teknis"), not for signing in
    and looking at the pages of an office whose hub is not trusted yet."""
    services.participants.register_many(synthetic_records(3, seed=1, kelurahan_code=KELURAHAN))
    seen = _run_the_app(EVERY_PAGE, services, "admin", timeout=300)
    assert seen["code"] == 0 and seen.get("signed_in"), seen
    assert len(seen["pages"]) == 8 and "QWidget" not in seen["pages"], seen["pages"]  # each page built
    assert seen["loaded"] == [], (f"signing in and opening the pages imports {seen['loaded'][:3]}...: import it "
                                  "in the function that uses a key (sync/envelope.py, sync/identity.py)")
