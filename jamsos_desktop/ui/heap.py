"""Freed memory handed back to the system after the app's big steps (issue 18: peak memory).

glibc keeps freed blocks inside its heaps for later use, so a process that read a big result, built a page or
checked a password keeps that memory resident although nothing uses it any more; malloc_trim(0) returns the
free pages. The app calls `give_back()` after such steps (a page built, the office opened, a task finished),
which costs about a millisecond. Windows' heap decommits large freed blocks by itself and other C libraries
have no such call: there it does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

__all__ = ["give_back"]


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim  # type: ignore[no-any-return]


_TRIM = _malloc_trim()


def give_back() -> bool:
    """Return the heap's free pages to the system; True when the C library could do it."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True
