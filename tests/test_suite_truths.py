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
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and any(p.rglob("test_*.py"))}
    hidden = [pattern for pattern in config["norecursedirs"] if pattern.strip("/").split("/")[-1] in folders]
    assert not hidden, f"norecursedirs hides test folders: {hidden}"
    assert "build" in folders  # the frozen-app test is part of the suite


@pytest.mark.slow  # a second pytest, collecting the whole suite
def test_collect_only_lists_the_frozen_app_test() -> None:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "tests/build"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert "tests/build/test_frozen_app.py::test_frozen_app_builds_and_passes_its_self_test" in out.stdout, out.stdout


def test_every_measured_slow_test_still_exists() -> None:
    """tests/slow_tests.txt names test functions; a renamed or deleted one would silently rejoin `make check`."""
    lines = (TESTS / "slow_tests.txt").read_text(encoding="utf-8").splitlines()
    listed = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert listed, "tests/slow_tests.txt lists no test: make check would run everything"
    stale = []
    for test in listed:
        path, *_, name = test.split("::")
        file = ROOT / path
        if not file.exists() or f"def {name}(" not in file.read_text(encoding="utf-8"):
            stale.append(test)
    assert not stale, f"tests/slow_tests.txt names tests that do not exist (run scripts/slow_tests.py): {stale}"


def test_slow_list_chooses_the_slowest_until_the_rest_fits_the_budget() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import slow_tests as chooser
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    times = {"a": 50.0, "b": 30.0, "c": 10.0, "d": 5.0, "e": 5.0}
    assert chooser.choose(times, budget=0.25) == ["a", "b"]  # 20 of 100 s left
    assert chooser.choose(times, budget=1.0) == []
    assert chooser.function_id("tests.ui.test_approval", "test_x[a-1]") == "tests/ui/test_approval.py::test_x"
