"""Static checks that are part of the suite: mypy over the whole package (strict on the layers below the
services, as STYLE.md asks, mypy's default checks elsewhere; pyproject.toml) and ruff on the whole tree, so a
type or lint slip fails CI like any other test. `make lint` runs the same two."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STRICT_FLAGS = {"disallow_untyped_defs", "disallow_incomplete_defs", "disallow_untyped_calls",
                "disallow_untyped_decorators", "disallow_any_generics", "disallow_subclassing_any",
                "check_untyped_defs", "warn_return_any", "warn_unused_ignores", "no_implicit_reexport",
                "strict_equality", "extra_checks"}


def test_mypy_on_the_whole_package() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "jamsos_desktop"], cwd=ROOT, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_as_windows_sees_the_package() -> None:
    """The PCs run Windows, where the standard library's types differ (a pipe's end is a PipeConnection there):
    checked here too, so such a slip fails on Linux before the Windows suite finds it."""
    result = subprocess.run([sys.executable, "-m", "mypy", "--platform", "win32", "--cache-dir",
                             str(ROOT / ".mypy_cache" / "win32"), "jamsos_desktop"], cwd=ROOT, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:]


def test_domain_store_and_sync_stay_strict() -> None:
    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["overrides"]
    strict = next(o for o in overrides if "jamsos_desktop.domain.*" in o["module"])
    assert {"jamsos_desktop.store.*", "jamsos_desktop.sync.*"} <= set(strict["module"])
    assert {flag for flag in STRICT_FLAGS if strict.get(flag) is True} == STRICT_FLAGS


def test_ruff_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-4000:]
