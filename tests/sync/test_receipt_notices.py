"""Notice lines in receipts (receipt level 3): written after the participant lines, read back checked, tolerant
of a later hub's additions (unknown keys, unknown kinds, unknown line types), bounded."""

from __future__ import annotations

from typing import Any

import pytest

from jamsos_desktop.sync.bundle import write_bundle
from jamsos_desktop.sync.device_keys import device_encryption_key, device_encryption_public
from jamsos_desktop.sync.envelope import RecipientKey
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.hubkeys import HubIdentity, HubKeys
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.notices import Notice
from jamsos_desktop.sync.receipt import ChangeVerdict, ParticipantUpdate, read_receipt, write_receipt

from .conftest import KELURAHAN

PID = "0b6f1c2e-0000-4000-8000-000000000001"
AT = "2026-11-30T13:00:00Z"
MOVED = Notice("n-1", PID, "transfer_out", AT, "Peserta pindah ke Kelurahan Tanjung Uncang.",
               {"to_kelurahan_code": "21.71.12.1001", "to_kelurahan_name": "Tanjung Uncang"})
ARRIVED = Notice("n-2", "p-2", "transfer_in", AT, "Peserta pindahan dari Kelurahan Belian; KPJ ikut pindah.",
                 {"from_kelurahan_code": "21.71.10.1004", "from_kelurahan_name": "Belian", "kpj_number": None})


def _read(data: bytes, hub_identity: HubIdentity, identity: DeviceIdentity):
    return read_receipt(data, hub_signing_pub=hub_identity.signing_public,
                        decryption_key=device_encryption_key(identity), expected_device_id=identity.device_id)


def _raw(hub: HubKeys, identity: DeviceIdentity, lines: list[dict[str, Any]]) -> bytes:
    """A receipt with exactly these payload lines, as a later (or hostile but key-holding) hub would write."""
    return write_bundle(kind="receipt", identity=hub, recipients=[
        RecipientKey("device", device_encryption_public(identity))], kelurahan_code=KELURAHAN, records=lines,
        seq_from=0, seq_to=0, previous=None, app_version="0.3.0", target_device_id=identity.device_id,
        reads={**READS, "receipt": 4})


def test_notices_round_trip_after_the_participant_lines(hub: HubKeys, hub_identity: HubIdentity,
                                                         identity: DeviceIdentity) -> None:
    assert READS["receipt"] == 3
    data = write_receipt(hub=hub, device_id=identity.device_id, kelurahan_code=KELURAHAN,
                         device_key=device_encryption_public(identity), previous=None, app_version="0.2.0",
                         changes=[ChangeVerdict(identity.device_id, 1, PID, 1, "accepted")],
                         participants=[ParticipantUpdate(PID, "12345678901")], notices=[MOVED, ARRIVED])
    read = _read(data, hub_identity, identity)
    assert read.notices == (MOVED, ARRIVED) and len(read.changes) == len(read.participants) == 1
    assert read.manifest.record_count == 4


def test_a_later_hubs_notice_lines_are_read(hub: HubKeys, hub_identity: HubIdentity, identity: DeviceIdentity) -> None:
    lines = [{**MOVED.line(), "priority": "tinggi", "data": {**MOVED.data, "effective_month": "2027-01"}},
             {"type": "notice_v2", "anything": True},
             {**ARRIVED.line(), "notice_id": "n-3", "kind": "kartu_dicabut", "data": {"card": "lama"}}]
    read = _read(_raw(hub, identity, lines), hub_identity, identity)
    assert [(n.kind, n.text) for n in read.notices] == [
        ("transfer_out", MOVED.text), ("kartu_dicabut", ARRIVED.text)]  # an unknown kind kept with its text
    assert read.notices[0].data["to_kelurahan_name"] == "Tanjung Uncang"


@pytest.mark.parametrize(("change", "words"), [
    ({"text": "x" * 501}, "text"),
    ({"text": ""}, "text"),
    ({"notice_id": "n" * 65}, "notice_id"),
    ({"kind": "Pindah Keluar"}, "jenis kabar"),
    ({"created_at": "30-11-2026"}, "created_at"),
    ({"created_at": "2026-02-30T10:00:00Z"}, "created_at"),
    ({"data": ["bukan", "objek"]}, "data"),
    ({"data": {"to_kelurahan_code": "Tanjung", "to_kelurahan_name": "Tanjung Uncang"}}, "to_kelurahan_code"),
    ({"data": {"reason": "y" * 2100}}, "data"),
    ({"participant_id": None}, "participant_id"),
])
def test_a_malformed_notice_line_refuses_the_receipt(hub: HubKeys, hub_identity: HubIdentity,
                                                     identity: DeviceIdentity, change: dict, words: str) -> None:
    with pytest.raises(BundleRefused, match=words) as refused:
        _read(_raw(hub, identity, [{**MOVED.line(), **change}]), hub_identity, identity)
    assert refused.value.reason == "bad_record"


def test_the_same_notice_twice_or_a_change_after_it_is_refused(hub: HubKeys, hub_identity: HubIdentity,
                                                               identity: DeviceIdentity) -> None:
    with pytest.raises(BundleRefused, match="dua kali"):
        _read(_raw(hub, identity, [MOVED.line(), MOVED.line()]), hub_identity, identity)
    change = {"type": "change", "device_id": identity.device_id, "seq": 1, "participant_id": PID, "revision": 1,
              "verdict": "accepted", "reason": None, "duplicate_of": None}
    with pytest.raises(BundleRefused, match="mendahului"):
        _read(_raw(hub, identity, [MOVED.line(), change]), hub_identity, identity)


def test_the_hub_cannot_write_a_notice_the_office_would_refuse(hub: HubKeys, identity: DeviceIdentity) -> None:
    with pytest.raises(ValueError, match="to_kelurahan_name"):
        write_receipt(hub=hub, device_id=identity.device_id, kelurahan_code=KELURAHAN,
                      device_key=device_encryption_public(identity), changes=[], previous=None, app_version="0.2.0",
                      notices=[Notice("n-9", PID, "transfer_out", AT, "Pindah.", {"to_kelurahan_code": KELURAHAN})])
