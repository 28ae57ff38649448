"""The birth date as clerks type it: every common spelling is read, Tab always leaves, nothing is swallowed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.views.participants.page import ParticipantsPage

from .conftest import KELURAHAN, ScriptedPrompter


@pytest.fixture
def form(qtbot: QtBot, services: Services, prompter: ScriptedPrompter):  # type: ignore[no-untyped-def]
    page = ParticipantsPage(services, kelurahan_code=KELURAHAN, kelurahan_label="Sungai Jodoh", prompter=prompter)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.new_participant()
    qtbot.waitExposed(page)
    return page.form_view


def focus(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("typed", ["15081980", "15-08-1980", "15/8/1980", "15 Agustus 1980", "15.08.80",
                                   "15 agu 1980"])
def test_what_clerks_type_is_read_and_tab_leaves(qtbot: QtBot, form, typed: str) -> None:  # type: ignore[no-untyped-def]
    entry = form.ui.birth_date_edit
    focus(qtbot, form.ui.birth_place_edit)
    qtbot.keyClick(form.ui.birth_place_edit, Qt.Key.Key_Tab)
    assert entry.edit.hasFocus(), "Tab from the birth place goes to the date's text"
    qtbot.keyClicks(entry.edit, typed)
    assert entry.date() == dt.date(1980, 8, 15)
    assert entry.read_label.text() == "Jumat, 15 Agustus 1980"  # the parsed date, in words, as it is typed
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    assert form.ui.sex_combo.hasFocus(), "one Tab leaves the date (no day, month, year stops)"
    assert entry.text() == "15-08-1980"  # written the one way once read
    qtbot.keyClicks(form.ui.sex_combo, "P")  # the next keys land in the next field, not in the date
    assert form.ui.sex_combo.currentData() == "P"
    assert entry.date() == dt.date(1980, 8, 15)
    assert form.fields.read()["birth_date"] == "1980-08-15"


def test_unreadable_date_stays_as_typed_and_blocks_save(qtbot: QtBot, form) -> None:  # type: ignore[no-untyped-def]
    entry = form.ui.birth_date_edit
    focus(qtbot, entry.edit)
    qtbot.keyClicks(entry.edit, "15-13-1980")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    assert not entry.edit.hasFocus()
    assert entry.text() == "15-13-1980", "never silently emptied on leaving the field"
    assert entry.date() is None
    assert entry.read_label.text() == "belum terbaca"
    form.check_now()
    problem = form.fields.problem_label("birth_date")
    qtbot.waitUntil(lambda: "bulan 13 tidak ada" in problem.text())
    assert problem.text().startswith("Tanggal lahir '15-13-1980'")
    assert not form.save()  # Save stays possible, refuses, and puts the cursor where the fix is
    first = form.fields.first_field_with(form.check_now())
    assert first == "nik"  # the NIK comes before the date in the form


def test_typing_after_a_nik_typo_does_not_land_in_the_date(qtbot: QtBot, form) -> None:  # type: ignore[no-untyped-def]
    """Seen: with the date empty, '15-08-1980' gave 'belum diisi5081980' and swallowed the next fields."""
    qtbot.keyClicks(form.ui.nik_edit, "217102150880")  # a NIK typo: too short, so no date is proposed
    entry = form.ui.birth_date_edit
    assert entry.text() == ""
    focus(qtbot, entry.edit)
    qtbot.keyClicks(entry.edit, "15-08-1980")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "P")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Jl. Hang Tuah 3")
    assert entry.text() == "15-08-1980"
    assert form.ui.address_edit.text() == "Jl. Hang Tuah 3"
    assert form.ui.sex_combo.currentData() == "P"


def test_calendar_is_indonesian_and_opens_near_a_plausible_date(qtbot: QtBot, form) -> None:  # type: ignore[no-untyped-def]
    entry = form.ui.birth_date_edit
    focus(qtbot, entry.edit)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = entry.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    today = dt.date.today()
    assert today.year - 45 <= calendar.selectedDate().year() <= today.year - 35  # not January 1900
    assert calendar.locale().language() == QLocale.Language.Indonesian
    assert calendar.locale().dayName(1) == "Senin" and calendar.locale().monthName(8) == "Agustus"
    popup.close()
    # With the NIK typed, the calendar opens on the NIK's birth date.
    qtbot.keyClicks(form.ui.nik_edit, "2171025508800003")  # a woman born 15-08-1980 (day + 40)
    entry.set_date(None)
    entry.open_calendar()
    assert entry.popup.calendar.selectedDate().toPython() == dt.date(1980, 8, 15)
    days = entry.popup.calendar.findChild(QTableView)  # the grid of days takes the keys
    qtbot.keyClick(days, Qt.Key.Key_Right)  # 16-08-1980
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not entry.popup.isVisible()
    assert entry.date() == dt.date(1980, 8, 16)
    assert entry.edit.hasFocus()
