"""The participant record: normalisation and every rule, all problems at once."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos_desktop.domain.numbers import normalize_phone, normalize_rt_rw
from jamsos_desktop.domain.problems import Level, blocking
from jamsos_desktop.domain.record import RecordChecker, check_record
from jamsos_desktop.domain.tariffs import default_tariffs
from jamsos_desktop.domain.wilayah import batam

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("typed", ["081234567890", "0812-3456-7890", "62 812 3456 7890", "+6281234567890",
                                   "(0812) 3456.7890"])
def test_phone_forms_normalise_to_one(typed):
    assert normalize_phone(typed) == "+6281234567890"


@pytest.mark.parametrize("typed", ["0211234567", "12345", "0812", "+1 555 1234 567", "08123456789012345", "08ab"])
def test_non_mobile_numbers_are_refused(typed):
    assert normalize_phone(typed) is None


@pytest.mark.parametrize(("typed", "expected"), [("3", "003"), ("03", "003"), ("RT 12", "012"), (7, "007"),
                                                 ("0", None), ("1000", None), ("tiga", None)])
def test_rt_rw_three_digits(typed, expected):
    assert normalize_rt_rw(typed) == expected


def test_valid_record_has_no_problem_and_is_normalised(valid_record):
    record, problems = check_record(valid_record, today=TODAY)
    assert problems == []
    assert record["full_name"] == "SITI AMINAH"
    assert (record["rt"], record["rw"], record["phone"]) == ("003", "012", "+6281234567890")
    assert record["programs"] == ["JKK", "JKM"] and record["position"] == "Kader Posyandu"


def test_every_problem_is_returned_at_once(valid_record):
    bad = {**valid_record, "nik": "123", "phone": "021", "rt": "x", "kelurahan_code": "21.71.99.9999",
           "posyandu_name": "", "programs": ["JHT"], "email": "bukan-email"}
    _, problems = check_record(bad, today=TODAY)
    fields = {p.field for p in blocking(problems)}
    assert {"nik", "phone", "rt", "kelurahan_code", "posyandu_name", "programs", "email"} <= fields
    jht = next(p for p in problems if p.field == "programs")
    assert "JHT tidak dibiayai" in jht.message


def test_unknown_keys_are_refused_by_name(valid_record):
    _, problems = check_record({**valid_record, "nama": "x", "alamat": "y"}, today=TODAY)
    (p,) = [p for p in problems if p.code == "record.unknown_keys"]
    assert "alamat, nama" in p.message and p.level is Level.BLOCK


def test_category_by_label_and_its_required_fields(valid_record):
    record, problems = check_record({**valid_record, "category": "Nelayan", "posyandu_name": ""}, today=TODAY)
    assert record["category"] == "nelayan"
    assert [p.field for p in blocking(problems)] == ["kusuka_number"]


def test_age_limits(valid_record):
    young = {**valid_record, "birth_date": "2015-01-01", "nik": "2171024101150003"}
    assert "age.young" in {p.code for p in check_record(young, today=TODAY)[1]}
    old = {**valid_record, "birth_date": "1950-05-05", "nik": "2171024505500003"}
    assert {p.code: p.level for p in check_record(old, today=TODAY)[1]}["age.old"] is Level.WARN


def test_birth_date_and_sex_differing_from_nik_only_warn(valid_record):
    _, problems = check_record({**valid_record, "sex": "L", "birth_date": "1980-05-06"}, today=TODAY)
    assert {p.code for p in problems} == {"nik.sex_mismatch", "nik.birth_date_mismatch"}
    assert not blocking(problems)


def test_beneficiaries_checked_one_by_one(valid_record):
    _, problems = check_record({**valid_record, "beneficiaries": [{"name": "Budi", "relationship": "suami"},
                                                                  {"name": "", "relationship": "tetangga"}]},
                               today=TODAY)
    assert {p.field for p in problems} == {"beneficiaries[2]"}


def test_tariff_jkk_one_percent_with_minimum_and_flat_jkm():
    table = default_tariffs()
    assert table.monthly_contribution(1_000_000, ["JKK", "JKM"], on=TODAY) == {"JKK": 10_000, "JKM": 6_800,
                                                                             "total": 16_800}
    assert table.monthly_contribution(2_500_000, ["JKK"], on=TODAY)["JKK"] == 25_000
    assert table.monthly_contribution(500_000, ["JKK"], on=TODAY)["JKK"] == 10_000
    with pytest.raises(LookupError):
        table.tariff("JKK", on=dt.date(2010, 1, 1))


def test_areas_and_aliases():
    areas = batam()
    assert len(areas.kecamatan) == 12 and len(areas.kelurahan) == 64
    assert areas.find_kelurahan("Pulau Terong").name == "Pulau Terung"
    assert areas.find_kelurahan("Sei Jodoh").code == "21.71.02.1002"
    assert areas.find_kelurahan("kelurahan pulau gelam").name == "Pantai Gelam"
    assert areas.find_kecamatan("Sungai Beduk").name == "Sei Beduk"
    assert areas.find_kelurahan("Setokok").name == "Pulau Setokok"
    assert areas.find_kelurahan("Atlantis") is None


@pytest.mark.parametrize(("typed", "expected"), [("1000000", 1_000_000), ("1.000.000", 1_000_000),
                                                 ("1.000.000,00", 1_000_000), ("Rp 2.500.000", 2_500_000),
                                                 ("1,000,000.00", 1_000_000), (1_500_000, 1_500_000)])
def test_income_as_people_write_it(valid_record, typed, expected):
    record, problems = check_record({**valid_record, "declared_income": typed}, today=TODAY)
    assert record["declared_income"] == expected and not blocking(problems)


def test_absurd_rt_is_refused_not_crashed(valid_record):
    _, problems = check_record({**valid_record, "rt": "0" * 5000, "rw": "0000"}, today=TODAY)
    assert {p.code for p in problems} == {"rt.too_long", "rw.format"}


def test_record_checker_gives_check_records_results_for_many_records(valid_record):
    """RecordChecker (the hub's merge) remembers a passing value of a value-only field: the same records, good and
    bad, in any order, give exactly check_record's records and problems, in the same order."""
    variants = [{}, {"sex": "L"}, {"sex": "x"}, {"rt": 1}, {"rt": True}, {"rt": "RT 5"}, {"rt": "1000"},
                {"kelurahan_code": "21.71.99.9999"}, {"birth_date": "2020-01-01"}, {"birth_date": "1980-13-01"},
                {"phone": "021"}, {"phone": None}, {"email": "bukan-email"}, {"category": "Nelayan"},
                {"category": "nelayan", "kusuka_number": "123"}, {"programs": "JKK,JHT"}, {"programs": ["JKK"]},
                {"nik": "2171020505800003"}, {"declared_income": "1.000.000"}, {"declared_income": 5},
                {"full_name": "Siti 2"}, {"position": "x" * 500}, {"nama": "x"}, {"sk_number": ""}]
    records = [{**valid_record, **v} for v in variants] * 3
    checker = RecordChecker(today=TODAY)
    for raw in records:
        assert checker.check(raw) == check_record(raw, today=TODAY)


def test_record_checker_runs_the_nik_rule_for_every_record(valid_record):
    """The NIK's rule reads the birth date and sex: a sex remembered as valid still meets each record's NIK."""
    checker = RecordChecker(today=TODAY)
    _, first = checker.check(valid_record)
    _, second = checker.check({**valid_record, "nik": "2171020505800003"})  # a man's NIK, the same sex "P"
    assert not first and [p.code for p in second] == ["nik.sex_mismatch"]


def test_record_checker_gives_each_record_a_list_of_its_own_for_a_remembered_list(valid_record):
    checker = RecordChecker(today=TODAY)
    first, _ = checker.check({**valid_record, "programs": ["JKK", "JKM"]})
    first["programs"].append("JHT")
    second, _ = checker.check({**valid_record, "programs": ["JKK", "JKM"]})
    assert second["programs"] == ["JKK", "JKM"] and second["programs"].__class__ is list


def test_record_checker_never_shares_a_list_between_records(valid_record):
    checker = RecordChecker(today=TODAY)
    first, _ = checker.check({**valid_record, "programs": ""})
    first["programs"].append("JHT")
    second, _ = checker.check({**valid_record, "programs": ""})
    assert second["programs"] == ["JKK", "JKM"]


# Values a field may hold in a change line from an office (normal form, typed forms, empty, wrong JSON types,
# too long, odd spacing), mixed across fields on purpose: the same pool for every field.
_EDGE_VALUES = [
    None, "", " ", "\t", True, False, 0, 1, 3, 7, -1, 10**9, 1.5, 3.0, [], ["JKK"], ["JKK", "JKK"], ["JHT"],
    ["JKK", "JKM"], ["jkm", " JKK "], ["JKK", 1], [True], [["JKK"]], [{"a": 1}], [None], {"a": 1},
    "2171024505800003", "2171 0245 0580 0003", "2171020505800003", "1234567890123456", "217102450580000",
    "SITI AMINAH", "Siti Aminah", "  siti   aminah ", "Siti 2", "A" * 100, "A" * 101, "x" * 201, "x" * 5000,
    "0812-3456-7890", "+6281234567890", "081234567890", "0211234567", "003", "3", "RT 5", "1000", "000",
    "1980-05-05", "1980-13-01", "2030-01-01", "2020-01-01", "1930-01-01", "P", "L", "p", "x", "kawin", "KAWIN",
    "cerai_mati", "nelayan", "Nelayan", "kader_posyandu", "ojol", "Gojek", "gojek", "JKK,JKM", "JKK,JHT",
    "1.000.000", "1000000", "21.71.02.1002", "21.71.99.9999", "12345678901", "1234567890", "bukan-email",
    "a@b.co", "Posyandu Melati 1", "12/SK/2025", "Jl. Mawar No. 1", "é", "Ø ß", "approved", "draft", "istri",
]
_BENEFICIARY = st.one_of(
    st.fixed_dictionaries({}, optional={k: st.sampled_from(_EDGE_VALUES)
                                        for k in ("name", "relationship", "phone", "birth_date", "nama")}),
    st.sampled_from([None, "Budi", 3, ["x"]]))
_FIELD_VALUE = st.one_of(st.sampled_from(_EDGE_VALUES), st.text(max_size=20), st.integers(-5, 10**12))


@st.composite
def _raw_records(draw: st.DrawFn) -> dict:
    """A record as an office might send it: valid_record's fields, some replaced, some dropped, some added."""
    from jamsos_desktop.domain.registry import RECORD_FIELDS

    base = {"nik": "2171024505800003", "full_name": "SITI AMINAH", "birth_place": "Batam", "birth_date": "1980-05-05",
            "sex": "P", "mother_name": "FATIMAH", "address": "Jl. Mawar No. 1", "rt": "003", "rw": "012",
            "kelurahan_code": "21.71.02.1002", "phone": "+6281234567890", "category": "kader_posyandu",
            "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025", "programs": ["JKK", "JKM"]}
    names = draw(st.lists(st.sampled_from([*RECORD_FIELDS, "nama", "id_lama"]), max_size=8, unique=True))
    for name in names:
        if draw(st.integers(0, 5)) == 0:
            base.pop(name, None)
        elif name == "beneficiaries":
            base[name] = draw(st.one_of(st.lists(_BENEFICIARY, max_size=3), st.sampled_from(_EDGE_VALUES)))
        else:
            base[name] = draw(_FIELD_VALUE)
    return base


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(_raw_records(), min_size=1, max_size=12))
def test_record_checker_is_check_record_for_any_records(records):
    """The hub's RecordChecker (values remembered across records, a value-only field checked as soon as it is
    read) gives exactly check_record's record and problems, in the same order, for any run of records: good,
    bad, repeated, with values in normal form or not, of the wrong type or too long."""
    checker = RecordChecker(today=TODAY)
    for raw in records + records:  # the second time round, remembered values stand in
        assert checker.check(raw) == check_record(raw, today=TODAY)
