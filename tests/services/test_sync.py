"""Office-side sync against a test hub key pair: export, read with the hub and escrow keys, receipts."""

from __future__ import annotations

import pytest

from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.sync import SyncProblem
from jamsos_desktop.store import outbox
from jamsos_desktop.sync.bundle import open_bundle
from jamsos_desktop.sync.bundlefile import read_bundle_file
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file
from jamsos_desktop.sync.receipt import ChangeVerdict, CoveragePeriod, DuplicateOf, ParticipantUpdate, write_receipt


class HubKeyPair:
    """A hub key pair made in the test (the real hub lives in jamsos_desktop.hub)."""

    def __init__(self, folder):
        self.keys = generate_hub_keys()
        self.escrow = generate_escrow_key()
        self.identity_file = folder / "hub-identity.json"
        self.identity_file.write_bytes(hub_identity_file(self.keys, escrow_public=self.escrow.public_key(),
                                                         name="Hub Uji Disnaker"))

    def trusted(self, services):
        me = services.sync.identity()
        return {me.device_id: me.public_raw}.get

    def receipt(self, services, changes, participants=()):
        me = services.sync.identity()
        return write_receipt(hub=self.keys, device_id=me.device_id, kelurahan_code="21.71.02.1002",
                             device_key=device_encryption_public(me), changes=changes, participants=participants,
                             previous=None, app_version="test")


@pytest.fixture
def hub(tmp_path, services):
    hub = HubKeyPair(tmp_path)
    services.sync.trust_hub(hub.identity_file)
    services.settings.set("approval.required", "0")
    return hub


def _register(services, n, seed):
    return services.participants.register_many(synthetic_records(n, seed=seed, kelurahan_code="21.71.02.1002"))


def test_round_trip_hub_and_escrow_read_the_same_snapshots(services, hub, tmp_path):
    saved = _register(services, 5, seed=1)
    result = services.sync.export_bundle(tmp_path)
    assert result.path.name.startswith("jamsos-21.71.02.1002-") and result.record_count == 5
    data = read_bundle_file(result.path)
    for key in (hub.keys.encryption_key, hub.escrow):
        manifest, lines = open_bundle(data, trusted_keys=hub.trusted(services), decryption_key=key)
        assert [ln["participant_id"] for ln in lines] == [s.id for s in saved]
        shown = services.participants.show(saved[0].id, audit_view=False)
        snapshot = lines[0]["snapshot"]
        assert snapshot["status"] == "approved"  # as it was when it left; the office now says "exported"
        assert {k: v for k, v in snapshot.items() if k != "status"} == {
            k: shown[k] for k in snapshot if k != "status"}
    assert services.participants.show(saved[0].id)["status"] == "exported"


def test_export_without_receipt_repeats_changes_and_after_receipt_only_new(services, hub, tmp_path):
    first_ids = [s.id for s in _register(services, 3, seed=1)]
    first = services.sync.export_bundle(tmp_path)
    _register(services, 2, seed=2)
    second = services.sync.export_bundle(tmp_path)
    assert (second.seq_from, second.seq_to, second.record_count) == (1, 5, 5)
    _, lines = open_bundle(read_bundle_file(second.path), trusted_keys=hub.trusted(services),
                           decryption_key=hub.keys.encryption_key)
    assert [ln["seq"] for ln in lines] == [1, 2, 3, 4, 5]
    assert first.bundle_id != second.bundle_id
    receipt = hub.receipt(services, [ChangeVerdict(services.sync.identity().device_id, i + 1, pid, 1, "accepted")
                                     for i, pid in enumerate(first_ids)])
    services.sync.apply_receipt(receipt)
    _register(services, 1, seed=3)
    third = services.sync.export_bundle(tmp_path)
    assert (third.seq_from, third.seq_to, third.record_count) == (4, 6, 3)


def test_receipt_sets_statuses_kpj_coverage_and_is_idempotent(services, hub):
    saved = _register(services, 3, seed=4)
    services.sync.build_bundle()  # (an export to HTTP would do the same; statuses move on the receipt)
    dev = services.sync.identity().device_id
    receipt = hub.receipt(services, [
        ChangeVerdict(dev, 1, saved[0].id, 1, "accepted"),
        ChangeVerdict(dev, 2, saved[1].id, 1, "rejected", reason="Nama tidak sesuai Dukcapil"),
        ChangeVerdict(dev, 3, saved[2].id, 1, "duplicate",
                      duplicate_of=DuplicateOf("2171010101800001", "21.71.01.1002", "Pemping")),
    ], [ParticipantUpdate(saved[0].id, "12345678901", (CoveragePeriod("2026-12", "2027-05", "APBD Kota Batam",
                                                                      2026, 16800),))])
    result = services.sync.apply_receipt(receipt)
    assert (result.accepted, result.rejected, result.duplicate, result.kpj_numbers) == (1, 1, 1, 1)
    first = services.participants.show(saved[0].id)
    assert first["status"] == "active" and first["kpj_number"] == "12345678901"
    assert first["coverage_periods"][0]["month_to"] == "2027-05"
    second = services.participants.show(saved[1].id)
    assert second["status"] == "rejected" and "Dukcapil" in second["status_reason"]
    third = services.participants.show(saved[2].id)
    assert third["status"] == "duplicate" and "Kelurahan Pemping" in third["status_reason"]
    assert services.sync.apply_receipt(receipt).already_applied
    with services.office.db.read() as s:
        assert outbox.counts(s)["acked"] == 3
    # A rejected record corrected by the clerk goes out again in the next bundle.
    services.participants.update(saved[1].id, {"full_name": "Nama Sesuai KTP"})
    data, entries = services.sync.build_bundle()
    assert [e.participant_id for e in entries] == [saved[1].id]


def test_receipt_for_another_device_or_from_a_stranger_is_refused(services, hub, tmp_path):
    _register(services, 1, seed=5)
    (tmp_path / "other").mkdir()
    stranger = HubKeyPair(tmp_path / "other")
    forged = stranger.receipt(services, [])
    with pytest.raises(SyncRefused):
        services.sync.apply_receipt(forged)


def test_export_refuses_politely_without_hub_or_changes(services, tmp_path):
    with pytest.raises(SyncProblem, match="belum mempercayai Disnaker"):
        services.sync.export_bundle(tmp_path)
    services.sync.trust_hub(HubKeyPair(tmp_path).identity_file)
    with pytest.raises(SyncProblem, match="Tidak ada perubahan"):
        services.sync.export_bundle(tmp_path)


def test_held_records_stay_in_the_office(services, tmp_path):
    services.sync.trust_hub(HubKeyPair(tmp_path).identity_file)
    saved = _register(services, 2, seed=6)  # approval on: both wait
    services.participants.approve([saved[0].id])
    _, entries = services.sync.build_bundle()
    assert [e.participant_id for e in entries] == [saved[0].id]


def test_verify_file_checks_without_decrypting(services, hub, tmp_path):
    _register(services, 2, seed=7)
    result = services.sync.export_bundle(tmp_path)
    assert services.sync.verify_file(result.path).record_count == 2
    raw = bytearray(result.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    broken = tmp_path / "rusak.jamsos"
    broken.write_bytes(bytes(raw))
    with pytest.raises(SyncRefused):
        services.sync.verify_file(broken)


def test_a_delete_carries_its_reason_to_the_hub(services, hub, tmp_path):
    (saved,) = _register(services, 1, seed=8)
    services.participants.delete(saved.id, reason="meninggal")
    result = services.sync.export_bundle(tmp_path)
    _, lines = open_bundle(read_bundle_file(result.path), trusted_keys=hub.trusted(services),
                           decryption_key=hub.keys.encryption_key)
    assert [(ln["op"], ln["reason"]) for ln in lines] == [("upsert", None), ("delete", "meninggal")]


def test_restoring_an_old_backup_never_reuses_a_sent_number(services, hub, tmp_path):
    _register(services, 2, seed=9)
    backup = services.maintenance.backup(tmp_path / "lama.sqlite")  # seq 1-2 exist, nothing sent yet
    _register(services, 3, seed=10)
    (tmp_path / "stick").mkdir()
    sent = services.sync.export_bundle(tmp_path / "stick")  # seq 1-5 reach the hub
    assert sent.seq_to == 5
    services.maintenance.restore(backup)  # back to seq 1-2, unsent
    _register(services, 1, seed=11)
    _, entries = services.sync.build_bundle()
    assert [e.seq for e in entries] == [6, 7, 8]  # above everything the hub has seen
    assert services.maintenance.check().ok
