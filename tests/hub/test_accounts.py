"""Hub operator accounts and console sessions as use cases (no browser), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.accounts import SignInRefused
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.operators import delay_after
from jamsos_desktop.hub.roles import Actor, HubRole, NotAllowed
from jamsos_desktop.hub.service import Hub

from .conftest import Clock

ROOT = Actor("lokal:penguji", HubRole.ADMIN)
PASSWORD = "sandi-rahasia-2026"


def test_an_account_signs_in_and_its_password_is_stored_as_argon2id(hub: Hub) -> None:
    hub.accounts.add(ROOT, name="Siti", role=HubRole.OPERATOR, password=PASSWORD)
    with hub.store.read() as conn:
        stored = conn.execute(sa.select(schema.operator.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    signed = hub.accounts.sign_in("siti", PASSWORD)
    assert signed.actor == Actor("siti", HubRole.OPERATOR)
    session = hub.accounts.session(signed.token)
    assert session is not None and session.csrf_token == signed.csrf_token
    with hub.store.read() as conn:  # only the token's hash is kept
        assert conn.execute(sa.select(schema.session.c.token_hash)).scalar_one() != signed.token
    hub.accounts.sign_out(signed.token)
    assert hub.accounts.session(signed.token) is None


@pytest.mark.parametrize("name, password, words", [
    ("x", PASSWORD, "Nama petugas 2-32 karakter"), ("siti budi", PASSWORD, "Nama petugas"),
    ("siti", "pendek1", "minimal 10"), ("siti", "hanyahurufsaja", "huruf dan angka")])
def test_bad_names_and_weak_passwords_are_refused_with_the_fix(hub: Hub, name: str, password: str,
                                                              words: str) -> None:
    with pytest.raises(HubRefused, match=words):
        hub.accounts.add(ROOT, name=name, role=HubRole.OPERATOR, password=password)
    assert hub.accounts.list(ROOT) == []


def test_only_an_admin_manages_accounts_and_the_last_admin_stays(hub: Hub) -> None:
    hub.accounts.add(ROOT, name="admin", role=HubRole.ADMIN, password=PASSWORD)
    for role in (HubRole.OPERATOR, HubRole.AUDITOR):
        with pytest.raises(NotAllowed, match="tidak boleh mengelola akun petugas"):
            hub.accounts.add(Actor("x", role), name="baru", role=HubRole.ADMIN, password=PASSWORD)
    with pytest.raises(HubRefused, match="admin aktif terakhir"):
        hub.accounts.set_active(ROOT, "admin", False)
    with pytest.raises(HubRefused, match="admin aktif terakhir"):
        hub.accounts.set_role(ROOT, "admin", HubRole.AUDITOR)
    assert [(o.name, o.role, o.active) for o in hub.accounts.list(ROOT)] == [("admin", HubRole.ADMIN, True)]


def test_disabling_resetting_or_demoting_ends_the_sessions(hub: Hub) -> None:
    hub.accounts.add(ROOT, name="admin", role=HubRole.ADMIN, password=PASSWORD)
    hub.accounts.add(ROOT, name="budi", role=HubRole.ADMIN, password=PASSWORD)
    token = hub.accounts.sign_in("budi", PASSWORD).token
    hub.accounts.set_role(ROOT, "budi", HubRole.AUDITOR)
    assert hub.accounts.session(token) is None
    token = hub.accounts.sign_in("budi", PASSWORD).token
    hub.accounts.reset(ROOT, "budi", "sandi-baru-2026")
    assert hub.accounts.session(token) is None
    with pytest.raises(SignInRefused):
        hub.accounts.sign_in("budi", PASSWORD)  # the old password no longer works
    token = hub.accounts.sign_in("budi", "sandi-baru-2026").token
    hub.accounts.set_active(ROOT, "budi", False)
    assert hub.accounts.session(token) is None
    with pytest.raises(SignInRefused, match="dinonaktifkan"):
        hub.accounts.sign_in("budi", "sandi-baru-2026")


def test_wrong_passwords_slow_down_the_next_attempt_even_for_unknown_names(hub: Hub, clock: Clock) -> None:
    hub.accounts.add(ROOT, name="siti", role=HubRole.OPERATOR, password=PASSWORD)
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 30, 60, 120, 240, 480, 900]
    for name in ("siti", "tidakada"):
        for _ in range(2):
            with pytest.raises(SignInRefused) as refused:
                hub.accounts.sign_in(name, "salah-sandi-1")
            assert refused.value.wait == 0 and "salah" in refused.value.message
        with pytest.raises(SignInRefused) as refused:
            hub.accounts.sign_in(name, "salah-sandi-1")
        assert refused.value.wait == 30 and "30 detik" in refused.value.message
    with pytest.raises(SignInRefused, match="Terlalu banyak"):
        hub.accounts.sign_in("siti", PASSWORD)  # the right password must wait too
    clock.advance(seconds=31)
    assert hub.accounts.sign_in("siti", PASSWORD).actor.name == "siti"
    for _ in range(3):  # a success clears the count: two free failures again
        try:
            hub.accounts.sign_in("siti", "salah-sandi-1")
        except SignInRefused as exc:
            last = exc.wait
    assert last == 30


def test_a_session_ends_after_thirty_idle_minutes_but_not_while_used(hub: Hub, clock: Clock) -> None:
    hub.accounts.add(ROOT, name="siti", role=HubRole.AUDITOR, password=PASSWORD)
    token = hub.accounts.sign_in("siti", PASSWORD).token
    for _ in range(4):  # two hours of work, a request every 25 minutes
        clock.advance(minutes=25)
        assert hub.accounts.session(token) is not None
    clock.advance(minutes=31)
    assert hub.accounts.session(token) is None
