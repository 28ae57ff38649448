"""Desktop figures: cold start to an interactive main window with 24,300 participants against a bare
PySide6 window started the same way in the same run, and peak memory of the app with 100,000 participants.

Each start is a fresh `python tests/perf/gui_start.py` process (offscreen): the clock runs from just before
the process is created until the main window is shown with the participant list's first page loaded, signed
in programmatically (gui_start.py composes the app as app.py does, minus the login dialog).
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
        bare_times, app_times, import_times = [], [], []
        for _ in range(RUNS):
            bare_times.append(start("bare")[0])
            before = time.time()
            seconds, result = start("app", str(city), USER, PASSWORD)
            app_times.append(seconds)
            import_times.append(result["imported_at"] - before)
        assert result["total"] == CITY and result["rows_loaded"] > 0
        bare_s, app_s = statistics.median(bare_times), statistics.median(app_times)
        emit("gui_bare_window_start_s", bare_s, "s", runs=RUNS)
        emit("gui_cold_start_24300_s", app_s, "s", baseline=bare_s, target="< 2 s and <= 2x bare",
             ok=app_s < 2 and app_s <= 2 * bare_s, runs=RUNS, rss_peak_mb=round(result["rss_peak_mb"], 1))
        emit("gui_cold_start_imports_s", statistics.median(import_times), "s", baseline=app_s,
             note="python start + imports of the app's modules, part of the cold start above")

        big = Path(tmp) / "big"
        build_office(big, MEMORY_POPULATION, seed=5)
        _, result = start("app", str(big), USER, PASSWORD, "--visit-pages")
        assert result["total"] == MEMORY_POPULATION
        emit("gui_rss_peak_100k_mb", result["rss_peak_mb"], "MB", target="< 250 MB",
             ok=result["rss_peak_mb"] < 250)
        emit("gui_rss_peak_100k_all_pages_mb", result["rss_peak_all_pages_mb"], "MB", target="< 250 MB",
             ok=result["rss_peak_all_pages_mb"] < 250)
