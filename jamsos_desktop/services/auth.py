"""Operator accounts: sign in, add, disable, change passwords. Every sign-in attempt is audited."""

from __future__ import annotations

from dataclasses import dataclass

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.roles import Role
from jamsos_desktop.services.login_refusals import LoginRefused, LoginThrottled
from jamsos_desktop.services.office import Actor, Office
from jamsos_desktop.services.passwords import (
    hash_password,
    needs_rehash,
    password_problem,
    verify_nobody,
    verify_password,
)
from jamsos_desktop.services.throttle import SignInThrottle
from jamsos_desktop.store.audit_chain import append_event
from jamsos_desktop.store.operators import OperatorRow, operator_row


class AccountRefused(Refused):
    code = "account"


@dataclass(frozen=True)
class OperatorInfo:
    username: str
    display_name: str
    role: str
    active: bool


def _check_new_account(username: str, password: str, role: str) -> None:
    if not username:
        raise AccountRefused("Isi nama pengguna akun baru, misalnya siti.operator (huruf kecil tanpa spasi).")
    if not username.replace(".", "").replace("_", "").isalnum() or username != username.lower():
        raise AccountRefused("Nama pengguna hanya huruf kecil, angka, titik atau garis bawah, tanpa spasi.")
    if role not in Role.__members__.values():
        raise AccountRefused("Peran harus operator, supervisor atau admin.")
    problem = password_problem(password)
    if problem:
        raise AccountRefused(problem)


class AuthService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def login(self, username: str, password: str) -> Actor:
        """Check a user name and password. After 5 wrong attempts (per user name, and per PC) each further try
        waits, doubling (throttle.py); an unknown or disabled name costs the same work as a real one. A hash
        of an older scheme or cost is replaced by a new one on the way in."""
        username = username.strip().lower()[:64]
        throttle = SignInThrottle(self.office.data_dir, self.office.now)
        wait = throttle.wait_seconds(username)
        if wait > 0 and self.office.locked:
            raise LoginThrottled(wait)
        if wait > 0:
            with self.office.db.writing() as conn:
                append_event(conn, at=self.office.now(), operator=username or "-", action="login_failed",
                             entity="operator", entity_id=username or "-", details={"throttled": True})
            raise LoginThrottled(wait)
        if self.office.locked:
            self._unlock(throttle, username, password)
        # The account, the check and the audit event go through the driver: a sign-in loads no SQLAlchemy
        with self.office.db.reading() as conn:
            op: OperatorRow | None = operator_row(conn, username)
        usable = op is not None and op.active
        ok = verify_password(password, op.password_hash) if usable and op is not None else verify_nobody(password)
        renew = self.office.slots is not None and self.office.slots.from_hash(username)  # see encryption.py
        new_hash = (hash_password(password) if ok and op is not None and (renew or needs_rehash(op.password_hash))
                    else None)
        if new_hash is None:
            with self.office.db.writing() as conn:
                append_event(conn, at=self.office.now(), operator=username or "-",
                             action="login" if ok else "login_failed", entity="operator", entity_id=username or "-")
        else:
            self._login_with_new_hash(username, new_hash)
        if not ok or op is None:
            throttle.failed(username)
            raise LoginRefused("Nama pengguna atau kata sandi salah, atau akun dinonaktifkan. Coba lagi; bila lupa "
                               "kata sandi, minta admin menggantinya.")
        throttle.succeeded(username)
        slots = self.office.slots
        if slots is not None and (username not in slots.slots or slots.from_hash(username)
                                  or slots.slot_is_cheaper_than_today(username)):
            self.office.save_slot(username, password)  # signed in on an unlocked office: now their own slot
        self.office.actor = Actor(op.username, op.display_name, op.role)
        return self.office.actor

    def _login_with_new_hash(self, username: str, new_hash: str) -> None:
        """The sign-in's event and the replaced hash (an older scheme or cost) in one transaction."""
        from jamsos_desktop.store import audit, state
        from jamsos_desktop.store.models import Operator

        with self.office.db.write() as s:
            audit.append(s, at=self.office.now(), operator=username, action="login", entity="operator",
                         entity_id=username)
            current = s.get(Operator, username)
            if current is not None:
                current.password_hash = new_hash
                s.add(current)
                audit.append(s, at=self.office.now(), operator=username, action="password_rehash",
                             entity="operator", entity_id=username,
                             details={"scheme": "argon2id", "state": state.operator_state(s, username)})

    def _unlock(self, throttle: SignInThrottle, username: str, password: str) -> None:
        """An encrypted office opens with the key in this operator's slot; a wrong password or a name without
        a slot costs the same work and is throttled like any wrong password (nothing can be audited yet)."""
        assert self.office.slots is not None
        key = self.office.slots.unlock(username, password)
        if key is None:
            throttle.failed(username)
            raise LoginRefused("Nama pengguna atau kata sandi salah, atau akun ini belum punya kunci basis data "
                               "(minta admin mengganti kata sandinya). Coba lagi; bila lupa kata sandi, minta admin "
                               "menggantinya.")
        self.office.unlock(key)

    def logout(self) -> None:
        if self.office.actor is not None:
            with self.office.db.writing() as conn:
                append_event(conn, at=self.office.now(), operator=self.office.actor.username, action="logout",
                             entity="operator", entity_id=self.office.actor.username)
        self.office.actor = None

    def create_operator(self, *, username: str, display_name: str, password: str, role: str,
                        bootstrap: bool = False) -> OperatorInfo:
        """Add an account (admin only; `bootstrap` lets first set-up create the first admin)."""
        from jamsos_desktop.store import audit, state
        from jamsos_desktop.store.models import Operator

        actor = self.office.actor if bootstrap else self.office.require("operator.manage")
        by = actor.username if actor else "setup"
        username = username.strip().lower()
        _check_new_account(username, password, role)
        if not display_name.strip() and not bootstrap:
            raise AccountRefused("Isi nama lengkap petugas: nama itu yang tampil di layar dan di jejak audit.")
        with self.office.db.write() as s:
            if s.get(Operator, username) is not None:
                raise AccountRefused(f"Nama pengguna {username} sudah dipakai: pilih nama lain.")
            s.add(Operator(username=username, display_name=display_name.strip() or username,
                           password_hash=hash_password(password), role=role, active=True,
                           created_at=self.office.now()))
            s.flush()
            audit.append(s, at=self.office.now(), operator=by, action="operator_create", entity="operator",
                         entity_id=username, details={"role": role, "state": state.operator_state(s, username)})
        self.office.save_slot(username, password)
        return OperatorInfo(username, display_name or username, role, True)

    def operators(self) -> list[OperatorInfo]:
        from sqlmodel import select

        from jamsos_desktop.store.models import Operator

        with self.office.db.read() as s:
            return [OperatorInfo(o.username, o.display_name, o.role, o.active)
                    for o in s.exec(select(Operator).order_by(Operator.username)).all()]

    def set_active(self, username: str, active: bool) -> None:
        from jamsos_desktop.store import audit, state
        from jamsos_desktop.store.models import Operator

        actor = self.office.require("operator.manage")
        if username == actor.username and not active:
            raise AccountRefused("Anda tidak bisa menonaktifkan akun Anda sendiri.")
        with self.office.db.write() as s:
            op = s.get(Operator, username)
            if op is None:
                raise AccountRefused(f"Akun {username} tidak ada.")
            op.active = active
            s.add(op)
            audit.append(s, at=self.office.now(), operator=actor.username,
                         action="operator_enable" if active else "operator_disable", entity="operator",
                         entity_id=username, details={"state": state.operator_state(s, username)})
        if not active:
            self.office.remove_slot(username)  # a disabled clerk's password no longer opens a copy of the data

    def set_password(self, username: str, new_password: str) -> None:
        from jamsos_desktop.store import audit, state
        from jamsos_desktop.store.models import Operator

        actor = self.office.actor
        if actor is None or (actor.username != username and actor.role != Role.ADMIN):
            self.office.require("operator.manage")
        assert actor is not None
        problem = password_problem(new_password)
        if problem:
            raise AccountRefused(problem)
        with self.office.db.write() as s:
            op = s.get(Operator, username)
            if op is None:
                raise AccountRefused(f"Akun {username} tidak ada.")
            op.password_hash = hash_password(new_password)
            s.add(op)
            audit.append(s, at=self.office.now(), operator=actor.username, action="password_change",
                         entity="operator", entity_id=username, details={"state": state.operator_state(s, username)})
        self.office.save_slot(username, new_password)
