"""The participant record across app versions: what a reader of an older or newer record schema gets.

The record schema version (`RECORD_SCHEMA_VERSION`) is the highest `since` of the registry's fields; v0.1.0
wrote and read version 1. Offices and the hub never upgrade on the same day, so:

- A writer sends a reader exactly the fields that reader knows (`record_for_reader`): the fields with
  `since` <= the reader's version that travel to the hub, and every field this version has retired but the
  reader still expects, filled with its stand-in (`RETIRED`). A v0.1.0 hub therefore gets exactly a v0.1.0
  record, and a field a newer office no longer keeps is handled explicitly, never silently missing.
- A reader keeps what it does not know (`split_unknown`): fields of a newer schema are stored and passed on
  with the record, never refused; only the fields it knows are checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jamsos_desktop.domain.fields import FieldSpec
from jamsos_desktop.domain.registry import FIELDS, RECORD_SCHEMA_VERSION

__all__ = ["RECORD_SCHEMA_VERSION", "RETIRED", "Retired", "record_for_reader", "split_unknown"]


@dataclass(frozen=True)
class Retired:
    """A field this version no longer has: readers of `last_version` or older still expect it, so a writer sends
    them `fill` (a value that passes their rules) and says so in the release notes."""

    name: str
    last_version: int
    fill: Any


RETIRED: tuple[Retired, ...] = ()
"""Fields removed from the registry, newest last. None yet."""

_KNOWN = frozenset(f.name for f in FIELDS)


def record_for_reader(record: Mapping[str, Any], version: int, *,
                      fields: tuple[FieldSpec, ...] = FIELDS, retired: tuple[Retired, ...] = RETIRED) -> dict[str, Any]:
    """The record as a reader of record schema `version` reads it, fields in registry order. A known field the
    record lacks (a snapshot written before the field existed) is sent empty."""
    out: dict[str, Any] = {}
    for spec in fields:
        if spec.to_hub and spec.since <= version:
            out[spec.name] = record[spec.name] if spec.name in record else spec.blank()
    for gone in retired:
        if version <= gone.last_version:
            out[gone.name] = gone.fill
    return out


def split_unknown(raw: Mapping[str, Any], *, known: frozenset[str] = _KNOWN) -> tuple[dict[str, Any],
                                                                                       dict[str, Any]]:
    """(the fields this version knows, the others): a reader checks the first and keeps the second as it is."""
    mine: dict[str, Any] = {}
    others: dict[str, Any] = {}
    for key, value in raw.items():
        (mine if key in known else others)[key] = value
    return mine, others
