"""NIK parsing and the block/warn rules of DOMAIN.md."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos_desktop.domain import nik
from jamsos_desktop.domain.problems import Level
from jamsos_desktop.domain.wilayah import batam

TODAY = dt.date(2026, 11, 21)
KNOWN = batam().nik_prefixes

births = st.dates(min_value=dt.date(1927, 1, 1), max_value=dt.date(2026, 11, 21))
sexes = st.sampled_from(["L", "P"])
serials = st.integers(min_value=1, max_value=9999).map(lambda n: f"{n:04d}")
kecamatan = st.sampled_from(sorted(KNOWN))


@given(kec=kecamatan, birth=births, sex=sexes, serial=serials)
def test_every_nik_built_from_valid_parts_parses_back(kec, birth, sex, serial):
    built = nik.build(kecamatan=kec, birth_date=birth, sex=sex, serial=serial)
    parts = nik.parse(built, today=TODAY)
    assert parts is not None
    assert (parts.kecamatan, parts.birth_date, parts.sex, parts.serial) == (kec, birth, sex, serial)
    assert nik.validate(built, birth_date=birth, sex=sex, known_kecamatan=KNOWN, today=TODAY) == []


def test_womens_day_is_plus_forty():
    parts = nik.parse("2171024505800003", today=TODAY)
    assert parts.sex == "P" and parts.birth_date == dt.date(1980, 5, 5)
    parts = nik.parse("2171020505800003", today=TODAY)
    assert parts.sex == "L" and parts.birth_date == dt.date(1980, 5, 5)


def test_two_digit_year_is_never_in_the_future():
    assert nik.parse("2171020101260001", today=TODAY).birth_date == dt.date(2026, 1, 1)
    assert nik.parse("2171020101270001", today=TODAY).birth_date == dt.date(1927, 1, 1)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "nik.required"),
        ("217102450580000", "nik.length"),
        ("21710245058000031", "nik.length"),
        ("2171O24505800003", "nik.digits"),
        ("9971024505800003", "nik.province"),
        ("2171024513800003", "nik.month"),
        ("2171020500800003", "nik.month"),
        ("2171023205800003", "nik.day"),
        ("2171027205800003", "nik.day"),
        ("2171020005800003", "nik.day"),
        ("2171024505800000", "nik.serial"),
    ],
)
def test_each_blocking_rule_has_a_failing_example(value, code):
    problems = nik.validate(value, today=TODAY)
    assert code in {p.code for p in problems}
    assert all(p.level is Level.BLOCK for p in problems if p.code == code)


def test_warnings_only_for_mismatch_foreign_prefix_and_unknown_kecamatan():
    codes = {p.code: p.level for p in nik.validate("2171024505800003", birth_date=dt.date(1980, 5, 6), sex="L",
                                                   known_kecamatan=KNOWN, today=TODAY)}
    assert codes == {"nik.birth_date_mismatch": Level.WARN, "nik.sex_mismatch": Level.WARN}
    codes = {p.code for p in nik.validate("3171024505800003", known_kecamatan=KNOWN, today=TODAY)}
    assert codes == {"nik.not_batam"}
    codes = {p.code for p in nik.validate("2171994505800003", known_kecamatan=KNOWN, today=TODAY)}
    assert codes == {"nik.kecamatan"}


def test_messages_say_how_to_fix_in_indonesian():
    (problem,) = nik.validate("12345", today=TODAY)
    assert "NIK harus 16 digit angka" in problem.message


def test_spaces_and_dots_typed_inside_a_nik_are_ignored():
    assert nik.validate("2171 0245 0580 0003", known_kecamatan=KNOWN, today=TODAY) == []


def test_mask_keeps_prefix_and_serial_only():
    assert nik.mask("2171024505800003") == "2171 **** **** 0003"


structured = st.builds(lambda province, mid, day, month, yy, serial: f"{province}{mid}{day:02d}{month:02d}{yy:02d}{serial}",
                       st.sampled_from(sorted(nik.PROVINCE_CODES)), st.sampled_from(["7101", "7102", "7199", "0101"]),
                       st.integers(1, 31) | st.integers(41, 71), st.integers(1, 12), st.integers(0, 99), serials)


@given(value=structured, birth=st.none() | births, sex=st.sampled_from([None, "", "L", "P", "X"]))
def test_the_warnings_say_what_parse_reads_from_the_digits(value, birth, sex):
    """validate reads the NIK's birth date and sex itself (the hub checks every record): always as parse does,
    calendar dates that do not exist (31 February, 29 February of a common year) included."""
    found = {p.code: p for p in nik.validate(value, birth_date=birth, sex=sex, known_kecamatan=KNOWN, today=TODAY)}
    parts = nik.parse(value, today=TODAY)
    assert parts is not None and not any(p.level is Level.BLOCK for p in found.values())
    assert ("nik.calendar" in found) == (parts.birth_date is None)
    mismatch = birth is not None and parts.birth_date is not None and birth != parts.birth_date
    assert ("nik.birth_date_mismatch" in found) == mismatch
    if mismatch:
        assert f"berbeda dengan NIK ({parts.birth_date:%d-%m-%Y})" in found["nik.birth_date_mismatch"].message
    assert ("nik.sex_mismatch" in found) == (sex in ("L", "P") and sex != parts.sex)
