"""Hak Peserta in the desktop: a clerk finds who has not returned a signed consent form, records returned ones
(typing the date, choosing the receiver, clicking), prints forms; the participant page makes a data copy; a
supervisor checks and runs the retention purge; the monthly task runs after sign-in."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.reports import AuditFilter
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.ui.i18n import LanguagePreference
from jamsos_desktop.ui.main_window import MainWindow
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.pdp.received_dialog import ConsentReceivedDialog
from jamsos_desktop.ui.views.session.session_controller import SessionController

from .conftest import ACCOUNTS, KELURAHAN, ScriptedPrompter, sign_in
from .test_sync_page import ScriptedPicker


def _person(nik: str, name: str, rt: str) -> dict[str, object]:
    return {"nik": nik, "full_name": name, "birth_place": "Batam", "birth_date": "1980-05-05", "sex": "P",
            "mother_name": "Fatimah", "address": "Jl. Mawar No. 1", "rt": rt, "rw": "12", "kelurahan_code": KELURAHAN,
            "phone": "0812-3456-7890", "category": "ketua_rt", "sk_number": "12/SK/2025"}


PEOPLE = [("2171024505800003", "Siti Aminah", "3"), ("2171021203900004", "Rahmat Hidayat", "5"),
          ("2171024101850005", "Dewi Lestari", "3")]


def _window(qtbot: QtBot, services: Services, prompter: ScriptedPrompter, picker: ScriptedPicker,
            tmp_path: Path) -> MainWindow:
    session = SessionController(services, activity_source=QCoreApplication.instance())
    language = LanguagePreference(QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, session=session, tasks=TaskRunner(), prompter=prompter,  # type: ignore[arg-type]
                        language=language)
    window.rights.consent._picker = picker  # type: ignore[assignment]
    window.rights_button._picker = picker  # type: ignore[assignment]
    qtbot.addWidget(window)
    window.show()
    return window


def _click_nav(qtbot: QtBot, window: MainWindow, title: str) -> None:
    nav = window.ui.nav_list
    row = next(r for r in range(nav.count()) if nav.item(r).text() == title)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())


def _select_row(qtbot: QtBot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    table = view.ui.table_view
    rect = table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shown_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]


def test_a_clerk_records_returned_forms_and_prints_the_missing_ones(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    ids = [services.participants.register(_person(*p)).id for p in PEOPLE]
    sign_in(services, "siti")
    picker = ScriptedPicker()
    window = _window(qtbot, services, prompter, picker, tmp_path)
    _click_nav(qtbot, window, "Hak Peserta")
    view = window.rights.consent
    assert window.ui.page_stack.currentWidget() is window.rights and view.isVisible()
    assert _shown_names(view) == ["DEWI LESTARI", "SITI AMINAH", "RAHMAT HIDAYAT"]  # by RW, RT, name
    assert "3 dari 3 peserta" in view.ui.summary_label.text()
    assert not view.ui.received_button.isEnabled()  # nothing chosen yet

    qtbot.keyClicks(view.ui.rt_edit, "5")
    qtbot.waitUntil(lambda: _shown_names(view) == ["RAHMAT HIDAYAT"])
    view.ui.rt_edit.clear()
    qtbot.keyClicks(view.ui.search_edit, "siti")
    qtbot.waitUntil(lambda: _shown_names(view) == ["SITI AMINAH"])
    _select_row(qtbot, view, 0)
    qtbot.mouseClick(view.ui.received_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ConsentReceivedDialog)
    assert dialog is not None and dialog.isVisible() and "SITI AMINAH" in dialog.ui.question_label.text()
    assert dialog.ui.receiver_combo.currentData() == "siti"
    today = services.office.today()
    dialog.ui.date_edit.setFocus()
    back = today - dt.timedelta(days=2)
    # the clerk clicks the day part and types the day the form came back (on the 1st or 2nd of a month that day
    # is in the month before: the month part first, and the year part on the 1st and 2nd of January)
    for section, value, needed in ((QDateEdit.Section.YearSection, f"{back:%Y}", back.year != today.year),
                                   (QDateEdit.Section.MonthSection, f"{back:%m}", back.month != today.month),
                                   (QDateEdit.Section.DaySection, f"{back:%d}", True)):
        if needed:
            dialog.ui.date_edit.setSelectedSection(section)
            qtbot.keyClicks(dialog.ui.date_edit, value)
    assert dialog.ui.date_edit.date().toPython() == back
    dialog.ui.receiver_combo.setCurrentIndex(dialog.ui.receiver_combo.findData("lurah"))
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_names(view) == [])
    record = services.consent.status(ids[0])
    assert record is not None and record.received_by == "lurah" and record.received_on == back
    assert record.recorded_by == "siti"
    assert "1 formulir bertanda tangan dicatat" in view.ui.result_label.text()

    qtbot.mouseClick(view.ui.reset_filters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_names(view) == ["DEWI LESTARI", "RAHMAT HIDAYAT"])
    assert "2 dari 3 peserta" in view.ui.summary_label.text()
    picker.answers = [tmp_path / "belum-kembali", tmp_path / "kosong.pdf"]  # a name typed without .pdf
    qtbot.mouseClick(view.ui.print_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "belum-kembali.pdf").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: "2 formulir tersimpan" in view.ui.result_label.text(), timeout=30_000)
    qtbot.mouseClick(view.ui.blank_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 formulir tersimpan" in view.ui.result_label.text(), timeout=30_000)
    assert (tmp_path / "kosong.pdf").exists()

    # Double-clicking a row opens that participant's page.
    table = view.ui.table_view
    where = table.visualRect(view.model.index(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a real double-click starts
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.ui.page_stack.currentWidget() is window.participants
    assert window.participants.form_view.participant_id == ids[1]


def test_the_participant_page_makes_a_data_copy_and_prints_the_form(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    pid = services.participants.register(_person(*PEOPLE[0])).id
    picker = ScriptedPicker()
    window = _window(qtbot, services, prompter, picker, tmp_path)
    page = window.participants
    page.new_participant()
    assert not window.rights_button.isVisible()  # nothing on record yet for a new participant
    page.open_participant(pid)
    button = window.rights_button
    assert button.isVisible() and button.text() == "Hak peserta"
    button.menu().aboutToShow.emit()
    assert button.received_action.isEnabled()
    picker.answers = [tmp_path / "salinan.pdf", tmp_path / "formulir.pdf"]
    button.copy_action.trigger()
    qtbot.waitUntil(lambda: any(m[1] == "Salinan data tersimpan" for m in prompter.messages), timeout=30_000)
    assert (tmp_path / "salinan.pdf").stat().st_size > 5000
    button.form_action.trigger()
    qtbot.waitUntil(lambda: any(m[1] == "Formulir tersimpan" for m in prompter.messages), timeout=30_000)
    assert (tmp_path / "formulir.pdf").exists()
    events = [e.action for e in services.reports.audit_events(AuditFilter(entity_id=pid))]
    assert "data_copy" in events and "consent_form_print" in events
    button.received_action.trigger()
    dialog = window.findChild(ConsentReceivedDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert services.consent.status(pid) is not None
    button.menu().aboutToShow.emit()
    today = services.office.today()
    assert not button.received_action.isEnabled()
    assert button.received_action.text() == f"Formulir bertanda tangan diterima {today:%d-%m-%Y}"


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def aged(tmp_path: Path) -> Iterator[tuple[Services, _Clock]]:
    """An office where Siti was deleted five years and a day ago."""
    clock = _Clock()
    office = open_office(tmp_path / "aged", clock=clock, startup_backup=False)
    initialize(office, kelurahan=KELURAHAN, admin_username="admin", admin_password=ACCOUNTS["admin"][0])
    svc = Services(office)
    svc.auth.login("admin", ACCOUNTS["admin"][0])
    for username in ("siti", "lurah"):
        password, role = ACCOUNTS[username]
        svc.auth.create_operator(username=username, display_name=username.title(), password=password, role=role)
    pid = svc.participants.register(_person(*PEOPLE[0])).id
    svc.participants.delete(pid, reason="meninggal")
    clock.now += dt.timedelta(days=5 * 366)
    yield svc, clock
    office.close()


def test_a_supervisor_checks_then_purges_and_an_operator_cannot(
        qtbot: QtBot, aged: tuple[Services, _Clock], prompter: ScriptedPrompter, tmp_path: Path) -> None:
    services, clock = aged
    with services.office.db.write() as s:  # the monthly run was yesterday; Siti's five years ended today
        settings_store.put(s, "pdp.last_purge_at", (clock.now - dt.timedelta(days=1)).isoformat())
    sign_in(services, "siti")
    window = _window(qtbot, services, prompter, ScriptedPicker(), tmp_path)
    window.rights.ui.tabs.setCurrentWidget(window.rights.retention)
    _click_nav(qtbot, window, "Hak Peserta")
    view = window.rights.retention
    assert not view.ui.check_button.isEnabled() and not view.ui.purge_button.isEnabled()
    assert "Hanya supervisor atau admin" in view.ui.result_label.text()

    sign_in(services, "lurah")
    window.on_signed_in(services.office.actor)
    view.refresh()
    assert view.ui.years_spin.value() == 5 and not view.ui.purge_button.isEnabled()
    qtbot.keyClicks(view.ui.contact_edit, "PPDP Disnaker, ppdp@batam.go.id")
    qtbot.mouseClick(view.ui.save_years_button, Qt.MouseButton.LeftButton)
    assert services.settings.get("pdp.contact") == "PPDP Disnaker, ppdp@batam.go.id"
    assert "kontak PPDP tersimpan" in view.ui.result_label.text()
    qtbot.mouseClick(view.ui.check_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1 and view.model.item(0, 0).text() == "SITI AMINAH"
    assert "1 peserta melewati masa simpan 5 tahun" in view.ui.result_label.text()
    assert services.participants.page(_deleted())[0]["full_name"] == "SITI AMINAH"  # a dry run changes nothing
    prompter.answers["confirm"] = True
    qtbot.mouseClick(view.ui.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Selesai" in view.ui.result_label.text(), timeout=30_000)
    assert services.participants.page(_deleted())[0]["full_name"] == ""
    assert services.maintenance.check().ok


def _deleted() -> ListFilter:
    return ListFilter(include_deleted=True)


def test_the_monthly_task_runs_after_sign_in_and_says_what_it_erased(
        qtbot: QtBot, aged: tuple[Services, _Clock], prompter: ScriptedPrompter, tmp_path: Path) -> None:
    services, _clock = aged
    sign_in(services, "siti")
    window = _window(qtbot, services, prompter, ScriptedPicker(), tmp_path)  # signed in: the month's run starts
    qtbot.waitUntil(lambda: any(m[1] == "Pemusnahan data bulanan" for m in prompter.messages), timeout=30_000)
    text = next(m[2] for m in prompter.messages if m[1] == "Pemusnahan data bulanan")
    assert "untuk 1 peserta" in text and "5 tahun" in text
    assert services.participants.page(_deleted())[0]["full_name"] == ""
    window.rights.retention.refresh()  # what the tab shows when opened next
    assert window.rights.retention.ui.last_run_label.text().startswith("Pemeriksaan terakhir:")


def test_a_supervisor_reports_a_lost_stick_with_the_letter_and_the_list(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    from .test_sync_page import TestHub

    hub = TestHub(tmp_path)
    services.sync.trust_hub(hub.identity_file)
    ids = [services.participants.register(_person(*p)).id for p in PEOPLE[:2]]
    services.participants.approve(ids)
    sent = services.sync.export_bundle(tmp_path)
    sign_in(services, "siti")
    picker = ScriptedPicker()
    window = _window(qtbot, services, prompter, picker, tmp_path)
    window.rights.breach._picker = picker  # type: ignore[assignment]
    window.rights.ui.tabs.setCurrentWidget(window.rights.breach)
    _click_nav(qtbot, window, "Hak Peserta")
    view = window.rights.breach
    assert not view.isEnabled() and "Hanya supervisor atau admin" in view.ui.summary_label.text()

    sign_in(services, "lurah")
    window.on_signed_in(services.office.actor)
    view.refresh()
    assert view.isEnabled() and view.ui.source_combo.count() == 1
    assert sent.path.name in view.ui.source_combo.currentText()
    assert "Data 2 peserta dan 0 ahli waris (0 anak)" in view.ui.summary_label.text()
    assert "Isinya terenkripsi" in view.ui.summary_label.text()
    qtbot.keyClicks(view.ui.note_edit, "Flashdisk jatuh di pelabuhan")
    qtbot.mouseClick(view.ui.pc_radio, Qt.MouseButton.LeftButton)
    assert not view.ui.source_combo.isEnabled() and "tidak terenkripsi" in view.ui.summary_label.text()
    qtbot.mouseClick(view.ui.bundle_radio, Qt.MouseButton.LeftButton)
    picker.answers = [tmp_path / "laporan"]
    (tmp_path / "laporan").mkdir()
    qtbot.mouseClick(view.ui.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Surat pemberitahuan:" in view.ui.result_label.text(), timeout=30_000)
    (letter,) = (tmp_path / "laporan").glob("surat-*.pdf")
    (people,) = (tmp_path / "laporan").glob("lampiran-*.xlsx")
    assert letter.stat().st_size > 5000 and people.stat().st_size > 3000
    (event,) = services.reports.audit_events(AuditFilter(action="breach_report"))
    assert event.operator == "lurah"


def test_screenshots_of_the_rights_page(x_display: str, shots: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("screenshots_rights.py")), str(shots)],
                            env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("rights-consent", "rights-retention", "rights-breach", "participant-rights-button",
                 "participant-rights-menu"):
        png = shots / f"{name}.png"
        assert png.exists() and png.stat().st_size > 2_000, png
