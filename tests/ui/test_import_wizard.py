"""Import from Excel through the wizard's widgets on a messy workbook, and export from the participant list."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QProgressDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.imports.import_wizard import ImportWizard
from jamsos_desktop.ui.views.participants.page import ParticipantsPage

from .conftest import KELURAHAN, ScriptedPrompter

HEADERS = ["No", "NIK", "Nama Lengkap", "Tempat/Tgl Lahir", "JK", "Alamat", "RT/RW", "No HP", "Nama Posyandu"]
ROWS: list[list[Any]] = [
    [1, "2171024505800003", "Siti Aminah ", "Batam, 05-05-1980", "P", "Jl. Mawar 1", "RT 03/RW 12", "0812 3456 7890",
     "Posyandu Melati"],
    [2, 2171024606810004, "Dewi Lestari", "Batam, 06-06-1981", "P", "Jl. Mawar 2", "3/12", "081234567891",
     "Posyandu Melati"],  # the NIK typed into a number cell: Excel kept 15 digits
    [3, "2171024707820005", "Rina 99", "Batam, 07-07-1982", "P", "Jl. Mawar 3", "03/012", "081234567892",
     "Posyandu Melati"],  # digits in the name
    [None] * 9,
    [4, "2171024808830006", "Fitri Yanti", "Batam, 8 Agustus 1983", "Perempuan", "Jl. Mawar 4", "RT 3 / RW 12",
     "+6281234567893", "Posyandu Melati"],
]


class ScriptedPicker:
    """Stands in for the FilePicker: answers every file question from a queue."""

    def __init__(self) -> None:
        self.answers: list[Path | None] = []

    def open_file(self, parent: Any, *, title: str, name_filter: str) -> Path | None:
        return self.answers.pop(0)

    def save_file(self, parent: Any, *, title: str, suggested: str, name_filter: str) -> Path | None:
        return self.answers.pop(0)


def messy_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kader"
    ws.append(["DAFTAR KADER POSYANDU KELURAHAN SUNGAI JODOH"])
    ws.append(["Tahun anggaran 2026"])
    ws.append([])
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    for (cell,) in ws.iter_rows(min_row=5, min_col=2, max_col=2):
        if isinstance(cell.value, str):
            cell.number_format = "@"
    wb.save(path)
    return path


@pytest.fixture
def page(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> ParticipantsPage:
    widget = ParticipantsPage(services, kelurahan_code=KELURAHAN, kelurahan_label="Sungai Jodoh",
                              prompter=prompter, tasks=TaskRunner(), picker=ScriptedPicker())  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def files_of(page: ParticipantsPage) -> ScriptedPicker:
    return page.spreadsheets._picker  # type: ignore[return-value]


def open_wizard(qtbot: QtBot, page: ParticipantsPage, workbook: Path) -> ImportWizard:
    qtbot.mouseClick(page.list_view.import_button, Qt.MouseButton.LeftButton)
    wizard = page.spreadsheets.wizard
    assert wizard is not None and wizard.isVisible()
    files_of(page).answers.append(workbook)
    qtbot.mouseClick(wizard.ui.choose_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.ui.file_page.isComplete)
    return wizard


def click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_category(wizard: ImportWizard, code: str) -> None:
    combo = wizard.ui.category_combo
    combo.setCurrentIndex(combo.findData(code))


def test_messy_workbook_dry_run_import_and_reimport(qtbot: QtBot, services: Services, page: ParticipantsPage,
                                                    prompter: ScriptedPrompter, tmp_path: Path) -> None:
    workbook = messy_workbook(tmp_path / "kader posyandu.xlsx")
    wizard = open_wizard(qtbot, page, workbook)
    assert "baris 4" in wizard.ui.file_info_label.text() and "5 baris data" in wizard.ui.file_info_label.text()

    # The mapping is proposed from the headers under the title block, one combo per sheet column.
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.ui.mapping_page
    mapping = wizard.mapping_model.mapping
    assert mapping.targets[:4] == (None, "nik", "full_name", "birth_place_date")
    assert mapping.column_of("rt_rw") == 6 and mapping.column_of("posyandu_name") == 8
    editor = wizard.ui.mapping_table.indexWidget(wizard.mapping_model.index(1, 3))
    assert isinstance(editor, QComboBox) and editor.currentText() == "NIK"
    # No category column: the clerk is told, and names the list's category.
    assert "Kategori" in wizard.ui.mapping_problems_label.text()
    assert wizard.ui.mapping_problems_label.property("level") == "warn"
    choose_category(wizard, "kader_posyandu")
    assert wizard.ui.mapping_problems_label.property("level") == "ok"

    # Dry run: counts, and the refused rows with the messages that say what to fix.
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.report_page)
    assert services.participants.count() == 0  # nothing written by the dry run
    counts = wizard.ui.counts_label.text()
    assert "Siap diimpor: 2" in counts and "Ditolak: 2" in counts and "kosong dilewati: 1" in counts
    wizard.ui.outcome_combo.setCurrentIndex(wizard.ui.outcome_combo.findData("refused"))
    model = wizard.report_model
    assert [model.result(r).row for r in range(model.rowCount())] == [6, 7]
    assert "Teks lalu ketik ulang" in model.problems_text(0)
    assert "huruf" in model.problems_text(1)
    wizard.ui.report_table.selectRow(0)
    assert "kolom NIK (B)" in wizard.ui.row_detail_label.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Impor 2 peserta"

    # The report as a workbook.
    files_of(page).answers.append(tmp_path / "laporan.xlsx")
    qtbot.mouseClick(wizard.ui.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.messages) and prompter.messages[-1][1] == "Laporan tersimpan")
    cells = [str(c.value) for row in openpyxl.load_workbook(tmp_path / "laporan.xlsx").active.iter_rows()
             for c in row if c.value]
    assert any("Teks lalu ketik ulang" in text for text in cells)

    # Import adds only the good rows, and the list shows them.
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.done_page)
    assert services.participants.count() == 2
    assert "2 peserta baru" in wizard.ui.done_label.text()
    assert page.list_view.model.total == 2
    assert {r["full_name"] for r in services.participants.page()} == {"SITI AMINAH", "FITRI YANTI"}
    wizard.accept()

    # The same file again: every good row is now a duplicate, so Import stays disabled and nothing is added.
    again = open_wizard(qtbot, page, workbook)
    click(qtbot, again, QWizard.WizardButton.NextButton)
    choose_category(again, "kader_posyandu")
    click(qtbot, again, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: again.currentPage() is again.ui.report_page)
    assert "Siap diimpor: 0" in again.ui.counts_label.text() and "Duplikat (sudah terdaftar atau dobel di berkas): 2" \
        in again.ui.counts_label.text()
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert services.participants.count() == 2


def test_a_mapping_that_cannot_work_blocks_next(qtbot: QtBot, page: ParticipantsPage, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, page, messy_workbook(tmp_path / "kader.xlsx"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    model = wizard.mapping_model
    model.setData(model.index(1, 3), "")  # the clerk un-maps the NIK column
    assert "Kolom NIK tidak ditemukan" in wizard.ui.mapping_problems_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    model.setData(model.index(0, 3), "nik")  # and maps "No" instead, then the real one as well: twice
    model.setData(model.index(1, 3), "nik")
    assert "lebih dari satu kolom" in wizard.ui.mapping_problems_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    model.setData(model.index(0, 3), "")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_unreadable_file_is_explained(qtbot: QtBot, page: ParticipantsPage, tmp_path: Path) -> None:
    bad = tmp_path / "catatan.xlsx"
    bad.write_text("bukan lembar kerja")
    qtbot.mouseClick(page.list_view.import_button, Qt.MouseButton.LeftButton)
    wizard = page.spreadsheets.wizard
    assert wizard is not None
    files_of(page).answers.append(bad)
    qtbot.mouseClick(wizard.ui.choose_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.ui.file_info_label.property("level") == "block")
    assert wizard.ui.file_info_label.text() and not wizard.ui.file_page.isComplete()


def test_export_uses_the_list_filters_and_keeps_nik_as_text(qtbot: QtBot, services: Services,
                                                            page: ParticipantsPage, prompter: ScriptedPrompter,
                                                            tmp_path: Path) -> None:
    from jamsos_desktop.services.demo import synthetic_records

    records = synthetic_records(5, seed=4, kelurahan_code=KELURAHAN)
    for record, rt in zip(records, ("003", "003", "007", "003", "009"), strict=True):
        record["rt"] = rt
    services.participants.register_many(records)
    page.list_view.refresh()
    qtbot.keyClicks(page.list_view.ui.rt_edit, "3")
    qtbot.waitUntil(lambda: page.list_view.model.total == 3)

    files_of(page).answers.append(tmp_path / "ekspor.xlsx")
    qtbot.mouseClick(page.list_view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(title == "Ekspor selesai" for _, title, _ in prompter.messages))
    sheet = openpyxl.load_workbook(tmp_path / "ekspor.xlsx").worksheets[0]
    headers = [c.value for c in sheet[1]]
    niks = [row[headers.index("NIK")] for row in sheet.iter_rows(min_row=2) if row[0].value is not None]
    assert len(niks) == 3
    assert all(isinstance(c.value, str) and len(c.value) == 16 and c.number_format == "@" for c in niks)
    assert sorted(c.value for c in niks) == sorted(r["nik"] for r in records if r["rt"] == "003")


@pytest.mark.parametrize("when", ["before_writing", "after_writing"])
def test_cancel_during_import(qtbot: QtBot, services: Services, page: ParticipantsPage, prompter: ScriptedPrompter,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    """Cancel stops an import before its transaction; pressed after it, the wizard still reports what was added."""
    wizard = open_wizard(qtbot, page, messy_workbook(tmp_path / "kader.xlsx"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose_category(wizard, "kader_posyandu")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.report_page)
    real, started, resume = services.imports.commit, threading.Event(), threading.Event()

    def held_commit(plan: Any, **kwargs: Any) -> Any:
        started.set()
        resume.wait(10)
        if when == "before_writing":
            kwargs["progress"](0, 4)  # the service reports while checking, before its transaction
        return real(plan, **kwargs)

    monkeypatch.setattr(services.imports, "commit", held_commit)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert started.wait(10)
    dialog = wizard.findChildren(QProgressDialog, "task_progress_dialog")[-1]  # the import's, not the dry run's
    dialog.findChild(QPushButton).click()  # its Batal
    resume.set()
    if when == "before_writing":
        qtbot.waitUntil(lambda: bool(prompter.messages) and prompter.messages[-1][1] == "Impor dibatalkan")
        assert services.participants.count() == 0 and wizard.currentPage() is wizard.ui.report_page
    else:
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.done_page)
        assert services.participants.count() == 2 and "2 peserta baru" in wizard.ui.done_label.text()


def test_a_jabatan_column_names_the_category_without_a_false_warning(
        qtbot: QtBot, services: Services, page: ParticipantsPage, tmp_path: Path) -> None:
    """Seen: "Tidak ada kolom untuk Kategori: semua baris akan ditolak" for a sheet with a JABATAN column,
    which the import then mapped to the right category after all."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "JK", "ALAMAT", "RT", "RW", "JABATAN", "NO HP"])
    ws.append(["2171021205850001", "Budi Santoso", "Batam", "12-05-1985", "L", "Jl. Raja Ali Haji 5", "3", "12",
               "Ketua RT", "081234567890"])
    for (cell,) in ws.iter_rows(min_row=2, max_col=1):
        cell.number_format = "@"
    wb.save(tmp_path / "ketua-rt.xlsx")
    wizard = open_wizard(qtbot, page, tmp_path / "ketua-rt.xlsx")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    problems = wizard.ui.mapping_problems_label.text()
    assert "Kategori" not in problems and wizard.ui.mapping_problems_label.property("level") == "ok", problems
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.report_page)
    assert "Siap diimpor: 1" in wizard.ui.counts_label.text()
    assert wizard.report_model.result(0).record["category"] == "ketua_rt"
