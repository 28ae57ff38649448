"""The one place where a hub state change made by a named operator enters the hub audit.

Every use case the console (and the command line, as a local operator) calls with an `Actor` records its
action here, in the same transaction as the change itself, so an action and its audit line land together in
the hash-chained hub audit (hub/audit.py), which `jamsos-hub check` and the console's Audit page verify.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from jamsos_desktop.hub import audit
from jamsos_desktop.hub.roles import Actor


def record_action(conn: Connection, *, actor: Actor, action: str, target: str | None = None,
                  detail: dict[str, Any] | None = None) -> None:
    audit.record(conn, actor=actor.name, action=action, target=target, detail=detail)
