"""Bundle round trip and the refusals a reader must make, one reason at a time."""

from __future__ import annotations

import hashlib
import struct
import tracemalloc
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos_desktop.sync.bundle import open_bundle, read_manifest, verify_bundle, write_bundle
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import HubIdentity, HubKeys
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.manifest import ChainLink

from .conftest import KELURAHAN, canon, change, craft_bundle, header, lines

Trusted = Callable[[str], bytes | None]


def write(identity: DeviceIdentity, hub_identity: HubIdentity, records: list[dict[str, Any]], **over: Any) -> bytes:
    args: dict[str, Any] = dict(kind="changes", identity=identity, recipients=hub_identity.recipients(),
                                kelurahan_code=KELURAHAN, records=records, previous=None, app_version="0.1.0")
    args.update(over)
    return write_bundle(**args)


def refused(reason: str, fn: Callable[[], object]) -> BundleRefused:
    with pytest.raises(BundleRefused) as info:
        fn()
    assert info.value.reason == reason, info.value.message
    assert info.value.message
    return info.value


def test_round_trip_hub_and_escrow_open_a_third_key_cannot(identity: DeviceIdentity, hub_identity: HubIdentity,
                                                          hub: HubKeys, escrow: X25519PrivateKey,
                                                          trusted: Trusted) -> None:
    records = [change(1), change(2, op="delete", snapshot=None, reason="meninggal"), change(5)]
    data = write(identity, hub_identity, records, previous=("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "ab" * 32))

    verified = verify_bundle(data, trusted_keys=trusted, kind="changes")
    m = verified.manifest
    assert (m.kind, m.device_id, m.kelurahan_code, m.seq_from, m.seq_to, m.record_count) == (
        "changes", identity.device_id, KELURAHAN, 1, 5, 3)
    assert m.previous == ChainLink("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "ab" * 32)
    assert verified.sha256 == hashlib.sha256(data).hexdigest() and verified.size == len(data)
    assert {r.role for r in m.recipients} == {"hub", "escrow"}

    for key in (hub.encryption_key, escrow):
        manifest, opened = open_bundle(data, trusted_keys=trusted, decryption_key=key)
        assert manifest == m and opened == records
    refused("not_a_recipient", lambda: open_bundle(data, trusted_keys=trusted,
                                                   decryption_key=X25519PrivateKey.generate()))


def test_the_manifest_holds_no_personal_data(identity: DeviceIdentity, hub_identity: HubIdentity) -> None:
    data = write(identity, hub_identity, [change(1)])
    assert b"Siti" not in data and b"2171014501900003" not in data
    manifest, signature = read_manifest(data)
    assert len(signature) == 64 and manifest.record_count == 1


def test_a_bundle_made_from_the_written_spec_is_accepted(identity: DeviceIdentity, hub: HubKeys, trusted: Trusted,
                                                         spec_recipients: list[tuple[str, X25519PublicKey]]) -> None:
    records = [change(1), change(2)]
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines(records),
                        head=header(identity.device_id))
    assert open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)[1] == records


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**53) + 1, 2**53 - 1), st.text(max_size=30))
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snapshots=st.lists(st.dictionaries(st.text(max_size=10), json_value, max_size=6), min_size=1, max_size=5))
def test_any_json_snapshot_survives_the_round_trip(identity: DeviceIdentity, hub_identity: HubIdentity,
                                                   hub: HubKeys, trusted: Trusted,
                                                   snapshots: list[dict[str, Any]]) -> None:
    records = [change(i + 1, snapshot=s) for i, s in enumerate(snapshots)]
    data = write(identity, hub_identity, records)
    assert open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)[1] == records


@pytest.mark.parametrize("records, over, fragment", [
    ([change(1, snapshot={"income": 1.5})], {}, "float"),
    ([change(2), change(1)], {}, "seq"),
    ([change(1, op="upsert", snapshot=None)], {}, "snapshot"),
    ([{k: v for k, v in change(1).items() if k != "by"}], {}, "by"),
    ([change(1, revision=0)], {}, "revision"),
    ([change(1)], {"kelurahan_code": "Belian"}, "kelurahan_code"),
    ([change(1)], {"app_version": "versi satu"}, "app_version"),
    ([], {}, "tanpa catatan"),
])
def test_the_writer_refuses_what_a_reader_would_refuse(identity: DeviceIdentity, hub_identity: HubIdentity,
                                                       records: list[dict[str, Any]], over: dict[str, Any],
                                                       fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        write(identity, hub_identity, records, **over)


def test_the_writer_insists_on_the_escrow_key(identity: DeviceIdentity, hub_identity: HubIdentity) -> None:
    with pytest.raises(ValueError, match="escrow"):
        write(identity, hub_identity, [change(1)], recipients=hub_identity.recipients()[:1])


def test_wrong_kind_and_unknown_signer(identity: DeviceIdentity, other_identity: DeviceIdentity,
                                       hub_identity: HubIdentity, trusted: Trusted) -> None:
    data = write(identity, hub_identity, [change(1)])
    error = refused("wrong_kind", lambda: verify_bundle(data, trusted_keys=trusted, kind="receipt"))
    assert "bukan tanda terima" in error.message
    error = refused("unknown_key", lambda: verify_bundle(data, trusted_keys=lambda _: None))
    assert identity.device_id in error.message and KELURAHAN in error.message
    # a key that is trusted, but stored under the wrong device id
    refused("unknown_key", lambda: verify_bundle(data, trusted_keys=lambda _: other_identity.public_raw))
    # signed by a device that is not the one the manifest names
    manifest_bytes = read_manifest(data)[0].encode()
    at = data.index(b"MSIG") + 8
    forged = data[:at] + other_identity.sign(b"jamsos-bundle/1 manifest\x00" + manifest_bytes) + data[at + 64:]
    refused("bad_signature", lambda: verify_bundle(forged, trusted_keys=trusted))


def test_a_payload_cannot_be_moved_to_another_bundle(identity: DeviceIdentity, other_identity: DeviceIdentity,
                                                     hub_identity: HubIdentity, hub: HubKeys) -> None:
    """Device B re-signs device A's ciphertext and wrapped keys as its own: the hub must not decrypt it."""
    original = write(identity, hub_identity, [change(1)])
    manifest, _ = read_manifest(original)
    stolen = manifest.to_dict()
    payload = original[-manifest.payload.size:]
    for field, value in (("device_id", other_identity.device_id), ("bundle_id", "00000000-0000-4000-8000-000000000000")):
        relabelled = {**stolen, field: value}
        body = canon(relabelled)
        signer = other_identity if field == "device_id" else identity
        forged = (b"\x89JAMSOS\r\n\x1a\n\x01" + b"MNFT" + struct.pack(">I", len(body)) + body
                  + b"MSIG" + struct.pack(">I", 64) + signer.sign(b"jamsos-bundle/1 manifest\x00" + body)
                  + b"PAYL" + struct.pack(">I", len(payload)) + payload)
        keys = {identity.device_id: identity.public_raw, other_identity.device_id: other_identity.public_raw}
        verify_bundle(forged, trusted_keys=keys.get)  # the signature itself is fine...
        with pytest.raises(BundleRefused) as info:  # ...but the payload is bound to the header
            open_bundle(forged, trusted_keys=keys.get, decryption_key=hub.encryption_key)
        assert info.value.reason == "decrypt_failed"


def test_declared_sizes_are_refused_before_anything_is_allocated(identity: DeviceIdentity, trusted: Trusted,
                                                                 spec_recipients: Any) -> None:
    cases = [
        lambda m: m["payload"].update(size=2**40),
        lambda m: m["payload"].update(plain_size=2**40),
        lambda m: m.update(record_count=10**9, seq_to=10**9 + 1),
    ]
    for edit in cases:
        data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines([change(1), change(2)]),
                            head=header(identity.device_id), edit_manifest=edit)
        tracemalloc.start()
        try:
            with pytest.raises(BundleRefused) as info:
                verify_bundle(data, trusted_keys=trusted)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert info.value.reason == "too_large"
        assert peak < 512 * 1024
    # a container section length of 4 GiB, with only a few bytes behind it
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines([change(1), change(2)]),
                        head=header(identity.device_id))
    at = data.index(b"PAYL") + 4
    refused("too_large", lambda: verify_bundle(data[:at] + b"\xff\xff\xff\xff" + data[at + 4:], trusted_keys=trusted))


def test_a_payload_that_inflates_past_its_declared_size_is_cut_off(identity: DeviceIdentity, hub: HubKeys,
                                                                   trusted: Trusted, spec_recipients: Any) -> None:
    bomb = lines([change(1, snapshot={"pad": "0" * 5_000_000}), change(2)])
    assert len(zlib.compress(bomb)) < 10_000
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=bomb,
                        head=header(identity.device_id), plain_size=1000)
    tracemalloc.start()
    try:
        refused("bad_payload", lambda: open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


@pytest.mark.parametrize("edit_manifest, edit_bytes, reason", [
    (lambda m: m.update(version=2), None, "unsupported_version"),
    (lambda m: m["payload"].update(cipher="aes-256-gcm"), None, "unsupported_version"),
    (lambda m: m.update(kind="enrolment"), None, "wrong_kind"),
    (lambda m: m.update(reads={"manifest": "2"}), None, "bad_manifest"),
    (lambda m: m.update(ack={"bundle_id": "x", "sha256": "ab" * 32}), None, "bad_manifest"),
    (lambda m: m.pop("previous"), None, "bad_manifest"),
    (lambda m: m.update(seq_from=0), None, "bad_manifest"),
    (lambda m: m.update(created_at="2026-02-30T00:00:00Z"), None, "bad_manifest"),
    (lambda m: m.update(recipients=m["recipients"][:1]), None, "bad_manifest"),
    (lambda m: m.update(recipients=m["recipients"] * 2), None, "bad_manifest"),
    (None, lambda b: b.replace(b'{"app_version"', b'{ "app_version"'), "not_canonical"),
    (None, lambda b: b[:-1] + b',"version":1}', "not_canonical"),
    (None, lambda b: b.replace(b'"seq_from":1', b'"seq_from":1.0'), "not_canonical"),
    (None, lambda b: b"[" * 60_000 + b"]" * 5_000, "bad_manifest"),
    (None, lambda b: b.replace(b"0.1.0", b"0.1\xff0"), "bad_manifest"),
])
def test_manifest_refusals(identity: DeviceIdentity, trusted: Trusted, spec_recipients: Any, edit_manifest: Any,
                           edit_bytes: Any, reason: str) -> None:
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines([change(1), change(2)]),
                        head=header(identity.device_id), edit_manifest=edit_manifest, edit_bytes=edit_bytes)
    refused(reason, lambda: verify_bundle(data, trusted_keys=trusted))


@pytest.mark.parametrize("plain, head_over, reason", [
    (lines([change(1)]), {}, "count_mismatch"),
    (lines([change(1), change(2)])[:-1], {}, "bad_payload"),
    (lines([change(1)]) + b'{"seq": 2}\n', {}, "bad_payload"),
    (lines([change(1)]) + b"[2]\n", {}, "bad_record"),
    (lines([change(1), change(2, op="rename")]), {}, "bad_record"),
    (lines([change(2), change(1)]), {"seq_from": 1, "seq_to": 2}, "bad_sequence"),
    (lines([change(1), change(3)]), {"seq_to": 2}, "bad_sequence"),
    (lines([change(1)]) + b"\xff\xfe\n", {}, "bad_payload"),
    (lines([change(1)]) + canon(change(2))[:-1] + b',"seq":2}\n', {}, "bad_payload"),
])
def test_payload_refusals(identity: DeviceIdentity, hub: HubKeys, trusted: Trusted, spec_recipients: Any,
                          plain: bytes, head_over: dict[str, Any], reason: str) -> None:
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=plain,
                        head=header(identity.device_id, **head_over))
    verify_bundle(data, trusted_keys=trusted)  # the outside is fine; the inside is not
    refused(reason, lambda: open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key))


_MANY = 600  # more lines than the reader compares at once (sync/bundle.py, _RUN)


def _edited(number: int, edit: Callable[[bytes], bytes]) -> bytes:
    """_MANY canonical change lines with line `number` edited."""
    return b"".join((edit(canon(change(seq))) if seq == number else canon(change(seq))) + b"\n"
                    for seq in range(1, _MANY + 1))


@pytest.mark.parametrize("number, edit, reason, words", [
    (300, lambda b: b + b" ", "bad_payload", "tidak dalam bentuk baku"),
    (1, lambda b: b" " + b, "bad_payload", "tidak dalam bentuk baku"),
    (_MANY, lambda b: b"\t" + b + b"\r", "bad_payload", "tidak dalam bentuk baku"),
    (257, lambda b: b.replace(b'"at":', b'"at" :'), "bad_payload", "tidak dalam bentuk baku"),
    (256, lambda b: b[:-1] + b',"by":"ani"}', "bad_payload", "tidak dalam bentuk baku"),  # a key twice
    (511, lambda b: b.replace(b'{"at"', b'{"op":"upsert","at"'), "bad_payload", "tidak dalam bentuk baku"),
    (2, lambda b: b.replace(b'"revision":1', b'"revision":1.0'), "bad_payload", "bukan JSON yang sah"),
    (450, lambda b: b[:-1], "bad_payload", "bukan JSON yang sah"),
    (450, lambda b: b + b"{}", "bad_payload", "bukan JSON yang sah"),
    (599, lambda b: b"[" + b + b"]", "bad_record", "bukan objek JSON"),
    (513, lambda b: b.replace(b'"seq":513', b'"seq":9007199254740992'), "bad_payload", "bukan JSON yang sah"),
])
def test_a_bad_line_among_many_is_named_as_before(identity: DeviceIdentity, hub: HubKeys, trusted: Trusted,
                                                  spec_recipients: Any, number: int, edit: Callable[[bytes], bytes],
                                                  reason: str, words: str) -> None:
    """The reader compares many lines at once; one line not in canonical form (space around it or inside, a key
    twice or out of order) is still refused, and named, exactly as line by line."""
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=_edited(number, edit),
                        head=header(identity.device_id, seq_to=_MANY, record_count=_MANY))
    refusal = refused(reason, lambda: open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key))
    assert f"Catatan ke-{number} di isi bundle {words}" in refusal.message


def test_lines_that_only_join_into_canonical_json_are_refused(identity: DeviceIdentity, hub: HubKeys,
                                                              trusted: Trusted, spec_recipients: Any) -> None:
    """Two lines that are not JSON each but make canonical JSON when joined with a comma: still refused."""
    whole = canon(change(1, snapshot={"id": "x", "list": [1, 2]})).decode()
    first, second = whole.split(",2]", 1)
    plain = (first + "\n" + "2]" + second + "\n").encode()
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=plain,
                        head=header(identity.device_id, seq_to=2, record_count=2))
    refusal = refused("bad_payload", lambda: open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key))
    assert "Catatan ke-1 di isi bundle bukan JSON yang sah" in refusal.message


def test_container_refusals(identity: DeviceIdentity, hub_identity: HubIdentity, trusted: Trusted) -> None:
    data = write(identity, hub_identity, [change(1)])
    refused("not_a_bundle", lambda: verify_bundle(b"PK\x03\x04" + data, trusted_keys=trusted))
    refused("not_a_bundle", lambda: verify_bundle(b'{"format":"jamsos-enrolment"}', trusted_keys=trusted))
    refused("truncated", lambda: verify_bundle(b"", trusted_keys=trusted))
    refused("unsupported_version", lambda: verify_bundle(data[:11] + b"\x02" + data[12:], trusted_keys=trusted))
    refused("trailing_data", lambda: verify_bundle(data + b"\x00", trusted_keys=trusted))
    refused("trailing_data", lambda: verify_bundle(data + b"PAYL\x00\x00\x00\x00", trusted_keys=trusted))
    sig_at = data.index(b"MSIG")
    refused("duplicate_member", lambda: verify_bundle(data[:sig_at] + b"MNFT" + data[sig_at + 4:],
                                                      trusted_keys=trusted))
    refused("unexpected_member", lambda: verify_bundle(data[:sig_at] + b"../x" + data[sig_at + 4:],
                                                       trusted_keys=trusted))


def test_a_next_version_manifest_field_is_kept_and_bound(identity: DeviceIdentity, hub: HubKeys, trusted: Trusted,
                                                         spec_recipients: Any) -> None:
    """Tolerant reader: a field this version does not know, covered by the signature, is kept (re-encoded byte for
    byte and part of the header the payload is bound to) and otherwise ignored."""
    head = header(identity.device_id, surprise={"level": 3}, reads={"manifest": 3, "future": 1})
    data = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines([change(1), change(2)]),
                        head=head)
    manifest, records = open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)
    assert manifest.extra == {"surprise": {"level": 3}} and manifest.reads == {"manifest": 3, "future": 1}
    assert len(records) == 2 and read_manifest(data)[0].encode() == data[20:20 + len(manifest.encode())]
    # Added after the payload was sealed, the same field is not bound: the payload no longer opens.
    late = craft_bundle(sign=identity.sign, recipients=spec_recipients, plain=lines([change(1), change(2)]),
                        head=header(identity.device_id), edit_manifest=lambda m: m.update(surprise=1))
    assert verify_bundle(late, trusted_keys=trusted).manifest.extra == {"surprise": 1}
    refused("decrypt_failed", lambda: open_bundle(late, trusted_keys=trusted, decryption_key=hub.encryption_key))


def test_announcement_and_ack_are_written_only_when_given(identity: DeviceIdentity, hub_identity: HubIdentity,
                                                           hub: HubKeys, trusted: Trusted) -> None:
    plain = write(identity, hub_identity, [change(1)])
    assert b'"reads"' not in plain and b'"ack"' not in plain  # exactly the v0.1.0 manifest
    link = ChainLink("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "cd" * 32)
    data = write(identity, hub_identity, [change(1)], reads={"manifest": 2, "http": 2}, ack=link,
                 extra={"later": True})
    manifest, _ = open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)
    assert (manifest.reads, manifest.ack, manifest.extra) == ({"manifest": 2, "http": 2}, link, {"later": True})
    with pytest.raises(ValueError):
        write(identity, hub_identity, [change(1)], extra={"payload": 1})


def test_a_change_line_of_a_later_format_is_read(identity: DeviceIdentity, hub_identity: HubIdentity, hub: HubKeys,
                                                 trusted: Trusted) -> None:
    records = [change(1, schema=2), change(2)]
    data = write(identity, hub_identity, records)
    assert open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)[1] == records
