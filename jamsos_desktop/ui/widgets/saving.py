"""Saving files: where a save dialog starts, and the message for a file that could not be written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths


def save_failure_text(path: Path) -> str:
    return QCoreApplication.translate(
        "saving", "{path} tidak bisa ditulis: mungkin berkas itu sedang dibuka di Excel, atau foldernya penuh atau "
        "tidak boleh ditulisi. Tutup berkasnya atau pilih tempat lain, lalu coba lagi.").format(path=path)


def documents_dir() -> Path:
    """The clerk's Documents folder, where save dialogs start (the program folder is no place for data)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
