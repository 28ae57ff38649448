"""Purge notices and card revocations across versions (changes level 2, sync/formats.py).

- A v0.1.0 hub: the office erases a record the old hub holds and reprints a card; the old hub keeps getting
  exactly what it reads (no purge or revoke line) and imports every bundle, while the notices wait in the
  office's queue. When that hub upgrades (same database, migrated), its first receipt announces that it reads
  notices, and the next bundle carries them: the person is erased at the hub and the card says DICABUT.
- A later hub that announces a higher level and names this version has never heard of still gets the notices,
  in the form this version writes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.cards.token import TokenOutcome, sign_token
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import outbox
from jamsos_desktop.sync import formats
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import read_bundle_file
from jamsos_desktop.sync.identity import load_identity

from .previous import Release
from .test_record_skew import _v010_hub


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def __call__(self) -> dt.datetime:
        return self.now


def _office(folder: Path, clock: Clock) -> Services:
    office = open_office(folder, clock=clock, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="rahasia123")
    services = Services(office)
    services.auth.login("admin", "rahasia123")
    return services


def _token(services: Services, serial: str, participant_id: str) -> str:
    """The QR text of the card as cards/ signed it (same key, serial, holder and date: the same bytes)."""
    valid_until = services.office.today().replace(year=services.office.today().year + 1)
    return sign_token(load_identity(services.office.keys_dir), serial=serial, participant_id=participant_id,
                      valid_until=valid_until)


def test_a_v010_hub_never_sees_a_notice_and_gets_them_after_its_upgrade(previous_release: Release, tmp_path: Path,
                                                                       valid_record: dict) -> None:
    clock = Clock()
    services = _office(tmp_path / "office", clock)
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

    newcomer = {**valid_record, "nik": "2171021203900004", "full_name": "Rahmat Hidayat", "sex": "L",
                "birth_date": "1990-03-12"}
    kept = services.participants.register(newcomer).id
    services.participants.approve([kept])
    first = services.cards.print_cards([kept], tmp_path / "kartu.pdf")
    services.cards.print_cards([kept], tmp_path / "kartu-2.pdf")  # the reprint revokes the first card
    with services.office.db.read() as s:
        assert outbox.counts(s)["notice"] == 2
    for old in stick.glob("*.jamsos"):
        old.unlink()
    sent = services.sync.export_bundle(stick)
    done = previous_release.hub(*base, "--json", "import", str(stick))
    assert done.returncode == 0, done.stdout + done.stderr
    totals = json.loads(done.stdout)["totals"]
    assert (totals.get("rejected", 0), totals.get("refused", 0), totals.get("imported")) == (0, 0, 1), done.stdout
    assert sent.record_count == 1  # the newcomer only
    assert read_manifest(read_bundle_file(sent.path))[0].reads is None  # exactly v0.1.0
    with services.office.db.read() as s:
        assert outbox.counts(s)["notice"] == 2  # still held: this hub has not said it reads notices

    # The city upgrades its hub (same data folder and database, migrated by this version).
    hub = Hub.open(data_dir=tmp_path / "hub", db=base[3], clock=lambda: clock.now.replace(tzinfo=None))
    try:
        services.participants.update(kept, {"address": "Jl. Baru 2"})
        services.participants.approve([kept])
        upgraded = hub.receive(services.sync.build_bundle()[0])  # an ordinary bundle; its receipt announces
        services.sync.apply_receipt(upgraded.receipt)
        assert formats.level(services.sync.hub_reads(), "changes") == 2
        sent = services.sync.export_bundle(stick)
        assert sent.record_count == 2  # now the two notices travel
        done = hub.receive(sent.path.read_bytes(), device_id=services.settings.get("office.device_id"))
        assert done.report.result.counts()["purged"] == 1 and done.report.result.revoked == 1
        services.sync.apply_receipt(done.receipt)
        with services.office.db.read() as s:
            assert outbox.counts(s)["notice"] == 0 and outbox.counts(s)["queued"] == 0
        with hub.store.read() as conn:
            reg = conn.execute(sa.select(t.participant).where(t.participant.c.participant_id == gone)).one()
        assert reg.full_name is None and reg.record is None and reg.purged_at is not None
        check, _ = hub.cards.verify(_token(services, first.serials[0], kept))
        assert check.outcome is TokenOutcome.REVOKED and "DICABUT" in check.message
    finally:
        hub.close()
        services.office.close()


def test_a_later_hub_that_reads_more_still_gets_the_notices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            valid_record: dict) -> None:
    clock = Clock()
    services = _office(tmp_path / "office", clock)
    with monkeypatch.context() as later:  # the hub of a later version announces more than this version reads
        later.setitem(formats.READS, "changes", 3)
        later.setitem(formats.READS, "masa_depan", 7)
        hub = Hub.open(data_dir=tmp_path / "hub", db=f"sqlite:///{tmp_path / 'hub.sqlite'}",
                       clock=lambda: clock.now.replace(tzinfo=None))
        hub.init(escrow_out=tmp_path / "escrow.pem", escrow_passphrase=b"kunci-cadangan-uji")
        (tmp_path / "hub-identity.json").write_bytes(hub.identity_file())
    try:
        hub.enrol(hub.read_enrolment(services.sync.enrolment()))
        services.sync.trust_hub(tmp_path / "hub-identity.json")
        assert services.sync.hub_reads()["changes"] == 3 and formats.level(services.sync.hub_reads(), "changes") == 2
        kept = services.participants.register(valid_record).id
        services.participants.approve([kept])
        first = services.cards.print_cards([kept], tmp_path / "kartu.pdf")
        services.cards.print_cards([kept], tmp_path / "kartu-2.pdf")
        sent = services.sync.export_bundle(tmp_path)
        assert sent.record_count == 2  # the registration and the revocation, at once
        done = hub.receive(sent.path.read_bytes(), device_id=services.settings.get("office.device_id"))
        assert done.report.result.revoked == 1 and done.report.result.accepted == 1
        assert hub.cards.verify(_token(services, first.serials[0], kept))[0].outcome is TokenOutcome.REVOKED
    finally:
        hub.close()
        services.office.close()
