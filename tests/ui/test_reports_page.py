"""Laporan page: the recap table's totals match the office data; PDF and XLSX files are written.
Also the screenshots of the Kirim Data page, the Laporan page and the audit viewer (under Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.sync.receipt import ChangeVerdict, ParticipantUpdate
from jamsos_desktop.ui.models.recap_table import RecapTableModel
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.reports.reports_page import ReportsPage

from .conftest import ScriptedPrompter
from .test_sync_page import ScriptedPicker, TestHub, register

ROOT = Path(__file__).resolve().parents[2]


def test_recap_model_sums_every_column_without_a_window() -> None:
    rows = [SimpleNamespace(rw="001", rt="002", category="nelayan", counts={"ready": 2, "active": 3},
                            monthly_contribution=50_400, total=5),
            SimpleNamespace(rw="001", rt="003", category="petani", counts={"received": 1, "rejected": 1},
                            monthly_contribution=16_800, total=2)]
    model = RecapTableModel(category_labels={"nelayan": "Nelayan"})
    assert model.rowCount() == 0
    model.set_rows(rows)  # type: ignore[arg-type]
    assert model.rowCount() == 3 and model.is_totals_row(2)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["RW", "RT", "Kategori", "Menunggu"] and headers[-2:] == ["Jumlah", "Iuran per bulan"]
    cells = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(3)]
    assert cells[0][:3] == ["001", "002", "Nelayan"] and cells[1][2] == "petani"
    assert cells[2][2] == "JUMLAH" and cells[2][-2:] == ["7", "Rp67.200"]
    assert cells[2][headers.index("Aktif")] == "3" and cells[2][headers.index("Ditolak")] == "1"
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()


def test_recap_totals_match_the_data_and_files_are_written(
        qtbot: QtBot, services: Services, prompter: ScriptedPrompter, tmp_path: Path) -> None:
    hub = TestHub(tmp_path)
    services.sync.trust_hub(hub.identity_file)
    services.settings.set("approval.required", "0")
    accepted = register(services, 6, seed=2)
    services.sync.export_bundle(tmp_path)
    dev = services.sync.identity().device_id
    receipt = hub.receipt_file(services, tmp_path, [ChangeVerdict(dev, i + 1, pid, 1, "accepted")
                                                    for i, pid in enumerate(accepted)],
                               (ParticipantUpdate(accepted[0], "12345678901"),))
    services.sync.apply_receipt_file(receipt)
    services.settings.set("approval.required", "1")
    register(services, 9, seed=3)

    picker = ScriptedPicker()
    page = ReportsPage(services, tasks=TaskRunner(), prompter=prompter, picker=picker)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert page.ui.summary_label.text() == "Menghitung rekap…"  # read on the worker, not on the GUI thread
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    counts = services.participants.status_counts()
    assert counts == {"active": 1, "received": 5, "ready": 9}
    totals = model.totals
    assert totals["total"] == 15 and {s: totals[s] for s in counts} == counts
    recap = services.reports.recap()
    keys = [(r.rw, r.rt, r.category) for r in recap]
    assert len(keys) > 1 and keys == sorted(keys)  # per RW, RT and category, as the table and the files show them
    assert totals["monthly_contribution"] == sum(r.monthly_contribution for r in recap) > 0
    last = model.rowCount() - 1
    assert model.data(model.index(last, 2)) == "JUMLAH" and model.data(model.index(last, 10)) == "15"
    assert "15 peserta" in page.ui.summary_label.text() and "Menunggu 9 · Disetujui 0" in page.ui.summary_label.text()

    picker.answers = [tmp_path / "rekap"]
    qtbot.mouseClick(page.ui.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.messages) and prompter.messages[-1][1] == "Rekap tersimpan",
                    timeout=10_000)
    assert (tmp_path / "rekap.pdf").read_bytes().startswith(b"%PDF")

    picker.answers = [tmp_path / "rekap.xlsx"]
    before = len(prompter.messages)
    qtbot.mouseClick(page.ui.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(prompter.messages) > before, timeout=10_000)
    sheet = load_workbook(tmp_path / "rekap.xlsx").active
    jumlah = next(row for row in sheet.iter_rows(values_only=True) if "JUMLAH" in row)
    assert 15 in jumlah

    picker.answers = [tmp_path / "tidak-ada" / "rekap.pdf"]
    before = len(prompter.messages)
    qtbot.mouseClick(page.ui.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(prompter.messages) > before, timeout=10_000)
    assert prompter.messages[-1][:2] == ("warn", "Rekap belum tersimpan")


def test_screenshots_of_sync_reports_and_audit(x_display: str, shots: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("screenshots_pages.py")), str(shots)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("sync-page", "reports-page", "audit-viewer"):
        png = shots / f"{name}.png"
        assert png.exists() and png.stat().st_size > 10_000, png
