"""The field registry: one spec per field, the typed record agrees with it, and every field is bounded."""

from __future__ import annotations

import datetime as dt
import typing

import pytest

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.fields import Kind
from jamsos_desktop.domain.problems import Level, blocking
from jamsos_desktop.domain.record import check_record
from jamsos_desktop.domain.registry import (
    BENEFICIARY_FIELDS,
    FIELDS,
    MAX_BENEFICIARIES,
    RECORD_FIELDS,
    BeneficiaryRecord,
    ParticipantRecord,
)

TODAY = dt.date(2026, 11, 21)
_TYPES = {Kind.TEXT: str, Kind.DATE: str | None, Kind.MONEY: int | None}
SCALARS = [f for f in FIELDS if f.kind in (Kind.TEXT, Kind.DATE, Kind.MONEY)]


def test_names_are_unique_and_every_spec_is_complete() -> None:
    assert len(RECORD_FIELDS) == len(set(RECORD_FIELDS))
    for spec in (*FIELDS, *BENEFICIARY_FIELDS):
        assert spec.label and spec.max_length > 0 and spec.since >= 1, spec.name
        if spec.kind is Kind.MONEY:
            assert spec.minimum is not None and spec.maximum is not None, spec.name


def test_the_typed_record_has_exactly_the_registry_fields_with_their_types() -> None:
    hints = typing.get_type_hints(ParticipantRecord)
    assert tuple(hints) == RECORD_FIELDS
    for spec in FIELDS:
        if spec.kind in _TYPES:
            assert hints[spec.name] == _TYPES[spec.kind], spec.name
    assert hints["programs"] == list[str] and hints["beneficiaries"] == list[BeneficiaryRecord]
    ben = typing.get_type_hints(BeneficiaryRecord)
    assert tuple(ben) == tuple(f.name for f in BENEFICIARY_FIELDS)
    for spec in BENEFICIARY_FIELDS:
        assert ben[spec.name] == _TYPES[spec.kind], spec.name


def test_check_record_returns_every_field_in_registry_order(valid_record: dict) -> None:
    record, _ = check_record(valid_record, today=TODAY)
    assert tuple(record) == RECORD_FIELDS
    assert record["birth_date"] == "1980-05-05"  # ISO text, as the record travels


def test_categories_ask_only_for_category_fields() -> None:
    extras = {f.name for f in FIELDS if f.category_extra}
    for cat in default_categories().categories:
        assert set(cat.fields) <= extras, cat.code


@pytest.mark.parametrize("spec", [f for f in SCALARS if f.kind is Kind.TEXT], ids=lambda f: f.name)
def test_every_text_field_has_a_maximum_length(valid_record: dict, spec) -> None:
    value = "A" * (spec.max_length + 1)
    _, problems = check_record({**valid_record, spec.name: value}, today=TODAY)
    mine = [p for p in blocking(problems) if p.field == spec.name]
    assert mine, f"{spec.name}: {len(value)} characters accepted"
    if spec.rule is None:  # fields with a rule may refuse the form first; a bare text field says it is too long
        assert [p.code for p in mine] == [f"{spec.name}.too_long"]
        assert f"paling banyak {spec.max_length}" in mine[0].message


@pytest.mark.parametrize("spec", SCALARS, ids=lambda f: f.name)
def test_absurd_raw_text_is_refused_before_any_work(valid_record: dict, spec) -> None:
    _, problems = check_record({**valid_record, spec.name: "9" * 1_000_000}, today=TODAY)
    assert [p.code for p in problems if p.field == spec.name] == [f"{spec.name}.too_long"]


@pytest.mark.parametrize("spec", FIELDS, ids=lambda f: f.name)
@pytest.mark.parametrize("wrong", [True, {"a": 1}, 1.5], ids=["bool", "object", "float"])
def test_a_wrong_json_type_is_refused_naming_the_field(valid_record: dict, spec, wrong) -> None:
    _, problems = check_record({**valid_record, spec.name: wrong}, today=TODAY)
    mine = [p for p in blocking(problems) if p.field == spec.name]
    assert mine and spec.label in mine[0].message or mine[0].code == "beneficiaries.shape", spec.name


@pytest.mark.parametrize("name", ["full_name", "nik", "address", "birth_date"])
def test_a_number_where_text_belongs_is_refused(valid_record: dict, name: str) -> None:
    _, problems = check_record({**valid_record, name: 2171024505800003}, today=TODAY)
    assert [p.code for p in problems if p.field == name] == [f"{name}.type"]


def test_rt_and_rw_may_be_json_numbers(valid_record: dict) -> None:
    record, problems = check_record({**valid_record, "rt": 3, "rw": 12}, today=TODAY)
    assert not blocking(problems) and (record["rt"], record["rw"]) == ("003", "012")


@pytest.mark.parametrize(("income", "code"), [(-1, "declared_income.range"), (100_000_001, "declared_income.range"),
                                              ("1.000.000.000", "declared_income.range")])
def test_income_has_a_sane_range(valid_record: dict, income, code: str) -> None:
    _, problems = check_record({**valid_record, "declared_income": income}, today=TODAY)
    assert [p.code for p in blocking(problems)] == [code]


def test_at_most_ten_beneficiaries(valid_record: dict) -> None:
    heir = {"name": "Budi", "relationship": "anak"}
    _, ok = check_record({**valid_record, "beneficiaries": [heir] * MAX_BENEFICIARIES}, today=TODAY)
    assert not blocking(ok)
    _, problems = check_record({**valid_record, "beneficiaries": [heir] * (MAX_BENEFICIARIES + 1)}, today=TODAY)
    assert [(p.field, p.code) for p in problems] == [("beneficiaries", "beneficiaries.too_long")]
    assert "paling banyak 10 orang" in problems[0].message


def test_beneficiary_fields_are_bounded_and_typed(valid_record: dict) -> None:
    heirs = [{"name": "B" * 101, "relationship": "anak"}, {"name": "Ani", "relationship": "anak", "phone": 812}]
    _, problems = check_record({**valid_record, "beneficiaries": heirs}, today=TODAY)
    assert {(p.field, p.code) for p in problems} == {("beneficiaries[1]", "name.too_long"),
                                                     ("beneficiaries[2]", "phone.type")}


def test_a_warning_for_an_empty_field_is_not_a_block(valid_record: dict) -> None:
    _, problems = check_record({**valid_record, "mother_name": "", "phone": ""}, today=TODAY)
    assert {(p.code, p.level) for p in problems} == {("mother_name.missing", Level.WARN),
                                                     ("phone.missing", Level.WARN)}


def test_an_unreadable_value_gives_one_message_for_its_field(valid_record: dict) -> None:
    _, problems = check_record({**valid_record, "birth_date": "kemarin"}, today=TODAY)
    assert [p.code for p in problems if p.field == "birth_date"] == ["date.format"]
