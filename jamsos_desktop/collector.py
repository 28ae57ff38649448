"""Python's cyclic garbage collector paused around a bulk use case (an import of tens of thousands of rows).

Reading, planning and committing 24,300 rows allocate millions of objects, nearly none in a reference cycle,
and every few thousand allocations the collector walks the objects alive: the full-import profile showed ~1.2 s
of CPU (an eighth of the whole) spent in those walks, finding nothing; the hub's import of 64 bundles (24,300
changes) spent ~0.3 s of its CPU there. Memory is bounded by the sheet limits (io/limits.py) and the bundle size
limit (sync/bundlefile.py). The collector is switched back on when the work ends, even by an error or a cancel (cycles made
meanwhile are collected at its next turn); if it was already off (someone else's pause), it is left off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
