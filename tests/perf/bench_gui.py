"""Desktop figures: cold start to the sign-in window and to an interactive main window with 24,300
participants, against a bare PySide6 window started the same way in the same run, and peak memory of the app
with 100,000 participants (issue 18's targets).

Each start is a fresh `python tests/perf/gui_start.py` process (offscreen) running the real `app.run`: the clock
runs from just before the process is created until the sign-in window is painted, and until the main window is
shown with the participant list's first page loaded. The user name and password are filled in the moment the
sign-in window shows, so the office's opening behind it gets no typing time at all (the worst case).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize

CITY = 24_300
MEMORY_POPULATION = 100_000
RUNS = 5
TYPING_S = 2.0  # the sign-in window painted -> name and password typed (a quick clerk)
START = Path(__file__).with_name("gui_start.py")
USER, PASSWORD = "admin", "bench1234"


def build_office(folder: Path, n: int, seed: int) -> None:
    office = open_office(folder, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username=USER, admin_password=PASSWORD)
    services = Services(office)
    services.auth.login(USER, PASSWORD)
    records = synthetic_records(n, seed=seed)
    for i in range(0, n, 25_000):
        services.participants.register_many(records[i:i + 25_000])
    services.auth.logout()
    office.close()


def start(*args: str) -> tuple[float, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run([sys.executable, str(START), *args], env=env, capture_output=True, text=True, timeout=300,
                         check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return result["ready_at"] - started, result


def bench(emit) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        city = Path(tmp) / "city"
        build_office(city, CITY, seed=21)
        start("bare")  # warm the file cache for both, so neither pays for the first read from disk
        start("app", str(city), USER, PASSWORD)
        bare_times, app_times, import_times, login_times, cpu_times = [], [], [], [], []
        for _ in range(RUNS):
            bare_times.append(start("bare")[0])
            before = time.time()
            seconds, result = start("app", str(city), USER, PASSWORD)
            app_times.append(seconds)
            import_times.append(result["imported_at"] - before)
            login_times.append(result["login_at"] - before)
            cpu_times.append(result["cpu_ready_s"])
        # The whole office, or (past the list's count cap, store/search.py) the cap with "more" shown
        assert (result["total"] == CITY or result["more"]) and result["rows_loaded"] > 0, result
        bare_s, app_s = statistics.median(bare_times), statistics.median(app_times)
        login_s = statistics.median(login_times)
        emit("gui_bare_window_start_s", bare_s, "s", runs=RUNS)
        emit("gui_login_painted_s", login_s, "s", baseline=bare_s, target="< 0.5 s", ok=login_s < 0.5, runs=RUNS,
             rss_at_login_mb=round(result["rss_at_login_mb"], 1))
        emit("gui_cold_start_24300_s", app_s, "s", baseline=bare_s, target="< 1 s and <= 3x bare",
             ok=app_s < 1 and app_s <= 3 * bare_s, runs=RUNS, rss_peak_mb=round(result["rss_peak_mb"], 1),
             cpu_s=round(statistics.median(cpu_times), 3))
        typed = []
        for _ in range(RUNS):  # a clerk who needs TYPING_S for name and password: the opening runs meanwhile
            _, result = start("app", str(city), USER, PASSWORD, "--typing-s", str(TYPING_S))
            typed.append(result["ready_at"] - result["submitted_at"])
        typed_s = statistics.median(typed)
        emit("gui_signin_to_main_window_s", typed_s, "s", baseline=bare_s, target="< 1 s (after the password)",
             ok=typed_s < 1, runs=RUNS, typing_s=TYPING_S,
             note="from pressing Masuk to the main window with its first page, the password typed in TYPING_S")
        emit("gui_cold_start_imports_s", statistics.median(import_times), "s", baseline=app_s,
             note="python start + import of the app's entry (the storage layer and the main window load later)")

        big = Path(tmp) / "big"
        build_office(big, MEMORY_POPULATION, seed=5)
        _, result = start("app", str(big), USER, PASSWORD, "--visit-pages")
        assert result["total"] == MEMORY_POPULATION or result["more"], result
        emit("gui_rss_peak_100k_mb", result["rss_peak_mb"], "MB", target="< 150 MB",
             ok=result["rss_peak_mb"] < 150)
        emit("gui_rss_peak_100k_all_pages_mb", result["rss_peak_all_pages_mb"], "MB", target="< 150 MB",
             ok=result["rss_peak_all_pages_mb"] < 150)
