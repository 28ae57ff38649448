"""The retention purge also erases what Disnaker's notices said about a purged record (services/notices.py): their
text loses long numbers and their data goes, everywhere in the office database file."""

from __future__ import annotations

import sqlite3

from jamsos_desktop.services.notices import apply_notices
from jamsos_desktop.sync.notices import Notice

from .test_retention import _raw_files, _register_sent_and_deleted, city  # noqa: F401 (city is a fixture)

NIK = "2171024505800003"


def test_a_purged_records_notices_keep_no_personal_data(office, city, clock) -> None:  # noqa: F811
    gone = _register_sent_and_deleted(office, city)
    with office.office.db.write() as s:
        apply_notices(s, [Notice("n-1", gone, "bpjs_rejected", "2026-11-30T03:00:00Z",
                                 f"BPJS menolak: NIK {NIK} tidak cocok dengan Dukcapil.", {"reason": f"NIK {NIK}"})],
                      bundle_id="receipt-x", now=office.office.now(), actor="system")
    clock.advance(days=5 * 366)
    assert office.retention.purge().erased == [gone]
    assert office.maintenance.check().ok
    with sqlite3.connect(office.office.db_path) as conn:
        [(text, data)] = conn.execute("SELECT text, data FROM hub_notice WHERE participant_id=?", (gone,)).fetchall()
    assert NIK not in text and text.startswith("BPJS menolak: NIK ") and data == "{}"
    assert NIK.encode() not in _raw_files(office)
