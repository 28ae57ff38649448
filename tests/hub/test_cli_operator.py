"""`jamsos-hub` as a new operator meets it: an empty stick, a file that is not a bundle, what `devices` shows."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import _setup, run  # noqa: F401 - the shared CLI fixture and set-up


def test_importing_a_stick_with_no_bundle_says_so_and_succeeds(run, tmp_path: Path) -> None:  # noqa: F811
    _setup(run, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "foto.jpg").write_bytes(b"\xff\xd8 not a bundle")
    code, out, err = run("import", str(stick))
    assert code == 0, err
    assert f"Tidak ada bundle perubahan (.jamsos) di {stick}" in out
    assert "Kirim Data" in out  # what to do: have the office export to this stick
    assert "tak terduga" not in err
    code, out, _ = run("--json", "import", str(stick))
    assert code == 0 and json.loads(out)["totals"] == {
        "imported": 0, "replay": 0, "refused": 0, "accepted": 0, "deleted": 0, "older": 0, "already": 0,
        "rejected": 0, "duplicates": 0, "conflicts": 0, "forbidden": 0}


def test_naming_a_file_that_is_not_a_bundle_is_a_refusal(run, tmp_path: Path) -> None:  # noqa: F811
    _setup(run, tmp_path)
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8 not a bundle")
    code, out, err = run("import", str(tmp_path / "foto.jpg"))
    assert code == 1 and "foto.jpg: DITOLAK" in out and "bukan bundle Jamsos" in out and "tak terduga" not in err
