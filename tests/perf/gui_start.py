"""Start the desktop as app.py composes it, signed in without the login dialog, and say when it is ready.

    python tests/perf/gui_start.py app DATA_DIR USER PASSWORD [--visit-pages]
    python tests/perf/gui_start.py bare

"Ready" is the main window shown with the participant list's first page loaded (for "bare": a plain
QMainWindow shown). Prints one JSON line: {"ready_at": time.time() at that moment, "rss_peak_mb": ...; for the app
also "imported_at", when its modules were imported}; with
--visit-pages it then opens every page once (recap, audit, sync) and reports the peak after that too.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def peak_rss_mb() -> float:
    """Peak resident memory of this process. /proc's VmHWM belongs to this program alone; getrusage's
    ru_maxrss survives fork and exec on Linux, so it would report the benchmark parent's peak instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux, bytes on macOS


def wait_until(app, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("not ready in time")
    app.processEvents()  # the frame that shows it


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Jamsos"))
    window.resize(1280, 800)
    window.show()
    wait_until(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    return {"ready_at": time.time(), "rss_peak_mb": peak_rss_mb()}


def composed(data_dir: str, user: str, password: str, visit_pages: bool) -> dict[str, float]:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jamsos_desktop import APP_NAME, __version__
    from jamsos_desktop.app import _background_sync
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office
    from jamsos_desktop.ui.errors import install_excepthook, setup_logging
    from jamsos_desktop.ui.i18n import LanguagePreference, install_translators
    from jamsos_desktop.ui.main_window import MainWindow
    from jamsos_desktop.ui.tasks import TaskRunner
    from jamsos_desktop.ui.theme import apply_theme
    from jamsos_desktop.ui.views.session.session_controller import SessionController
    from jamsos_desktop.ui.widgets.prompts import Prompter

    imported_at = time.time()
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_theme(app)
    folder = Path(data_dir)
    prompter = Prompter()
    log_path = setup_logging(folder)
    install_excepthook(log_path, lambda text: prompter.warn(None, "Terjadi kesalahan", text))
    language = LanguagePreference(QSettings(str(folder / "desktop.ini"), QSettings.Format.IniFormat))
    translators = install_translators(app, language.get(), scale=1.0)
    tasks = TaskRunner(app)
    office = open_office(folder)  # integrity check and the start-up backup, as the real app does
    services = Services(office)
    services.auth.login(user, password)  # instead of the login dialog
    session = SessionController(services, activity_source=app)
    window = MainWindow(services, session=session, tasks=tasks, prompter=prompter, language=language)
    uploader = _background_sync(window, services, tasks)
    window.show()
    uploader.start()
    model = window.participants.list_view.model
    wait_until(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed()
               and model.rowCount() > 0)
    result = {"ready_at": time.time(), "imported_at": imported_at, "rss_peak_mb": peak_rss_mb(),
              "rows_loaded": model.rowCount(), "total": model.total}
    if visit_pages:
        for page in ("laporan", "audit", "kirim", "peserta"):
            window.show_page(page)
            app.processEvents()
        result["rss_peak_all_pages_mb"] = peak_rss_mb()
    uploader.stop()
    tasks.wait(10_000)
    office.close()
    del translators
    return result


def main(argv: list[str]) -> int:
    if argv[0] == "bare":
        result = bare()
    else:
        result = composed(argv[1], argv[2], argv[3], visit_pages="--visit-pages" in argv)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
