"""Screenshots of the real windows under a real X server (Xvfb), saved to a temporary folder, or to docs/screenshots/ with `make screenshots`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ("main-window", "participant-form", "approval", "setup-wizard", "login", "settings",
            "settings-backup", "checklist", "user-guide-window", "lock-screen")


def test_screenshots_of_main_window_form_and_approval(x_display: str, shots: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("screenshots_app.py")), str(shots)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    for name in EXPECTED:
        png = shots / f"{name}.png"
        assert png.exists() and png.stat().st_size > 10_000, png
