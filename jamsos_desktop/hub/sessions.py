"""Console sessions, kept in the hub database so every server process sees the same sign-ins.

The browser holds a random token; the database holds only its SHA-256, so a copy of the database cannot be
used to sign in. Each session carries its own CSRF token (for every form). A session ends when the operator
signs out, after IDLE minutes without a request, after MAX_HOURS in any case, and when the account is
disabled, its role changed or its password reset.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.roles import Actor, HubRole

IDLE = dt.timedelta(minutes=30)
MAX_AGE = dt.timedelta(hours=12)
TOUCH_EVERY = dt.timedelta(seconds=30)  # last_seen is written at most this often


@dataclass(frozen=True)
class Session:
    actor: Actor
    csrf_token: str
    created_at: dt.datetime


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(conn: Connection, name: str, *, now: dt.datetime) -> tuple[str, str]:
    """A new session for operator `name`: (the browser's token, the CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    conn.execute(sa.insert(t.session), [{"token_hash": _hash(token), "operator_name": name, "csrf_token": csrf,
                                         "created_at": now, "last_seen_at": now}])
    return token, csrf


def lookup(conn: Connection, token: str, *, now: dt.datetime) -> tuple[Session | None, bool]:
    """(the live session of `token` or None, whether last_seen needs writing)."""
    s, o = t.session.c, t.operator.c
    row = conn.execute(sa.select(s.csrf_token, s.created_at, s.last_seen_at, o.name, o.role)
                       .select_from(t.session.join(t.operator, o.name == s.operator_name))
                       .where(s.token_hash == _hash(token), s.ended_at.is_(None), o.active.is_(True))).first()
    if row is None or now - row.last_seen_at > IDLE or now - row.created_at > MAX_AGE:
        return None, False
    return Session(Actor(row.name, HubRole(row.role)), row.csrf_token, row.created_at), \
        now - row.last_seen_at > TOUCH_EVERY


def touch(conn: Connection, token: str, *, now: dt.datetime) -> None:
    conn.execute(sa.update(t.session).where(t.session.c.token_hash == _hash(token)).values(last_seen_at=now))


def end(conn: Connection, token: str, *, now: dt.datetime) -> None:
    conn.execute(sa.update(t.session).where(t.session.c.token_hash == _hash(token), t.session.c.ended_at.is_(None))
                 .values(ended_at=now))


def end_all(conn: Connection, name: str, *, now: dt.datetime) -> None:
    s = t.session.c
    conn.execute(sa.update(t.session).where(s.operator_name == name, s.ended_at.is_(None)).values(ended_at=now))
