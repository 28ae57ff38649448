"""Participant cards: a preview that issues nothing, issuing (serials that never repeat, a signed QR token per card,
the previous card revoked, every issue audited), the list of issued cards, and checking a scanned card.

A preview draws the first cards marked CONTOH, with no serial and a QR code that is no token: nothing is
reserved or recorded. Issuing reserves serials in one transaction before drawing (so even a cancelled run
never reuses one) and records the cards, and revokes each participant's earlier card, only once the PDF is
complete. Checking (card_checks.py) says "dicabut" for a revoked card and "tidak aktif" for a deleted person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from jamsos_desktop.cards.model import Cancelled, CardData, card_data_from_record, format_coverage
from jamsos_desktop.cards.token import TokenCheck, sign_token
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.registry import ParticipantRecord
from jamsos_desktop.domain.statuses import ACCEPTED, PRINTABLE
from jamsos_desktop.services import notices
from jamsos_desktop.services.card_checks import check_card
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit, card_notices
from jamsos_desktop.store import cards as card_store
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.cards import IssuedCard
from jamsos_desktop.store.models import CardIssue

NEXT_SERIAL_KEY = "cards.next_serial"
PREVIEW_LIMIT = 20  # two A4 sheets: enough to check the look; a preview of 500 cards would only be slow
SPECIMEN_SERIAL = "CONTOH"
Progress = Callable[[int, int], None]


class CardProblem(Refused):
    code = "card"


@dataclass(frozen=True)
class PrintResult:
    path: Path
    cards: int
    provisional: int
    serials: list[str]
    revoked: list[str] = field(default_factory=list)  # earlier cards of these participants, now revoked


@dataclass(frozen=True)
class PreviewResult:
    path: Path
    cards: int  # drawn in the preview
    total: int  # chosen
    provisional: int


def _month(text: str) -> dt.date:
    year, month = text.split("-")
    return dt.date(int(year), int(month), 1)


def _reserve_serials(s: Session, count: int) -> list[str]:
    start = int(settings_store.get(s, NEXT_SERIAL_KEY) or "1")
    settings_store.put(s, NEXT_SERIAL_KEY, str(start + count))
    office_part = settings_store.get(s, "office.kelurahan_code").rsplit(".", 1)[-1] or "0000"
    return [f"{office_part}-{n:06d}" for n in range(start, start + count)]


def _not_printable(status: str, reason: str) -> str:
    """Why a record gets no card yet, and what the clerk can do about it."""
    if status == "duplicate":  # only Disnaker (or a corrected NIK) settles it, not the office's supervisor
        return ((reason or "NIK ini sudah terdaftar di kelurahan lain.").rstrip(".") + ". Tunggu keputusan Disnaker; "
                "bila NIK salah ketik, perbaiki NIK-nya dan simpan: setelah disetujui, data dikirim ulang ke Disnaker.")
    if status == "rejected":
        return (f"data ditolak Disnaker: {reason or 'alasan tidak disebut'}. Perbaiki datanya dan simpan: setelah "
                "disetujui, data dikirim ulang ke Disnaker.")
    return "datanya belum disetujui supervisor. Minta supervisor menyetujuinya dulu (halaman Persetujuan)."


@dataclass
class _Batch:
    records: list[ParticipantRecord]
    coverage: list[str]


class CardService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def _valid_until(self, s: Session) -> dt.date:
        today = self.office.today()
        years = int(settings_store.get(s, "cards.valid_years") or "1")
        return today.replace(year=today.year + years) if not (today.month == 2 and today.day == 29) \
            else today + dt.timedelta(days=365 * years)

    def _gather(self, s: Session, participant_ids: Sequence[str], progress: Progress | None) -> _Batch:
        """The records to print, checked; progress (and so Cancel) is offered every 50 participants."""
        if not participant_ids:
            raise CardProblem("Pilih minimal satu peserta untuk dicetak kartunya.")
        batch = _Batch([], [])
        moved = notices.moved_map(s, list(participant_ids))
        for i, pid in enumerate(participant_ids):
            if progress is not None and i % 50 == 0:
                progress(0, len(participant_ids))
            p = repo.get(s, pid)
            if p is None or p.deleted_at is not None:
                raise CardProblem("Salah satu peserta yang dipilih sudah dihapus atau tidak ada lagi: muat ulang "
                                  "daftarnya, lalu pilih lagi.")
            if pid in moved:
                raise CardProblem(f"Kartu {p.full_name} tidak bisa dicetak di sini: ia sudah pindah ke Kelurahan "
                                  f"{moved[pid]} (kabar dari Disnaker). Kartunya dicetak oleh kantor kelurahan barunya.")
            if p.status not in PRINTABLE:
                raise CardProblem(f"Kartu {p.full_name} belum bisa dicetak: "
                                  f"{_not_printable(p.status, p.status_reason)}")
            batch.records.append(repo.to_record(p, repo.beneficiaries_of(s, pid)))
            periods = repo.coverage_of(s, pid)
            batch.coverage.append(format_coverage(_month(periods[0].month_from), _month(periods[-1].month_to))
                                  if periods else "Menunggu penetapan")
        return batch

    def preview_cards(self, participant_ids: Sequence[str], out: Path, *, layout: str = "sheet",
                      progress: Progress | None = None) -> PreviewResult:
        """A PDF of the first cards marked CONTOH: no serial used, nothing recorded, no valid QR token."""
        self.office.require("cards.print")
        shown = list(participant_ids)[:PREVIEW_LIMIT]
        with self.office.db.read() as s:
            batch = self._gather(s, shown, progress)
        cards = [card_data_from_record(rec, serial=SPECIMEN_SERIAL, issue_date=self.office.today(), coverage=cov,
                                       provisional=rec["status"] not in ACCEPTED, token="CONTOH-TIDAK-BERLAKU",
                                       specimen=True)
                 for rec, cov in zip(batch.records, batch.coverage, strict=True)]
        self._render(cards, out, layout, progress)
        return PreviewResult(out, len(cards), len(participant_ids), sum(c.provisional for c in cards))

    def print_cards(self, participant_ids: Sequence[str], out: Path, *, layout: str = "sheet",
                    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> PrintResult:
        """Issue cards: new serials, signed tokens, the PDF, then (only when it is complete) the record of the
        new cards, the earlier cards revoked and the audit."""
        actor = self.office.require("cards.print")
        identity = self.office.identity()
        if identity is None:
            raise CardProblem("Kunci perangkat belum ada: selesaikan pengaturan awal kantor dulu.")
        if not participant_ids:
            raise CardProblem("Pilih minimal satu peserta untuk dicetak kartunya.")
        if len(set(participant_ids)) != len(participant_ids):
            raise CardProblem("Seorang peserta dipilih dua kali: satu orang hanya boleh punya satu kartu berlaku.")
        today = self.office.today()
        with self.office.db.write() as s:
            batch = self._gather(s, participant_ids, progress)
            valid_until = self._valid_until(s)
            serials = _reserve_serials(s, len(batch.records))
        cards = [
            card_data_from_record(rec, serial=serial, issue_date=today, coverage=cov,
                                  provisional=rec["status"] not in ACCEPTED,
                                  token=sign_token(identity, serial=serial, participant_id=rec["id"],
                                                   valid_until=valid_until))
            for rec, serial, cov in zip(batch.records, serials, batch.coverage, strict=True)
        ]
        self._render(cards, out, layout, progress, cancelled)
        now = self.office.now()
        with self.office.db.write() as s:
            reprints = card_store.issue_counts(s, participant_ids)
            revoked = card_store.revoke_current(s, participant_ids)  # participant id -> earlier serials
            s.execute(insert(CardIssue), [
                {"serial": c.serial, "participant_id": c.participant_id, "printed_at": now, "printed_by": actor.username,
                 "reprint_number": reprints.get(c.participant_id, 0), "provisional": c.provisional,
                 "valid_until": valid_until, "revoked": False} for c in cards])
            card_notices.queue_revocations(s, revoked, {c.participant_id: c.serial for c in cards}, at=now,
                                           by=actor.username)  # the hub hears of it (store/card_notices.py)
            head = audit.chain_head(s)
            rows = []
            for c in cards:
                n = reprints.get(c.participant_id, 0)
                details: dict[str, Any] = {"serial": c.serial, "file": out.name, "reprint": n}
                if revoked.get(c.participant_id):
                    details["revoked"] = revoked[c.participant_id]
                rows.append(head.next_row(at=now, operator=actor.username, action="print" if n == 0 else "reprint",
                                          entity="participant", entity_id=c.participant_id, details=details))
            audit.append_rows(s.connection(), rows)
        return PrintResult(out, len(cards), sum(c.provisional for c in cards), serials,
                           [serial for earlier in revoked.values() for serial in earlier])

    @staticmethod
    def _render(cards: list[CardData], out: Path, layout: str, progress: Progress | None,
                cancelled: Callable[[], bool] | None = None) -> None:
        from jamsos_desktop.cards.sheet import render_cards  # reportlab is loaded when the first card is drawn

        render_cards(cards, out, layout=layout, progress=progress, cancelled=cancelled)  # type: ignore[arg-type]

    def holders(self, participant_ids: Sequence[str]) -> int:
        """How many of these participants hold a card that issuing a new one would revoke."""
        with self.office.db.read() as s:
            return card_store.live_holders(s, participant_ids)

    def history(self, *, limit: int = 200, text: str = "") -> list[IssuedCard]:
        """Cards issued here, newest first, with their holder and whether they still count."""
        self.office.require("cards.print")
        with self.office.db.read() as s:
            return card_store.history(s, limit=limit, text=text)

    def verify(self, token: str) -> TokenCheck:
        """Check a card's QR token against this office's key and this office's record of the card (the hub
        checks the signature against every enrolled office)."""
        return check_card(self.office, token)


__all__ = ["Cancelled", "CardProblem", "CardService", "IssuedCard", "PreviewResult", "PrintResult"]
