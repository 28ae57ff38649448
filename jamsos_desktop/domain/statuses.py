"""A participant's status flow and what each status allows, in one place.

ready (saved, waiting for a supervisor) -> approved -> exported -> received (hub accepted) -> active (KPJ known),
or rejected / duplicate with a reason; a correction makes a record ready again. `Status` is a StrEnum, so a
member equals its stored text ("ready") in the database, in JSON and in comparisons. The labels here are the
Indonesian wording every face uses; the GUI translates them in ui/models/labels.py.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    READY = "ready"
    APPROVED = "approved"
    EXPORTED = "exported"
    RECEIVED = "received"
    ACTIVE = "active"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"


STATUSES: tuple[Status, ...] = tuple(Status)  # in the order a record moves through them
STATUS_LABELS: dict[str, str] = {
    Status.READY: "Menunggu persetujuan", Status.APPROVED: "Disetujui", Status.EXPORTED: "Sudah dikirim",
    Status.RECEIVED: "Diterima kota", Status.ACTIVE: "Aktif (KPJ ada)", Status.REJECTED: "Ditolak",
    Status.DUPLICATE: "Ganda",
}
STATUS_SHORT_LABELS: dict[str, str] = {  # narrow table columns
    Status.READY: "Menunggu", Status.APPROVED: "Disetujui", Status.EXPORTED: "Dikirim", Status.RECEIVED: "Diterima",
    Status.ACTIVE: "Aktif", Status.REJECTED: "Ditolak", Status.DUPLICATE: "Ganda",
}

WAITING_FOR_HUB = (Status.APPROVED, Status.EXPORTED)  # left the office (or may), no verdict yet
ACCEPTED = (Status.RECEIVED, Status.ACTIVE)  # the city office accepted it: cover is paid, the card is no longer provisional
PRINTABLE = (Status.APPROVED, Status.EXPORTED, Status.RECEIVED, Status.ACTIVE)  # may get a (possibly provisional) card


def status_label(code: str) -> str:
    """The Indonesian label of a status code (an unknown code, e.g. from a newer version, as it is)."""
    return STATUS_LABELS.get(code, code)
