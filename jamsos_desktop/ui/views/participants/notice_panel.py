"""The "Kabar dari Disnaker" box on the participant form: the open notices the hub sent about this participant
(moved away, rejected by BPJS, check the NIK, waiting list, no longer covered...), each with its date and a
button to mark it read. Hidden when there is none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jamsos_desktop.services import Services
from jamsos_desktop.services.notices import OpenNotice
from jamsos_desktop.ui.errors import is_refusal, refusal_text
from jamsos_desktop.ui.models.time_text import local_time
from jamsos_desktop.ui.widgets.levels import set_level


class NoticePanel(QGroupBox):
    notices_changed = Signal()  # a notice was marked read

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_panel")
        self.setTitle(self.tr("Kabar dari Disnaker"))
        self._services = services
        self._participant_id: str | None = None
        self._layout = QVBoxLayout(self)
        self.setVisible(False)

    def show_for(self, participant_id: str | None) -> None:
        """Show the open notices of this participant (none for a new one)."""
        self._participant_id = participant_id
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        found = self._services.notices.of_participant(participant_id) if participant_id else []
        for notice in found:
            self._layout.addWidget(self._row(notice))
        self.setVisible(bool(found))

    def _row(self, notice: OpenNotice) -> QWidget:
        row = QWidget(self)
        row.setObjectName(f"notice_{notice.kind}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = QLabel(self.tr("{date}: {text}").format(date=_date(notice.created_at), text=notice.text), row)
        text.setObjectName("notice_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_level(text, "warn")
        button = QPushButton(self.tr("Tandai sudah dibaca"), row)
        button.setObjectName("notice_read_button")
        button.setToolTip(self.tr("Kabar ini tidak ditampilkan lagi dan tidak dihitung di bilah bawah."))
        button.clicked.connect(lambda: self.mark_read(notice.notice_id))
        line.addWidget(text, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def mark_read(self, notice_id: str) -> None:
        try:
            self._services.notices.mark_read(notice_id)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            warning = QLabel(refusal_text(exc), self)
            set_level(warning, "block")
            self._layout.addWidget(warning)
            return
        self.show_for(self._participant_id)
        self.notices_changed.emit()


def _date(created_at: str) -> str:
    """The hub's UTC time as the office's local date and time."""
    try:
        at = dt.datetime.strptime(created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return created_at
    return local_time(at, with_zone=False)
