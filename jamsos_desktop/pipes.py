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
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable


def quiet_on_closed_pipe(command: Callable[[], int]) -> int:
    """Run a command's main; exit 0 without a word when its standard output is a pipe that was closed."""
    try:
        try:
            return command()
        finally:
            if sys.stdout is not None:  # None in a windowed (frozen GUI) process
                sys.stdout.flush()  # surface a closed pipe here, not at interpreter exit
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's last flush cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0


def _is_utf8(stream: io.TextIOBase) -> bool:
    return (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "") in {"utf8", "utf8sig"}


def use_utf8_streams() -> None:
    """Switch redirected stdin, stdout and stderr to UTF-8; call before anything is read or written."""
    for stream, encoding, errors in ((sys.stdin, "utf-8-sig", "strict"), (sys.stdout, "utf-8", "replace"),
                                     (sys.stderr, "utf-8", "backslashreplace")):
        if not isinstance(stream, io.TextIOWrapper) or _is_utf8(stream) or stream.isatty():
            continue
        stream.reconfigure(encoding=encoding, errors=errors)
