"""The QR token: round trip, every single-character change refused, and each verdict with its message."""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from jamsos_desktop.cards import TokenOutcome, sign_token, verify_token
from jamsos_desktop.cards.token import SIG_LEN
from jamsos_desktop.sync.identity import DeviceIdentity, create_identity

PID = "3f2a9c1e-7b44-4d0e-9a51-2c8e6f1d0b77"
UNTIL = dt.date(2026, 12, 31)
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def lookup_for(*identities: DeviceIdentity) -> Callable[[str], bytes | None]:
    keys = {i.device_id: i.public_raw for i in identities}
    return keys.get


def test_round_trip_gives_issuer_serial_prefix_and_date(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    check = verify_token(token, lookup_for(identity), dt.date(2026, 6, 1))
    assert check.outcome is TokenOutcome.VALID and check.ok
    assert check.device_id == identity.device_id
    assert check.serial == "1004-000123"
    assert check.participant_prefix == "3f2a9c1e"
    assert check.valid_until == UNTIL
    assert "sah" in check.message and "31-12-2026" in check.message
    assert identity.device_id not in check.message  # people never read an id; --json carries it


def test_token_is_qr_alphanumeric_short_and_free_of_personal_data(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    assert set(token) <= set(ALPHABET)
    assert len(token) <= 160  # keeps the QR at version 6-7
    raw = base64.b32decode(token + "=" * (-len(token) % 8))
    assert PID.encode() not in raw and PID.replace("-", "")[8:12].encode() not in raw


def test_every_single_changed_character_is_refused(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    lookup = lookup_for(identity)
    for pos, original in enumerate(token):
        # two substitutes per position: the next symbol, and one that differs only in the lowest bit
        index = ALPHABET.index(original)
        for substitute in {ALPHABET[(index + 1) % 32], ALPHABET[index ^ 1]}:
            changed = token[:pos] + substitute + token[pos + 1 :]
            check = verify_token(changed, lookup, dt.date(2026, 6, 1))
            assert check.outcome is not TokenOutcome.VALID, f"position {pos}: {original}->{substitute} accepted"
            assert check.outcome is not TokenOutcome.EXPIRED


def test_dropped_added_lowercased_or_padded_tokens_are_refused(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="7", participant_id=PID, valid_until=UNTIL)
    lookup = lookup_for(identity)
    for bad in (token[:-1], token + "A", token.lower(), token + "=" * (-len(token) % 8 or 8), "", "HALO"):
        assert verify_token(bad, lookup, dt.date(2026, 6, 1)).outcome is TokenOutcome.INVALID


def test_forged_signature_is_invalid(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    raw = bytearray(base64.b32decode(token + "=" * (-len(token) % 8)))
    raw[-SIG_LEN // 2] ^= 0x01
    forged = base64.b32encode(bytes(raw)).decode().rstrip("=")
    check = verify_token(forged, lookup_for(identity), dt.date(2026, 6, 1))
    assert check.outcome is TokenOutcome.INVALID
    assert check.serial is None and "Tanda tangan" in check.message


def test_expired_is_reported_after_the_last_valid_day(identity: DeviceIdentity) -> None:
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    lookup = lookup_for(identity)
    assert verify_token(token, lookup, UNTIL).outcome is TokenOutcome.VALID
    check = verify_token(token, lookup, UNTIL + dt.timedelta(days=1))
    assert check.outcome is TokenOutcome.EXPIRED
    assert check.device_id == identity.device_id and "31-12-2026" in check.message


def test_unknown_device_key_is_reported_with_the_claimed_device(identity: DeviceIdentity, tmp_path: Path) -> None:
    other = create_identity(tmp_path / "other")
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    check = verify_token(token, lookup_for(other), dt.date(2026, 6, 1))
    assert check.outcome is TokenOutcome.UNKNOWN_KEY
    assert check.device_id == identity.device_id and "tidak dikenal" in check.message
    assert identity.device_id not in check.message


def test_a_key_filed_under_the_wrong_device_id_is_not_trusted(identity: DeviceIdentity, tmp_path: Path) -> None:
    other = create_identity(tmp_path / "other")
    token = sign_token(identity, serial="1004-000123", participant_id=PID, valid_until=UNTIL)
    check = verify_token(token, lambda _device_id: other.public_raw, dt.date(2026, 6, 1))
    assert check.outcome is TokenOutcome.UNKNOWN_KEY


def test_a_token_from_another_office_verifies_against_its_own_key(identity: DeviceIdentity, tmp_path: Path) -> None:
    other = create_identity(tmp_path / "other")
    token = sign_token(other, serial="2001-000001", participant_id=str(uuid.uuid4()), valid_until=UNTIL)
    check = verify_token(token, lookup_for(identity, other), dt.date(2026, 6, 1))
    assert check.outcome is TokenOutcome.VALID and check.device_id == other.device_id


@pytest.mark.parametrize(
    ("serial", "participant_id", "valid_until"),
    [("", PID, UNTIL), ("A" * 33, PID, UNTIL), ("1004 01", PID, UNTIL), ("1004", "not-a-uuid", UNTIL),
     ("1004", PID, dt.date(1999, 12, 31))],
)
def test_sign_refuses_what_it_cannot_encode(identity: DeviceIdentity, serial: str, participant_id: str,
                                            valid_until: dt.date) -> None:
    with pytest.raises(ValueError):
        sign_token(identity, serial=serial, participant_id=participant_id, valid_until=valid_until)
