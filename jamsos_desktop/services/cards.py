"""Print participant cards: serials that never repeat, a signed QR token per card, every print audited.

Serials are reserved in one transaction before drawing (so even a cancelled run never reuses one) and the
card issues are recorded only after the PDF is complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert
from sqlmodel import Session, select

from jamsos_desktop.cards.model import Cancelled, card_data_from_record, format_coverage
from jamsos_desktop.cards.token import TokenCheck, sign_token, verify_token
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.statuses import ACCEPTED, PRINTABLE
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.models import CardIssue
from jamsos_desktop.sync.identity import load_identity

NEXT_SERIAL_KEY = "cards.next_serial"


class CardProblem(Refused):
    code = "card"


@dataclass(frozen=True)
class PrintResult:
    path: Path
    cards: int
    provisional: int
    serials: list[str]


def _month(text: str) -> dt.date:
    year, month = text.split("-")
    return dt.date(int(year), int(month), 1)


def _reserve_serials(s: Session, count: int) -> list[str]:
    start = int(settings_store.get(s, NEXT_SERIAL_KEY) or "1")
    settings_store.put(s, NEXT_SERIAL_KEY, str(start + count))
    office_part = settings_store.get(s, "office.kelurahan_code").rsplit(".", 1)[-1] or "0000"
    return [f"{office_part}-{n:06d}" for n in range(start, start + count)]


class CardService:
    def __init__(self, office: Office) -> None:
        self.office = office

    def print_cards(self, participant_ids: Sequence[str], out: Path, *, layout: str = "sheet",
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> PrintResult:
        actor = self.office.require("cards.print")
        identity = load_identity(self.office.keys_dir)
        if identity is None:
            raise CardProblem("Kunci perangkat belum ada: selesaikan pengaturan awal kantor dulu.")
        if not participant_ids:
            raise CardProblem("Pilih minimal satu peserta untuk dicetak kartunya.")
        today = self.office.today()
        with self.office.db.write() as s:
            years = int(settings_store.get(s, "cards.valid_years") or "1")
            valid_until = today.replace(year=today.year + years) if not (today.month == 2 and today.day == 29) \
                else today + dt.timedelta(days=365 * years)
            records, reprints, coverage = [], [], []
            for pid in participant_ids:
                p = repo.get(s, pid)
                if p is None or p.deleted_at is not None:
                    raise CardProblem(f"Peserta {pid} tidak ada atau sudah dihapus.")
                if p.status not in PRINTABLE:
                    raise CardProblem(f"Kartu {p.full_name} belum bisa dicetak: data masih {p.status} "
                                      "(harus disetujui supervisor dulu).")
                records.append(repo.to_record(p, repo.beneficiaries_of(s, pid)))
                reprints.append(int(s.exec(select(func.count()).select_from(CardIssue)
                                           .where(CardIssue.participant_id == pid)).one()))
                periods = repo.coverage_of(s, pid)
                coverage.append(format_coverage(_month(periods[0].month_from), _month(periods[-1].month_to))
                                if periods else "Menunggu penetapan")
            serials = _reserve_serials(s, len(records))
        cards = [
            card_data_from_record(rec, serial=serial, issue_date=today, coverage=cov,
                                  provisional=rec["status"] not in ACCEPTED,
                                  token=sign_token(identity, serial=serial, participant_id=rec["id"],
                                                   valid_until=valid_until))
            for rec, serial, cov in zip(records, serials, coverage, strict=True)
        ]
        from jamsos_desktop.cards.sheet import render_cards  # reportlab is loaded when the first card is drawn

        render_cards(cards, out, layout=layout, progress=progress, cancelled=cancelled)
        now = self.office.now()
        with self.office.db.write() as s:
            s.execute(insert(CardIssue), [
                {"serial": c.serial, "participant_id": c.participant_id, "printed_at": now, "printed_by": actor.username,
                 "reprint_number": n, "provisional": c.provisional, "valid_until": valid_until, "revoked": False}
                for c, n in zip(cards, reprints, strict=True)])
            head = audit.chain_head(s)
            audit.append_rows(s.connection(), [head.next_row(at=now, operator=actor.username,
                                                action="print" if n == 0 else "reprint", entity="participant",
                                                entity_id=c.participant_id,
                                                details={"serial": c.serial, "file": out.name, "reprint": n})
                                  for c, n in zip(cards, reprints, strict=True)])
        return PrintResult(out, len(cards), sum(c.provisional for c in cards), serials)

    def verify(self, token: str) -> TokenCheck:
        """Check a card's QR token against this office's key (the hub checks against every enrolled office)."""
        identity = load_identity(self.office.keys_dir)
        keys = {identity.device_id: identity.public_raw} if identity else {}
        return verify_token(token.strip(), keys.get, today=self.office.today())


__all__ = ["Cancelled", "CardProblem", "CardService", "PrintResult"]
