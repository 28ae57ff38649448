"""The supervisor's approval page: check one in the detail pane, approve all only after a count, reject many at once.

Seen before: no detail pane (the NIK is masked, so checking meant leaving the page), "Setujui semua (150)" one
click from approving everything, rejecting one record at a time, no word after approving, a blank table.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.reports import AuditFilter
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.approval.approval_view import ApprovalView

from .conftest import KELURAHAN, ScriptedPrompter, sign_in


def make_view(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> ApprovalView:
    view = ApprovalView(services, tasks=TaskRunner(), prompter=prompter)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_row(qtbot: QtBot, view: ApprovalView, row: int,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    table = view.ui.approval_table
    rect = table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_detail_pane_shows_the_whole_record_and_is_audited(qtbot: QtBot, services: Services,
                                                            prompter: ScriptedPrompter) -> None:
    saved = services.participants.register_many(synthetic_records(3, seed=5, kelurahan_code=KELURAHAN))
    sign_in(services, "lurah")
    view = make_view(qtbot, services, prompter)
    click_row(qtbot, view, 0)
    pid = view.selected_ids()[0]
    record = services.participants.show(pid, audit_view=False)
    qtbot.waitUntil(lambda: record["nik"] in view.ui.detail_browser.toPlainText())  # the full NIK, not masked
    text = view.ui.detail_browser.toPlainText()
    assert record["full_name"] in text and "Rincian teknis" in text
    views = services.reports.audit_events(AuditFilter(action="view", entity_id=pid))
    assert [e.operator for e in views] == ["lurah"]
    assert {s.id for s in saved} >= {pid}


def test_approve_all_asks_with_the_count_and_says_what_it_did(qtbot: QtBot, services: Services,
                                                              prompter: ScriptedPrompter) -> None:
    services.participants.register_many(synthetic_records(4, seed=6, kelurahan_code=KELURAHAN))
    sign_in(services, "lurah")
    view = make_view(qtbot, services, prompter)
    assert view.ui.approve_all_button.text() == "Setujui semua (4)…"
    prompter.answers["confirm"] = False
    qtbot.mouseClick(view.ui.approve_all_button, Qt.MouseButton.LeftButton)
    assert "4 data" in prompter.messages[-1][2]
    assert services.participants.status_counts().get("ready") == 4  # "Batal" approves nothing
    prompter.answers["confirm"] = True
    qtbot.mouseClick(view.ui.approve_all_button, Qt.MouseButton.LeftButton)
    assert services.participants.status_counts().get("approved") == 4
    assert view.ui.result_label.text().startswith("4 data disetujui")
    assert view.empty_state.label.isVisible()
    assert "Tidak ada data yang menunggu" in view.empty_state.label.text()


def test_reject_several_with_one_reason(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> None:
    services.participants.register_many(synthetic_records(5, seed=7, kelurahan_code=KELURAHAN))
    sign_in(services, "lurah")
    view = make_view(qtbot, services, prompter)
    click_row(qtbot, view, 1)
    qtbot.keyClick(view.ui.approval_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.ui.approval_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = view.selected_ids()
    assert len(chosen) == 3
    assert view.ui.reject_button.isEnabled() and view.ui.reject_button.text() == "Tolak (3)…"
    prompter.answers["reason"] = "Foto KTP tidak terbaca, minta fotokopi baru"
    qtbot.mouseClick(view.ui.reject_button, Qt.MouseButton.LeftButton)
    assert "Tolak 3 data" in prompter.messages[-1][2]
    for pid in chosen:
        record = services.participants.show(pid, audit_view=False)
        assert (record["status"], record["status_reason"]) == ("rejected", "Foto KTP tidak terbaca, minta fotokopi baru")
    assert services.participants.status_counts().get("ready") == 2
    assert view.ui.result_label.text().startswith("3 data ditolak")


def test_a_record_approved_meanwhile_is_refused_in_words(qtbot: QtBot, services: Services,
                                                          prompter: ScriptedPrompter) -> None:
    """Two supervisors at once: the record the page still lists was approved at the other desk."""
    services.participants.register_many(synthetic_records(2, seed=9, kelurahan_code=KELURAHAN))
    sign_in(services, "lurah")
    view = make_view(qtbot, services, prompter)
    click_row(qtbot, view, 0)
    services.participants.approve(view.selected_ids())  # at the other desk, behind this page's back
    prompter.answers["reason"] = "Alamat kurang lengkap"
    qtbot.mouseClick(view.ui.reject_button, Qt.MouseButton.LeftButton)
    kind, _title, text = prompter.messages[-1]
    assert kind == "warn" and "tidak menunggu persetujuan lagi (sekarang: disetujui)" in text
    assert "approved" not in text
    assert services.participants.status_counts().get("approved") == 1  # nothing rejected


def test_rejecting_many_runs_off_the_gui_thread_in_batches(qtbot: QtBot, services: Services,
                                                           prompter: ScriptedPrompter, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Hundreds rejected at once (a whole bad import) must not freeze the window: batches on the worker thread."""
    from jamsos_desktop.ui.views.approval import approval_view

    services.participants.register_many(synthetic_records(30, seed=11, kelurahan_code=KELURAHAN))
    sign_in(services, "lurah")
    monkeypatch.setattr(approval_view, "BACKGROUND_FROM", 10)
    monkeypatch.setattr(approval_view, "BATCH", 7)
    threads: list[bool] = []
    reject_many = services.participants.reject_many

    def recording(ids, *, reason):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return reject_many(ids, reason=reason)

    monkeypatch.setattr(services.participants, "reject_many", recording)
    view = make_view(qtbot, services, prompter)
    click_row(qtbot, view, 0)
    qtbot.keyClick(view.ui.approval_table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.ui.reject_button.text() == "Tolak (30)…"
    prompter.answers["reason"] = "Berkas impor salah kelurahan"
    with qtbot.waitSignal(view.participants_changed, timeout=20_000):
        qtbot.mouseClick(view.ui.reject_button, Qt.MouseButton.LeftButton)
    assert threads == [False] * 5  # 30 in batches of 7, none on the GUI thread
    assert services.participants.status_counts() == {"rejected": 30}
    assert view.ui.result_label.text().startswith("30 data ditolak")
