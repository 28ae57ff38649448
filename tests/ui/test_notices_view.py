"""Notices from Disnaker in the desktop app: the count on the main window, the notice text on the participant
form, "Tandai sudah dibaca", and a moved participant shown as moved and read only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.notices import apply_notices
from jamsos_desktop.sync.notices import Notice

from .conftest import KELURAHAN, ScriptedPrompter, open_main_window

REJECTED = "BPJS menolak pendaftaran: NIK tidak cocok dengan data Dukcapil. Periksa NIK lalu simpan lagi."


def _with_notices(services: Services) -> tuple[str, str]:
    rejected, moved = (s.id for s in services.participants.register_many(
        synthetic_records(2, seed=81, kelurahan_code=KELURAHAN)))
    with services.office.db.write() as s:  # what applying a receipt with these notice lines does
        apply_notices(s, [
            Notice("n-1", rejected, "bpjs_rejected", "2026-11-30T03:00:00Z", REJECTED, {"reason": "NIK tidak cocok"}),
            Notice("n-2", moved, "transfer_out", "2026-11-30T04:00:00Z", "Peserta pindah ke Kelurahan Tanjung Uncang.",
                   {"to_kelurahan_code": "21.71.12.1001", "to_kelurahan_name": "Tanjung Uncang"})],
            bundle_id="receipt-1", now=services.office.now(), actor="system")
    return rejected, moved


def test_the_participant_form_shows_its_notice_and_the_window_counts_them(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path, shots: Path) -> None:
    rejected, moved = _with_notices(services)
    window = open_main_window(qtbot, services, prompter, tmp_path, size=(1280, 800))
    count = window.status.notices_label
    qtbot.waitUntil(lambda: count.text() == "Kabar dari Disnaker: 2")  # read on the worker at start
    assert count.isVisible()
    window.on_open_requested(rejected)
    form = window.participants.form_view
    panel = form.notice_panel
    qtbot.waitUntil(panel.isVisible)
    texts = [label.text() for label in panel.findChildren(QLabel, "notice_text")]
    assert len(texts) == 1 and REJECTED in texts[0] and "2026" in texts[0]
    shots.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(shots / "participant-notice.png"))
    [button] = [b for b in panel.findChildren(type(form.ui.save_button), "notice_read_button")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert count.text() == "Kabar dari Disnaker: 1"
    assert services.notices.of_participant(rejected) == []
    assert form.ui.save_button.isVisible()  # a rejected participant stays correctable


def test_a_moved_participant_is_shown_moved_and_read_only(qtbot: QtBot, services: Services,
                                                          prompter: ScriptedPrompter, tmp_path: Path) -> None:
    _rejected, moved = _with_notices(services)
    window = open_main_window(qtbot, services, prompter, tmp_path, size=(1280, 800))
    window.on_open_requested(moved)
    form = window.participants.form_view
    qtbot.waitUntil(form.notice_panel.isVisible)
    assert form.ui.status_label.text() == "Pindah ke Kelurahan Tanjung Uncang"
    assert "hanya bisa dilihat" in form.ui.message_label.text()
    assert not form.ui.save_button.isVisible() and not form.ui.delete_button.isVisible()
    assert form.ui.full_name_edit.isReadOnly() or not form.ui.full_name_edit.isEnabled()
    window.participants.list_view.refresh()
    model = window.participants.list_view.model
    statuses = {model.index(r, model.COLUMNS.index("status")).data() for r in range(model.rowCount())}
    assert "Pindah ke Tanjung Uncang" in statuses
