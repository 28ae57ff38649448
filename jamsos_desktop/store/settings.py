"""Office settings kept in the database (they travel with backups): kelurahan, approval, hub address."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

DEFAULTS: dict[str, str] = {
    "office.kelurahan_code": "",
    "office.name": "",
    "office.device_id": "",
    "approval.required": "1",
    "session.autolock_minutes": "10",
    "sync.hub_url": "",
    "sync.allow_plain_http": "0",
    "cards.valid_years": "1",
    "pdp.retention_years": "5",  # domain.retention.DEFAULT_YEARS; docs/pdp.md
    "pdp.last_purge_at": "",
    "pdp.contact": "",
}


def value_of(conn: Any, key: str) -> str:
    """A setting read through a driver connection (the office's start and sign-in import no SQLAlchemy)."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row is not None else DEFAULTS.get(key, "")


def get(session: Session, key: str) -> str:
    from jamsos_desktop.store.models import Setting

    found = session.get(Setting, key)
    return found.value if found is not None else DEFAULTS.get(key, "")


def put(session: Session, key: str, value: str) -> None:
    from jamsos_desktop.store.models import Setting

    found = session.get(Setting, key)
    if found is None:
        session.add(Setting(key=key, value=value))
    else:
        found.value = value
        session.add(found)
    session.flush()


def all_settings(session: Session) -> dict[str, str]:
    from sqlmodel import select

    from jamsos_desktop.store.models import Setting

    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in session.exec(select(Setting)).all()})
    return values
