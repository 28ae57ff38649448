"""The card_issue table: cards issued, reprints counted, the previous card revoked when a new one is issued.

A card is revoked only by a newer card for the same participant; the newer card tells when and which.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from jamsos_desktop.store.models import PARTICIPANT, CardIssue, Participant


@dataclass(frozen=True)
class IssuedCard:
    serial: str
    participant_id: str
    full_name: str
    printed_at: dt.datetime
    printed_by: str
    reprint_number: int
    provisional: bool
    valid_until: dt.date
    revoked: bool
    participant_deleted: bool


def issue_counts(s: Session, participant_ids: Sequence[str]) -> dict[str, int]:
    """How many cards each participant was ever issued (the next card's reprint number)."""
    counts: dict[str, int] = {}
    ids = list(dict.fromkeys(participant_ids))
    for i in range(0, len(ids), 900):
        rows = s.exec(select(CardIssue.participant_id, func.count()).where(col(CardIssue.participant_id)
                                                                           .in_(ids[i:i + 900]))
                      .group_by(CardIssue.participant_id)).all()
        counts.update({pid: int(n) for pid, n in rows})
    return counts


def live_holders(s: Session, participant_ids: Sequence[str]) -> int:
    """How many of these participants hold a card not revoked."""
    ids = list(dict.fromkeys(participant_ids))
    total = 0
    for i in range(0, len(ids), 900):
        total += int(s.exec(select(func.count(func.distinct(CardIssue.participant_id)))
                            .where(col(CardIssue.participant_id).in_(ids[i:i + 900]),
                                   col(CardIssue.revoked).is_(False))).one())
    return total


def revoke_current(s: Session, participant_ids: Sequence[str]) -> dict[str, list[str]]:
    """Mark every card still valid of these participants revoked; returns their serials by participant."""
    ids = list(dict.fromkeys(participant_ids))
    found: dict[str, list[str]] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        live = (col(CardIssue.participant_id).in_(chunk), col(CardIssue.revoked).is_(False))
        for pid, serial in s.exec(select(CardIssue.participant_id, CardIssue.serial).where(*live)).all():
            found.setdefault(pid, []).append(serial)
        s.execute(update(CardIssue).where(*live).values(revoked=True))
    return found


def _issued(row: CardIssue, p: Participant | None) -> IssuedCard:
    return IssuedCard(row.serial, row.participant_id, p.full_name if p else "", row.printed_at, row.printed_by,
                      row.reprint_number, row.provisional, row.valid_until, row.revoked,
                      p is None or p.deleted_at is not None)


def issued_card(s: Session, serial: str) -> IssuedCard | None:
    row = s.get(CardIssue, serial)
    if row is None:
        return None
    p = s.exec(select(Participant).where(Participant.id == row.participant_id)).first()
    return _issued(row, p)


def replacement_of(s: Session, card: IssuedCard) -> CardIssue | None:
    """The card issued after `card` to the same participant (what revoked it)."""
    return s.exec(select(CardIssue).where(CardIssue.participant_id == card.participant_id,
                                          col(CardIssue.reprint_number) > card.reprint_number)
                  .order_by(col(CardIssue.reprint_number)).limit(1)).first()


def history(s: Session, *, limit: int = 200, text: str = "") -> list[IssuedCard]:
    """The newest issued cards first, with the holder's name; `text` narrows to a name or serial."""
    query = select(CardIssue, Participant).join(Participant, col(Participant.id) == col(CardIssue.participant_id))
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(PARTICIPANT.c.full_name.ilike(like) | col(CardIssue.serial).ilike(like))
    rows = s.exec(query.order_by(col(CardIssue.printed_at).desc(), col(CardIssue.serial).desc()).limit(limit)).all()
    return [_issued(card, p) for card, p in rows]
