"""Where the Windows test lives and how a Windows program is started under Wine.

Everything downloaded or installed (Wine prefix, Windows Python, wheels, stand-in DLLs) is kept in one cache
folder outside the repository, shared by every checkout on the machine: `JAMSOS_WINDOWS_CACHE`, by default
`~/.cache/jamsos-windows`. What one checkout builds (PyInstaller output, logs) goes to its git-ignored
`build/windows/`. Setting up takes the cache's lock exclusively; a run holds it shared, so a second checkout
never reinstalls packages under a running test.

Python under Wine dies at start-up (`init_sys_streams ... WinError 6`) when stdin, stdout or stderr is a regular
file or /dev/null, so every Windows program here gets three pipes.
"""

from __future__ import annotations

import codecs
import contextlib
import fcntl
import hashlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("JAMSOS_WINDOWS_CACHE") or Path.home() / ".cache" / "jamsos-windows")
PREFIX = CACHE / "prefix"
SYSTEM32 = PREFIX / "drive_c" / "windows" / "system32"
PYTHON_DIR = PREFIX / "drive_c" / "Python311"
PYTHON_EXE = PYTHON_DIR / "python.exe"
WHEELS = CACHE / "wheels"
OUT = ROOT / "build" / "windows"
# This checkout's temporary folder on C:, short like a real user's %TEMP% (long Z:\... paths would not be)
TEMP = PREFIX / "drive_c" / "users" / "Public" / "Temp" / f"jamsos-{hashlib.sha256(bytes(ROOT)).hexdigest()[:8]}"

# Host variables that would mislead Windows programs: the host's pip set-up, Python and Qt settings, display.
DROPPED = ("PIP_", "PYTHON", "VIRTUAL_ENV", "QT_", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "JAMSOS_")


def winpath(path: Path | str) -> str:
    """The Windows name of a host path: Wine maps the host root to drive Z: (the prefix's drive_c to C:)."""
    path = Path(path).resolve()
    drive_c = (PREFIX / "drive_c").resolve()
    if path == drive_c or drive_c in path.parents:
        return "C:\\" + str(path.relative_to(drive_c)).replace("/", "\\").removeprefix(".")
    return "Z:" + str(path).replace("/", "\\")


def wine_env(extra: Mapping[str, str] | None = None, *, overrides: str = "") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(DROPPED)}
    env.update(WINEPREFIX=str(PREFIX), WINEARCH="win64", WINEDEBUG=env.get("JAMSOS_WINEDEBUG", "-all"),
               # no Mono or Gecko installer prompts; extra overrides (e.g. mscms=n) for the real windows platform
               WINEDLLOVERRIDES=";".join(filter(None, ["mscoree,mshtml=", overrides])),
               PYTHONPATH=winpath(ROOT))  # no PYTHONUTF8: an office PC runs in its code page (cp1252)
    env.update(extra or {})
    return env


def run_windows(args: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None,
                timeout: float = 600, input: str = "", echo: TextIO | None = None) -> tuple[int, str]:
    """Run `wine ARGS` with three pipes; (exit code, stdout and stderr together). `echo` gets it as it comes.

    The end of the output is not awaited: a Wine helper started meanwhile (explorer.exe, the desktop) inherits
    the pipe and keeps it open, so the run ends when the program exits, plus a moment for the last lines.
    """
    chunks: list[str] = []
    with subprocess.Popen(["wine", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          env=dict(env or wine_env()), cwd=cwd or ROOT) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        fd = proc.stdout.fileno()
        decoder = codecs.getincrementaldecoder("utf-8")("replace")

        def read() -> None:  # as it comes, not line by line: pytest's progress dots share one line
            while data := os.read(fd, 65536):
                text = decoder.decode(data).replace("\r\n", "\n")
                chunks.append(text)
                if echo is not None:
                    echo.write(text)
                    echo.flush()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            proc.stdin.write(input.encode("utf-8"))
            proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            chunks.append(f"\n[stopped after {timeout:.0f} s]\n")
            code = 124
        reader.join(5)
        proc.stdout = None  # type: ignore[assignment]  # leave the pipe to the helper that still holds it
    return code, "".join(chunks)


def wine(args: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None,
         timeout: float = 600, input: str = "") -> subprocess.CompletedProcess[str]:
    """Run a Windows program to completion; stdout and stderr come back together as text."""
    code, output = run_windows(args, env=env, cwd=cwd, timeout=timeout, input=input)
    return subprocess.CompletedProcess(["wine", *args], code, output)


def python(args: Sequence[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return wine([str(PYTHON_EXE), *args], **kw)  # type: ignore[arg-type]


class _Tee:
    def __init__(self, *streams: TextIO) -> None:
        self.streams = streams

    def write(self, text: str) -> None:
        for stream in self.streams:
            stream.write(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()


def stream(args: Sequence[str], log: Path, *, env: Mapping[str, str] | None = None, cwd: Path | None = None,
           timeout: float = 3600) -> int:
    """Run a Windows program, echoing its output as it comes and keeping it in `log`; its exit code."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as out:
        code, _ = run_windows(args, env=env, cwd=cwd, timeout=timeout, echo=_Tee(out, sys.stdout))  # type: ignore[arg-type]
    return code


@contextlib.contextmanager
def cache_lock(exclusive: bool) -> Iterator[None]:
    """The cache's lock: exclusive while installing, shared while a run uses what is installed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("a") as handle:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            print("waiting for another Windows test run that uses the same cache…", flush=True)
            fcntl.flock(handle, mode)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
