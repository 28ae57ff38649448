"""The one place where a hub state change made by a named operator enters the hub audit.

Every use case the console (and the command line, as a local operator) calls with an `Actor` records its
action here, in the same transaction as the change itself, so an action and its audit line land together.
The hash-chained audit table is `hub/audit.py` (hub-trust issue); until it is present this module has
nowhere to write and records nothing (see docs/security.md).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from jamsos_desktop.hub.roles import Actor

try:
    from jamsos_desktop.hub import audit as _audit  # type: ignore[attr-defined]
except ImportError:  # the hub-trust issue has not landed its audit yet
    _audit = None


def audit_available() -> bool:
    return _audit is not None


def record_action(conn: Connection, *, actor: Actor, action: str, target: str | None = None,
                  detail: dict[str, Any] | None = None) -> None:
    if _audit is not None:
        _audit.record(conn, actor=actor.name, action=action, target=target, detail=detail)
