"""The participant form shows every registry field that has a widget, under the widget's name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QWidget

from jamsos_desktop.domain.fields import Widget
from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.ui.generated.ui_participant_form import Ui_ParticipantForm
from jamsos_desktop.ui.views.participants.form_fields import widget_name
from jamsos_desktop.ui.widgets.date_entry import DateEntry

KINDS = {Widget.LINE: QLineEdit, Widget.CHOICE: QComboBox, Widget.DATE: DateEntry, Widget.SHOWN: QLabel,
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


def test_the_domicile_address_is_typed_saved_and_shown_again(qtbot, services, prompter) -> None:  # type: ignore[no-untyped-def]
    from .test_ui_participant_flow import make_page, type_participant

    page = make_page(qtbot, services, prompter)
    page.new_participant()
    type_participant(qtbot, page)
    form = page.form_view
    qtbot.keyClicks(form.ui.domicile_address_edit, "  Perum  Bida Asri 2 Blok C-7 ")
    form.check_now()
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    pid = form.participant_id
    assert pid is not None
    assert services.participants.show(pid)["domicile_address"] == "Perum Bida Asri 2 Blok C-7"
    page.open_participant(pid)
    assert form.ui.domicile_address_edit.text() == "Perum Bida Asri 2 Blok C-7"
    form.ui.domicile_address_edit.setText("D" * 201)
    form.check_now()
    assert "paling banyak 200" in form.fields.problem_label("domicile_address").text()
    assert not form.save()  # refused, and the cursor is taken to the field
    assert form.ui.domicile_address_edit.hasFocus() or not form.isActiveWindow()
