"""Cycles are collected on the GUI thread only (ui/gc_thread.py), however much a worker thread allocates."""

from __future__ import annotations

import gc
import threading

from jamsos_desktop.ui.gc_thread import GuiThreadCollector


class _Cycle:
    """A reference cycle that notes which thread finally collects it."""

    collected_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_on.append(threading.current_thread().name)


def _garbage_on_a_worker(kept: list[object]) -> None:
    def work() -> None:
        for _ in range(50):
            _Cycle()
        kept.extend([] for _ in range(5000))  # live containers: far past the first generation's threshold

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_without_it_a_worker_thread_collects(qtbot) -> None:
    """The control: with Python's own automatic collection, the worker that allocates collects the cycles."""
    _Cycle.collected_on.clear()
    was = gc.isenabled()
    gc.enable()
    try:
        kept: list[object] = []
        _garbage_on_a_worker(kept)
        assert "worker" in _Cycle.collected_on
    finally:
        if not was:
            gc.disable()
        gc.collect()


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qtbot) -> None:
    _Cycle.collected_on.clear()
    collector = GuiThreadCollector(interval_ms=50)  # conftest.py runs one too; this one is checked on its own
    try:
        assert not gc.isenabled()
        kept: list[object] = []
        _garbage_on_a_worker(kept)
        assert "worker" not in _Cycle.collected_on
        qtbot.waitUntil(lambda: len(_Cycle.collected_on) == 50, timeout=10_000)
        assert set(_Cycle.collected_on) == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()


def test_stopping_gives_collection_back_as_it_was(qtbot) -> None:
    before = gc.isenabled()
    collector = GuiThreadCollector()
    collector.stop()
    assert gc.isenabled() is before


def test_held_collection_waits_and_settling_freezes_what_lives_then(qtbot) -> None:
    """At start-up the app holds collection while the office opens, then freezes what it imported (issue 18):
    nothing is collected while held; what is there at `settle()` (garbage not yet collected too, which is why the
    app settles only when next to nothing is garbage) is never walked again; later garbage still is collected;
    `stop()` gives the frozen objects back to the collector."""
    _Cycle.collected_on.clear()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        collector.hold()
        kept: list[object] = []
        _garbage_on_a_worker(kept)
        qtbot.wait(200)  # ten ticks, each with the first generation far past its threshold
        assert _Cycle.collected_on == []
        alive = _Cycle()  # alive at settle: frozen with the rest
        collector.settle()
        assert gc.get_freeze_count() > len(kept)
        del alive  # garbage now, but frozen: never collected while the app runs
        _garbage_on_a_worker(kept)  # 50 cycles made after settling: collected; the 50 made before are frozen
        qtbot.waitUntil(lambda: len(_Cycle.collected_on) >= 50, timeout=10_000)
        qtbot.wait(100)
        assert len(_Cycle.collected_on) == 50 and set(_Cycle.collected_on) == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.get_freeze_count() == 0
    assert len(_Cycle.collected_on) == 101  # stop() collects the one that was frozen
