"""Checking a scanned card at the office that issued it: the signature first, then the office's own record.

A genuine card can still not count: "dicabut" when a newer card replaced it (a reprint), "tidak aktif" when
its holder was deleted (died, moved, left the programme). The hub learns both from this office's bundles
(revocations as `revoke` notices, store/card_notices.py; deletions as changes), so its `verify-card` says the
same once the next bundle has arrived (hub/card_checks.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jamsos_desktop.cards.token import TokenCheck, TokenOutcome, verify_token
from jamsos_desktop.domain.record import DELETE_REASONS
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import cards as card_store
from jamsos_desktop.store import participants as repo


def _day(at: dt.datetime | None) -> str:
    """The day of a stored moment (UTC, naive when read back) on this PC's calendar."""
    if at is None:
        return ""
    return f"{(at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone():%d-%m-%Y}"


def check_card(office: Office, token: str) -> TokenCheck:
    identity = office.identity()
    keys = {identity.device_id: identity.public_raw} if identity else {}
    check = verify_token(token.strip(), keys.get, today=office.today())
    if check.outcome is TokenOutcome.UNKNOWN_KEY:  # in the clerk's words: no device id
        return replace(check, message="Kartu ini diterbitkan kelurahan lain, jadi belum dapat diperiksa di sini. "
                                      "Periksa lewat Disnaker (kantor kota).")
    serial = check.serial
    if check.outcome not in (TokenOutcome.VALID, TokenOutcome.EXPIRED) or serial is None:
        return check
    if check.outcome is TokenOutcome.VALID:
        check = replace(check, message=f"Kartu {check.serial} sah, berlaku sampai {check.valid_until:%d-%m-%Y}, "
                                       "diterbitkan kantor ini.")
    with office.db.read() as s:
        card = card_store.issued_card(s, serial)
        if card is None:
            return check
        if card.participant_deleted:
            reason = _deleted_reason(office, card.participant_id)
            return replace(check, outcome=TokenOutcome.INACTIVE, message=(
                f"Kartu {card.serial} atas nama {card.full_name} TIDAK AKTIF: pesertanya sudah dihapus dari "
                f"program{reason}. Kartu ini tidak berlaku lagi; jangan layani dengan kartu ini."))
        if card.revoked:
            newer = card_store.replacement_of(s, card)
            since = f" pada {_day(newer.printed_at)}" if newer is not None else ""
            by = f" oleh kartu {newer.serial}" if newer is not None else ""
            return replace(check, outcome=TokenOutcome.REVOKED, message=(
                f"Kartu {card.serial} atas nama {card.full_name} DICABUT{since}: sudah diganti{by}. Kartu lama "
                "tidak berlaku; minta peserta menunjukkan kartu terbarunya."))
    return check


def _deleted_reason(office: Office, participant_id: str) -> str:
    with office.db.read() as s:
        p = repo.get(s, participant_id)
        if p is None:
            return ""
        reason = DELETE_REASONS.get(p.deleted_reason or "", p.deleted_reason or "")
        when = _day(p.deleted_at)
    parts = [part for part in (reason.lower(), f"sejak {when}" if when else "") if part]
    return f" ({', '.join(parts)})" if parts else ""
