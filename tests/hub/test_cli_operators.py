"""`jamsos-hub operator ...`: accounts for the console from the hub machine's command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos_desktop.hub.cli import main


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("JAMSOS_HUB_DATA_DIR", str(tmp_path / "hubdata"))
    monkeypatch.delenv("JAMSOS_HUB_DB", raising=False)
    monkeypatch.delenv("JAMSOS_HUB_PASSWORD", raising=False)
    monkeypatch.setenv("JAMSOS_HUB_OPERATOR", "kabid")

    def run_cli(*argv: str, password: str | None = None) -> tuple[int, str, str]:
        if password is None:
            monkeypatch.delenv("JAMSOS_HUB_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("JAMSOS_HUB_PASSWORD", password)
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run_cli


def test_add_list_disable_enable_reset_and_role(run) -> None:
    code, out, _ = run("operator", "add", "Siti", "--role", "admin", password="sandi-siti-2026")
    assert code == 0 and "Petugas siti (Admin) dibuat" in out
    assert run("operator", "add", "budi", "--role", "auditor", password="sandi-budi-2026")[0] == 0
    code, out, _ = run("operator", "list", "--json")
    assert code == 0 and [(r["name"], r["role"], r["active"]) for r in json.loads(out)] == [
        ("budi", "auditor", True), ("siti", "admin", True)]
    assert run("operator", "disable", "budi")[0] == 0
    assert "NONAKTIF" in run("operator", "list")[1]
    assert run("operator", "enable", "budi")[0] == 0
    assert run("operator", "reset", "budi", password="sandi-baru-2026")[0] == 0
    code, out, _ = run("operator", "role", "budi", "operator")
    assert code == 0 and "Peran budi sekarang Operator" in out


def test_refusals_say_what_to_do_and_exit_1_or_2(run) -> None:
    code, _, err = run("operator", "add", "siti", "--role", "admin")  # no terminal, no JAMSOS_HUB_PASSWORD
    assert code == 2 and "JAMSOS_HUB_PASSWORD" in err
    code, _, err = run("operator", "add", "siti", "--role", "admin", password="pendek")
    assert code == 1 and "minimal 10 karakter" in err
    with pytest.raises(SystemExit) as wrong:
        run("operator", "add", "siti", "--role", "raja", password="sandi-siti-2026")
    assert wrong.value.code == 2
    assert run("operator", "add", "siti", "--role", "admin", password="sandi-siti-2026")[0] == 0
    code, _, err = run("operator", "disable", "siti")
    assert code == 1 and "admin aktif terakhir" in err
    code, _, err = run("operator", "reset", "tidakada", password="sandi-siti-2026")
    assert code == 1 and "tidak ada" in err
