"""Passwords: argon2id at OWASP cost, old hashes upgraded at sign-in, throttled guessing, unknown users as slow
as real ones."""

import base64
import datetime as dt
import hashlib
import sqlite3

import pytest

from jamsos_desktop.services import Services, passwords
from jamsos_desktop.services.auth import LoginRefused, LoginThrottled
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.services.throttle import MAX_WAIT_S, wait_after
from tests.conftest import ADMIN_PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clocked(tmp_path):
    clock = Clock()
    office = open_office(tmp_path / "office", clock=clock, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password=ADMIN_PASSWORD)
    services = Services(office)
    services.auth.login("admin", ADMIN_PASSWORD)
    services.auth.create_operator(username="ani", display_name="Ani", password="anisandi123", role="operator")
    services.auth.logout()
    yield services, clock
    office.close()


def test_the_production_cost_is_owasp_argon2id(monkeypatch):
    monkeypatch.delenv(passwords.CHEAP_ENV, raising=False)
    stored = passwords.hash_password("rahasia123")
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert passwords.PRODUCTION_COST.memory_kib >= 19 * 1024 and passwords.PRODUCTION_COST.time_cost >= 2
    assert passwords.verify_password("rahasia123", stored) and not passwords.verify_password("rahasia124", stored)
    assert not passwords.needs_rehash(stored)
    monkeypatch.setenv(passwords.CHEAP_ENV, "1")
    assert not passwords.needs_rehash(stored)  # the test switch never downgrades a real hash
    cheap = passwords.hash_password("rahasia123")
    monkeypatch.delenv(passwords.CHEAP_ENV)
    assert passwords.needs_rehash(cheap)  # ...and a cheap hash is upgraded at the next real sign-in


def _scrypt_hash(password: str) -> str:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_a_version_0_1_scrypt_hash_signs_in_and_is_replaced(clocked):
    services, _ = clocked
    with sqlite3.connect(services.office.db_path) as conn:
        conn.execute("UPDATE operator SET password_hash=? WHERE username='ani'", (_scrypt_hash("anisandi123"),))
    with pytest.raises(LoginRefused):
        services.auth.login("ani", "anisandi124")
    services.auth.login("ani", "anisandi123")
    with sqlite3.connect(services.office.db_path) as conn:
        stored = conn.execute("SELECT password_hash FROM operator WHERE username='ani'").fetchone()[0]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_event ORDER BY id DESC LIMIT 2")]
    assert stored.startswith("$argon2id$") and passwords.verify_password("anisandi123", stored)
    assert actions == ["password_rehash", "login"]
    assert services.maintenance.check().ok


def test_guessing_waits_longer_and_longer(clocked):
    services, clock = clocked
    for _ in range(5):
        with pytest.raises(LoginRefused) as refused:
            services.auth.login("ani", "tebakan123")
        assert not isinstance(refused.value, LoginThrottled)
    with pytest.raises(LoginThrottled, match="Tunggu 3 detik"):
        services.auth.login("ani", "anisandi123")  # even the right password waits: nothing is checked
    # 200 guesses, each made as soon as allowed: the guesser needs days, not seconds
    started = clock.now
    for _ in range(200):
        with pytest.raises(LoginThrottled) as throttled:
            services.auth.login("ani", "tebakan123")
        clock.advance(throttled.value.wait_s + 0.01)
        with pytest.raises(LoginRefused):
            services.auth.login("ani", "tebakan123")
    assert clock.now - started > dt.timedelta(days=2)
    clock.advance(MAX_WAIT_S + 1)
    assert services.auth.login("ani", "anisandi123").username == "ani"  # the owner gets in after the wait
    assert wait_after(4) == 0 and wait_after(5) == 2 and wait_after(100) == MAX_WAIT_S


def test_the_pc_waits_when_guesses_spread_over_many_names(clocked):
    services, clock = clocked
    for name in ("budi", "citra", "dedi", "eka", "fajar"):
        with pytest.raises(LoginRefused):
            services.auth.login(name, "tebakan123")
    with pytest.raises(LoginThrottled):
        services.auth.login("admin", ADMIN_PASSWORD)
    clock.advance(3)
    assert services.auth.login("admin", ADMIN_PASSWORD).username == "admin"
    services.auth.logout()
    assert services.auth.login("ani", "anisandi123").username == "ani"  # a success clears the PC's count


def test_unknown_and_disabled_users_cost_the_same_work_as_real_ones(clocked, monkeypatch):
    services, _ = clocked
    calls = []
    original = passwords.PasswordHasher.verify
    monkeypatch.setattr(passwords.PasswordHasher, "verify",
                        lambda self, h, p: calls.append(self.memory_cost) or original(self, h, p))
    for name in ("ani", "tidakada", "admin"):
        with pytest.raises(LoginRefused):
            services.auth.login(name, "tebakan123")
    services.auth.login("admin", ADMIN_PASSWORD)
    services.auth.set_active("ani", False)
    services.auth.logout()
    with pytest.raises(LoginRefused):
        services.auth.login("ani", "anisandi123")
    cost = passwords.current_cost().memory_kib
    assert calls == [cost] * 5  # one full verification per attempt, whoever the name belongs to
