"""Office settings kept in the database (they travel with backups): kelurahan, approval, hub address."""

from __future__ import annotations

from sqlmodel import Session, select

from jamsos_desktop.store.models import Setting

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


def get(session: Session, key: str) -> str:
    found = session.get(Setting, key)
    return found.value if found is not None else DEFAULTS.get(key, "")


def put(session: Session, key: str, value: str) -> None:
    found = session.get(Setting, key)
    if found is None:
        session.add(Setting(key=key, value=value))
    else:
        found.value = value
        session.add(found)
    session.flush()


def all_settings(session: Session) -> dict[str, str]:

    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in session.exec(select(Setting)).all()})
    return values
