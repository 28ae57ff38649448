"""Use cases for hub operator accounts and console sign-in, shared by `jamsos-hub operator` and the console.

Each method is one transaction. Account changes name the acting operator and enter the hub audit; the command
line acts as the local operator of the hub machine. The last active admin can be neither disabled nor demoted,
so the hub can never be left without someone who may manage it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from jamsos_desktop.hub import operators as ops
from jamsos_desktop.hub import sessions
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import Actor, HubRole
from jamsos_desktop.hub.store import HubStore

WRONG = "Nama petugas atau kata sandi salah, atau akun dinonaktifkan."


class SignInRefused(HubRefused):
    def __init__(self, message: str, *, wait: int = 0) -> None:
        super().__init__(message, reason="sign_in_refused")
        self.wait = wait


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    token: str
    csrf_token: str


def _wait_words(seconds: int) -> str:
    return f"{seconds} detik" if seconds < 120 else f"{(seconds + 59) // 60} menit"


class Accounts:
    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    # --- managing accounts --------------------------------------------------------------------------------
    def list(self, actor: Actor) -> list[ops.Operator]:
        actor.require("read")
        with self.store.read() as conn:
            return ops.all_operators(conn)

    def add(self, actor: Actor, *, name: str, role: HubRole, password: str) -> ops.Operator:
        actor.require("operators.manage")
        with self.store.write() as conn:
            found = ops.add(conn, name, role, password, now=self.clock())
            record_action(conn, actor=actor, action="operator.add", target=found.name, detail={"role": role.value})
            return found

    def set_active(self, actor: Actor, name: str, active: bool) -> ops.Operator:
        actor.require("operators.manage")
        with self.store.write() as conn:
            found = ops.set_active(conn, name, active)
            if not active and found.role == HubRole.ADMIN and found.active and ops.active_admins(conn) < 1:
                raise HubRefused("Ini admin aktif terakhir: tambahkan admin lain dulu.", reason="last_admin")
            if not active:
                sessions.end_all(conn, found.name, now=self.clock())
            record_action(conn, actor=actor, action="operator.enable" if active else "operator.disable",
                          target=found.name)
            return found

    def set_role(self, actor: Actor, name: str, role: HubRole) -> ops.Operator:
        actor.require("operators.manage")
        with self.store.write() as conn:
            found = ops.set_role(conn, name, role)
            if found.role == HubRole.ADMIN and role != HubRole.ADMIN and found.active and ops.active_admins(conn) < 1:
                raise HubRefused("Ini admin aktif terakhir: tambahkan admin lain dulu.", reason="last_admin")
            sessions.end_all(conn, found.name, now=self.clock())
            record_action(conn, actor=actor, action="operator.role", target=found.name,
                          detail={"from": found.role.value, "to": role.value})
            return found

    def reset(self, actor: Actor, name: str, password: str) -> ops.Operator:
        actor.require("operators.manage")
        with self.store.write() as conn:
            found = ops.reset_password(conn, name, password, now=self.clock())
            sessions.end_all(conn, found.name, now=self.clock())
            record_action(conn, actor=actor, action="operator.reset", target=found.name)
            return found

    def has_operators(self) -> bool:
        with self.store.read() as conn:
            return bool(ops.all_operators(conn))

    # --- signing in and out -------------------------------------------------------------------------------
    def sign_in(self, name: str, password: str) -> SignedIn:
        name = name.strip().lower()[:64]
        now = self.clock()
        with self.store.write() as conn:
            wait = ops.wait_seconds(conn, name, now=now)
            if wait:
                raise SignInRefused(f"Terlalu banyak kata sandi salah. Coba lagi setelah {_wait_words(wait)}.",
                                    wait=wait)
            found = ops.verify(conn, name, password, now=now)
            if found is None:
                delay = ops.note_failure(conn, name, now=now)
                text = WRONG + (f" Percobaan berikutnya bisa setelah {_wait_words(delay)}." if delay else "")
                failed: SignInRefused | None = SignInRefused(text, wait=delay)
            else:
                failed = None
                actor = Actor(found.name, found.role)
                token, csrf = sessions.start(conn, found.name, now=now)
                record_action(conn, actor=actor, action="console.sign_in")
        if failed is not None:  # raised after the commit, so the failure count is kept
            raise failed
        return SignedIn(actor, token, csrf)

    def session(self, token: str) -> sessions.Session | None:
        now = self.clock()
        with self.store.read() as conn:
            found, stale = sessions.lookup(conn, token, now=now)
        if found is not None and stale:
            with self.store.write() as conn:
                sessions.touch(conn, token, now=now)
        return found

    def sign_out(self, token: str) -> None:
        now = self.clock()
        with self.store.write() as conn:
            found, _ = sessions.lookup(conn, token, now=now)
            sessions.end(conn, token, now=now)
            if found is not None:
                record_action(conn, actor=found.actor, action="console.sign_out")
