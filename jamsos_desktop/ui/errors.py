"""Errors as the clerk sees them, mapped once for the whole GUI: a refusal (domain.errors.Refused, whichever layer
raised it) as its own message, anything else logged with its traceback and shown as a short note."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.problems import RecordRefused

LOG_NAME = "jamsos_desktop"
LOG_FILE = "jamsos-desktop.log"


def is_refusal(exc: BaseException) -> bool:
    """A refusal (domain.errors.Refused, from any layer): its message is written for the clerk."""
    return isinstance(exc, Refused)


def refusal_text(exc: BaseException) -> str:
    """The message to show for a refusal; for a record, its name and one line per problem."""
    if isinstance(exc, RecordRefused):
        head = f"{exc.record_label}:\n" if exc.record_label else ""
        return head + "\n".join(f"• {line}" for line in exc.lines())
    if isinstance(exc, Refused):
        lines = exc.lines()
        return lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    return str(exc)


def refusal_message(exc: BaseException) -> str | None:
    """The clerk's message for a refusal, or None for anything unexpected (the caller re-raises it, so the error
    hook logs it and shows its short note)."""
    return refusal_text(exc) if is_refusal(exc) else None


def stick_message() -> str:
    """An OSError while writing to a stick: pulled out, full, or write-protected. Nothing was recorded."""
    return QCoreApplication.translate("sync", "Flashdisk terlepas atau penuh; data tidak hilang, ulangi ekspor.")


def unreadable_message(name: str, exc: OSError) -> str:
    return QCoreApplication.translate("sync", "Berkas {name} tidak bisa dibaca ({why}). Periksa flashdisk atau "
                                      "folder lalu coba lagi.").format(name=name, why=exc.strerror or exc)


MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 3  # app.log.1 .. app.log.3 beside the current one


class BoundedLog(logging.FileHandler):
    """The rule of logging.handlers.RotatingFileHandler (a fresh file once the current one reaches MAX_LOG_BYTES,
    KEPT_LOGS older ones kept), without importing logging.handlers, which brings socket, pickle and queue:
    ~10 ms of every start, before the sign-in window (issue 18). The file opens with the first record."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        try:
            size = self.stream.tell() if self.stream is not None else os.path.getsize(self.path)
            if size >= MAX_LOG_BYTES:
                self._rotate()
        except OSError:
            pass  # no file yet, or it cannot be moved (open elsewhere): write on
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # reopened by emit (delay=True)
        older = [self.path.with_name(f"{self.path.name}.{n}") for n in range(1, KEPT_LOGS + 1)]
        for source, target in zip(reversed(older[:-1]), reversed(older[1:]), strict=True):
            if source.exists():
                os.replace(source, target)
        os.replace(self.path, older[0])


def setup_logging(data_dir: Path) -> Path:
    """Log to <data>/logs; a log that cannot be written (full disk) is dropped silently, never shown."""
    logging.raiseExceptions = False
    sys.unraisablehook = lambda unraisable: logging.getLogger(LOG_NAME).debug("ignored: %r", unraisable.exc_value)
    log_dir = data_dir / "logs"
    path = log_dir / LOG_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = BoundedLog(path)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOG_NAME)
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return path


def unexpected_error_text(log_path: Path) -> str:
    return QCoreApplication.translate(
        "errors",
        "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Tutup jendela ini dan coba lagi; "
        "bila terulang, hubungi petugas TI dan sebutkan berkas catatan:\n{path}").format(path=log_path)


def install_excepthook(log_path: Path, show: Callable[[str], None]) -> None:
    """Log every uncaught exception to the data folder and show a short Indonesian message instead."""
    logger = logging.getLogger(LOG_NAME)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        logger.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        try:
            show(refusal_text(exc) if is_refusal(exc) else unexpected_error_text(log_path))
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            logger.exception("Could not show the error message")

    sys.excepthook = hook
