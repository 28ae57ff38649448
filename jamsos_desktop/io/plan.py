"""The dry run: what importing a sheet would do to each row, decided without touching the database.

`plan_import` reads every row under the mapping, validates it with `check_record` (the one validation, through a
RecordChecker: the same results, a repeated value-only field checked once), and
gives each row one outcome: add (clean, maybe with warnings), duplicate (NIK already registered, or repeated
earlier in the same file), refused (every blocking problem listed with its column), or blank (skipped).
The service commits `plan.records_to_add` in one transaction; since it passes the NIKs it already holds,
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, cast

from jamsos_desktop.domain.categories import CategoryRules, default_categories
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.record import RecordChecker
from jamsos_desktop.domain.wilayah import Areas, batam
from jamsos_desktop.io.columns import Mapping, mapping_problems
from jamsos_desktop.io.rows import ImportDefaults, RowReader
from jamsos_desktop.io.table import SheetRow

PROGRESS_EVERY = 500


class Outcome(StrEnum):
    ADD = "add"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    BLANK = "blank"


OUTCOME_LABELS = {Outcome.ADD: "Ditambahkan", Outcome.DUPLICATE: "Duplikat", Outcome.REFUSED: "Ditolak",
                  Outcome.BLANK: "Kosong"}


class MappingError(Refused):
    """The mapping cannot be planned (no NIK column, a field taken from two columns); `problems` says why."""

    code = "mapping"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems), field=problems[0].field if problems else "")

    def lines(self) -> list[str]:
        return [p.message for p in self.problems]


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str
    level: Level
    code: str
    message: str
    column: str | None = None  # header of the sheet column the value came from
    column_letter: str | None = None

    def text(self) -> str:
        """"baris 14, kolom NIK (B): NIK harus 16 digit angka ..." """
        where = f"baris {self.row}"
        if self.column is not None:
            where += f", kolom {self.column or '(tanpa judul)'} ({self.column_letter})"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "level": str(self.level), "code": self.code,
                "message": self.message, "column": self.column, "column_letter": self.column_letter,
                "text": self.text()}


@dataclass
class RowResult:
    row: int
    outcome: Outcome
    record: dict[str, Any] | None = None  # normalised by check_record (also for duplicates and refusals)
    problems: list[RowProblem] = field(default_factory=list)
    duplicate_of: str | None = None  # "database" or "baris 12"

    @property
    def blocking(self) -> list[RowProblem]:
        return [p for p in self.problems if p.level is Level.BLOCK]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.level is Level.WARN]


@dataclass
class ImportPlan:
    rows: list[RowResult]
    mapping: Mapping

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(r.outcome for r in self.rows)
        return {str(o): counted.get(o, 0) for o in Outcome}

    @property
    def records_to_add(self) -> list[dict[str, Any]]:
        return [r.record for r in self.rows if r.outcome is Outcome.ADD and r.record is not None]

    def summary(self) -> str:
        c = self.counts
        return (f"{c['add']} ditambahkan, {c['duplicate']} duplikat, {c['refused']} ditolak, "
                f"{c['blank']} baris kosong dilewati.")

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form for `jamsos import --json` (records left out: the report carries the rows)."""
        return {"counts": self.counts, "rows": [
            {"row": r.row, "outcome": str(r.outcome), "nik": (r.record or {}).get("nik", ""),
             "duplicate_of": r.duplicate_of, "problems": [p.as_dict() for p in r.problems]}
            for r in self.rows if r.outcome is not Outcome.BLANK]}


def plan_import(
    rows: Iterable[SheetRow],
    mapping: Mapping,
    *,
    existing_niks: Collection[str],
    defaults: ImportDefaults | None = None,
    areas: Areas | None = None,
    categories: CategoryRules | None = None,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Decide every row's outcome. Raises MappingError when the mapping has a blocking problem. `progress(n)`
    is called every few hundred rows; a GUI cancels by raising from it."""
    defaults = defaults or ImportDefaults()
    blocking = [p for p in mapping_problems(mapping, default_kelurahan=defaults.kelurahan_code,
                                            default_category=defaults.category) if p.level is Level.BLOCK]
    if blocking:
        raise MappingError(blocking)
    areas, categories, today = areas or batam(), categories or default_categories(), today or dt.date.today()
    reader = RowReader(mapping, defaults, areas=areas, categories=categories, today=today)
    checker = RecordChecker(areas=areas, categories=categories, today=today)  # check_record's results, repeats once
    added: dict[str, int] = {}
    refused: dict[str, int] = {}
    results: list[RowResult] = []
    for done, row in enumerate(rows, 1):
        results.append(_plan_row(row, reader, checker, mapping, existing_niks, added, refused))
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    return ImportPlan(results, mapping)


def _plan_row(row: SheetRow, reader: RowReader, checker: RecordChecker, mapping: Mapping,
              existing: Collection[str], added: dict[str, int], refused: dict[str, int]) -> RowResult:
    read = reader.read(row)
    if read.blank:
        return RowResult(row.number, Outcome.BLANK)
    record, domain_problems = checker.check(read.raw)
    problems = read.problems + [p for p in domain_problems if p.field not in read.unread]

    def locate(p: Problem) -> RowProblem:
        column = read.sources.get(p.field)
        if column is None:
            return RowProblem(row.number, p.field, p.level, p.code, p.message)
        return RowProblem(row.number, p.field, p.level, p.code, p.message, mapping.headers[column],
                          _column_letter(column + 1))

    located = [locate(p) for p in problems]
    nik = record.get("nik", "")
    nik_ok = bool(nik) and not any(p.field == "nik" and p.level is Level.BLOCK for p in problems)
    result = RowResult(row.number, Outcome.ADD, cast(dict[str, Any], record), located)  # the checker's own new dict
    if nik_ok and nik in existing:
        result.outcome, result.duplicate_of = Outcome.DUPLICATE, "database"
        located.insert(0, locate(Problem("nik", Level.BLOCK, "nik.duplicate_database",
                                         f"NIK {nik} sudah terdaftar: baris ini dilewati.")))
    elif nik_ok and nik in added:
        result.outcome, result.duplicate_of = Outcome.DUPLICATE, f"baris {added[nik]}"
        located.insert(0, locate(Problem("nik", Level.BLOCK, "nik.duplicate_file",
                                         f"NIK sama dengan baris {added[nik]}: baris ini dilewati, periksa mana "
                                         "yang benar.")))
    elif result.blocking:
        result.outcome = Outcome.REFUSED
        if nik_ok:
            refused.setdefault(nik, row.number)
    else:
        added[nik] = row.number
        if nik in refused:
            located.append(locate(Problem("nik", Level.WARN, "nik.also_refused",
                                          f"NIK yang sama ada di baris {refused[nik]} yang ditolak: pastikan baris "
                                          "yang benar yang dimasukkan.")))
    return result


def _column_letter(n: int) -> str:
    """Spreadsheet column name of a 1-based index: 1 -> A, 27 -> AA (as Excel shows it)."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
