"""A clerk's day, driven through the real widgets: register, fix a bad NIK, find, correct, approve, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.approval.approval_view import ApprovalView
from jamsos_desktop.ui.views.participants.page import ParticipantsPage

from .conftest import KELURAHAN, ScriptedPrompter, sign_in

NIK = "2171021205850001"  # Batu Ampar, born 12-05-1985, male


def make_page(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> ParticipantsPage:
    page = ParticipantsPage(services, kelurahan_code=KELURAHAN, kelurahan_label="Sungai Jodoh", prompter=prompter)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry the way the clerk's click does: change the selection, then `activated`."""
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_participant(qtbot: QtBot, page: ParticipantsPage, *, nik: str = NIK, phone: str = "0812 3456 7890") -> None:
    ui = page.form_view.ui
    qtbot.keyClicks(ui.nik_edit, nik)
    qtbot.keyClicks(ui.full_name_edit, "Budi Santoso")
    qtbot.keyClicks(ui.mother_name_edit, "Siti Aminah")
    qtbot.keyClicks(ui.birth_place_edit, "Batam")
    qtbot.keyClicks(ui.address_edit, "Jl. Raja Ali Haji No. 5")
    qtbot.keyClicks(ui.rt_edit, "3")
    qtbot.keyClicks(ui.rw_edit, "12")
    choose(ui.category_combo, "ketua_rt")
    qtbot.keyClicks(ui.sk_number_edit, "12/SK/KEL/2025")
    if phone:
        qtbot.keyClicks(ui.phone_edit, phone)
    page.form_view.check_now()  # what the debounced check does a moment after the last key
    assert not [p for p in page.form_view._problems if p.level.value == "block"]  # noqa: SLF001


def test_register_fix_nik_find_edit_approve_delete(qtbot: QtBot, services: Services,
                                                   prompter: ScriptedPrompter) -> None:
    page = make_page(qtbot, services, prompter)
    qtbot.mouseClick(page.list_view.ui.new_button, Qt.MouseButton.LeftButton)
    form = page.form_view
    assert page.form_is_open()

    # A NIK with digits missing: the inline error appears next to the field; Save refuses and comes back to it.
    qtbot.keyClicks(form.ui.nik_edit, NIK[:11])
    nik_problem = form.fields.problem_label("nik")
    qtbot.waitUntil(lambda: "16 digit" in nik_problem.text() and nik_problem.isVisibleTo(form))
    form.ui.full_name_edit.setFocus()
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    assert services.participants.count() == 0
    qtbot.waitUntil(form.ui.nik_edit.hasFocus)

    # The rest of the NIK: the error goes, birth date and sex are proposed from it.
    qtbot.keyClicks(form.ui.nik_edit, NIK[11:])
    qtbot.waitUntil(lambda: not nik_problem.isVisibleTo(form))
    assert form.ui.birth_date_edit.date().isoformat() == "1985-05-12"
    assert form.ui.sex_combo.currentData() == "L"
    assert "NIK" in form.ui.proposal_label.text()

    # Only the category's own fields show.
    type_participant(qtbot, page, nik="")
    assert form.ui.sk_number_edit.isVisibleTo(form)
    assert not form.ui.kusuka_number_edit.isVisibleTo(form)
    form.check_now()
    assert form.ui.save_button.isEnabled()
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    assert "Tersimpan" in form.ui.message_label.text()
    assert services.participants.count() == 1
    assert not form.is_dirty()

    # Back in the list, typing part of the name finds the person (search is debounced).
    qtbot.mouseClick(form.ui.back_button, Qt.MouseButton.LeftButton)
    assert not page.form_is_open()
    list_view = page.list_view
    qtbot.keyClicks(list_view.ui.search_edit, "santo")
    qtbot.waitUntil(lambda: list_view.model.filter.text == "santo" and list_view.model.total == 1)
    masked = list_view.model.data(list_view.model.index(0, 1))
    assert masked == "2171 **** **** 0001"

    # Open it and correct the phone number.
    list_view.ui.table_view.selectRow(0)
    qtbot.mouseClick(list_view.ui.open_button, Qt.MouseButton.LeftButton)
    assert form.ui.nik_edit.text() == NIK  # the opened record shows the NIK in full
    form.ui.phone_edit.clear()
    qtbot.keyClicks(form.ui.phone_edit, "081299998888")
    assert form.is_dirty()
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    pid = form.participant_id
    assert pid is not None
    record = services.participants.show(pid)
    assert record["phone"] == "+6281299998888" and record["revision"] == 2

    # The supervisor approves it.
    sign_in(services, "lurah")
    approval = ApprovalView(services, tasks=TaskRunner(), prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(approval)
    assert approval.model.total == 1
    approval.ui.approval_table.selectRow(0)
    assert approval.ui.approve_selected_button.isEnabled()
    qtbot.mouseClick(approval.ui.approve_selected_button, Qt.MouseButton.LeftButton)
    assert services.participants.show(pid)["status"] == "approved"
    assert approval.model.total == 0

    # Deleting asks for a reason and keeps the row, marked deleted.
    page.open_participant(pid)
    prompter.answers["reason"] = "pindah"
    qtbot.mouseClick(form.ui.delete_button, Qt.MouseButton.LeftButton)
    assert any(kind == "reason" for kind, *_ in prompter.messages)
    assert not page.form_is_open()
    assert services.participants.count() == 0
    assert services.participants.show(pid)["deleted_reason"] == "pindah"
    assert page.list_view.ui.notice_label.text().startswith("Data BUDI SANTOSO dihapus")  # said, not silent
    assert page.list_view.empty_state.label.isVisible()  # and the empty list says what to do next
    assert "Peserta baru" in page.list_view.empty_state.label.text()


def test_warnings_ask_before_saving(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    page = make_page(qtbot, services, prompter)
    page.new_participant()
    type_participant(qtbot, page, phone="")  # an empty phone number is a warning, not a block
    page.form_view.check_now()
    assert "peringatan" in page.form_view.ui.summary_label.text()
    prompter.answers["confirm"] = False
    qtbot.mouseClick(page.form_view.ui.save_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "confirm" and "Nomor HP" in prompter.messages[-1][2]
    assert services.participants.count() == 0
    prompter.answers["confirm"] = True
    qtbot.mouseClick(page.form_view.ui.save_button, Qt.MouseButton.LeftButton)
    assert services.participants.count() == 1


def test_unsaved_changes_are_never_silently_lost(qtbot: QtBot, services: Services,
                                                 prompter: ScriptedPrompter) -> None:
    page = make_page(qtbot, services, prompter)
    page.new_participant()
    qtbot.keyClicks(page.form_view.ui.full_name_edit, "Dewi")
    prompter.answers["unsaved"] = "cancel"
    qtbot.mouseClick(page.form_view.ui.back_button, Qt.MouseButton.LeftButton)
    assert prompter.messages[-1][0] == "unsaved"
    assert page.form_is_open() and page.form_view.ui.full_name_edit.text() == "Dewi"
    prompter.answers["unsaved"] = "discard"
    assert page.confirm_leave()


def test_duplicate_nik_is_shown_inline(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    page = make_page(qtbot, services, prompter)
    page.new_participant()
    type_participant(qtbot, page)
    qtbot.mouseClick(page.form_view.ui.save_button, Qt.MouseButton.LeftButton)
    page.new_participant()
    qtbot.keyClicks(page.form_view.ui.nik_edit, NIK)
    page.form_view.check_now()
    assert "sudah terdaftar" in page.form_view.fields.problem_label("nik").text()
    assert not page.form_view.save()
    assert services.participants.count() == 1


def test_beneficiaries_sub_table(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    page = make_page(qtbot, services, prompter)
    page.new_participant()
    type_participant(qtbot, page)
    form = page.form_view
    qtbot.mouseClick(form.ui.add_beneficiary_button, Qt.MouseButton.LeftButton)
    model = form.ui.beneficiaries_table.model()
    model.setData(model.index(0, 0), "Rina")
    form.check_now()
    assert "Hubungan ahli waris" in form.ui.beneficiaries_problem_label.text()
    model.setData(model.index(0, 1), "Istri")
    model.setData(model.index(0, 3), "01-02-1990")
    form.check_now()
    assert form.ui.save_button.isEnabled()
    qtbot.mouseClick(form.ui.save_button, Qt.MouseButton.LeftButton)
    record = services.participants.show(form.participant_id)  # type: ignore[arg-type]
    assert record["beneficiaries"] == [{"name": "RINA", "relationship": "istri", "phone": "",
                                        "birth_date": "1990-02-01"}]
