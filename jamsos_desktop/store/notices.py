"""The `hub_notice` table: notices Disnaker's hub sent about this office's participants (services/notices.py)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlmodel import Session, col, func, select

from jamsos_desktop.store.models import HubNotice


def known(s: Session, notice_id: str) -> bool:
    return s.get(HubNotice, notice_id) is not None


def add(s: Session, *, notice_id: str, participant_id: str, kind: str, text: str, data: dict[str, Any],
        created_at: str, received_at: dt.datetime, bundle_id: str) -> None:
    s.add(HubNotice(notice_id=notice_id, participant_id=participant_id, kind=kind, text=text,
                    data=json.dumps(data, ensure_ascii=False, sort_keys=True), created_at=created_at,
                    received_at=received_at, bundle_id=bundle_id))


def get(s: Session, notice_id: str) -> HubNotice | None:
    return s.get(HubNotice, notice_id)


def data_of(row: HubNotice) -> dict[str, Any]:
    try:
        value = json.loads(row.data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def latest_of_kind(s: Session, participant_id: str, kind: str) -> HubNotice | None:
    return s.exec(select(HubNotice).where(HubNotice.participant_id == participant_id, HubNotice.kind == kind)
                  .order_by(col(HubNotice.created_at).desc())).first()


def transfers_out(s: Session, participant_ids: list[str]) -> list[HubNotice]:
    """The transfer_out notices of these participants (a page of the list), oldest first."""
    if not participant_ids:
        return []
    # The ids as one JSON parameter: binding a page of 200 one by one cost more than the page itself.
    ids = func.json_each(json.dumps(participant_ids)).table_valued("value")
    return list(s.exec(select(HubNotice).where(HubNotice.kind == "transfer_out",
                                               col(HubNotice.participant_id).in_(select(ids.c.value)))
                       .order_by(col(HubNotice.created_at))))


def of_participant(s: Session, participant_id: str, *, include_read: bool) -> list[HubNotice]:
    query = select(HubNotice).where(HubNotice.participant_id == participant_id)
    if not include_read:
        query = query.where(col(HubNotice.read_at).is_(None))
    return list(s.exec(query.order_by(col(HubNotice.created_at), col(HubNotice.notice_id))))


def open_count(s: Session) -> int:
    return int(s.exec(select(func.count()).select_from(HubNotice).where(col(HubNotice.read_at).is_(None))).one())


def mark_read(s: Session, row: HubNotice, *, at: dt.datetime, by: str) -> None:
    row.read_at, row.read_by = at, by
    s.add(row)
