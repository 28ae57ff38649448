"""The console's guards over plain HTTP (no browser): no session, no CSRF token, wrong role, cookie flags,
security headers, and no redirect away from the console after signing in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jamsos_desktop.hub.service import Hub

from .web import PASSWORD, add_accounts, client, csrf_of, sign_in


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the HTTP face on SQLite; the use cases run on both databases elsewhere
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


@pytest.fixture
def accounts(hub: Hub) -> Iterator[Hub]:
    add_accounts(hub)
    yield hub


def _names(hub: Hub) -> list[str]:
    from jamsos_desktop.hub.roles import Actor, HubRole

    return [o.name for o in hub.accounts.list(Actor("t", HubRole.AUDITOR))]


NEW = {"nama": "penyusup", "peran": "admin", "sandi": "sandi-penyusup-1", "sandi2": "sandi-penyusup-1"}


def test_without_a_session_pages_send_to_sign_in_and_json_answers_401(accounts: Hub) -> None:
    web = client(accounts)
    page = web.get("/konsol/petugas", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/konsol/masuk?lanjut=/konsol/petugas"
    data = web.get("/konsol/ringkasan.json")
    assert data.status_code == 401 and data.json()["message"] == "Masuk dulu ke konsol hub."
    posted = web.post("/konsol/petugas/tambah", data={**NEW, "csrf": "x"}, follow_redirects=False)
    assert posted.status_code == 303 and "penyusup" not in _names(accounts)


def test_a_form_without_or_with_a_wrong_csrf_token_changes_nothing(accounts: Hub) -> None:
    web = client(accounts)
    token = sign_in(web, "admin")
    for csrf in (None, "", "salah", token[:-1]):
        data = dict(NEW) if csrf is None else {**NEW, "csrf": csrf}
        answer = web.post("/konsol/petugas/tambah", data=data)
        assert answer.status_code == 403 and "Formulir kedaluwarsa" in answer.text
    assert "penyusup" not in _names(accounts)
    answer = web.post("/konsol/petugas/tambah", data={**NEW, "csrf": token})
    assert answer.status_code == 200 and "Petugas penyusup dibuat" in answer.text


def test_another_sessions_csrf_token_is_refused(accounts: Hub) -> None:
    first, second = client(accounts), client(accounts)
    sign_in(first, "admin")
    other = sign_in(second, "operator")
    assert first.post("/konsol/petugas/tambah", data={**NEW, "csrf": other}).status_code == 403
    assert "penyusup" not in _names(accounts)


@pytest.mark.parametrize("role", ["operator", "auditor"])
def test_a_role_without_the_right_is_refused_even_with_a_valid_token(accounts: Hub, role: str) -> None:
    web = client(accounts)
    token = sign_in(web, role)
    answer = web.post("/konsol/petugas/tambah", data={**NEW, "csrf": token})
    assert answer.status_code == 403 and "tidak boleh mengelola akun petugas" in answer.text
    assert "penyusup" not in _names(accounts)


def test_the_sign_in_form_needs_its_own_token_and_a_session_cookie_is_strict_and_httponly(accounts: Hub) -> None:
    web = client(accounts)
    refused = web.post("/konsol/masuk", data={"nama": "admin", "sandi": PASSWORD, "csrf": "x"})
    assert refused.status_code == 403 and "jamsos_hub_sesi" not in web.cookies
    token = csrf_of(web.get("/konsol/masuk").text)
    answer = web.post("/konsol/masuk", data={"csrf": token, "nama": "admin", "sandi": PASSWORD},
                      follow_redirects=False)
    cookie = answer.headers["set-cookie"].lower()
    assert "jamsos_hub_sesi=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie  # plain HTTP on loopback
    secure = client(accounts, https=True)
    token = csrf_of(secure.get("/konsol/masuk").text)
    answer = secure.post("/konsol/masuk", data={"csrf": token, "nama": "admin", "sandi": PASSWORD},
                         follow_redirects=False)
    assert "; secure" in answer.headers["set-cookie"].lower()


@pytest.mark.parametrize("target", ["https://example.org/", "//example.org/x", "/konsol/../api", "/report"])
def test_after_signing_in_the_browser_never_leaves_the_console(accounts: Hub, target: str) -> None:
    web = client(accounts)
    token = csrf_of(web.get("/konsol/masuk").text)
    answer = web.post("/konsol/masuk", data={"csrf": token, "nama": "admin", "sandi": PASSWORD, "lanjut": target},
                      follow_redirects=False)
    assert answer.headers["location"] == "/konsol/ringkasan"


def test_console_answers_carry_security_headers_and_are_not_cached(accounts: Hub) -> None:
    web = client(accounts)
    sign_in(web, "auditor")
    answer = web.get("/konsol/ringkasan")
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY" and answer.headers["cache-control"] == "no-store"
    assert "<script" not in answer.text and "style=" not in answer.text


def test_an_unknown_console_page_is_a_page_in_words_not_a_status_code(accounts: Hub) -> None:
    web = client(accounts)
    sign_in(web, "operator")
    answer = web.get("/konsol/tidak-ada")
    assert answer.status_code == 404 and "Halaman ini tidak ada" in answer.text and "Keluar" in answer.text
    assert web.get("/konsol/duplikat/abc").status_code == 422  # a case number that is not a number
    assert web.get("/api/v1/tidak-ada").json() == {"detail": "Not Found"}  # the API keeps its own answers
