"""The committed JSON Schema of the participant record is the registry's, and real snapshots match it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from jamsos_desktop.domain.record_schema import record_json_schema, schema_text
from jamsos_desktop.domain.registry import RECORD_SCHEMA_VERSION
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.sync import change_line
from jamsos_desktop.store import outbox

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "resources" / "schema" / "participant-record.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_committed_schema_is_the_registrys() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "resources/schema/participant-record.schema.json is out of date: run "
        "python -m jamsos_desktop.domain.record_schema resources/schema/participant-record.schema.json")
    assert json.loads(schema_text())["x-record-schema-version"] == RECORD_SCHEMA_VERSION


def test_the_docs_point_at_the_schema_in_the_repository() -> None:
    assert "resources/schema/participant-record.schema.json" in (ROOT / "docs" / "bundle-format.md").read_text()


def test_snapshots_an_office_writes_match_it_for_every_reader_version(services, valid_record, validator) -> None:
    records = [*synthetic_records(30, kelurahan_code="21.71.02.1002"),
               {**valid_record, "domicile_address": "Perumahan Baloi Blok C no. 4", "declared_income": 1_500_000,
                "programs": ["JKK", "JKM"],
                "beneficiaries": [{"name": "Budi", "relationship": "suami", "birth_date": "1979-01-02"}]}]
    saved = services.participants.register_many(records)
    services.participants.approve([s.id for s in saved])
    services.participants.delete(saved[0].id, reason="meninggal")
    with services.office.db.read() as s:
        entries = outbox.pending(s)  # what the next bundle carries
    assert len(entries) == 32
    for version in range(1, RECORD_SCHEMA_VERSION + 1):
        for entry in entries:
            snapshot = change_line(entry, record_version=version)["snapshot"]
            if snapshot is None:
                continue
            errors = [e.message for e in validator.iter_errors(snapshot)]
            assert not errors, (version, entry.op, errors)


def test_it_refuses_what_a_reader_would_refuse_and_keeps_what_it_does_not_know(valid_record, validator) -> None:
    good = {"id": "p-1", "status": "accepted", "nik": "2171024505800003", "kk_number": "", "full_name": "SITI",
            "birth_place": "BATAM", "birth_date": "1980-05-05", "sex": "P", "address": "JL. MAWAR", "rt": "003",
            "rw": "012", "kelurahan_code": "21.71.02.1002", "category": "kader_posyandu", "mother_name": "",
            "marital_status": "", "phone": "", "email": "", "position": "", "sk_number": "", "posyandu_name": "",
            "company": "", "kusuka_number": "", "farmer_group": "", "work_location": "", "job": "",
            "declared_income": None, "programs": ["JKK", "JKM"], "kpj_number": "", "beneficiaries": []}
    assert set(good) == set(record_json_schema(version=1)["properties"])  # every field of a v0.1.0 record
    assert not list(validator.iter_errors(good))
    assert not list(validator.iter_errors({**good, "tanggal_sk": "2026-01-05"}))  # a newer schema's field: kept
    for bad in ({"sex": "X"}, {"full_name": "A" * 101}, {"birth_date": "05-05-1980"}, {"declared_income": -1},
                {"programs": ["JKK", "JKK"]}, {"beneficiaries": [{"name": "B"}] * 11}, {"rt": 3}):
        assert list(validator.iter_errors({**good, **bad})), bad
    assert list(validator.iter_errors({k: v for k, v in good.items() if k != "nik"}))
    assert not list(validator.iter_errors({k: v for k, v in good.items() if k != "domicile_address"}))
