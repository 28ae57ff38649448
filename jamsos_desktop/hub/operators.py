"""Hub operator accounts in the hub database: names, roles, argon2id password hashes, wrong-password delays.

Passwords are hashed with argon2id (argon2-cffi; memory-hard, parameters stored in the hash so they can rise
later). A wrong password delays the next attempt for that name: from the third failure on by 30 seconds,
doubling up to 15 minutes; the delay is kept in the database, so it holds across server restarts and processes, and it applies
to names that do not exist as well (so a guesser learns nothing from the answers).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import HubRole

NAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10
FREE_FAILURES = 2
MAX_DELAY_S = 15 * 60
_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes
_DUMMY_HASH = _hasher.hash("jamsos-hub-no-such-operator")


@dataclass(frozen=True)
class Operator:
    name: str
    role: HubRole
    active: bool
    created_at: dt.datetime
    password_changed_at: dt.datetime
    last_login_at: dt.datetime | None


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not NAME.match(name):
        raise HubRefused("Nama petugas 2-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
                         "diawali huruf (misalnya 'siti' atau 'budi.s').", reason="bad_name")
    return name


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"Kata sandi minimal {MIN_PASSWORD} karakter."
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        return "Kata sandi harus memuat huruf dan angka."
    return None


def hash_password(password: str) -> str:
    problem = password_problem(password)
    if problem:
        raise HubRefused(problem, reason="weak_password")
    return _hasher.hash(password)


def _operator(row: sa.Row) -> Operator:  # type: ignore[type-arg]
    return Operator(row.name, HubRole(row.role), bool(row.active), row.created_at, row.password_changed_at,
                    row.last_login_at)


def get(conn: Connection, name: str) -> Operator | None:
    row = conn.execute(sa.select(t.operator).where(t.operator.c.name == name)).first()
    return _operator(row) if row else None


def all_operators(conn: Connection) -> list[Operator]:
    return [_operator(r) for r in conn.execute(sa.select(t.operator).order_by(t.operator.c.name))]


def add(conn: Connection, name: str, role: HubRole, password: str, *, now: dt.datetime) -> Operator:
    name = check_name(name)
    if get(conn, name) is not None:
        raise HubRefused(f"Petugas {name} sudah ada; pakai 'reset' untuk kata sandi baru.", reason="exists")
    conn.execute(sa.insert(t.operator), [{"name": name, "role": role.value, "password_hash": hash_password(password),
                                          "active": True, "created_at": now, "password_changed_at": now}])
    found = get(conn, name)
    assert found is not None
    return found


def _existing(conn: Connection, name: str) -> Operator:
    found = get(conn, name.strip().lower())
    if found is None:
        raise HubRefused(f"Petugas {name} tidak ada di hub ini.", reason="unknown_operator")
    return found


def set_active(conn: Connection, name: str, active: bool) -> Operator:
    found = _existing(conn, name)
    conn.execute(sa.update(t.operator).where(t.operator.c.name == found.name).values(active=active))
    return found


def set_role(conn: Connection, name: str, role: HubRole) -> Operator:
    found = _existing(conn, name)
    conn.execute(sa.update(t.operator).where(t.operator.c.name == found.name).values(role=role.value))
    return found


def reset_password(conn: Connection, name: str, password: str, *, now: dt.datetime) -> Operator:
    found = _existing(conn, name)
    conn.execute(sa.update(t.operator).where(t.operator.c.name == found.name).values(
        password_hash=hash_password(password), password_changed_at=now))
    conn.execute(sa.delete(t.login_throttle).where(t.login_throttle.c.name == found.name))
    return found


def active_admins(conn: Connection) -> int:
    o = t.operator.c
    return int(conn.execute(sa.select(sa.func.count()).where(o.role == HubRole.ADMIN.value,
                                                             o.active.is_(True))).scalar_one())


# --- signing in --------------------------------------------------------------------------------------------
def wait_seconds(conn: Connection, name: str, *, now: dt.datetime) -> int:
    row = conn.execute(sa.select(t.login_throttle.c.next_attempt_at)
                       .where(t.login_throttle.c.name == name[:64])).first()
    return max(0, int((row.next_attempt_at - now).total_seconds() + 0.999)) if row else 0


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passwords in a row: none for the first two, then 30, 60, 120 ... 900."""
    if failures <= FREE_FAILURES:
        return 0
    return int(min(MAX_DELAY_S, 15 * 2 ** (failures - FREE_FAILURES)))


def note_failure(conn: Connection, name: str, *, now: dt.datetime) -> int:
    name = name[:64]
    c = t.login_throttle.c
    row = conn.execute(sa.select(c.failures).where(c.name == name)).first()
    failures = (row.failures if row else 0) + 1
    until = now + dt.timedelta(seconds=delay_after(failures))
    conn.execute(sa.delete(t.login_throttle).where(c.name == name))
    conn.execute(sa.insert(t.login_throttle), [{"name": name, "failures": failures, "next_attempt_at": until}])
    return delay_after(failures)


def verify(conn: Connection, name: str, password: str, *, now: dt.datetime) -> Operator | None:
    """The operator when the name, password and account are right; None otherwise (same work either way)."""
    row = conn.execute(sa.select(t.operator).where(t.operator.c.name == name)).first()
    try:
        ok = _hasher.verify(row.password_hash if row else _DUMMY_HASH, password) and row is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or row is None or not row.active:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        conn.execute(sa.update(t.operator).where(t.operator.c.name == name).values(
            password_hash=_hasher.hash(password)))
    conn.execute(sa.update(t.operator).where(t.operator.c.name == name).values(last_login_at=now))
    conn.execute(sa.delete(t.login_throttle).where(t.login_throttle.c.name == name))
    return _operator(row)
