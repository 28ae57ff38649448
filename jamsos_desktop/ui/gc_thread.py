"""Python's garbage collection only on the GUI thread.

The cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed. When
that is the worker thread (ui/tasks.py: card PDFs, recaps, imports) and the garbage holds Qt objects made on
the GUI thread, Qt destroys them from the wrong thread and the process can crash. The UI tests saw it: a
segmentation fault while a worker loaded the card fonts and collection ran at the same time. So, while the
app runs, automatic collection is off and the GUI thread collects from a timer, each generation when its
threshold is crossed (as pyqtgraph's GarbageCollector does). Objects without cycles are freed at once by
reference counting as always; only cycles wait for the next tick.

At start-up the app also freezes what it has imported (`settle`, gc.freeze): the modules' classes and
functions live as long as the app, yet every collection walked them again; the first tick after the storage
layer's import walked ~90,000 of them on the GUI thread while the main window was being built (issue 18).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects on the GUI thread; `stop()` switches it back on."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._threshold = gc.get_threshold()
        self._held = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts crossed their thresholds; how many objects were freed."""
        if self._held:
            return 0
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self._threshold
        freed = 0
        if c0 > t0:
            freed += gc.collect(0)
            if c1 > t1:
                freed += gc.collect(1)
                if c2 > t2:
                    freed += gc.collect(2)
        return freed

    def hold(self) -> None:
        """No collection until `settle()`: while the app imports what it will keep (a few seconds at most)."""
        self._held = True

    def settle(self) -> None:
        """Everything alive now leaves the collector's sight for good, and collection resumes. Call it when what
        was made since start-up will live as long as the app (imported modules, the windows): a probe at that
        point found 7 unreachable objects among ~87,000, so freezing keeps no garbage worth collecting."""
        gc.freeze()
        self._held = False

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()
