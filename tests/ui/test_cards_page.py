"""The Kartu page driven through its widgets: choose, look at a specimen (nothing issued), issue (a real PDF),
save, print, cancel, past cards, check a scanned card (valid, then revoked by a reprint).

Printing goes through the real page-rendering function into a QPrinter set to PDF output: a real printer path
without a physical printer.
"""

from __future__ import annotations

import io
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QItemSelectionModel, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.ui.tasks import TaskRunner
from jamsos_desktop.ui.views.cards.cards_page import CardsPage
from jamsos_desktop.ui.views.cards.printing import on_white, prepare_printer, print_pdf

from .conftest import KELURAHAN, ScriptedPrompter

MM = 72 / 25.4


class ScriptedPicker:
    """Stands in for the FilePicker: answers every file question from a queue."""

    def __init__(self) -> None:
        self.answers: list[Path | None] = []
        self.asked: list[str] = []

    def open_file(self, parent: Any, *, title: str, name_filter: str) -> Path | None:
        self.asked.append(title)
        return self.answers.pop(0)

    def save_file(self, parent: Any, *, title: str, suggested: str, name_filter: str) -> Path | None:
        self.asked.append(title)
        return self.answers.pop(0)


def register(services: Services, n: int, *, approve: int, rts: tuple[str, ...] = ()) -> list[str]:
    records = synthetic_records(n, seed=11, kelurahan_code=KELURAHAN)
    for record, rt in zip(records, rts, strict=False):
        record["rt"] = rt
    ids = [s.id for s in services.participants.register_many(records)]
    services.participants.approve(ids[:approve])
    return ids


def card_issues(services: Services) -> list[tuple[str, str]]:
    with sqlite3.connect(services.office.db_path) as conn:
        return conn.execute("SELECT serial, participant_id FROM card_issue ORDER BY serial").fetchall()


@pytest.fixture
def page(qtbot: QtBot, services: Services, prompter: ScriptedPrompter) -> CardsPage:
    picker = ScriptedPicker()
    printed: dict[str, Any] = {}

    def fake_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
        """What the clerk's OK in the system dialog leaves behind, with a PDF file as the printer."""
        printed["page"] = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed["path"]))
        printer.setResolution(150)
        return True

    widget = CardsPage(services, tasks=TaskRunner(), prompter=prompter, picker=picker,  # type: ignore[arg-type]
                       print_dialog=fake_print_dialog)
    widget.picker, widget.printed = picker, printed  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def select_rows(page: CardsPage, rows: list[int]) -> None:
    selection = page.ui.table_view.selectionModel()
    for row in rows:
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_selected_cards_preview_save_and_print(qtbot: QtBot, services: Services, page: CardsPage,
                                               prompter: ScriptedPrompter, tmp_path: Path) -> None:
    ids = register(services, 4, approve=3)
    page.refresh()
    assert page.model.total == 3  # the record still waiting for approval gets no card
    assert not page.ui.print_button.isEnabled()
    select_rows(page, [0, 2])
    assert page.ui.preview_button.text() == "Lihat contoh (2)" and page.ui.issue_button.text() == "Terbitkan 2 kartu…"
    chosen = page.selected_ids()

    # Looking issues nothing: no serial, no record, nothing to print.
    qtbot.mouseClick(page.ui.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None)
    assert page.showing == "preview" and page.document.pageCount() == 2
    assert card_issues(services) == [] and "CONTOH 2 kartu" in page.ui.preview_info_label.text()
    assert not page.ui.print_button.isEnabled() and not page.ui.save_pdf_button.isEnabled()

    # Zoom: in, out, 100%, fit to width.
    qtbot.mouseClick(page.ui.zoom_actual_button, Qt.MouseButton.LeftButton)
    assert page.ui.pdf_view.zoomFactor() == 1.0
    qtbot.mouseClick(page.ui.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.ui.pdf_view.zoomFactor() == pytest.approx(1.25)
    qtbot.mouseClick(page.ui.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.zoom_out_button, Qt.MouseButton.LeftButton)
    assert page.ui.pdf_view.zoomFactor() == pytest.approx(0.8)
    qtbot.mouseClick(page.ui.zoom_fit_button, Qt.MouseButton.LeftButton)
    assert page.ui.pdf_view.zoomMode().name == "FitToWidth"

    # Issuing is its own, confirmed step.
    prompter.answers["confirm"] = False
    qtbot.waitUntil(page.ui.issue_button.isEnabled)  # the preview's task has finished
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    assert "Terbitkan 2 kartu?" in prompter.messages[-1][2] and card_issues(services) == []
    prompter.answers["confirm"] = True
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None)
    # the result arrives before the task's end frees the page (two signals): a busy machine showed the gap
    qtbot.waitUntil(page.ui.save_pdf_button.isEnabled)
    result = page.result
    assert result is not None and result.cards == 2 and result.provisional == 2
    document = QPdfDocument()
    assert document.load(str(result.path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 2  # one A4 sheet: fronts, then backs
    sheet_width = document.pagePointSize(0).width()
    del document  # on Windows QtPdf holds the file open until the object is gone, and the page deletes it later
    assert page.ui.pdf_view.document() is page.document and page.document.pageCount() == 2
    assert page.document.status() == QPdfDocument.Status.Ready
    assert sorted(pid for _, pid in card_issues(services)) == sorted(chosen)
    assert set(chosen) <= set(ids[:3])
    assert "2 kartu terbit" in page.ui.preview_info_label.text() and "SEMENTARA" in page.ui.preview_info_label.text()
    assert page.history.model.rowCount() == 2  # past prints listed

    # Save PDF copies the generated file where the clerk says.
    page.picker.answers.append(tmp_path / "kartu.pdf")  # type: ignore[attr-defined]
    qtbot.mouseClick(page.ui.save_pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kartu.pdf").read_bytes() == result.path.read_bytes()
    assert prompter.messages[-1][:2] == ("info", "PDF tersimpan")

    # Print: the clerk is told about 100% / fit to page first, then the pages go out at actual size.
    page.printed["path"] = tmp_path / "printed.pdf"  # type: ignore[attr-defined]
    qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
    kind, _title, advice = prompter.messages[-1]
    assert kind == "confirm" and "100%" in advice and "Fit to page" in advice and "Long edge" in advice
    paper = page.printed["page"]  # type: ignore[attr-defined]
    assert abs(paper.width() - 210) < 0.5 and abs(paper.height() - 297) < 0.5  # the dialog opens on A4
    qtbot.waitUntil(lambda: "dikirim ke printer" in page.ui.preview_info_label.text(), timeout=10_000)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 2
    assert abs(printed.pagePointSize(0).width() - sheet_width) < 1
    del printed  # on Windows QtPdf holds the file open until the object is gone: the next step deletes it

    # Declining the advice prints nothing.
    prompter.answers["confirm"] = False
    (tmp_path / "printed.pdf").unlink()
    qtbot.mouseClick(page.ui.print_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "printed.pdf").exists()


def test_all_approved_in_rt_003_as_single_cards(qtbot: QtBot, services: Services, page: CardsPage) -> None:
    ids = register(services, 6, approve=5, rts=("003", "003", "005", "003", "005", "003"))
    qtbot.keyClicks(page.ui.rt_edit, "3")
    qtbot.waitUntil(lambda: page.model.filter.rt == "003")
    assert page.model.total == 3  # the sixth is in RT 003 but not approved yet
    page.ui.layout_combo.setCurrentIndex(page.ui.layout_combo.findData("single"))
    check = page.ui.all_shown_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on the box
    assert page.ui.issue_button.text() == "Terbitkan 3 kartu…"
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.result is not None and page.result.cards == 3
    assert page.document.pageCount() == 6  # front and back of each card
    size = page.document.pagePointSize(0)
    assert abs(size.width() - 85.60 * MM) < 0.1 * MM and abs(size.height() - 53.98 * MM) < 0.1 * MM
    assert sorted(pid for _, pid in card_issues(services)) == sorted([ids[0], ids[1], ids[3]])


def test_cancel_during_generation_records_nothing(qtbot: QtBot, services: Services, page: CardsPage,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    register(services, 40, approve=40)
    page.refresh()
    real = services.cards.print_cards
    reached, resume = threading.Event(), threading.Event()

    def held_print(ids: list[str], out: Path, **kwargs: Any) -> Any:
        """The real service, held after its first few cards until the test has pressed Cancel."""
        progress = kwargs.pop("progress")

        def hold(done: int, total: int) -> None:
            if done == 5:
                reached.set()
                resume.wait(10)
            progress(done, total)

        return real(ids, out, progress=hold, **kwargs)

    monkeypatch.setattr(services.cards, "print_cards", held_print)
    page.ui.all_shown_check.setChecked(True)
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    assert reached.wait(10)
    dialog = page.findChildren(QProgressDialog, "task_progress_dialog")[-1]
    assert not page.ui.issue_button.isEnabled()
    dialog.findChild(QPushButton).click()  # the dialog's Batal
    resume.set()
    qtbot.waitUntil(lambda: "Dibatalkan" in page.ui.preview_info_label.text())
    assert page.result is None and card_issues(services) == []
    assert not list(Path(page._temp.path()).iterdir())  # no PDF left behind
    qtbot.waitUntil(page.ui.issue_button.isEnabled)


def qr_tokens(document: QPdfDocument) -> list[str]:
    """Every QR code on the first page, decoded as a phone or a scanner would (A4 rendered at 200 dpi)."""
    import zxingcpp
    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document.render(0, QSize(1654, 2339)).save(buffer, "PNG")
    return [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))]


def test_check_a_scanned_card(qtbot: QtBot, services: Services, page: CardsPage,
                              prompter: ScriptedPrompter) -> None:
    register(services, 1, approve=1)
    page.refresh()
    select_rows(page, [0])
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None)
    (token,) = qr_tokens(page.document)
    first_serial = page.result.serials[0]

    page.ui.bottom_tabs.setCurrentWidget(page.ui.check_tab)
    qtbot.keyClicks(page.ui.token_edit, token)  # a QR scanner types like a keyboard, then Enter
    qtbot.keyClick(page.ui.token_edit, Qt.Key.Key_Return)
    assert "sah" in page.ui.check_result_label.text() and first_serial in page.ui.check_result_label.text()
    assert page.ui.check_result_label.property("level") == "ok"

    tampered = token[:-4] + ("A" if token[-4] != "A" else "B") + token[-3:]
    page.ui.token_edit.setText(tampered)
    qtbot.mouseClick(page.ui.check_button, Qt.MouseButton.LeftButton)
    assert "tidak" in page.ui.check_result_label.text().lower()
    assert page.ui.check_result_label.property("level") == "block"

    # A reprint: the confirmation says the old card is revoked; scanning the old card then says so.
    qtbot.waitUntil(page.ui.issue_button.isEnabled)
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    assert "kartu lama mereka DICABUT" in prompter.messages[-1][2]
    qtbot.waitUntil(lambda: page.result is not None and page.result.serials[0] != first_serial)
    page.ui.token_edit.setText(token)
    qtbot.mouseClick(page.ui.check_button, Qt.MouseButton.LeftButton)
    assert "DICABUT" in page.ui.check_result_label.text()
    assert page.ui.check_result_label.property("level") == "block"
    states = [page.history.model.data(page.history.model.index(r, 6)) for r in range(2)]
    assert states == ["Berlaku (SEMENTARA)", "Dicabut (diganti kartu baru)"]


def test_waiting_records_are_refused_with_the_service_message(qtbot: QtBot, services: Services, page: CardsPage,
                                                              prompter: ScriptedPrompter) -> None:
    ids = register(services, 2, approve=1)
    page.make_cards(ids)  # e.g. a list that went stale while someone else un-approved a record
    qtbot.waitUntil(lambda: bool(prompter.messages))
    kind, title, text = prompter.messages[-1]
    assert kind == "warn" and title == "Kartu tidak dibuat" and "disetujui supervisor" in text
    assert card_issues(services) == [] and page.result is None


@pytest.mark.parametrize("layout", ["sheet", "single"])
def test_printing_keeps_the_page_and_card_size(qtbot: QtBot, services: Services, tmp_path: Path,
                                               layout: str) -> None:
    ids = register(services, 3, approve=3)
    source = services.cards.print_cards(ids, tmp_path / "source.pdf", layout=layout).path
    original = QPdfDocument()
    original.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, original.pagePointSize(0), duplex_long_edge=layout == "sheet", title="uji")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    steps: list[tuple[int, int]] = []
    assert print_pdf(source, printer, lambda done, total: steps.append((done, total))) == original.pageCount()
    assert steps[-1][0] == steps[-1][1]
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == original.pageCount()
    for page in range(printed.pageCount()):  # the PDF writer rounds to whole points: under 0.36 mm
        assert abs(printed.pagePointSize(page).width() - original.pagePointSize(page).width()) < 1
        assert abs(printed.pagePointSize(page).height() - original.pagePointSize(page).height()) < 1
    # Not scaled: everything lands where it was, crop marks included (within 2 px at 150 dpi, 0.34 mm).
    assert ink_box(printed) == pytest.approx(ink_box(original), abs=2)


def ink_box(document: QPdfDocument, dpi: int = 150) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of everything printed on page 1 (crop marks included), in pixels at `dpi`."""
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = on_white(document.render(0, size)).convertToFormat(QImage.Format.Format_Grayscale8)
    bits, stride, width = bytes(image.constBits()), image.bytesPerLine(), image.width()
    dark = re.compile(rb"[\x00-\xc7]")  # grey below 200: print, not paper or a pale tint
    lefts, rights, rows = [], [], []
    for y in range(image.height()):
        line = bits[y * stride:y * stride + width]
        first = dark.search(line)
        if first:
            lefts.append(first.start())
            rights.append(width - 1 - dark.search(line[::-1]).start())  # type: ignore[union-attr]
            rows.append(y)
    return min(lefts), rows[0], max(rights), rows[-1]


def test_printing_a_page_range(services: Services, tmp_path: Path, qtbot: QtBot) -> None:
    ids = register(services, 2, approve=2)
    source = services.cards.print_cards(ids, tmp_path / "source.pdf", layout="single").path
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "one.pdf"))
    printer.setResolution(100)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)  # the second card, front and back
    assert print_pdf(source, printer) == 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "one.pdf"))
    assert printed.pageCount() == 2


def test_making_cards_again_replaces_the_preview_and_its_file(qtbot: QtBot, services: Services,
                                                              page: CardsPage) -> None:
    """On Windows QtPdf keeps a closed document's file open: deleting it first failed with WinError 32."""
    register(services, 3, approve=3)
    page.refresh()
    select_rows(page, [0])
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)  # the scripted prompter confirms
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    first = page.result
    assert first is not None and first.path.exists() and page.document.pageCount() == 2

    page.ui.table_view.clearSelection()
    select_rows(page, [1, 2])
    page.ui.layout_combo.setCurrentIndex(page.ui.layout_combo.findData("single"))
    qtbot.waitUntil(page.ui.preview_button.isEnabled)
    qtbot.mouseClick(page.ui.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.showing == "preview", timeout=30_000)
    preview = page.preview
    assert preview is not None and page.document.pageCount() == 4
    assert not first.path.exists()  # issued cards no longer shown are personal data: gone from disk

    qtbot.waitUntil(page.ui.issue_button.isEnabled)
    qtbot.mouseClick(page.ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not first and "2 kartu terbit" in page.ui.preview_info_label.text(),
                    timeout=30_000)
    second = page.result
    assert second is not None and second.cards == 2 and page.document.pageCount() == 4  # the new cards shown
    assert page.document.status() == QPdfDocument.Status.Ready
    assert not preview.path.exists()  # only the latest cards stay on disk
    assert sorted(p.name for p in Path(page._temp.path()).iterdir()) == [second.path.name]
