"""Screenshots of the real windows under a real X server (Xvfb), saved to docs/screenshots/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
EXPECTED = ("main-window", "participant-form", "approval", "setup-wizard", "login", "settings", "lock-screen")


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("install xvfb: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1")
    for number in range(99, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_screenshots_of_main_window_form_and_approval(x_display: str) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("screenshots_app.py")), str(SHOTS)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    for name in EXPECTED:
        png = SHOTS / f"{name}.png"
        assert png.exists() and png.stat().st_size > 10_000, png
