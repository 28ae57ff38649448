"""Retention purge notices and a v0.1.0 hub: the office erases a record the old hub holds, and the old hub
keeps getting exactly what it reads (no purge line), while the notice waits in the office's queue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import outbox

from .previous import Release
from .test_record_skew import _v010_hub


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def test_a_v010_hub_never_sees_a_purge_notice(previous_release: Release, tmp_path: Path, valid_record: dict) -> None:
    clock = Clock()
    office = open_office(tmp_path / "office", clock=clock, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="rahasia123")
    services = Services(office)
    services.auth.login("admin", "rahasia123")
    base, identity = _v010_hub(previous_release, tmp_path)
    enrolment = tmp_path / "enrolment.json"
    enrolment.write_bytes(services.sync.enrolment())
    assert previous_release.hub(*base, "enrol", str(enrolment), "--yes").returncode == 0
    services.sync.trust_hub(identity)
    stick = tmp_path / "stick"
    stick.mkdir()

    gone = services.participants.register(valid_record).id
    services.participants.approve([gone])
    services.participants.delete(gone, reason="pindah")
    services.sync.export_bundle(stick)
    done = previous_release.hub(*base, "--json", "import", str(stick))
    assert done.returncode == 0, done.stdout + done.stderr
    receipts = tmp_path / "receipts"
    assert previous_release.hub(*base, "receipts", "--out", str(receipts)).returncode == 0
    (receipt,) = receipts.glob("*.jamsos")
    services.sync.apply_receipt_file(receipt)  # the old hub acknowledged the registration and the deletion
    clock.now += dt.timedelta(days=5 * 366)
    assert services.retention.purge().erased == [gone]
    with office.db.read() as s:
        assert outbox.counts(s)["notice"] == 1

    newcomer = {**valid_record, "nik": "2171021203900004", "full_name": "Rahmat Hidayat", "sex": "L",
                "birth_date": "1990-03-12"}
    services.participants.approve([services.participants.register(newcomer).id])
    for old in stick.glob("*.jamsos"):
        old.unlink()
    sent = services.sync.export_bundle(stick)
    done = previous_release.hub(*base, "--json", "import", str(stick))
    assert done.returncode == 0, done.stdout + done.stderr
    totals = json.loads(done.stdout)["totals"]
    assert (totals.get("rejected", 0), totals.get("refused", 0)) == (0, 0), done.stdout
    assert sent.record_count == 1  # the new person only
    with office.db.read() as s:
        assert outbox.counts(s)["notice"] == 1  # still held: this hub has not said it reads purge notices
    office.close()
