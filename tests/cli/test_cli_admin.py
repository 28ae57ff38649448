"""`jamsos settings` and `jamsos operator`: everything the desktop's Settings page does, scriptable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos_desktop.cli import main
from jamsos_desktop.cli.admin import SHORT_NAMES, setting_key
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.settings import EDITABLE
from jamsos_desktop.services.setup import initialize

ADMIN = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia123"}


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "office"
    office = open_office(data)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="rahasia123")
    office.close()
    for key, value in ADMIN.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("JAMSOS_NEW_PASSWORD", raising=False)
    return data


def run(office: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(office), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_every_desktop_setting_has_a_command_line_name() -> None:
    gui = (Path(__file__).parents[2] / "jamsos_desktop/ui/views/settings/settings_view.py").read_text()
    for key in EDITABLE:
        assert setting_key(key) == key
        if f'"{key}"' in gui:
            assert key in SHORT_NAMES.values(), f"give {key} a short name in cli/admin.py"
    assert set(SHORT_NAMES.values()) <= set(EDITABLE)


def test_settings_are_listed_set_and_audited(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(office, capsys, "settings", "--json")
    assert code == 0 and json.loads(out)["approval"]["value"] == "1"
    for args in (("hub-url", "https://jamsos.batam.go.id"), ("approval", "off"), ("auto-lock", "5"),
                 ("card-years", "2")):
        assert run(office, capsys, "settings", *args)[0] == 0
    code, out, _ = run(office, capsys, "--json", "settings")
    values = {name: row["value"] for name, row in json.loads(out).items()}
    assert (values["hub-url"], values["approval"], values["auto-lock"], values["card-years"]) == (
        "https://jamsos.batam.go.id", "0", "5", "2")
    assert run(office, capsys, "settings", "hub-url", "--clear")[0] == 0
    assert run(office, capsys, "settings", "hub-url")[1].strip() == "(kosong)"
    events = open_office(office).db
    with events.read() as s:
        from sqlalchemy import text

        changed = [r[0] for r in s.execute(text("SELECT entity_id FROM audit_event WHERE action='setting_change'"))]
    assert changed.count("sync.hub_url") == 2 and "approval.required" in changed


@pytest.mark.parametrize(("args", "words"), [(("auto-lock", "lima"), "angka bulat"),
                                             (("hub-url", "jamsos.batam.go.id"), "http"),
                                             (("approval", "mungkin"), "1 (ya) atau 0")])
def test_a_bad_value_is_refused_with_the_fix(office: Path, capsys: pytest.CaptureFixture[str], args, words) -> None:
    code, _, err = run(office, capsys, "settings", *args)
    assert code == 1 and words in err and err.startswith("Ditolak:")


def test_an_unknown_setting_is_a_usage_error_naming_the_known_ones(office: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(office, capsys, "settings", "warna", "biru")
    assert code == 2 and "hub-url" in err and "approval" in err


def test_operators_are_added_listed_disabled_enabled_and_reset(office: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAMSOS_NEW_PASSWORD", "kader12345")
    assert run(office, capsys, "operator", "add", "ani", "--role", "supervisor", "--name", "Ani Lestari")[0] == 0
    code, out, _ = run(office, capsys, "operator", "list", "--json")
    assert {o["username"]: (o["role"], o["active"]) for o in json.loads(out)} == {
        "admin": ("admin", True), "ani": ("supervisor", True)}
    monkeypatch.setenv("JAMSOS_USER", "ani")
    monkeypatch.setenv("JAMSOS_PASSWORD", "kader12345")
    assert run(office, capsys, "settings", "auto-lock", "3")[0] == 0  # a supervisor may change settings
    code, _, err = run(office, capsys, "operator", "add", "budi")  # but not manage accounts
    assert code == 1 and "supervisor" in err.lower()
    monkeypatch.setenv("JAMSOS_USER", "admin")
    monkeypatch.setenv("JAMSOS_PASSWORD", "rahasia123")
    assert run(office, capsys, "operator", "disable", "ani")[0] == 0
    monkeypatch.setenv("JAMSOS_USER", "ani")
    monkeypatch.setenv("JAMSOS_PASSWORD", "kader12345")
    code, _, err = run(office, capsys, "operator", "list")
    assert code == 1 and "dinonaktifkan" in err
    monkeypatch.setenv("JAMSOS_USER", "admin")
    monkeypatch.setenv("JAMSOS_PASSWORD", "rahasia123")
    assert run(office, capsys, "operator", "enable", "ani")[0] == 0
    monkeypatch.setenv("JAMSOS_NEW_PASSWORD", "baru-sandi-99")
    assert run(office, capsys, "operator", "reset", "ani")[0] == 0
    monkeypatch.setenv("JAMSOS_USER", "ani")
    monkeypatch.setenv("JAMSOS_PASSWORD", "baru-sandi-99")
    assert run(office, capsys, "operator", "list")[0] == 0


def test_an_operator_may_not_change_settings(office: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAMSOS_NEW_PASSWORD", "kader12345")
    assert run(office, capsys, "operator", "add", "dodi", "--name", "Dodi Saputra")[0] == 0
    monkeypatch.setenv("JAMSOS_USER", "dodi")
    monkeypatch.setenv("JAMSOS_PASSWORD", "kader12345")
    code, _, err = run(office, capsys, "settings", "approval", "off")
    assert code == 1 and err.startswith("Ditolak:")
    assert run(office, capsys, "settings", "approval")[1].strip() == "1"  # reading is fine


def test_a_password_is_never_an_argument(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(office, capsys, "operator", "add", "eka")  # no JAMSOS_NEW_PASSWORD, no terminal
    assert code == 2 and "JAMSOS_NEW_PASSWORD" in err
