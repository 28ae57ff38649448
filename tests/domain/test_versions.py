"""The record across schema versions: a writer sends each reader the fields it knows; a reader keeps the rest.

"Next version" is built here by extending this version's registry with one more field (and retiring one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from jamsos_desktop.domain.record import check_record
from jamsos_desktop.domain.registry import FIELDS, RECORD_SCHEMA_VERSION, field
from jamsos_desktop.domain.versions import Retired, record_for_reader, split_unknown

TODAY = dt.date(2026, 11, 21)
NEXT = RECORD_SCHEMA_VERSION + 1
EXTRA = dataclasses.replace(field("address"), name="rumah_ibadah", label="Rumah ibadah", since=NEXT, aliases=())
NEXT_FIELDS = (*FIELDS, EXTRA)


def test_a_reader_gets_the_fields_of_its_version_in_registry_order(valid_record: dict) -> None:
    record, _ = check_record(valid_record, today=TODAY)
    v1 = record_for_reader(record, 1)
    assert list(v1) == [f.name for f in FIELDS if f.since == 1]
    assert record_for_reader(record, RECORD_SCHEMA_VERSION) == dict(record)


def test_a_newer_writer_sends_an_older_reader_nothing_new(valid_record: dict) -> None:
    record, _ = check_record(valid_record, today=TODAY)
    newer = {**record, "rumah_ibadah": "Masjid Raya"}
    assert "rumah_ibadah" not in record_for_reader(newer, RECORD_SCHEMA_VERSION, fields=NEXT_FIELDS)
    assert record_for_reader(newer, NEXT, fields=NEXT_FIELDS)["rumah_ibadah"] == "Masjid Raya"


def test_an_old_snapshot_lacking_a_later_field_is_sent_with_it_empty(valid_record: dict) -> None:
    record, _ = check_record(valid_record, today=TODAY)
    assert record_for_reader(dict(record), NEXT, fields=NEXT_FIELDS)["rumah_ibadah"] == ""


def test_a_retired_field_is_filled_for_readers_that_still_expect_it(valid_record: dict) -> None:
    record, _ = check_record(valid_record, today=TODAY)
    without_job = tuple(f for f in NEXT_FIELDS if f.name != "job")
    retired = (Retired("job", last_version=RECORD_SCHEMA_VERSION, fill="(tidak dicatat)"),)
    old = record_for_reader(record, RECORD_SCHEMA_VERSION, fields=without_job, retired=retired)
    assert old["job"] == "(tidak dicatat)"
    assert "job" not in record_for_reader(record, NEXT, fields=without_job, retired=retired)
    # and this version's check accepts what the next writer sends it
    _, problems = check_record(old, today=TODAY)
    assert not [p for p in problems if p.field == "job"]


def test_a_reader_keeps_fields_it_does_not_know(valid_record: dict) -> None:
    known, unknown = split_unknown({**valid_record, "rumah_ibadah": "Masjid Raya", "x_lain": [1, 2]})
    assert known == valid_record and unknown == {"rumah_ibadah": "Masjid Raya", "x_lain": [1, 2]}
