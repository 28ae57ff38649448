"""The Qt half of `--self-test`: QtWidgets starts offscreen and QtPdf reads the card PDF the services made."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication


def check_qt(card_pdf: Path) -> str:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    document = QPdfDocument(app)
    document.load(str(card_pdf))
    if document.pageCount() != 2:  # front and back of one card
        raise RuntimeError(f"QtPdf membaca {document.pageCount()} halaman, seharusnya 2")
    return "Qt dan pratinjau PDF: ok"
