"""The suite tells the truth about itself: every test file it has runs, and the static checks cover the package."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"


def _under(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def test_every_test_file_collects_at_least_one_test(request: pytest.FixtureRequest,
                                                    collected_test_files: frozenset[Path]) -> None:
    """A file that collects nothing (hidden by norecursedirs, misnamed tests, an import that skips the module) is a
    test that silently never runs."""
    roots = [(ROOT / arg.split("::")[0]).resolve() for arg in request.config.args] or [TESTS]
    expected = {p.resolve() for p in TESTS.rglob("test_*.py") if _under(p.resolve(), roots)}
    silent = sorted(str(p.relative_to(ROOT)) for p in expected - {p.resolve() for p in collected_test_files})
    assert not silent, f"these test files collect no test: {silent}"


def test_no_test_folder_is_hidden_from_collection() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and any(p.rglob("test_*.py"))}
    hidden = [pattern for pattern in config["norecursedirs"] if pattern.strip("/").split("/")[-1] in folders]
    assert not hidden, f"norecursedirs hides test folders: {hidden}"
    assert "build" in folders  # the frozen-app test is part of the suite


@pytest.mark.slow  # a second pytest, collecting the whole suite
def test_collect_only_lists_the_frozen_app_test() -> None:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "tests/build"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert "tests/build/test_frozen_app.py::test_frozen_app_builds_and_passes_its_self_test" in out.stdout, out.stdout
