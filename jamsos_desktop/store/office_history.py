"""Small facts from the office's own records: when something last happened (a backup) or first (a receipt)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from jamsos_desktop.store.models import AuditEvent, BundleLog


def last_event(s: Session, action: str) -> AuditEvent | None:
    """The newest audit event of one action (e.g. "backup")."""
    return s.exec(select(AuditEvent).where(AuditEvent.action == action)
                  .order_by(col(AuditEvent.id).desc()).limit(1)).first()


def first_receipt_at(s: Session) -> dt.datetime | None:
    """When the hub's first receipt was applied here (proof that the device is enrolled), or None."""
    return s.exec(select(BundleLog.recorded_at).where(BundleLog.kind == "receipt")
                  .order_by(col(BundleLog.recorded_at)).limit(1)).first()
