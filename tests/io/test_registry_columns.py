"""Spreadsheet columns derived from the field registry: every import alias names one field, every exported
header reads back as its field, and identity numbers are text cells."""

from __future__ import annotations

from collections import Counter

from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.io import export
from jamsos_desktop.io.columns import _ALIASES, TARGETS, guess_target, header_key
from jamsos_desktop.io.rows import PLAIN_DATES, PLAIN_TEXT


def test_every_imported_field_is_a_target_with_its_aliases() -> None:
    for spec in FIELDS:
        assert (spec.name in TARGETS) is spec.imported, spec.name
        if spec.imported:
            assert guess_target(spec.label) == spec.name
            for alias in spec.aliases:
                assert guess_target(alias) == spec.name, (spec.name, alias)


def test_no_alias_names_two_targets() -> None:
    seen = Counter(header_key(alias) for names in _ALIASES.values() for alias in set(names))
    assert [key for key, n in seen.items() if n > 1] == []


def test_every_exported_field_header_reads_back_as_its_field() -> None:
    exported = {spec.export.header: spec for spec in FIELDS if spec.export}
    assert [c[0] for c in export.COLUMNS if c[0] in exported] == list(exported)
    for header, spec in exported.items():
        if spec.imported:
            assert guess_target(header) == spec.name, header


def test_identity_numbers_phones_and_rt_rw_are_text_cells() -> None:
    as_text = {c[0] for c in export.COLUMNS if c[2]}
    assert {"NIK", "Nomor KK", "Nomor HP", "RT", "RW", "Nomor KPJ", "Nomor SK", "Nomor Kartu KUSUKA"} <= as_text


def test_a_new_plain_field_is_read_without_its_own_parser() -> None:
    plain = {f.name for f in FIELDS if f.imported and f.kind == "text"} - {
        "nik", "kk_number", "kusuka_number", "sk_number", "kpj_number", "sex", "marital_status", "rt", "rw",
        "kelurahan_code", "phone", "category"}
    assert set(PLAIN_TEXT) == plain
    assert PLAIN_DATES == ()  # birth_date has its own (combined "tempat/tgl lahir") parser
