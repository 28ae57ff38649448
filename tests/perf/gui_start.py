"""Start the desktop as its entry (__main__) does, through app.run, sign in through the sign-in window, say when it is ready.

    python tests/perf/gui_start.py app DATA_DIR USER PASSWORD [--visit-pages] [--typing-s SECONDS]
    python tests/perf/gui_start.py bare

"Ready" is the main window shown with the participant list's first page loaded (for "bare": a plain
QMainWindow shown). Prints one JSON line: {"ready_at": time.time() at that moment, "rss_peak_mb": ...; for the app
also "imported_at" (its entry module imported), "login_at" (the sign-in window painted; the user name and
password are filled in at that moment, or --typing-s later: "submitted_at")}; with --visit-pages it then opens each of the eight pages once
and reports the peak after that too. "cpu_ready_s" is the CPU time the app's process had used (all its threads)
when it was ready: steadier than the clock on a busy machine.
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


def rss_now_mb() -> float:
    """Resident memory now (VmRSS), to tell a passing peak from what the app keeps."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


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


def composed(data_dir: str, user: str, password: str, visit_pages: bool, typing_s: float = 0.0) -> dict[str, float]:
    """The real `app.run`: the sign-in window is filled in `typing_s` after it is shown (0: a clerk who types
    in no time, so the opening behind it has the least time to finish), then the main window's first page."""
    from pathlib import Path

    from jamsos_desktop.__main__ import begin_office_check

    checked = begin_office_check(Path(data_dir))  # as the entry does, before Qt is imported

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jamsos_desktop import app as desktop

    imported_at = time.time()
    result: dict[str, float] = {"imported_at": imported_at}

    def exposed(widget) -> bool:  # type: ignore[no-untyped-def]
        return widget.isVisible() and widget.windowHandle() is not None and widget.windowHandle().isExposed()

    def poll() -> None:
        qt = QApplication.instance()
        top = {w.objectName(): w for w in qt.topLevelWidgets()}
        login, window = top.get("login_dialog"), top.get("main_window")
        if "login_at" not in result and login is not None and exposed(login):
            qt.processEvents()  # the frame that shows it
            result["login_at"] = time.time()
            result["rss_at_login_mb"] = peak_rss_mb()
            panel = login.panel.ui

            def submit() -> None:
                panel.username_edit.setText(user)
                panel.password_edit.setText(password)
                result["submitted_at"] = time.time()
                panel.sign_in_button.click()

            QTimer.singleShot(int(typing_s * 1000), submit)
        elif window is not None and exposed(window) and window.participants.list_view.model.rowCount() > 0:
            qt.processEvents()
            model = window.participants.list_view.model
            result.update(ready_at=time.time(), cpu_ready_s=time.process_time(), rss_peak_mb=peak_rss_mb(), rss_ready_mb=rss_now_mb(),
                          rows_loaded=model.rowCount(), total=model.total, more=model.more)
            if visit_pages:
                for page in ("persetujuan", "kartu", "kirim", "laporan", "hak", "audit", "pengaturan", "peserta"):
                    window.show_page(page)
                    qt.processEvents()
                result["rss_peak_all_pages_mb"] = peak_rss_mb()
            timer.stop()
            window.close()
            return

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(poll)
    QTimer.singleShot(0, timer.start)  # the QApplication exists once run() made it
    code = desktop.run(desktop.Options(data_dir=Path(data_dir), early_check=checked))
    if code != 0 or "ready_at" not in result:
        raise SystemExit(f"the app ended with {code} before it was ready")
    return result


def main(argv: list[str]) -> int:
    if argv[0] == "bare":
        result = bare()
    else:
        typing = float(argv[argv.index("--typing-s") + 1]) if "--typing-s" in argv else 0.0
        result = composed(argv[1], argv[2], argv[3], visit_pages="--visit-pages" in argv, typing_s=typing)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
