"""ui/heap.py: freed memory goes back to the system after the app's big steps (issue 18: peak memory)."""

from __future__ import annotations

import json
import subprocess
import sys

FRAGMENTED = """
import json
from jamsos_desktop.ui.heap import give_back

def resident_mb():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmRSS:")) / 1024

blocks = [bytearray(100_000) for _ in range(300)]  # under glibc's mmap threshold: inside the heap
keep = bytearray(100_000)  # above them, so the heap's top cannot simply shrink
del blocks
before = resident_mb()
done = give_back()
print(json.dumps({"done": done, "before": before, "after": resident_mb()}))
"""


def test_freed_blocks_inside_the_heap_go_back_to_the_system() -> None:
    """On Linux (glibc) about 30 MB freed inside the heap leave; elsewhere (Windows' heap returns large blocks by
    itself) the call does nothing and says so."""
    if not sys.platform.startswith("linux"):
        from jamsos_desktop.ui.heap import give_back

        assert give_back() is False
        return
    out = subprocess.run([sys.executable, "-c", FRAGMENTED], capture_output=True, text=True, check=True, timeout=60)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["done"] is True
    assert seen["before"] - seen["after"] > 20, seen  # about 30 MB were freed but still resident


ARENAS = """
import ctypes, sys, threading
from jamsos_desktop.ui.heap import one_heap

took = one_heap() if sys.argv[1] == "one" else None
kept = []
worker = threading.Thread(target=lambda: kept.extend(bytearray(10_000) for _ in range(500)))
worker.start()
worker.join()
ctypes.CDLL("libc.so.6").malloc_stats()  # one "Arena N:" block a heap, on standard error
print(took)
"""


def test_one_heap_keeps_every_thread_in_one_heap() -> None:
    """glibc gives a thread that allocates a heap of its own; after one_heap() the worker allocates from the one
    heap (the control, without it, has two). Elsewhere the call does nothing and says so."""
    if not sys.platform.startswith("linux"):
        from jamsos_desktop.ui.heap import one_heap

        assert one_heap() is False
        return
    arenas = {}
    for mode in ("one", "default"):
        out = subprocess.run([sys.executable, "-c", ARENAS, mode], capture_output=True, text=True, check=True,
                             timeout=60)
        arenas[mode] = out.stderr.count("Arena ")
        if mode == "one":
            assert out.stdout.strip() == "True"
    assert arenas == {"one": 1, "default": 2}, arenas
