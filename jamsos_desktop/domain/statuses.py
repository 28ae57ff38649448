"""A participant's status flow and what each status allows, in one place.

ready (saved, waiting for a supervisor) -> approved -> exported -> received (hub accepted) -> active (KPJ known),
or rejected / duplicate with a reason; a correction makes a record ready again.
"""

from __future__ import annotations

STATUSES = ("ready", "approved", "exported", "received", "active", "rejected", "duplicate")
STATUS_LABELS = {"ready": "Siap (menunggu persetujuan)", "approved": "Disetujui", "exported": "Terkirim",
                 "received": "Diterima kota", "active": "Aktif", "rejected": "Ditolak", "duplicate": "Ganda"}
STATUS_SHORT_LABELS = {"ready": "Menunggu", "approved": "Disetujui", "exported": "Dikirim", "received": "Diterima",
                       "active": "Aktif", "rejected": "Ditolak", "duplicate": "Ganda"}  # narrow table columns

WAITING_FOR_HUB = ("approved", "exported")  # left the office (or may), no verdict yet
ACCEPTED = ("received", "active")  # the city office accepted it: cover is paid, the card is no longer provisional
PRINTABLE = ("approved", "exported", "received", "active")  # may get a (possibly provisional) card
