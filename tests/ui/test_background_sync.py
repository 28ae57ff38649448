"""Background upload: states and exponential backoff with a callable that fails then succeeds (no network),
idle ("luring") without a hub address or without the HTTP service, and the status bar showing the state."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from jamsos_desktop import app
from jamsos_desktop.services import Services
from jamsos_desktop.services.sync_retry import Backoff
from jamsos_desktop.sync.http_client import HubRefusedUpload
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.session.session_controller import SessionController
from jamsos_desktop.ui.views.shell.status_bar import OfficeStatusBar
from jamsos_desktop.ui.views.sync.background_sync import BackgroundSync, retry_delay_ms

from .conftest import ScriptedPrompter

HUB = "https://jamsos.batam.go.id"


class FlakyHub:
    """Fails `failures` times, then answers; counts the calls (it runs on the worker thread)."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("hub tidak terjangkau")
        return "ok"


def test_backoff_starts_at_30_s_doubles_and_stops_at_15_min() -> None:
    assert [retry_delay_ms(n) // 1000 for n in range(1, 9)] == [30, 60, 120, 240, 480, 900, 900, 900]


def test_fails_then_succeeds_with_growing_waits(qtbot: QtBot) -> None:
    hub = FlakyHub(failures=3)
    worker = BackgroundSync(tasks=TaskRunner(), hub_url=lambda: HUB, sync_once=hub, interval_ms=60_000,
                            backoff=Backoff(first_s=0.02, max_s=0.05))
    states: list[tuple[str, int | None]] = []
    worker.state_changed.connect(lambda text: states.append((text, worker.next_delay_ms)))
    with qtbot.waitSignal(worker.synced, timeout=10_000) as synced:
        worker.start()
    assert synced.args == ["ok"] and hub.calls == 4
    failed = "gagal, coba lagi dalam 1 menit"
    assert states == [("mengunggah", 0), (failed, 20), ("mengunggah", 20), (failed, 40), ("mengunggah", 40),
                      (failed, 50), ("mengunggah", 50), ("terhubung", 60_000)]
    assert worker.state == "connected" and worker.failures == 0
    worker.stop()


def test_real_waits_are_shown_in_minutes(qtbot: QtBot) -> None:
    hub = FlakyHub(failures=99)
    worker = BackgroundSync(tasks=TaskRunner(), hub_url=lambda: HUB, sync_once=hub)
    seen: list[str] = []
    delays: list[int | None] = []
    worker.state_changed.connect(seen.append)
    worker.start()  # the first try runs at once; the test runs the later ones itself instead of waiting
    for attempt in range(1, 8):
        qtbot.waitUntil(lambda: hub.calls == attempt and not worker.running, timeout=5000)  # noqa: B023
        delays.append(worker.next_delay_ms)
        if attempt < 7:
            worker.run_now()
    worker.stop()
    assert delays == [30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]
    assert [t for t in seen if t.startswith("gagal")] == [
        f"gagal, coba lagi dalam {n} menit" for n in (1, 1, 2, 4, 8, 15, 15)]


def test_offline_without_address_or_service_then_starts_when_address_is_set(qtbot: QtBot) -> None:
    address = {"url": ""}
    hub = FlakyHub(failures=0)
    worker = BackgroundSync(tasks=TaskRunner(), hub_url=lambda: address["url"], sync_once=hub)
    seen: list[str] = []
    worker.state_changed.connect(seen.append)
    worker.start()
    worker.run_now()
    assert seen == ["luring"] and hub.calls == 0
    address["url"] = HUB
    with qtbot.waitSignal(worker.synced, timeout=5000):
        worker.reload()  # what "Simpan pengaturan" triggers
    assert seen == ["luring", "mengunggah", "terhubung"] and hub.calls == 1
    worker.stop()

    idle = BackgroundSync(tasks=TaskRunner(), hub_url=lambda: HUB, sync_once=None)
    idle_seen: list[str] = []
    idle.state_changed.connect(idle_seen.append)
    idle.start()
    assert idle_seen == ["luring"] and idle.next_delay_ms is None


def test_status_bar_shows_the_state(qtbot: QtBot, services: Services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = OfficeStatusBar(window.statusBar(), services, QLabel(window), window)
    status.set_connection_state("terhubung")
    assert status.connection_label.text() == "Luring (flashdisk)"  # no hub address: the stick is the way
    services.settings.set("sync.hub_url", HUB)
    status.set_connection_state("gagal, coba lagi dalam 2 menit")
    assert status.connection_label.text() == "Disnaker: gagal, coba lagi dalam 2 menit"


def test_app_wires_the_worker_to_the_http_service_when_it_exists(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.settings.set("sync.hub_url", "http://127.0.0.1:9")  # nothing listens there: refused at once
    session = SessionController(services, activity_source=QCoreApplication.instance())
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    window = MainWindow(services, session=session, tasks=tasks, prompter=prompter,  # type: ignore[arg-type]
                        language=language)
    qtbot.addWidget(window)
    uploader = app._background_sync(window, services, tasks)  # noqa: SLF001
    uploader.start()
    qtbot.waitUntil(lambda: uploader.state == "failed", timeout=10_000)
    assert window.status.connection_label.text() == "Disnaker: gagal, coba lagi dalam 1 menit"
    tip = window.status.connection_label.toolTip()
    assert tip.startswith("Disnaker tidak dapat dihubungi sekarang") and "Error" not in tip  # no exception names
    uploader.stop()

    services.auth.logout()  # locked: nobody may export, so the worker does not even try
    calls: list[int] = []
    monkeypatch.setattr(services.sync, "sync_once", lambda: calls.append(1))
    locked = app._background_sync(window, services, tasks)  # noqa: SLF001
    locked.start()
    qtbot.wait(50)
    assert calls == [] and locked.next_delay_ms == 5 * 60_000
    locked.stop()

    monkeypatch.setattr(services, "sync", SimpleNamespace())  # a build without the HTTP service
    idle = app._background_sync(window, services, tasks)  # noqa: SLF001
    idle.start()
    assert idle.state == "offline" and window.status.connection_label.text() == "Disnaker: luring"


def test_why_the_last_try_failed_is_said_in_the_clerks_words(qtbot: QtBot, services: Services) -> None:
    """Disnaker's own refusal (e.g. this computer's key was revoked) is shown as Disnaker said it, where the
    state is; it goes once a try works."""
    answers: list[Exception | str] = [HubRefusedUpload(403, "device_revoked", "Komputer ini dicabut oleh Disnaker: "
                                                                              "hubungi Disnaker."), "ok"]

    def hub() -> str:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    services.settings.set("sync.hub_url", HUB)
    window = QMainWindow()
    qtbot.addWidget(window)
    status = OfficeStatusBar(window.statusBar(), services, QLabel(window), window)
    worker = BackgroundSync(tasks=TaskRunner(), hub_url=lambda: HUB, sync_once=hub,
                            backoff=Backoff(first_s=0.02, max_s=0.05))
    worker.state_changed.connect(status.set_connection_state)
    worker.problem_changed.connect(status.set_connection_problem)
    tips: list[str] = []
    worker.problem_changed.connect(lambda _text: tips.append(status.connection_label.toolTip()))
    worker.start()
    qtbot.waitUntil(lambda: worker.state == "connected", timeout=10_000)
    assert tips[0] == "Komputer ini dicabut oleh Disnaker: hubungi Disnaker.\n" + HUB
    assert worker.problem == "" and tips[1:] == [HUB] and status.connection_label.toolTip() == HUB
    worker.stop()
