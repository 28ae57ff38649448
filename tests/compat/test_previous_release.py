"""The harness itself: the extracted previous release really runs as the old code, not this checkout's."""

from __future__ import annotations

from pathlib import Path

from .previous import Release


def test_previous_release_runs_its_own_code(previous_release: Release, tmp_path: Path) -> None:
    out = previous_release.python("import jamsos_desktop; print(jamsos_desktop.__file__, jamsos_desktop.__version__)")
    assert out.returncode == 0, out.stderr
    path, version = out.stdout.split()
    assert Path(path).is_relative_to(previous_release.root)
    assert version == "0.1.0"


def test_previous_release_cli_sets_up_an_office(previous_release: Release, tmp_path: Path) -> None:
    env = {"JAMSOS_PASSWORD": "rahasia123"}
    done = previous_release.jamsos("--data-dir", str(tmp_path / "office"), "init", "--kelurahan", "21.71.02.1002",
                                   "--admin", "admin", env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "office").is_dir()
