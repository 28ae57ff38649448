"""Random cells never crash the importer: every row ends as add, duplicate, refused or blank, and the report and
readers cope with whatever a file holds."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_helpers import HEADERS, TODAY, person

from jamsos_desktop.io import (
    TARGETS,
    Mapping,
    MappingError,
    Outcome,
    SheetError,
    SheetRow,
    plan_import,
    propose_mapping,
    read_table,
    write_report,
)
from jamsos_desktop.io.table import Table

TYPED = [
    "2171025205800003", "2.17101E+15", "2171025205800000.0", "12-05-1980", "12/05/80", "12 Mei 1980", "31-02-1980",
    "05/13/1980", "Batam, 12-05-1980", "L", "P", "Laki-laki", "Perempuan", "X", "RT 03/RW 12", "003/012", "3",
    "0812-3456-7890", "+62 812 3456 7890", "Sungai Jodoh", "Sei Jodoh", "Kel. Tiban Baru", "Kader Posyandu", "ketua rt",
    "Rp 1.000.000", "1,5 juta", "JKK, JKM", "JHT", "Kawin", "Janda", "=1+1", "", " ", "-", "'0812", "NaN", "\x00",
    "٣", "²", "𝟙𝟚", "Ünïcödé", "E", "1e400",
]
cells = st.one_of(
    st.none(),
    st.sampled_from(TYPED),
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(),
    st.times(),
    st.builds(lambda ch, n: ch * n, st.characters(), st.integers(0, 70_000)),  # huge strings
)
rows = st.lists(st.lists(cells, min_size=0, max_size=len(HEADERS) + 3), min_size=1, max_size=8)
targets = st.lists(st.one_of(st.none(), st.sampled_from(sorted(TARGETS))), min_size=len(HEADERS),
                   max_size=len(HEADERS))


def _plan_all(table_rows: list[list[object]], mapping: Mapping, existing: set[str]) -> list[Outcome]:
    sheet = [SheetRow(i, tuple(r)) for i, r in enumerate(table_rows, 2)]
    try:
        plan = plan_import(sheet, mapping, existing_niks=existing, today=TODAY)
    except MappingError:
        assert mapping.column_of("nik") is None or len(set(t for t in mapping.targets if t)) < \
            len([t for t in mapping.targets if t])
        return []
    assert [r.row for r in plan.rows] == [s.number for s in sheet]
    for result in plan.rows:
        assert result.outcome in set(Outcome)
        if result.outcome is Outcome.REFUSED:
            assert result.blocking and all(p.message for p in result.blocking)
        if result.outcome is Outcome.ADD:
            assert not result.blocking and result.record is not None and len(result.record["nik"]) == 16
        for problem in result.problems:
            assert problem.text().startswith(f"baris {result.row}")
    assert sum(plan.counts.values()) == len(sheet)
    return [r.outcome for r in plan.rows]


@settings(max_examples=300, deadline=None)
@given(rows)
def test_random_cells_under_the_proposed_mapping(table_rows: list[list[object]]) -> None:
    outcomes = _plan_all([*table_rows, person(1)], propose_mapping(HEADERS), {person(2)[1]})
    assert outcomes[-1] is Outcome.ADD  # garbage above never spoils a clean row


@settings(max_examples=200, deadline=None)
@given(rows, targets)
def test_random_cells_under_a_random_mapping(table_rows: list[list[object]], chosen: list[str | None]) -> None:
    _plan_all(table_rows, Mapping(tuple(HEADERS), tuple(chosen)), set())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_report_is_written_for_any_cells(tmp_path: Path, table_rows: list[list[object]]) -> None:
    table = Table(tuple(HEADERS), [SheetRow(i, tuple(r)) for i, r in enumerate(table_rows, 2)], 1, "fuzz.xlsx")
    plan = plan_import(table.rows, propose_mapping(HEADERS), existing_niks=set(), today=TODAY)
    write_report(plan, table, tmp_path / "report.xlsx")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=400),
                 st.lists(st.lists(st.sampled_from([*TYPED, *HEADERS, "Nama", "NIK"]), max_size=8), max_size=8)
                 .map(lambda rs: "\n".join(";".join(r) for r in rs).encode("utf-8"))))
def test_any_csv_bytes_read_or_refuse_cleanly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except SheetError:
        return
    mapping = propose_mapping(table.headers)
    with contextlib.suppress(MappingError):
        plan_import(table.rows, mapping, existing_niks=set(), today=TODAY)
