"""An operator account read through a driver connection, for the sign-in (no SQLAlchemy import)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OperatorRow:
    username: str
    display_name: str
    password_hash: str
    role: str
    active: bool


def operator_row(conn: Any, username: str) -> OperatorRow | None:
    row = conn.execute("SELECT username, display_name, password_hash, role, active FROM operator WHERE username = ?",
                       (username,)).fetchone()
    return None if row is None else OperatorRow(str(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]))
