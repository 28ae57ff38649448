"""Driving the console's HTTP face without a browser (Starlette's TestClient over the real app and store)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.roles import Actor, HubRole
from jamsos_desktop.hub.service import Hub

ROOT = Actor("lokal:penguji", HubRole.ADMIN)
PASSWORD = "sandi-rahasia-2026"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def add_accounts(hub: Hub) -> None:
    for role in HubRole:
        hub.accounts.add(ROOT, name=role.value, role=role, password=PASSWORD)


def client(hub: Hub, *, https: bool = False) -> TestClient:
    return TestClient(create_app(hub), base_url="https://hub.test" if https else "http://hub.test")


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(web: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token (from the next page)."""
    token = csrf_of(web.get("/konsol/masuk").text)
    answer = web.post("/konsol/masuk", data={"csrf": token, "nama": name, "sandi": password})
    assert answer.status_code == 200 and "Keluar" in answer.text, answer.text[:500]
    return csrf_of(answer.text)
