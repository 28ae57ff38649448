"""Fixtures for the desktop tests: an initialised office per test, signed-in services, a scripted prompter."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jamsos_desktop.services import Services

KELURAHAN = "21.71.02.1002"  # Sungai Jodoh, Batu Ampar


@pytest.fixture(autouse=True, scope="session")
def app_look(qapp: Any) -> None:
    """The app's own look (font size, style sheet) and Indonesian locale, as app.py installs them at start, so
    sizes measured in tests are the sizes clerks see."""
    from jamsos_desktop.ui.i18n import apply_locale
    from jamsos_desktop.ui.theme import apply_theme

    apply_theme(qapp)
    apply_locale("id")


@pytest.fixture(autouse=True)
def gc_off_the_worker_thread() -> Iterator[None]:
    """As in the app (ui/gc_thread.py), a worker thread never collects cycles in the middle of a card PDF:
    automatic collection is off during each test and back on after it. (The app collects from a timer on the
    GUI thread; here that timer would also fire in pytest-qt's event processing after the test returned, when
    the test's windows have lost their last Python reference but still exist in Qt.)"""
    import gc

    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


ACCOUNTS = {"admin": ("admin123", "admin"), "siti": ("operator123", "operator"), "lurah": ("lurah1234", "supervisor")}


@pytest.fixture
def services(office_services: Callable[..., Services]) -> Services:
    """An initialised office (approval required) with an admin, an operator and a supervisor; admin signed in.
    A copy of one made once per session (tests/conftest.py)."""
    return office_services("three-accounts", {name: (password, role, "Admin Kantor" if name == "admin"
                                                     else name.title()) for name, (password, role) in ACCOUNTS.items()})


def sign_in(services: Services, username: str) -> None:
    services.auth.logout()
    services.auth.login(username, ACCOUNTS[username][0])


class ScriptedPrompter:
    """Stands in for ui.widgets.prompts.Prompter: records every message, answers from a script."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.answers: dict[str, Any] = {"confirm": True, "unsaved": "discard", "reason": None, "password": None}

    def info(self, parent: Any, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warn(self, parent: Any, title: str, text: str) -> None:
        self.messages.append(("warn", title, text))

    def confirm(self, parent: Any, title: str, text: str, *, yes: str = "", no: str = "") -> bool:
        self.messages.append(("confirm", title, text))
        return bool(self.answers["confirm"])

    def ask_unsaved(self, parent: Any, what: str) -> str:
        self.messages.append(("unsaved", what, ""))
        return str(self.answers["unsaved"])

    def ask_reason(self, parent: Any, *, title: str, question: str, choices: dict[str, str] | None = None) -> Any:
        self.messages.append(("reason", title, question))
        return self.answers["reason"]

    def ask_password(self, parent: Any, title: str, label: str) -> Any:
        self.messages.append(("password", title, label))
        return self.answers["password"]


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


SCREENSHOTS_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
UPDATE_SCREENSHOTS_ENV = "JAMSOS_UPDATE_SCREENSHOTS"


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshot tests write: a temporary folder, or docs/screenshots/ with JAMSOS_UPDATE_SCREENSHOTS=1
    (`make screenshots`), so an ordinary test run never changes the repository."""
    if os.environ.get(UPDATE_SCREENSHOTS_ENV):
        SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS_DIR
    return tmp_path / "screenshots"


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) for screenshots of real windows. Xvfb picks a free display number itself
    (-displayfd) and says which when it is ready, so parallel test runs never race for one."""
    if sys.platform == "win32":
        pytest.skip("Windows: these screenshots are of the Linux app under Xvfb (make screenshots); "
                    "make test-windows photographs the Windows app (docs/screenshots/windows-*.png)")
    if shutil.which("Xvfb") is None:
        pytest.skip("install xvfb: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # empty when Xvfb ended without a display
    if not number.isdigit():
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def open_main_window(qtbot: Any, services: Services, prompter: ScriptedPrompter, tmp_path: Path, *,
                     size: tuple[int, int] | None = None) -> Any:
    """The real main window over `services` (signed in), shown, with a scripted prompter."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from jamsos_desktop.ui.i18n import LanguagePreference
    from jamsos_desktop.ui.main_window import MainWindow
    from jamsos_desktop.ui.tasks import TaskRunner
    from jamsos_desktop.ui.views.session.session_controller import SessionController

    session = SessionController(services, activity_source=QCoreApplication.instance())
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(), prompter=prompter,  # type: ignore[arg-type]
                        language=language)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window
