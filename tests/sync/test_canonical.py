"""Canonical JSON and base64: one encoding per value, and every other encoding refused without a traceback."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.sync.canonical import (
    CanonicalError,
    b64decode_exact,
    b64encode,
    canonical_json,
    check_json_value,
    is_timestamp,
    parse_canonical_object,
)

values = st.recursive(st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                      max_leaves=10)


@given(st.dictionaries(st.text(), values, max_size=5))
def test_canonical_bytes_parse_back_to_the_same_value(value: dict[str, object]) -> None:
    assert parse_canonical_object(canonical_json(value)) == value


@pytest.mark.parametrize("data, kind", [
    (b'{"a":1,"a":2}', "not_canonical"),
    (b'{"b":1,"a":2}', "not_canonical"),
    (b'{"a": 1}', "not_canonical"),
    (b'{"a":1.0}', "not_canonical"),
    (b'{"a":9007199254740993}', "not_canonical"),
    (b'{"a":"\\u00e9"}', "not_canonical"),
    (b'{"a":"\\ud800"}', "not_canonical"),
    (b'{"a":NaN}', "not_json"),
    (b"[1]", "not_json"),
    (b"", "not_json"),
    (b"\xff", "not_json"),
    (b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}", "not_json"),
    (b'{"a":' + b"1" * 5000 + b"}", "not_json"),
])
def test_non_canonical_or_broken_json_is_refused(data: bytes, kind: str) -> None:
    with pytest.raises(CanonicalError) as info:
        parse_canonical_object(data)
    assert info.value.kind == kind


def test_non_ascii_text_is_plain_utf8() -> None:
    assert canonical_json({"nama": "Sité"}) == '{"nama":"Sité"}'.encode()
    assert parse_canonical_object('{"nama":"Sité"}'.encode()) == {"nama": "Sité"}


def test_base64_has_one_form() -> None:
    assert b64decode_exact(b64encode(b"\x00" * 32), 32) == b"\x00" * 32
    for bad in ("AAE", "AAF=", "AA E=", "AAE=\n", "-_8=", 12):
        with pytest.raises(ValueError):
            b64decode_exact(bad)
    with pytest.raises(ValueError, match="panjang"):
        b64decode_exact(b64encode(b"abc"), 32)


def test_values_a_bundle_cannot_carry_unchanged() -> None:
    for bad in ({"x": 1.5}, {1: "a"}, {"x": 2**60}, {"x": {1, 2}}, [b"bytes"]):
        with pytest.raises(ValueError):
            check_json_value(bad)
    check_json_value({"x": [1, "a", None, True, ("t",)]})


def test_timestamps() -> None:
    assert is_timestamp("2026-11-21T08:15:00Z")
    assert not any(map(is_timestamp, ["2026-11-21 08:15:00Z", "2026-11-21T08:15:00+07:00", "2026-02-30T00:00:00Z",
                                      "2026-11-21T08:15:00.5Z", 20261121]))
