"""Why a document was not written, in the clerk's words (no reportlab here: the GUI imports it at start-up)."""

from __future__ import annotations

from pathlib import Path

from jamsos_desktop.domain.errors import Refused


class NotWritten(Refused):
    """The PDF could not be written where asked (folder missing, disk full, file open elsewhere)."""

    code = "file.not_written"

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(f"Berkas {path.name} tidak bisa disimpan di {path.parent} ({exc.strerror or exc}): "
                         "pilih folder lain, kosongkan tempat, atau tutup berkas yang sedang dibuka.")
