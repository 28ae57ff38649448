"""A date field that takes what clerks type (15081980, 15-08-1980, 15/8/1980, 15 Agustus 1980) and never traps focus.

It is a plain line edit: Tab leaves it at once, whatever is in it. What it read is shown beside it in words
("Jumat, 15 Agustus 1980", in the interface's locale); text it cannot read stays as typed (never silently
emptied) and the reason shows in red. Alt+Down or F4 (or the button) opens a calendar near a plausible date.
The reading itself is domain/dates.py's. Calls no service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jamsos_desktop.domain.dates import DateUnreadable, parse_typed_date, typed_form
from jamsos_desktop.ui.widgets.levels import set_level

TYPICAL_AGE = 40  # an empty calendar opens this many years back: most participants are 20 to 60
EARLIEST = dt.date(1900, 1, 1)


class CalendarPopup(QWidget):
    """The calendar under the field, closed by a click outside, Esc, or choosing a day."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("date_calendar_popup")
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)  # Enter or double-click
        self.calendar.clicked.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.picked.emit(date.toPython())
        self.close()


class DateEntry(QWidget):
    date_edited = Signal()  # the clerk typed, or picked a day in the calendar

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._hint: dt.date | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("date_text_edit")
        self.edit.setPlaceholderText(self.tr("HH-BB-TTTT"))
        self.edit.setMaxLength(40)
        self.edit.setToolTip(self.tr("Ketik tanggal seperti 15081980, 15-08-1980, 15/8/1980 atau 15 Agustus 1980. "
                                     "Alt+Panah bawah membuka kalender."))
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("15 Agustus 1980") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pilih di kalender (Alt+Panah bawah)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the text to the next field
        self.read_label = QLabel(self)
        self.read_label.setObjectName("date_read_label")
        self.read_label.setWordWrap(True)
        self.read_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.read_label, 1)
        self.setFocusProxy(self.edit)
        self.popup: CalendarPopup | None = None
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.open_calendar)
        QShortcut(QKeySequence("F4"), self.edit, self.open_calendar, context=Qt.ShortcutContext.WidgetShortcut)

    # --- value ---------------------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date read from the text; None when empty or unreadable (see problem())."""
        try:
            return parse_typed_date(self.edit.text(), today=self._today())
        except DateUnreadable:
            return None

    def problem(self) -> str:
        """Why the text is not a date ('' when it is one or is empty)."""
        try:
            parse_typed_date(self.edit.text(), today=self._today())
        except DateUnreadable as exc:
            return str(exc)
        return ""

    def text(self) -> str:
        return self.edit.text()

    def set_date(self, day: dt.date | None) -> None:
        """Show a date (or nothing) without counting it as the clerk's edit."""
        self.edit.setText(typed_form(day) if day else "")
        self._show_reading()

    def set_calendar_hint(self, day: dt.date | None) -> None:
        """Where the calendar opens while the field is empty (e.g. the date the NIK suggests)."""
        self._hint = day

    # --- calendar ------------------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if not self.edit.isEnabled():
            return
        today = self._today()
        self.popup = self.popup or CalendarPopup(self)
        self.popup.picked.connect(self._on_picked, Qt.ConnectionType.UniqueConnection)
        calendar = self.popup.calendar
        calendar.setDateRange(QDate(EARLIEST.year, 1, 1), QDate(today.year, today.month, today.day))
        start = self.date() or self._hint or today.replace(year=today.year - TYPICAL_AGE, day=1)
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        calendar.setFocus()

    def _on_picked(self, day: dt.date) -> None:
        self.set_date(day)
        self.edit.setFocus()
        self.date_edited.emit()

    # --- events --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.key() == Qt.Key.Key_Down and key.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.open_calendar()
                return True
        return False

    def _on_text_edited(self, _text: str) -> None:
        self._show_reading()
        self.date_edited.emit()

    def _tidy(self) -> None:
        """Leaving the field: a date that was read is written the one way (15-08-1980); anything else stays."""
        day = self.date()
        if day is not None and self.edit.text() != typed_form(day):
            self.edit.setText(typed_form(day))
        self._show_reading()

    def _show_reading(self) -> None:
        day, problem = self.date(), self.problem()
        if day is not None:
            text = self.locale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")
            set_level(self.read_label, "ok")
        else:
            text = self.tr("belum terbaca") if problem else ""
            set_level(self.read_label, "block")
        self.read_label.setText(text)
