"""Receipts: written by the hub, read by the office; only the trusted hub's, only for this device."""

from __future__ import annotations

from typing import Any

import pytest

from jamsos_desktop.sync.bundle import read_manifest, verify_bundle, write_bundle
from jamsos_desktop.sync.bundlefile import bundle_file_name
from jamsos_desktop.sync.device_keys import device_encryption_key, device_encryption_public
from jamsos_desktop.sync.envelope import RecipientKey
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import HubIdentity, HubKeys, generate_hub_keys
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.receipt import (
    ChangeVerdict,
    CoveragePeriod,
    DuplicateOf,
    ParticipantUpdate,
    hub_trusted_keys,
    read_receipt,
    write_receipt,
)

from .conftest import KELURAHAN, change

PID = "0b6f1c2e-0000-4000-8000-000000000001"


def verdicts(device_id: str) -> list[ChangeVerdict]:
    return [
        ChangeVerdict(device_id, 3, PID, 2, "accepted"),
        ChangeVerdict(device_id, 1, PID, 1, "accepted"),
        ChangeVerdict(device_id, 4, "p-2", 1, "rejected", reason="NIK harus 16 digit angka"),
        ChangeVerdict(device_id, 7, "p-3", 1, "duplicate", reason="NIK sudah terdaftar",
                      duplicate_of=DuplicateOf("2171014501900003", "21.71.02.1001", "Tanjung Uncang")),
    ]


UPDATES = [ParticipantUpdate(PID, "12345678901", (CoveragePeriod("2026-01", "2026-12", "APBD Kota Batam", 2026, 16800),)),
           ParticipantUpdate("p-9", None)]


def receipt(hub: HubKeys, identity: DeviceIdentity, **over: Any) -> bytes:
    args: dict[str, Any] = dict(hub=hub, device_id=identity.device_id, kelurahan_code=KELURAHAN,
                                device_key=device_encryption_public(identity), changes=verdicts(identity.device_id),
                                participants=UPDATES, previous=None, app_version="0.1.0")
    args.update(over)
    return write_receipt(**args)


def test_receipt_round_trip(hub: HubKeys, hub_identity: HubIdentity, identity: DeviceIdentity) -> None:
    data = receipt(hub, identity, hub_key=hub.encryption_public)
    read = read_receipt(data, hub_signing_pub=hub_identity.signing_public,
                        decryption_key=device_encryption_key(identity), expected_device_id=identity.device_id)
    assert [c.seq for c in read.changes] == [1, 3, 4, 7]
    assert read.changes == tuple(sorted(verdicts(identity.device_id), key=lambda c: c.seq))
    assert read.participants == tuple(sorted(UPDATES, key=lambda p: p.participant_id))
    assert read.target_device_id == identity.device_id
    m = read.manifest
    assert (m.kind, m.device_id, m.seq_from, m.seq_to, m.record_count) == ("receipt", hub.device_id, 1, 7, 6)
    assert bundle_file_name(m).startswith(f"jamsos-receipt-{KELURAHAN}-")
    # the hub can read back what it sent; the KPJ numbers are not in the clear on the stick
    assert b"12345678901" not in data and b"2171014501900003" not in data
    hub_side = read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=hub.encryption_key)
    assert hub_side.changes == read.changes


def test_a_receipt_with_only_kpj_numbers(hub: HubKeys, identity: DeviceIdentity) -> None:
    data = receipt(hub, identity, changes=[], previous=("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "cd" * 32))
    read = read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity))
    assert read.changes == () and len(read.participants) == 2
    assert (read.manifest.seq_from, read.manifest.seq_to) == (0, 0)


def test_a_receipt_signed_by_another_key_is_refused(hub: HubKeys, identity: DeviceIdentity) -> None:
    impostor = generate_hub_keys()
    data = receipt(impostor, identity)
    with pytest.raises(BundleRefused) as info:
        read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity))
    assert info.value.reason == "unknown_key"
    # an office key cannot sign a receipt either: receipts come from "hub-" ids only
    with pytest.raises(ValueError, match="device_id"):
        receipt(identity, identity)  # type: ignore[arg-type]


def test_a_receipt_for_another_device_is_refused(hub: HubKeys, identity: DeviceIdentity,
                                                 other_identity: DeviceIdentity) -> None:
    data = receipt(hub, other_identity)
    with pytest.raises(BundleRefused) as info:
        read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity),
                     expected_device_id=identity.device_id)
    assert info.value.reason == "wrong_device" and other_identity.device_id in info.value.message
    with pytest.raises(BundleRefused) as info:  # and even without the check, this device cannot open it
        read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity))
    assert info.value.reason == "not_a_recipient"


def test_a_changes_bundle_is_not_a_receipt(hub: HubKeys, hub_identity: HubIdentity, identity: DeviceIdentity) -> None:
    data = write_bundle(kind="changes", identity=identity, recipients=hub_identity.recipients(),
                        kelurahan_code=KELURAHAN, records=[change(1)], previous=None, app_version="0.1.0")
    with pytest.raises(BundleRefused) as info:
        read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity))
    assert info.value.reason == "wrong_kind" and "bukan tanda terima" in info.value.message


@pytest.mark.parametrize("bad, fragment", [
    (ChangeVerdict("", 1, PID, 1, "duplicate"), "duplicate_of"),
    (ChangeVerdict("", 1, PID, 1, "rejected"), "alasan"),
    (ChangeVerdict("", 1, PID, 1, "maybe"), "verdict"),
    (ChangeVerdict("", 0, PID, 1, "accepted"), "seq"),
    (ChangeVerdict("", 1, PID, 1, "accepted", duplicate_of=DuplicateOf("2171", "21.71.02.1001", "X")), "duplicate_of"),
    (ChangeVerdict("dev-aaaaaaaaaaaaaaaaaaaa", 1, PID, 1, "accepted"), "perangkat lain"),
])
def test_the_hub_cannot_write_a_receipt_the_office_would_refuse(hub: HubKeys, identity: DeviceIdentity,
                                                                bad: ChangeVerdict, fragment: str) -> None:
    if not bad.device_id:
        bad = ChangeVerdict(identity.device_id, bad.seq, bad.participant_id, bad.revision, bad.verdict, bad.reason,
                            bad.duplicate_of)
    with pytest.raises(ValueError, match=fragment):
        receipt(hub, identity, changes=[bad])


@pytest.mark.parametrize("update, fragment", [
    (ParticipantUpdate(PID, "1234"), "kpj_number"),
    (ParticipantUpdate(PID, None, (CoveragePeriod("2026-13", "2026-12", "APBD", 2026, 1),)), "month_from"),
    (ParticipantUpdate(PID, None, (CoveragePeriod("2026-12", "2026-01", "APBD", 2026, 1),)), "periode"),
])
def test_participant_updates_are_checked(hub: HubKeys, identity: DeviceIdentity, update: ParticipantUpdate,
                                         fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        receipt(hub, identity, participants=[update])


def test_no_participant_or_seq_twice(hub: HubKeys, identity: DeviceIdentity) -> None:
    with pytest.raises(ValueError, match="dua kali"):
        receipt(hub, identity, participants=[UPDATES[0], UPDATES[0]])
    with pytest.raises(ValueError, match="seq"):
        receipt(hub, identity, changes=verdicts(identity.device_id)[:2] * 2)


def test_every_flipped_byte_of_a_receipt_is_refused(hub: HubKeys, identity: DeviceIdentity) -> None:
    data = receipt(hub, identity, changes=verdicts(identity.device_id)[:1], participants=UPDATES[:1])
    key = device_encryption_key(identity)
    verify_bundle(data, trusted_keys=hub_trusted_keys(hub.signing_public), kind="receipt")
    for i in range(len(data)):
        damaged = bytearray(data)
        damaged[i] ^= 0x01
        with pytest.raises(BundleRefused):
            read_receipt(bytes(damaged), hub_signing_pub=hub.signing_public, decryption_key=key)
    for length in range(len(data)):
        with pytest.raises(BundleRefused):
            read_receipt(data[:length], hub_signing_pub=hub.signing_public, decryption_key=key)


def test_receipt_manifest_is_readable_without_keys(hub: HubKeys, identity: DeviceIdentity) -> None:
    manifest, _ = read_manifest(receipt(hub, identity))
    assert manifest.target_device_id == identity.device_id and manifest.kelurahan_code == KELURAHAN
    assert {r.role for r in manifest.recipients} == {"device"}


def test_a_receipt_of_a_later_hub_is_read(hub: HubKeys, hub_identity: HubIdentity, identity: DeviceIdentity) -> None:
    """Tolerant reader: unknown keys in a line and lines of an unknown type are ignored, the announcement kept."""
    me = identity.device_id
    lines = [{"type": "change", "device_id": me, "seq": 1, "participant_id": PID, "revision": 1,
              "verdict": "accepted", "reason": None, "duplicate_of": None, "hub_note": "baru"},
             {"type": "transfer", "participant_id": PID, "to": "21.71.02.1001"},
             {"type": "participant", "participant_id": PID, "kpj_number": "12345678901", "card": {"x": 1},
              "coverage_periods": [{"month_from": "2026-01", "month_to": "2026-12", "funding_source": "APBD",
                                    "budget_year": 2026, "tariff": 16800, "ledger": []}]}]
    data = write_bundle(kind="receipt", identity=hub, recipients=[
        RecipientKey("device", device_encryption_public(identity))], kelurahan_code=KELURAHAN, records=lines, seq_from=1,
        seq_to=1, previous=None, app_version="0.3.0", target_device_id=me, reads={"receipt": 3, "manifest": 2})
    read = read_receipt(data, hub_signing_pub=hub_identity.signing_public,
                        decryption_key=device_encryption_key(identity), expected_device_id=me)
    assert [c.verdict for c in read.changes] == ["accepted"]
    assert [p.kpj_number for p in read.participants] == ["12345678901"]
    assert read.participants[0].coverage_periods[0].tariff == 16800
    assert read.manifest.reads == {"receipt": 3, "manifest": 2}


def test_the_hub_announces_only_when_asked(hub: HubKeys, identity: DeviceIdentity) -> None:
    assert b'"reads"' not in receipt(hub, identity)  # exactly the v0.1.0 receipt
    announced = read_manifest(receipt(hub, identity, reads={"manifest": 2, "receipt": 2}))[0]
    assert announced.reads == {"manifest": 2, "receipt": 2}
