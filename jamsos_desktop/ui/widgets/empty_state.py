"""A table that has no rows says why and what to do next, in the middle of where the rows would be.

`EmptyState(view, text_for)` puts a word-wrapped label over the view's viewport whenever its model has no
rows; `text_for()` is asked each time, so it can tell "no participants yet: click Peserta baru" apart from
"nothing matches the filters". Calls no service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView, text_for: Callable[[], str], *, name: str = "empty_state_label") -> None:
        super().__init__(view)
        self._view = view
        self._text_for = text_for
        self.label = QLabel(view.viewport())
        self.label.setObjectName(name)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setProperty("role", "empty_state")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def update(self) -> None:
        model = self._view.model()
        empty = model is not None and model.rowCount() == 0
        if empty:
            self.label.setText(self._text_for())
            self._place()
        self.label.setVisible(empty and bool(self.label.text()))

    def _place(self) -> None:
        area = self._view.viewport().rect().adjusted(24, 16, -24, -16)
        height = min(self.label.heightForWidth(area.width()), area.height())
        self.label.setGeometry(area.x(), area.y() + max((area.height() - height) // 3, 0), area.width(), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
