"""The participant list as a Qt table model that fetches pages lazily, so 100,000 rows stay fast.

Only the rows the view has scrolled to are loaded (`canFetchMore`/`fetchMore`, one page at a time); a filter
change resets the model and loads the first page. With a `count_cap` (the participant list's search-as-you-type:
`COUNT_CAP`) counting stops at cap + 1, so a keystroke never counts a million rows: past it `more` is true and
pages are fetched until one comes back short; without one (bulk actions that say "all n") the count is exact. With a cap,
the count and the first page come in one read (`first_page`: a text search passes over the index once). The source is
anything with the `page`, `count` and `first_page` methods of `ParticipantService` (tests hand in a fake).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.domain.numbers import local_phone
from jamsos_desktop.services.listing import ListFilter, Order
from jamsos_desktop.ui.models.labels import status_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200


class ParticipantSource(Protocol):
    def page(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = 200,
             order: Order = "full_name") -> list[dict[str, Any]]: ...

    def count(self, flt: ListFilter | None = None, *, cap: int | None = None) -> int: ...

    def first_page(self, flt: ListFilter | None = None, *, cap: int, limit: int = 200,
                   order: Order = "full_name") -> tuple[int, list[dict[str, Any]]]: ...


class ParticipantTableModel(QAbstractTableModel):
    COLUMNS = ("full_name", "nik", "rt_rw", "category", "status", "phone", "kpj_number")

    def __init__(self, source: ParticipantSource, *, category_labels: dict[str, str] | None = None,
                 page_size: int = PAGE_SIZE, count_cap: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._category_labels = category_labels or {}
        self._page_size = page_size
        self._count_cap = count_cap
        self._filter = ListFilter()
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._more = False
        self._headers = [QCoreApplication.translate("ParticipantTableModel", "Nama"), QCoreApplication.translate("ParticipantTableModel", "NIK"),
                         QCoreApplication.translate("ParticipantTableModel", "RT/RW"), QCoreApplication.translate("ParticipantTableModel", "Kategori"),
                         QCoreApplication.translate("ParticipantTableModel", "Status"), QCoreApplication.translate("ParticipantTableModel", "Nomor HP"),
                         QCoreApplication.translate("ParticipantTableModel", "Nomor KPJ")]

    # --- what the views call -------------------------------------------------------------------------------
    @property
    def filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many participants match the filter (not how many are loaded); with `more`, at least this many."""
        return self._total

    @property
    def more(self) -> bool:
        """More participants match than `total` says (the count stopped at the cap)."""
        return self._more

    def set_filter(self, flt: ListFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a save, an approval, a filter change)."""
        self.beginResetModel()
        self._rows = []
        cap = self._count_cap
        if cap is None:
            self._total, self._more = self._source.count(self._filter), False
            self.endResetModel()
            self.fetchMore(QModelIndex())
            return
        # a keystroke: the capped count and the first page in one read (one pass over the search index)
        found, first = self._source.first_page(self._filter, cap=cap, limit=self._page_size)
        self._total, self._more = min(found, cap), found > cap
        self.endResetModel()
        self._append(first, self._page_size if self._more else min(self._page_size, self._total))

    def participant_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_of(self, participant_id: str) -> int | None:
        """The loaded row showing this participant, if any."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == participant_id), None)

    # --- Qt model interface --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and (len(self._rows) < self._total or self._more)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        want = self._page_size if self._more else min(self._page_size, self._total - len(self._rows))
        if want <= 0:
            return
        self._append(self._source.page(self._filter, offset=len(self._rows), limit=want), want)

    def _append(self, page: list[dict[str, Any]], want: int) -> None:
        """Add a page that was asked for `want` rows (a short one past the cap makes the count exact)."""
        if want <= 0:
            return
        if len(page) < want and self._more:  # the last page: now the count is exact
            self._more = False
            self._total = len(self._rows) + len(page)
        if not page:  # rows vanished since the count: stop asking
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, self.COLUMNS[index.column()])
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and row.get("deleted_at"):
            return QColor("#8c9a9d")
        return None

    def _display(self, row: dict[str, Any], column: str) -> str:
        if column == "nik":
            return mask(row.get("nik") or "")
        if column == "rt_rw":
            return f"{row.get('rt') or '-'}/{row.get('rw') or '-'}"
        if column == "category":
            code = row.get("category") or ""
            return self._category_labels.get(code, code)
        if column == "status":
            label = status_label(row.get("status") or "")
            if row.get("moved_to"):
                label = QCoreApplication.translate("ParticipantTableModel", "Pindah ke {name}").format(
                    name=row["moved_to"])
            if row.get("deleted_at"):
                label += QCoreApplication.translate("ParticipantTableModel", " (dihapus)")
            return label
        if column == "phone":
            return local_phone(row.get("phone") or "")
        return str(row.get(column) or "")
