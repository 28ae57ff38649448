"""The pieces under every view: background tasks, translations and stretching, the error hook, start-up."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from jamsos_desktop.__main__ import NO_DISPLAY, display_problem
from jamsos_desktop.domain.problems import Level, Problem, RecordRefused
from jamsos_desktop.ui import errors
from jamsos_desktop.ui.i18n import StretchingTranslator, parse_scale, stretch, translation_file
from jamsos_desktop.ui.tasks import TaskRunner


def test_task_result_comes_back_by_signal(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    runner.run(lambda progress: (progress(1, 2), 42)[1], on_success=results.append)
    qtbot.waitUntil(lambda: results == [42])


def test_task_failure_and_cancel(qtbot: QtBot) -> None:
    runner = TaskRunner()
    failures: list[Exception] = []

    def fail(_progress):  # type: ignore[no-untyped-def]
        raise ValueError("rusak")

    runner.run(fail, on_failure=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], ValueError)

    def long_work(progress):  # type: ignore[no-untyped-def]
        for i in range(10_000):
            progress(i, 10_000)
            time.sleep(0.001)
        return "selesai"

    cancelled: list[bool] = []
    done: list[object] = []
    task = runner.run(long_work, label="Bekerja…", on_cancel=lambda: cancelled.append(True), on_success=done.append)
    task.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert done == [] and runner.wait(2000)


def test_english_translation_loads_and_stretching_lengthens(qtbot: QtBot) -> None:
    base = QTranslator()
    assert base.load(translation_file("en"))
    assert base.translate("ParticipantForm", "Simpan") == "Save"
    stretcher = StretchingTranslator(1.5, base)
    app = QCoreApplication.instance()
    app.installTranslator(stretcher)
    try:
        text = QCoreApplication.translate("ParticipantForm", "Kembali ke daftar")
        assert text.startswith("Back to the list") and len(text) >= int(len("Back to the list") * 1.5)
    finally:
        app.removeTranslator(stretcher)
    assert stretch("{n} peserta", 2).startswith("{n} peserta")
    assert parse_scale("1.5") == 1.5 and parse_scale("abc") == 1.0 and parse_scale(None) == 1.0


def test_excepthook_logs_and_shows_a_short_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = errors.setup_logging(tmp_path)
    shown: list[str] = []
    errors.install_excepthook(log, shown.append)
    try:
        raise KeyError("kolom")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    refusal = RecordRefused([Problem("nik", Level.BLOCK, "nik.length", "NIK harus 16 digit angka.")])
    sys.excepthook(RecordRefused, refusal, None)
    for handler in logging.getLogger(errors.LOG_NAME).handlers:
        handler.flush()
    assert "Traceback" in log.read_text(encoding="utf-8") and "KeyError" in log.read_text(encoding="utf-8")
    assert "tidak terduga" in shown[0] and str(log) in shown[0] and "Traceback" not in shown[0]
    assert shown[1] == "• NIK harus 16 digit angka."


def test_the_log_starts_a_fresh_file_past_its_size_and_keeps_three_older_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 2_000)
    handler = errors.BoundedLog(tmp_path / "app.log")
    assert list(tmp_path.iterdir()) == []  # opened with the first record
    logger = logging.getLogger("jamsos.test.bounded")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(200):
            logger.warning("baris %03d %s", n, "x" * 80)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logs = {path.name: path.read_text(encoding="utf-8") for path in tmp_path.iterdir()}
    assert sorted(logs) == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all(len(text.encode()) < 2_000 + 100 for text in logs.values())
    assert "baris 199" in logs["app.log"]
    newest_old = int(logs["app.log.1"].splitlines()[-1].split()[1])
    assert f"baris {newest_old + 1:03d}" in logs["app.log"].splitlines()[0]  # nothing lost between the files
    assert int(logs["app.log.3"].splitlines()[0].split()[1]) < int(logs["app.log.2"].splitlines()[0].split()[1])


def test_no_display_is_explained_not_crashed() -> None:
    assert display_problem({}, "linux") == NO_DISPLAY
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if not sys.platform.startswith("linux"):
        pytest.skip("Windows and macOS always have a display: the check only applies on Linux")
    result = subprocess.run([sys.executable, "-m", "jamsos_desktop"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert "xvfb-run -a make run" in result.stderr and "Jalankan" in result.stderr and "Traceback" not in result.stderr
