"""Spreadsheet import and export use cases: dry run first, then only the good rows in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos_desktop.collector import collector_paused
from jamsos_desktop.domain.problems import Problem
from jamsos_desktop.io import (
    TARGETS,
    ImportDefaults,
    ImportPlan,
    Mapping,
    MappingError,
    RowResult,
    SheetError,
    Table,
    mapping_problems,
    plan_import,
    propose_mapping,
    read_table,
)
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.participants import ParticipantService
from jamsos_desktop.store import audit
from jamsos_desktop.store import participants as repo
from jamsos_desktop.store import settings as settings_store

__all__ = ["TARGETS", "ImportPlan", "ImportResult", "ImportService", "Mapping", "MappingError", "RowResult",
           "SheetError", "Table"]  # the faces' view of io/: they import these from here, never from io/


@dataclass(frozen=True)
class ImportResult:
    added: int
    plan: ImportPlan


class ImportService:
    def __init__(self, office: Office, participants: ParticipantService) -> None:
        self.office = office
        self.participants = participants

    def read(self, path: Path) -> Table:
        with collector_paused():
            return read_table(path)

    def propose(self, table: Table) -> Mapping:
        return propose_mapping(table.headers)

    def mapping_problems(self, mapping: Mapping, *, category: str | None = None) -> list[Problem]:
        """What the chosen columns lack (BLOCK: cannot plan; WARN: every row will be refused), with the office's
        kelurahan and the chosen category as defaults."""
        return mapping_problems(mapping, default_kelurahan=self.office.setting("office.kelurahan_code") or None,
                                default_category=category)

    def plan(self, table: Table, mapping: Mapping, *, category: str | None = None,
             progress: Callable[[int], None] | None = None) -> ImportPlan:
        """What would happen to every row, checked against the participants already in this office."""
        with self.office.db.read() as s:
            existing = repo.live_niks(s)
            kelurahan = settings_store.get(s, "office.kelurahan_code")
        with collector_paused():
            return plan_import(table.rows, mapping, existing_niks=existing, today=self.office.today(),
                               defaults=ImportDefaults(kelurahan_code=kelurahan or None, category=category),
                               progress=progress)

    def write_report(self, plan: ImportPlan, table: Table, out: Path, *, dry_run: bool) -> Path:
        from jamsos_desktop.io.report import write_report  # openpyxl: loaded when first needed

        return write_report(plan, table, out, dry_run=dry_run)

    def commit(self, plan: ImportPlan, *, source_name: str,
               progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Add the plan's good rows in one transaction (all or nothing), then note the import in the audit."""
        records = plan.records_to_add
        actor = self.office.require("participant.write")

        def note_file(s: Any) -> None:  # the write transaction's session (services name no sqlmodel type)
            audit.append(s, at=self.office.now(), operator=actor.username, action="import_file", entity="file",
                         entity_id=source_name, details=plan.counts)

        if not records:
            with self.office.db.write() as s:
                note_file(s)
            return ImportResult(0, plan)
        with collector_paused():  # the rows, their events and the file's event: one transaction
            saved = self.participants.register_many(records, progress=progress, action="import",
                                                    already_checked=True, then=note_file)
        return ImportResult(len(saved), plan)

    def export(self, out: Path, flt: ListFilter | None = None) -> int:
        """Participants (as the list filter shows them) to .xlsx (NIK and phone as text, with a recap sheet) or
        .csv, as the file name's extension says; any other extension is refused before anything is read."""
        actor = self.office.require("participant.write")
        suffix = out.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise SheetError(f"Ekspor ke '{out.name}' tidak bisa: akhiri nama berkas dengan .xlsx (Excel) atau .csv.")
        ids = self.participants.ids(flt or ListFilter())
        with self.office.db.read() as s:
            records = []
            for pid in ids:
                p = repo.get(s, pid)
                if p is not None:
                    records.append(repo.to_record(p, repo.beneficiaries_of(s, pid)))
        from jamsos_desktop.io.export import write_participants_csv, write_participants_xlsx  # openpyxl: lazily

        count = (write_participants_csv if suffix == ".csv" else write_participants_xlsx)(records, out)
        with self.office.db.write() as s:
            audit.append(s, at=self.office.now(), operator=actor.username, action="export_xlsx" if suffix == ".xlsx" else "export_csv", entity="file",
                         entity_id=out.name, details={"records": count})
        return count
