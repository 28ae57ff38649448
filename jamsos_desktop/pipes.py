"""Command-line streams: UTF-8 whatever the code page, and a pipe whose reader has gone ends quietly.

On Windows, Python writes redirected output (`jamsos list > daftar.txt`, a pipe into another program) in the
ANSI code page, cp1252 on Indonesian and English PCs, which cannot hold every letter a name may have
(U+00C0-U+024F): printing such a name crashed the command, and input piped in (`jamsos add -`) was read into
wrong letters. `use_utf8_streams` switches both to UTF-8 (input also accepts a byte-order mark, as Notepad and
PowerShell write it); an interactive console is untouched, Python already talks Unicode to it.

Output into a pipe whose reader has gone (`jamsos-hub report | head`): end quietly.

Python reports a write to a closed pipe as BrokenPipeError, either where the command prints or, when the
text still sat in the buffer, at interpreter exit ("Exception ignored ..."). The reader chose to stop
reading; that is not a failure of the command, so neither the operator nor the error log hears about it.
On Windows the same write fails as `OSError: [Errno 22] Invalid argument` (ERROR_NO_DATA) instead: while a
command runs, its standard output into a pipe reports that as BrokenPipeError too (`_WindowsPipeOut`).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
from collections.abc import Callable, Iterator


def quiet_on_closed_pipe(command: Callable[[], int]) -> int:
    """Run a command's main; exit 0 without a word when its standard output is a pipe that was closed."""
    try:
        with _closed_pipe_is_broken_pipe_on_windows():
            try:
                return command()
            finally:
                if sys.stdout is not None:  # None in a windowed (frozen GUI) process
                    sys.stdout.flush()  # surface a closed pipe here, not at interpreter exit
    except BrokenPipeError:
        _output_to_devnull()  # so that the interpreter's last flush cannot fail again
        return 0


def _output_to_devnull() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _WindowsPipeOut(io.FileIO):
    """Standard output into a pipe on Windows: a write after the reader has gone is a BrokenPipeError."""

    def write(self, data: object) -> int:
        try:
            return super().write(data)  # type: ignore[arg-type]
        except BrokenPipeError:
            raise
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # the pipe is closed (ERROR_NO_DATA): nothing else fails so on a pipe
                raise BrokenPipeError(errno.EPIPE, "the pipe's reader has gone") from exc
            raise


@contextlib.contextmanager
def _closed_pipe_is_broken_pipe_on_windows() -> Iterator[None]:
    """On Windows, while the command runs, sys.stdout writes through `_WindowsPipeOut` if it is a pipe."""
    out = sys.stdout
    try:
        is_pipe = (sys.platform == "win32" and type(out) is io.TextIOWrapper
                   and stat.S_ISFIFO(os.fstat(out.fileno()).st_mode))
    except (OSError, ValueError):  # no real file behind it (a test's captured output)
        is_pipe = False
    if not is_pipe:
        yield
        return
    out.flush()
    raw = _WindowsPipeOut(out.fileno(), "w", closefd=False)
    wrapped = io.TextIOWrapper(io.BufferedWriter(raw), encoding=out.encoding, errors=out.errors,
                               line_buffering=bool(out.line_buffering))
    sys.stdout = wrapped
    try:
        yield
    except BrokenPipeError:
        _output_to_devnull()  # what the wrapper still holds goes nowhere
        raise
    finally:
        sys.stdout = out
        wrapped.detach()  # flushes; the file descriptor stays open (closefd=False)


def _is_utf8(stream: io.TextIOBase) -> bool:
    return (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "") in {"utf8", "utf8sig"}


def use_utf8_streams() -> None:
    """Switch redirected stdin, stdout and stderr to UTF-8; call before anything is read or written."""
    for stream, encoding, errors in ((sys.stdin, "utf-8-sig", "strict"), (sys.stdout, "utf-8", "replace"),
                                     (sys.stderr, "utf-8", "backslashreplace")):
        if not isinstance(stream, io.TextIOWrapper) or _is_utf8(stream) or stream.isatty():
            continue
        stream.reconfigure(encoding=encoding, errors=errors)


def can_ask() -> bool:
    """A person at a terminal can answer a question (a prompt for a name or password).

    On Windows `isatty()` is true for NUL as well (`jamsos check < NUL`, a scheduled task, a program started by
    another without a console): the prompt would read end-of-file and the command crash. Only a real console
    counts there.
    """
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    if sys.platform != "win32":
        return True
    import ctypes
    import msvcrt

    mode = ctypes.c_uint32()
    return bool(ctypes.windll.kernel32.GetConsoleMode(msvcrt.get_osfhandle(sys.stdin.fileno()), ctypes.byref(mode)))
