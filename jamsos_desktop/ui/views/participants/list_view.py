"""The participant list: search as you type (debounced), filters by status, category, RT and RW.

NIKs are masked here; the full record opens in the form (an audited view).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.numbers import normalize_rt_rw
from jamsos_desktop.services import Services
from jamsos_desktop.services.listing import COUNT_CAP, ListFilter
from jamsos_desktop.ui.generated.ui_participant_list import Ui_ParticipantListView
from jamsos_desktop.ui.models.labels import status_labels
from jamsos_desktop.ui.models.participant_table import ParticipantTableModel
from jamsos_desktop.ui.widgets.empty_state import EmptyState

SEARCH_DELAY_MS = 200


class ParticipantListView(QWidget):
    open_requested = Signal(str)  # participant id
    new_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()  # of the participants the filters show

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantListView()
        self.ui.setupUi(self)
        categories = {c.code: c.label for c in default_categories().categories}
        self.model = ParticipantTableModel(services.participant_list, category_labels=categories, count_cap=COUNT_CAP,
                                           parent=self)
        self.ui.table_view.setModel(self.model)
        header = self.ui.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 150, 80, 210, 170, 120)):
            self.ui.table_view.setColumnWidth(column, width)
        self.ui.table_view.verticalHeader().hide()
        self.ui.status_combo.addItem(self.tr("Semua status"), "")
        for code, label in status_labels().items():
            self.ui.status_combo.addItem(label, code)
        self.ui.category_combo.addItem(self.tr("Semua kategori"), "")
        for code, label in categories.items():
            self.ui.category_combo.addItem(label, code)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.ui.search_edit.textChanged.connect(self._search_timer.start)
        self.ui.rt_edit.textChanged.connect(self._search_timer.start)
        self.ui.rw_edit.textChanged.connect(self._search_timer.start)
        self.ui.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.deleted_check.toggled.connect(self.apply_filter)
        self.ui.reset_filters_button.clicked.connect(self.on_reset_filters_clicked)
        self.ui.table_view.activated.connect(self.on_table_activated)  # double-click or Enter
        self.ui.open_button.clicked.connect(self.on_open_clicked)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.import_button = QPushButton(self.tr("Impor dari Excel…"), self)
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"), self)
        for button, name in ((self.import_button, "import_button"), (self.export_button, "export_button")):
            button.setObjectName(name)
            self.ui.title_row.insertWidget(self.ui.title_row.indexOf(self.ui.new_button), button)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self._services = services
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)  # past the cap the count grows as pages arrive
        self.ui.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.empty_state = EmptyState(self.ui.table_view, self._empty_text)
        self.apply_filter()

    def current_filter(self) -> ListFilter:
        status = self.ui.status_combo.currentData() or ""
        rt, rw = self.ui.rt_edit.text().strip(), self.ui.rw_edit.text().strip()
        return ListFilter(text=self.ui.search_edit.text().strip(), statuses=(status,) if status else (),
                          category=self.ui.category_combo.currentData() or "",
                          rt=(normalize_rt_rw(rt) or rt) if rt else "", rw=(normalize_rt_rw(rw) or rw) if rw else "",
                          include_deleted=self.ui.deleted_check.isChecked())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.ui.notice_label.clear()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.refresh()

    def selected_id(self) -> str | None:
        rows = self.ui.table_view.selectionModel().selectedRows()
        return self.model.participant_id(rows[0].row()) if rows else None

    def on_reset_filters_clicked(self) -> None:
        for edit in (self.ui.search_edit, self.ui.rt_edit, self.ui.rw_edit):
            edit.clear()
        self.ui.status_combo.setCurrentIndex(0)
        self.ui.category_combo.setCurrentIndex(0)
        self.ui.deleted_check.setChecked(False)
        self.apply_filter()

    def on_table_activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.participant_id(index.row()))

    def on_open_clicked(self) -> None:
        participant_id = self.selected_id()
        if participant_id:
            self.open_requested.emit(participant_id)

    def notify(self, text: str) -> None:
        """A short line saying what was just done (cleared by the next search)."""
        self.ui.notice_label.setText(text)

    def _empty_text(self) -> str:
        if self._services.participant_list.count(cap=0) == 0:
            return self.tr("Belum ada peserta di kantor ini.\nKlik Peserta baru (Ctrl+N) untuk mendaftarkan satu "
                           "orang, atau Impor dari Excel… untuk memasukkan daftar yang sudah ada.")
        return self.tr("Tidak ada peserta yang cocok dengan pencarian atau saringan.\nKlik Hapus saringan untuk "
                       "melihat semua peserta.")

    def _update_buttons(self) -> None:
        self.ui.open_button.setEnabled(self.selected_id() is not None)

    def _update_count(self) -> None:
        n = QLocale().toString(self.model.total)
        if self.model.more and self.model.filter.text.strip():
            self.ui.count_label.setText(self.tr("Lebih dari {n} peserta ditemukan, yang terbaru di atas; ketik lebih "
                                                "lengkap untuk mempersempit").format(n=n))
        elif self.model.more:
            self.ui.count_label.setText(self.tr("Lebih dari {n} peserta").format(n=n))
        else:
            self.ui.count_label.setText(self.tr("{n} peserta ditemukan").format(n=n))
