"""Canonical JSON and the small encodings shared by bundles, receipts and key files.

Canonical JSON here is RFC 8785 (JCS) for the values we use: object keys sorted, no whitespace, UTF-8, strings
with minimal escaping, integers only (no floats, NaN or Infinity in anything that is signed). Python's
`json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` produces exactly that for ASCII keys and
integers within +-2**53, which is all a manifest or key file holds. Readers parse, re-encode and compare the
bytes, so a file that says the same thing in different bytes is refused: every byte is authenticated.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from typing import Any

MAX_SAFE_INT = 2**53 - 1
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class CanonicalError(ValueError):
    """Bytes that are not a JSON object (`kind="not_json"`) or not its canonical encoding (`"not_canonical"`)."""

    def __init__(self, kind: str, detail: str) -> None:
        self.kind = kind
        super().__init__(detail)


# json.dumps with these arguments, built once (json.dumps makes a new encoder on every call with arguments).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def canonical_text(value: Any) -> str:
    """canonical_json before UTF-8 encoding."""
    return _ENCODER.encode(value)


def canonical_json(value: Any) -> bytes:
    """The one byte encoding of `value` that writers emit and readers compare against."""
    return canonical_text(value).encode("utf-8")


def check_json_value(value: Any) -> None:
    """Refuse what canonical JSON cannot carry unchanged: floats, non-text keys, integers beyond +-2**53,
    and anything that is not dict/list/tuple/str/int/bool/None. Raises ValueError naming the problem."""
    stack = [value]
    pop, extend = stack.pop, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is str or item is None or kind is bool:  # the most common first: a bundle checks every value
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    raise ValueError("kunci objek harus teks")
            extend(item.values())
        elif kind is list or kind is tuple:
            extend(item)
        elif kind is int:
            if not -MAX_SAFE_INT <= item <= MAX_SAFE_INT:
                raise ValueError(f"bilangan {item} di luar +-2**53")
        else:
            raise ValueError(f"nilai bertipe {kind.__name__} tidak diizinkan (pakai teks atau bilangan bulat)")


def parse_safe_int(text: str) -> int:
    """parse_int hook: a JSON integer within +-2**53."""
    value = int(text)
    if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        raise CanonicalError("not_canonical", f"bilangan {text[:20]} di luar +-2**53")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalError("not_canonical", f"kunci ganda {key!r}")
        result[key] = value
    return result


def no_float(text: str) -> Any:
    raise CanonicalError("not_canonical", f"angka pecahan {text!r} tidak diizinkan")


def no_constant(text: str) -> Any:
    raise CanonicalError("not_json", f"nilai {text!r} bukan JSON yang sah")


def parse_canonical_object(data: bytes | memoryview) -> dict[str, Any]:
    """Parse a JSON object and insist that `data` is exactly its canonical encoding; raises CanonicalError."""
    raw = bytes(data)
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=no_float,
                           parse_int=parse_safe_int, parse_constant=no_constant)
    except CanonicalError:
        raise
    except RecursionError as exc:  # deeply nested brackets: the parser gives up, so do we
        raise CanonicalError("not_json", "terlalu banyak tingkat kurung") from exc
    except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError, int too long
        raise CanonicalError("not_json", str(exc)) from exc
    if not isinstance(value, dict):
        raise CanonicalError("not_json", "bukan objek JSON")
    try:
        again = canonical_json(value)
    except (ValueError, RecursionError) as exc:  # lone surrogates cannot be UTF-8
        raise CanonicalError("not_canonical", str(exc)) from exc
    if again != raw:
        raise CanonicalError("not_canonical", "bukan bentuk baku (kanonik)")
    return value


def b64encode(data: bytes) -> str:
    """Standard base64 (RFC 4648 section 4) with padding."""
    return base64.b64encode(data).decode("ascii")


def b64decode_exact(text: Any, length: int | None = None) -> bytes:
    """Decode canonical standard base64 (the one string b64encode gives), optionally of an exact byte length."""
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("bukan teks base64")
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"base64 rusak: {exc}") from exc
    if b64encode(raw) != text:
        raise ValueError("base64 tidak baku")
    if length is not None and len(raw) != length:
        raise ValueError(f"panjang {len(raw)} byte, seharusnya {length}")
    return raw


def utc_timestamp(when: dt.datetime | None = None) -> str:
    """'YYYY-MM-DDTHH:MM:SSZ' in UTC, whole seconds; now when `when` is None. Naive datetimes count as UTC."""
    when = when or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_timestamp(value: Any) -> bool:
    """True for a real UTC date-time in the exact form utc_timestamp gives."""
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return False
    try:
        dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return False
    return True


def is_sha256_hex(value: Any) -> bool:
    return isinstance(value, str) and bool(_SHA256_HEX.match(value))


def is_int(value: Any, low: int = 0, high: int = MAX_SAFE_INT) -> bool:
    """A JSON integer (bool excluded) within [low, high]."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
