"""Checking a card at the hub (`jamsos-hub verify-card`): the signature against every enrolled office, then what
the offices told the hub about it.

A genuine card can still not count: "DICABUT" when its office revoked it (a reprint replaced it; the office's
`revoke` notice, hub/privacy.py) and "TIDAK AKTIF" when the registration it was issued for has left the
register (deleted by its office). Revocations are kept by the issuing office's kelurahan and the serial, so a
device of another kelurahan can never revoke a card it did not issue. An office that has not sent its notices
yet (it waits for its next bundle) is the one gap: the answer then is the office's own check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from jamsos_desktop.cards.token import TokenCheck, TokenOutcome, verify_token
from jamsos_desktop.hub import devices as device_store
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.store import HubStore


class CardChecks:
    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime]) -> None:
        self.store, self.clock = store, clock

    def verify(self, token: str) -> tuple[TokenCheck, str]:
        """The verdict on a card's QR token, and the issuing office's name ("" when unknown)."""
        with self.store.read() as conn:
            check = verify_token(token.strip(), device_store.trusted_keys(conn), today=self.clock().date())
            device = device_store.get(conn, check.device_id) if check.device_id else None
            office = device_store.office_label(conn, device) if device else ""
            if device is not None and check.serial and check.outcome in (TokenOutcome.VALID, TokenOutcome.EXPIRED):
                check = _told(conn, check, device.kelurahan_code)
        return check, office


def _told(conn: Connection, check: TokenCheck, kelurahan_code: str) -> TokenCheck:
    c = t.card_revocation.c
    revoked = conn.execute(sa.select(t.card_revocation).where(c.kelurahan_code == kelurahan_code,
                                                              c.serial == check.serial)).first()
    if revoked is not None:
        by = f" oleh kartu {revoked.replaced_by}" if revoked.replaced_by else ""
        return replace(check, outcome=TokenOutcome.REVOKED, message=(
            f"Kartu {check.serial} DICABUT pada {_day(revoked.revoked_at)}: sudah diganti{by}. Kartu lama tidak "
            "berlaku; minta peserta menunjukkan kartu terbarunya."))
    holder = _holder(conn, check.participant_prefix or "", kelurahan_code)
    if holder is not None and holder.deleted_at is not None:
        return replace(check, outcome=TokenOutcome.INACTIVE, message=(
            f"Kartu {check.serial} TIDAK AKTIF: pesertanya sudah dihapus dari program oleh kantor kelurahan sejak "
            f"{_day(holder.deleted_at)}. Kartu ini tidak berlaku lagi; jangan layani dengan kartu ini."))
    return check


def _holder(conn: Connection, prefix: str, kelurahan_code: str) -> Any:
    """The registration the card was issued for: the only one of that kelurahan whose id starts with the
    token's 8 hex characters (None when none or, very rarely, two match)."""
    if len(prefix) != 8 or not all(ch in "0123456789abcdef" for ch in prefix):
        return None
    p = t.participant.c
    rows = conn.execute(sa.select(p.participant_id, p.deleted_at).where(
        p.owner_kelurahan == kelurahan_code, p.participant_id.like(f"{prefix}%")).limit(2)).all()
    return rows[0] if len(rows) == 1 else None


def _day(at: dt.datetime) -> str:
    """A stored moment (naive UTC) as a day in Batam (WIB, UTC+7)."""
    return f"{at + dt.timedelta(hours=7):%d-%m-%Y}"
