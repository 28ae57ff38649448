"""The pytest suite under Wine, bounded in time and clear about what failed.

- Workers: pytest-xdist runs the tests on `JAMSOS_WINDOWS_WORKERS` Windows processes (default 2; the master
  only distributes). A test that starts programs (the `jamsos` command, the hub) waits seconds for each Python
  under Wine, so two workers keep the run's wall time near half its CPU time.
- Per test: pytest-timeout with a Windows-sized limit (TEST_TIMEOUT_S; a test's own `timeout` mark wins). On
  Windows pytest-timeout ends the worker process (no signals there); xdist then reports that test as failed by
  name ("worker 'gw0' crashed while running ...") and starts a new worker, so one hung test costs its limit
  and no more.
- Whole run: stopped after `JAMSOS_WINDOWS_SUITE_TIMEOUT` seconds (default SUITE_TIMEOUT_S). Windows programs
  the run leaves behind (a hub server whose test was stopped) are ended afterwards: Wine hands each program its
  parent's environment, so the run's own tag (RUN_TAG_ENV) finds exactly them. Left running, they would keep
  the Wine prefix busy, and the gui step of the next run waits for a quiet prefix.
- Output: one line per test as it ends (which worker, how far, the outcome), so a stopped run still shows
  what it did. Summary: the failed and erroring tests by name, skips whose reason does not name Windows (each counts as a
  failure: a test that cannot run on Windows says why), and pytest's own last line.
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from winenv import OUT, PYTHON_EXE, ROOT, TEMP, stream, wine_env, winpath

SUITE_LOG = OUT / "pytest.log"
TEST_TIMEOUT_S = 900
SUITE_TIMEOUT_S = 90 * 60
WORKERS = 2
QT_WAIT_SCALE = 6  # pytest-qt's 5 s waits become 30 s (tests/conftest.py): Wine and a shared machine are slow
RUN_TAG_ENV = "JAMSOS_WINDOWS_SUITE_RUN"
# a test's own line as it ends ("[gw0] [ 12%] FAILED tests/..."; -v, so that a run stopped by its time limit
# still names what failed), pytest's short summary (-rfE) and xdist's word for a worker that died under a test
FAILURE = re.compile(r"^(?:\[gw\d+\] \[\s*\d+%\] )?(FAILED|ERROR) (\S+)|worker '\w+' crashed while running '([^']+)'")


def previous_release_archive() -> dict[str, str]:
    """The previous release's tree for tests/compat, written with the host's git (there is none under Wine)."""
    spec = importlib.util.spec_from_file_location("previous", ROOT / "tests" / "compat" / "previous.py")
    assert spec is not None and spec.loader is not None
    previous = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # its dataclass looks itself up
    spec.loader.exec_module(previous)
    archive = OUT / "previous-release.tar"
    for ref in (previous.PREVIOUS_TAG, previous.PREVIOUS_COMMIT):
        done = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), ref,
                               "jamsos_desktop", "resources"], capture_output=True, check=False)
        if done.returncode == 0:
            return {previous.RELEASE_ARCHIVE_ENV: winpath(archive)}
    return {}  # not in this clone: the compat tests say which command fetches it


def suite(pytest_args: list[str], prebuilt_app: str | None, removable_drive: str | None) -> int:
    tag = uuid.uuid4().hex
    extra = {"PYTHONUNBUFFERED": "1", RUN_TAG_ENV: tag, "JAMSOS_TEST_TIME_SCALE": str(QT_WAIT_SCALE),
             **previous_release_archive()}
    if prebuilt_app:
        extra["JAMSOS_PREBUILT_APP"] = prebuilt_app
    if removable_drive:
        extra["JAMSOS_TEST_REMOVABLE_DRIVE"] = removable_drive
    workers = os.environ.get("JAMSOS_WINDOWS_WORKERS") or str(WORKERS)
    limit = float(os.environ.get("JAMSOS_WINDOWS_SUITE_TIMEOUT") or SUITE_TIMEOUT_S)
    TEMP.mkdir(parents=True, exist_ok=True)  # pytest makes --basetemp itself, but not its parent
    # Our options first: pytest arguments given after `--` (e.g. -n 0, another timeout) override them.
    code = stream([str(PYTHON_EXE), "-m", "pytest", "-v", "-rfEs", "-p", "no:cacheprovider", "-n", workers,
                   "-o", f"timeout={TEST_TIMEOUT_S}", "--durations=15", "--basetemp", winpath(TEMP / "pytest"),
                   *(pytest_args or ["tests"])], SUITE_LOG, env=wine_env(extra), timeout=limit)
    leftovers = end_leftovers(tag)
    if leftovers:
        print("\nWindows programs the suite left running, now ended:\n  " + "\n  ".join(leftovers), flush=True)
    log = SUITE_LOG.read_text(encoding="utf-8", errors="replace")
    unexplained = skips_without_windows_reason(log)
    if unexplained:
        print("\nThese tests skipped under Wine without saying why Windows cannot run them; run them on Windows, or "
              "skip them there with a reason that names Windows:\n  " + "\n  ".join(unexplained), flush=True)
        return code or 1
    return code


def end_leftovers(tag: str) -> list[str]:
    """End the processes whose environment carries this run's tag; their command lines."""
    marker = f"{RUN_TAG_ENV}={tag}".encode()
    ended = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in (proc / "environ").read_bytes():
                command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
                os.kill(int(proc.name), signal.SIGKILL)
                ended.append(command)
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return ended


def skips_without_windows_reason(log: str) -> list[str]:
    """pytest's `SKIPPED [n] file:line: reason` summary lines whose reason does not mention Windows."""
    return [line for line in log.splitlines() if line.startswith("SKIPPED [") and "windows" not in line.lower()]


def failed_tests(log: str) -> list[str]:
    """The tests that failed, erred or took their worker down, each once, in the order pytest reported them."""
    names: dict[str, None] = {}
    for line in log.splitlines():
        found = FAILURE.search(line)
        if found:
            names.setdefault(found.group(2) or found.group(3), None)
    return list(names)


def summary(log_path: Path = SUITE_LOG) -> str:
    """What CI shows last: the failed tests by name, then pytest's summary line."""
    log = log_path.read_text(encoding="utf-8", errors="replace") if log_path.exists() else ""
    lines = log.strip().splitlines()
    last = lines[-1] if lines else "(no pytest output)"
    failed = failed_tests(log)
    if not failed:
        return f"windows suite: {last}"
    return f"windows suite: {len(failed)} tests failed under Wine:\n  " + "\n  ".join(failed) + f"\n{last}"
