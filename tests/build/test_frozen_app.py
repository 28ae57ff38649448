"""The installable build: PyInstaller makes the one-folder app and its --self-test passes offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jamsos_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]


def build_app(tmp_path: Path) -> tuple[Path, str]:
    """The one-folder app and PyInstaller's log. `make test-windows` builds it under Wine just before the suite
    and names it in JAMSOS_PREBUILT_APP (its log beside it, build.log): checked here instead of built twice."""
    prebuilt = os.environ.get("JAMSOS_PREBUILT_APP")
    if prebuilt:
        folder = Path(prebuilt)
        return folder, (folder.parent / "build.log").read_text(encoding="utf-8", errors="replace")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "pyinstaller.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    return tmp_path / "dist" / f"{APP_ID}-{__version__}", build.stderr


@pytest.mark.slow
@pytest.mark.timeout(1200)  # PyInstaller alone may take more than the suite's 300 s per test on a busy machine
def test_frozen_app_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    folder, log = build_app(tmp_path)
    assert folder.name == f"{APP_ID}-{__version__}"
    assert "Failed to run strip" not in log  # strip runs on Linux only: Windows has none (pyinstaller.spec)
    exe = folder / (APP_ID + (".exe" if os.name == "nt" else ""))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=120, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Uji mandiri selesai: semua baik." in result.stdout
    assert "Qt dan pratinjau PDF: ok" in result.stdout
    size_mb = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20
    print(f"\nfrozen folder: {size_mb:.0f} MB")
    assert size_mb < 400, "the one-folder build grew unexpectedly: check what PyInstaller pulled in"
