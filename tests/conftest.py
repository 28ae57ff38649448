"""Root test configuration: Qt runs offscreen unless a test opts into a real display; shared office fixtures.

An office is set up (migrations, device key, password hashes) once per session and kind in `office_templates`;
each test that asks for one gets its own copy of the folder, so tests stay independent and cheap.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Password hashing at a cheap cost for the suite (jamsos_desktop/services/passwords.py, the one switch); the
# production cost is asserted by tests/services/test_passwords.py. Subprocesses inherit it.
os.environ["JAMSOS_TEST_CHEAP_PASSWORDS"] = "1"

if TYPE_CHECKING:
    from jamsos_desktop.services import Services

# Under Wine (make test-windows) everything runs several times slower: scripts/windows/suite.py sets this and
# pytest-qt's waits and the time limits of the programs tests start (subprocess.run's timeout), which are
# deadlines and never measurements, stretch by it (a Python start under Wine on a busy machine takes minutes).
TIME_SCALE = float(os.environ.get("JAMSOS_TEST_TIME_SCALE") or 1)


def _stretch_qt_waits(scale: float) -> None:
    from pytestqt.qtbot import QtBot

    for name in ("waitActive", "waitExposed", "waitSignal", "waitSignals", "waitUntil", "waitCallback"):
        method = getattr(QtBot, name)

        @functools.wraps(method)
        def stretched(self: QtBot, *args: object, timeout: int = 5000, _method=method, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            return _method(self, *args, timeout=int(timeout * scale) if timeout and timeout > 0 else timeout, **kwargs)

        setattr(QtBot, name, stretched)


def _stretch_program_limits(scale: float) -> None:
    import subprocess

    run = subprocess.run

    @functools.wraps(run)
    def stretched(*args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        return run(*args, timeout=None if timeout is None else timeout * scale, **kwargs)

    subprocess.run = stretched  # type: ignore[assignment]


if TIME_SCALE != 1:
    _stretch_qt_waits(TIME_SCALE)
    _stretch_program_limits(TIME_SCALE)

_COLLECTED: set[Path] = set()  # every file that gave at least one test item, before any -k/-m deselection


def pytest_itemcollected(item: pytest.Item) -> None:
    _COLLECTED.add(Path(item.path))


# Fixtures that make a test slow by nature: a real X server for screenshots, the previous release run as
# programs, a real Chromium (whose tests also walk one day in order, so they run all together or not at all).
# Tests using them are marked slow here, so `make check` leaves them to `make test`; so are the test functions
# named in tests/slow_tests.txt (measured durations, see scripts/slow_tests.py).
SLOW_FIXTURES = {"x_display", "previous_release", "browser"}
SLOW_LIST = Path(__file__).with_name("slow_tests.txt")


def slow_tests() -> frozenset[str]:
    lines = SLOW_LIST.read_text().splitlines() if SLOW_LIST.exists() else []
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    measured = slow_tests()
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.nodeid.split("[")[0] in measured:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def collected_test_files() -> frozenset[Path]:
    return frozenset(_COLLECTED)

def missing_tool(what: str, install: str) -> str:
    """The skip reason for a test whose Linux program is missing: the command that installs it, or on Windows
    (make test-windows runs the suite under Wine) that Windows PCs do not have it and Linux runs the test."""
    if sys.platform == "win32":
        return f"Windows: {what} is a Linux program that Windows PCs lack; this test runs on Linux (make test)"
    return f"install {what}: {install}"


ADMIN_PASSWORD = "rahasia123"


class OfficeTemplates:
    """Set-up offices, one per kind, made once per session; `copy` gives a test its own folder of one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: dict[str, Path] = {}

    def copy(self, kind: str, build: Callable[[Path], None], dest: Path) -> Path:
        if kind not in self._made:
            build(self.root / kind)
            self._made[kind] = self.root / kind
        shutil.copytree(self._made[kind], dest)
        return dest


@pytest.fixture(scope="session")
def office_templates(tmp_path_factory: pytest.TempPathFactory) -> OfficeTemplates:
    return OfficeTemplates(tmp_path_factory.mktemp("office-templates"))


def build_office(folder: Path, *, accounts: dict[str, tuple[str, str, str]], approval_required: bool = True) -> None:
    """An office of Sungai Jodoh with these accounts (username: password, role, display name), closed again."""
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office
    from jamsos_desktop.services.setup import initialize

    (admin, (password, _, name)), *others = accounts.items()
    office = open_office(folder, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username=admin, admin_password=password,
               admin_display_name=name, approval_required=approval_required)
    svc = Services(office)
    svc.auth.login(admin, password)
    for username, (secret, role, display) in others:
        svc.auth.create_operator(username=username, display_name=display, password=secret, role=role)
    svc.auth.logout()
    office.close()


def open_copy(folder: Path, username: str, password: str) -> Services:
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office

    svc = Services(open_office(folder, startup_backup=False))
    svc.auth.login(username, password)
    return svc


Accounts = dict[str, tuple[str, str, str]]


@pytest.fixture
def office_services(tmp_path: Path, office_templates: OfficeTemplates) -> Iterator[Callable[..., Services]]:
    """Make this test's office: a copy of the session's office with these accounts (the first is the admin,
    signed in). Closed at the end of the test."""
    opened: list[Services] = []

    def make(kind: str, accounts: Accounts) -> Services:
        folder = office_templates.copy(kind, lambda f: build_office(f, accounts=accounts),
                                       tmp_path / f"office{len(opened) or ''}")
        admin, (password, _, _) = next(iter(accounts.items()))
        opened.append(open_copy(folder, admin, password))
        return opened[-1]

    yield make
    for svc in opened:
        svc.office.close()


@pytest.fixture
def services(office_services: Callable[..., Services]) -> Services:
    """A set-up office (kelurahan Sungai Jodoh) in a fresh folder, signed in as its admin."""
    return office_services("admin-only", {"admin": (ADMIN_PASSWORD, "admin", "")})


@pytest.fixture
def valid_record() -> dict:
    return {
        "nik": "2171024505800003", "full_name": "Siti Aminah", "birth_place": "Batam",
        "birth_date": "1980-05-05", "sex": "P", "mother_name": "Fatimah", "address": "Jl. Mawar No. 1",
        "rt": "3", "rw": "12", "kelurahan_code": "21.71.02.1002", "phone": "0812-3456-7890",
        "category": "kader_posyandu", "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025",
    }


class SmallDisks:
    """Real small tmpfs file systems (a full disk, a stick made read-only) mounted under a test's folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mounted: list[Path] = []

    def mount(self, name: str, *, size_kb: int = 256) -> Path:
        import subprocess

        point = self.root / name
        point.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(point)], check=True)
        self.mounted.append(point)
        return point

    def read_only(self, point: Path) -> None:
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)

    def fill(self, point: Path) -> None:
        """Fill the file system to the last byte."""
        fd = os.open(point / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            for size in (65536, 4096, 512, 1):
                try:
                    while os.write(fd, b"\0" * size):
                        pass
                except OSError:
                    continue
        finally:
            os.close(fd)

    def unmount_all(self) -> None:
        import subprocess

        for point in reversed(self.mounted):
            subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def small_disks(tmp_path: Path) -> Iterator[SmallDisks]:
    if os.name != "posix":
        pytest.skip("Windows: no small tmpfs to fill there (the full-disk tests run on Linux, make test)")
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (run the suite as root, as CI does)")
    disks = SmallDisks(tmp_path)
    yield disks
    disks.unmount_all()
