"""Everything the office holds about one data subject, read for the copy of their data (hak akses)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from jamsos_desktop.store.models import AuditEvent, CardIssue, Operator

_SENT_SQL = """
SELECT o.revision, o.op, o.created_at, o.acked_at, o.verdict, b.created_at AS sent_at, b.destination
FROM outbox o
LEFT JOIN bundle_log b ON b.bundle_id = o.bundle_id
WHERE o.participant_id = :pid AND o.seq IS NOT NULL
ORDER BY o.seq
"""


def operator_names(session: Session) -> dict[str, str]:
    """{username: display name} of every account, and the system's own name."""
    names = {op.username: op.display_name or op.username for op in session.exec(select(Operator)).all()}
    names.setdefault("system", "Sistem")
    return names


def cards(session: Session, participant_id: str) -> list[CardIssue]:
    return list(session.exec(select(CardIssue).where(CardIssue.participant_id == participant_id)
                             .order_by(col(CardIssue.printed_at))).all())


def sent(session: Session, participant_id: str) -> list[dict[str, Any]]:
    """Each released change of this person: when recorded, when and how it left, and the hub's verdict."""
    return [dict(r._mapping) for r in session.execute(text(_SENT_SQL), {"pid": participant_id})]


def events(session: Session, participant_id: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.entity == "participant",
                                                      AuditEvent.entity_id == participant_id)
                             .order_by(col(AuditEvent.id))).all())
