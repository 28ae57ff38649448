"""Spreadsheet import and export, with no database: files in, plans and reports out (openpyxl, csv).

The flow the import service and the GUI wizard follow:

    table = read_table(path)                            # header found under any title block
    mapping = propose_mapping(table.headers)            # the clerk confirms or changes it (with_field)
    plan = plan_import(table.rows, mapping, existing_niks=..., defaults=ImportDefaults(kelurahan_code=...))
    write_report(plan, table, "laporan.xlsx")           # every row with its outcome and problems
    plan.records_to_add                                 # normalised records for the service to insert

Export: write_participants_xlsx(records, "peserta.xlsx").
"""

from jamsos_desktop.io.columns import TARGETS, Mapping, mapping_problems, propose_mapping
from jamsos_desktop.io.plan import (
    OUTCOME_LABELS,
    ImportPlan,
    MappingError,
    Outcome,
    RowProblem,
    RowResult,
    plan_import,
)
from jamsos_desktop.io.rows import ImportDefaults
from jamsos_desktop.io.table import SheetError, SheetRow, Table, read_table

_WRITERS = {"write_participants_xlsx": "jamsos_desktop.io.export", "write_report": "jamsos_desktop.io.report"}


def __getattr__(name: str) -> object:
    """The workbook writers load openpyxl (slow to import), so they are imported on first use, not at start-up."""
    if name in _WRITERS:
        import importlib

        return getattr(importlib.import_module(_WRITERS[name]), name)
    raise AttributeError(name)


__all__ = [
    "OUTCOME_LABELS", "TARGETS", "ImportDefaults", "ImportPlan", "Mapping", "MappingError", "Outcome",
    "RowProblem", "RowResult", "SheetError", "SheetRow", "Table", "mapping_problems", "plan_import",
    "propose_mapping", "read_table", "write_participants_xlsx", "write_report",
]
