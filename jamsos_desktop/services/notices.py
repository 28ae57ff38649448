"""Notices from Disnaker (the hub) about this office's participants, as they arrive on receipts.

`apply_notices` runs inside the receipt's transaction (services/receipts.py): a notice is stored once, by its id,
so a receipt applied twice, or the same notice carried again by a later receipt, changes nothing twice. Effects:

- `transfer_out`: the person moved to another kelurahan; the record is shown "Pindah ke Kelurahan ..." and is
  read only from then on (`moved_to`; services/participants.py refuses changes).
- `transfer_in`: this record is the person's new home: it gets their KPJ (when the hub sent one) and counts as
  accepted by the city, so its card is no longer SEMENTARA.
- every kind (`bpjs_rejected`, `nik_check`, `waiting_list`, `deactivated`, and kinds this version does not know)
  is kept and shown on the participant with its text until a clerk marks it read.
Each applied notice is audited ("hub_notice"); marking one read too ("notice_read").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.statuses import WAITING_FOR_HUB, Status
from jamsos_desktop.services.office import Office
from jamsos_desktop.store import audit
from jamsos_desktop.store import notices as store
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store.models import HubNotice, Participant
from jamsos_desktop.sync.notices import Notice

ARRIVING = (Status.RECEIVED, Status.DUPLICATE, *WAITING_FOR_HUB)  # may become accepted by a transfer in


@dataclass(frozen=True)
class OpenNotice:
    """A notice as the clerk sees it."""

    notice_id: str
    participant_id: str
    kind: str
    text: str
    created_at: str
    read: bool


def _transfer_in(s: Any, p: Participant, data: dict[str, Any]) -> bool:
    """The person's KPJ comes with them; the hub accepted this registration. True when the row changed."""
    if p.deleted_at is not None:
        return False
    kpj = data.get("kpj_number") or ""
    before = (p.kpj_number, p.status, p.status_reason)
    if kpj:
        p.kpj_number = kpj
    if p.status in ARRIVING:
        p.status, p.status_reason = (Status.ACTIVE if p.kpj_number else Status.RECEIVED), ""
    s.add(p)
    return (p.kpj_number, p.status, p.status_reason) != before


def apply_notices(s: Any, notices: Sequence[Notice], *, bundle_id: str, now: Any,
                  actor: str) -> tuple[int, list[str]]:
    """Store and apply the notices not seen before: (how many were new, the participants whose row changed)."""
    changed: list[str] = []
    new = 0
    for n in notices:
        if store.known(s, n.notice_id):
            continue  # already applied (the same receipt again, or carried again by a later one)
        new += 1
        store.add(s, notice_id=n.notice_id, participant_id=n.participant_id, kind=n.kind, text=n.text,
                  data=dict(n.data), created_at=n.created_at, received_at=now, bundle_id=bundle_id)
        p = repo.get(s, n.participant_id)
        if n.kind == "transfer_in" and p is not None and _transfer_in(s, p, dict(n.data)):
            changed.append(p.id)
        audit.append(s, at=now, operator=actor, action="hub_notice", entity="participant",
                     entity_id=n.participant_id, details={"notice": n.notice_id, "kind": n.kind, "text": n.text,
                                                          "bundle": bundle_id})
    s.flush()
    return new, changed


def moved_to(s: Any, participant_id: str) -> str | None:
    """The kelurahan the person moved to (a transfer_out notice arrived), else None."""
    row = store.latest_of_kind(s, participant_id, "transfer_out")
    if row is None:
        return None
    return str(store.data_of(row).get("to_kelurahan_name") or "") or "lain"


def moved_map(s: Any, participant_ids: list[str]) -> dict[str, str]:
    """For a page of the list: the kelurahan each moved participant among these moved to."""
    return {row.participant_id: str(store.data_of(row).get("to_kelurahan_name") or "") or "lain"
            for row in store.transfers_out(s, participant_ids)}


def _open(row: HubNotice) -> OpenNotice:
    return OpenNotice(row.notice_id, row.participant_id, row.kind, row.text, row.created_at, row.read_at is not None)


class NoticeService:
    """What the clerk sees and does with Disnaker's notices."""

    def __init__(self, office: Office) -> None:
        self.office = office

    def of_participant(self, participant_id: str, *, include_read: bool = False) -> list[OpenNotice]:
        with self.office.db.read() as s:
            return [_open(r) for r in store.of_participant(s, participant_id, include_read=include_read)]

    def open_count(self) -> int:
        """Notices no clerk has marked read yet (the main window's "Kabar dari Disnaker: N")."""
        with self.office.db.read() as s:
            return store.open_count(s)

    def mark_read(self, notice_id: str) -> None:
        by = self.office.require("participant.write").username
        with self.office.db.write() as s:
            row = store.get(s, notice_id)
            if row is None:
                raise Refused("Kabar ini tidak ditemukan lagi. Tutup dan buka kembali data peserta.",
                              code="not_found")
            if row.read_at is not None:
                return
            store.mark_read(s, row, at=self.office.now(), by=by)
            audit.append(s, at=self.office.now(), operator=by, action="notice_read", entity="participant",
                         entity_id=row.participant_id, details={"notice": notice_id, "kind": row.kind})
