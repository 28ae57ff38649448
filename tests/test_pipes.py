"""Both command lines end quietly when the reader of their output has gone (`jamsos-hub report | head`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs a whole command as a program


def _closed_pipe_run(*argv: str, env: dict[str, str]) -> tuple[int, str]:
    """Run a command whose reader has already gone (like `| head` that quit): stdout is a closed pipe."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, *argv], stdout=write_end, stderr=subprocess.PIPE, text=True,
                              env=env, timeout=120)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


def test_a_closed_pipe_ends_the_hub_command_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "JAMSOS_HUB_DATA_DIR": str(tmp_path / "hub")}
    env.pop("JAMSOS_HUB_DB", None)
    code, err = _closed_pipe_run("-m", "jamsos_desktop.hub", "report", env=env)
    assert (code, err) == (0, "")
    assert not (tmp_path / "hub" / "jamsos-hub-error.log").exists()


def test_a_closed_pipe_ends_the_office_command_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "JAMSOS_DATA_DIR": str(tmp_path / "office")}
    code, err = _closed_pipe_run("-m", "jamsos_desktop.cli", "check", env=env)
    assert (code, err) == (0, "")
