"""The participant row and the record: columns made from the registry, and a record survives the round trip."""

from __future__ import annotations

import datetime as dt

from jamsos_desktop.domain.fields import Storage
from jamsos_desktop.domain.record import check_record
from jamsos_desktop.domain.registry import FIELDS, RECORD_FIELDS
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store.models import PARTICIPANT


def test_every_column_field_has_its_column() -> None:
    columns = set(PARTICIPANT.c.keys())
    for spec in FIELDS:
        if spec.storage in (Storage.COLUMN, Storage.JOINED, Storage.SYSTEM):
            assert spec.name in columns, spec.name
    assert set(repo.ROW_FIELDS) == {f.name for f in FIELDS if f.storage is Storage.COLUMN}


def test_a_record_survives_row_and_back(valid_record: dict) -> None:
    heirs = [{"name": "Budi", "relationship": "suami", "phone": "0813 1111 2222", "birth_date": "1978-01-02"}]
    record, problems = check_record({**valid_record, "id": "p-1", "status": "ready", "declared_income": "1.500.000",
                                     "beneficiaries": heirs}, today=dt.date(2026, 11, 21))
    assert not problems
    values = repo.row_values(record)
    assert values["birth_date"] == dt.date(1980, 5, 5) and values["programs"] == "JKK,JKM"
    rows = repo.beneficiary_rows("p-1", record)
    assert rows[0]["birth_date"] == dt.date(1978, 1, 2)
    back = repo.record_from_values("p-1", values, status="ready", beneficiaries=rows)
    assert tuple(back) == RECORD_FIELDS
    assert back == record
