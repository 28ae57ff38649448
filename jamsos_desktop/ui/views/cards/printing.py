"""Print a card PDF at actual size: every page rendered at the printer's resolution and drawn 1:1.

The paper is set to the PDF page's own size with no margins and full-page coordinates, so a CR80 card in the
PDF is a CR80 card on paper, whatever the printable area of the printer. Pages are rendered in bands so a
600 dpi A4 page never sits in memory whole. `print_pdf` runs on the TaskRunner's worker: it owns its own
QPdfDocument and the QPrinter for the whole run and touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 600  # sharp enough for the QR code and small print; 1200 dpi only makes the job 4x bigger
BAND_ROWS = 512

Progress = Callable[[int, int], None]
PrintDialog = Callable[[QPrinter, QWidget], bool]


class PrintFailed(Exception):
    """The PDF or the printer could not be opened; the message is for the clerk."""


def page_layout(size_pt: QSizeF) -> QPageLayout:
    """The paper as the PDF page: exact size (a card is not rounded to a standard paper), no margins."""
    size = QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, size_pt: QSizeF, *, duplex_long_edge: bool, title: str) -> None:
    """What the print dialog opens with: the card paper, full page, two-sided over the long edge for sheets."""
    printer.setDocName(title)
    printer.setPageLayout(page_layout(size_pt))
    printer.setFullPage(True)
    if duplex_long_edge:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)


def show_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Cetak kartu"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def band_options(full: QSize, top: int, band: QSize) -> QPdfDocumentRenderOptions:
    """Render the rows top..top+height of the page scaled to `full` pixels, at exactly that scale.

    QtPdf builds its matrix from QRect.right()/bottom(), which are inclusive: a clip of the band's own size
    renders it (size-1)/size too small (0.5% on a short last band). A clip one pixel wider and taller gives
    the exact scale. tests/ui/test_cards_page.py compares a printed page with its source, so a Qt that
    changes this fails the test instead of printing cards slightly small.
    """
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    options.setScaledClipRect(QRect(0, top, band.width() + 1, band.height() + 1))
    return options


def on_white(image: QImage) -> QImage:
    """The rendered band on white paper: QtPdf leaves the page outside the drawing transparent, and a printer
    driver handed transparency may rasterise the whole page again or print the hidden colour."""
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def _pages(printer: QPrinter, count: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return list(range(printer.fromPage() - 1, min(printer.toPage(), count)))
    return list(range(count))


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Send every page of the PDF (or the range chosen in the dialog) to the printer; returns pages printed."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintFailed(QCoreApplication.translate(
            "printing", "Berkas kartu {name} tidak bisa dibuka untuk dicetak. Buat kartunya lagi.").format(name=path.name))
    pages = _pages(printer, document.pageCount())
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.resolution() > MAX_DPI:
        printer.setResolution(MAX_DPI)
    dpi = printer.resolution()
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(document.pagePointSize(pages[0])))
    sizes = {i: QSize(round(document.pagePointSize(i).width() * dpi / 72),
                      round(document.pagePointSize(i).height() * dpi / 72)) for i in pages}
    total = copies * sum(-(-sizes[i].height() // BAND_ROWS) for i in pages)
    done = 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(QCoreApplication.translate(
            "printing", "Printer tidak bisa dipakai. Periksa printernya menyala dan terhubung, lalu coba lagi."))
    try:
        for n, index in enumerate(pages * copies):
            size = document.pagePointSize(index)
            if n:
                printer.setPageLayout(page_layout(size))  # takes effect on the new page
                printer.newPage()
            full = sizes[index]
            for top in range(0, full.height(), BAND_ROWS):
                band = QSize(full.width(), min(BAND_ROWS, full.height() - top))
                image = document.render(index, band, band_options(full, top, band))
                painter.drawImage(QPoint(0, top), on_white(image))
                done += 1
                if progress is not None:
                    progress(done, total)
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    return len(pages) * copies
