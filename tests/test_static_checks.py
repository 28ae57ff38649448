"""Static checks that are part of the suite: mypy --strict on the layers below the services (as STYLE.md
asks) and ruff on the whole tree, so a type or lint slip fails CI like any other test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_on_domain_store_and_sync() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "jamsos_desktop/domain", "jamsos_desktop/store",
                             "jamsos_desktop/sync"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-4000:]
