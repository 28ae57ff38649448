"""The participant form shows every registry field that has a widget, under the widget's name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QTableView, QWidget

from jamsos_desktop.domain.fields import Widget
from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.ui.generated.ui_participant_form import Ui_ParticipantForm
from jamsos_desktop.ui.views.participants.form_fields import widget_name

KINDS = {Widget.LINE: QLineEdit, Widget.CHOICE: QComboBox, Widget.DATE: QDateEdit, Widget.SHOWN: QLabel,
         Widget.TABLE: QTableView, Widget.CHECKS: QWidget}


def test_every_field_with_a_widget_is_on_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    ui = Ui_ParticipantForm()
    ui.setupUi(host)
    for spec in FIELDS:
        if spec.widget is not None:
            widget = getattr(ui, widget_name(spec), None)
            assert isinstance(widget, KINDS[spec.widget]), (spec.name, widget_name(spec))
