"""Freed memory handed back to the system after the app's big steps (issue 18: peak memory).

glibc keeps freed blocks inside its heaps for later use, so a process that read a big result, built a page or
checked a password keeps that memory resident although nothing uses it any more; malloc_trim(0) returns the
free pages. The app calls `give_back()` after such steps (a page built, the office opened, a task finished),
which costs about a millisecond. Windows' heap decommits large freed blocks by itself and other C libraries
have no such call: there it does nothing.

`one_heap()`, at start before any thread: glibc gives each thread that allocates its own heap ("arena"), so
what the worker threads freed sits in heaps of their own, partly resident; the app's threads take turns under
Python's lock anyway, so one shared heap costs no waiting and keeps ~3 MB less resident with every page open.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

__all__ = ["give_back", "one_heap"]

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)


def _glibc(name: str) -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL("libc.so.6"), name)  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl has neither call)
        return None


_TRIM = _glibc("malloc_trim")
if _TRIM is not None:
    _TRIM.argtypes, _TRIM.restype = [ctypes.c_size_t], ctypes.c_int  # type: ignore[attr-defined]
_MALLOPT = _glibc("mallopt")
if _MALLOPT is not None:
    _MALLOPT.argtypes, _MALLOPT.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int  # type: ignore[attr-defined]


def give_back() -> bool:
    """Return the heap's free pages to the system; True when the C library could do it."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


def one_heap() -> bool:
    """All threads allocate from one heap (glibc's M_ARENA_MAX = 1); call it before the first thread starts.
    True when the C library took it."""
    if _MALLOPT is None:
        return False
    return _MALLOPT(M_ARENA_MAX, 1) == 1
