"""Command-line output into a pipe whose reader has gone (`jamsos-hub report | head`): end quietly.

Python reports a write to a closed pipe as BrokenPipeError, either where the command prints or, when the
text still sat in the buffer, at interpreter exit ("Exception ignored ..."). The reader chose to stop
reading; that is not a failure of the command, so neither the operator nor the error log hears about it.
"""

from __future__ import annotations

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
