"""Every single flipped byte and every truncation of a bundle is refused with BundleRefused, and nothing else."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos_desktop.sync.bundle import open_bundle, verify_bundle, write_bundle
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import HubIdentity, HubKeys
from jamsos_desktop.sync.identity import DeviceIdentity

from .conftest import KELURAHAN, change

Trusted = Callable[[str], bytes | None]


@pytest.fixture
def small_bundle(identity: DeviceIdentity, hub_identity: HubIdentity) -> bytes:
    return write_bundle(kind="changes", identity=identity, recipients=hub_identity.recipients(),
                        kelurahan_code=KELURAHAN, records=[change(1), change(2)], previous=None, app_version="0.1.0")


def _outcome(data: bytes, trusted: Trusted, hub: HubKeys) -> str:
    """'accepted', or the refusal reason; any other exception fails the test by propagating."""
    try:
        open_bundle(data, trusted_keys=trusted, decryption_key=hub.encryption_key)
    except BundleRefused as exc:
        assert exc.message and exc.reason in BundleRefused.reasons
        return exc.reason
    return "accepted"


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_flipping_any_single_byte_is_refused(small_bundle: bytes, trusted: Trusted, hub: HubKeys, mask: int) -> None:
    assert _outcome(small_bundle, trusted, hub) == "accepted"
    reasons: set[str] = set()
    for i in range(len(small_bundle)):
        damaged = bytearray(small_bundle)
        damaged[i] ^= mask
        reason = _outcome(bytes(damaged), trusted, hub)
        assert reason != "accepted", f"byte {i} flipped with {mask:#x} was accepted"
        reasons.add(reason)
    # the damage is caught at every layer, not only by one catch-all
    assert {"not_a_bundle", "bad_signature", "hash_mismatch"} <= reasons


def test_flipped_bytes_are_refused_before_decryption_too(small_bundle: bytes, trusted: Trusted) -> None:
    """`jamsos bundle verify` (no private key) already refuses every single flipped byte."""
    for i in range(len(small_bundle)):
        damaged = bytearray(small_bundle)
        damaged[i] ^= 0x01
        with pytest.raises(BundleRefused):
            verify_bundle(bytes(damaged), trusted_keys=trusted)


def test_truncating_at_every_length_is_refused(small_bundle: bytes, trusted: Trusted, hub: HubKeys) -> None:
    for length in range(len(small_bundle)):
        reason = _outcome(small_bundle[:length], trusted, hub)
        assert reason in {"truncated", "bad_manifest", "not_a_bundle"}, (length, reason)


def test_dropping_any_single_byte_is_refused(small_bundle: bytes, trusted: Trusted, hub: HubKeys) -> None:
    for i in range(len(small_bundle)):
        assert _outcome(small_bundle[:i] + small_bundle[i + 1:], trusted, hub) != "accepted", i


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["set", "insert", "delete"]),
                                st.integers(0, 255)), min_size=1, max_size=6))
def test_any_edit_is_refused_and_nothing_but_bundle_refused_escapes(small_bundle: bytes, trusted: Trusted,
                                                                     hub: HubKeys,
                                                                     edits: list[tuple[int, str, int]]) -> None:
    data = bytearray(small_bundle)
    for position, action, value in edits:
        at = position % (len(data) + 1)
        if action == "insert":
            data.insert(at, value)
        elif data and at < len(data):
            if action == "delete":
                del data[at]
            else:
                data[at] = value
    if bytes(data) != small_bundle:
        assert _outcome(bytes(data), trusted, hub) != "accepted"
