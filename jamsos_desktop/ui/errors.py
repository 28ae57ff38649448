"""Errors as the clerk sees them: known refusals as short messages, anything else logged, never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from jamsos_desktop.domain.problems import RecordRefused
from jamsos_desktop.domain.roles import NotAllowed
from jamsos_desktop.services.auth import AccountRefused, LoginRefused
from jamsos_desktop.services.office import NotSignedIn
from jamsos_desktop.services.participants import NotFound, WrongState
from jamsos_desktop.services.settings import SettingRefused
from jamsos_desktop.services.setup import SetupRefused

# Refusals whose message (written by the service, in Indonesian) is fit to show as it is.
KNOWN_REFUSALS: tuple[type[Exception], ...] = (
    RecordRefused, NotAllowed, LoginRefused, AccountRefused, WrongState, NotFound, SetupRefused,
    SettingRefused, NotSignedIn,
)
LOG_NAME = "jamsos_desktop"
LOG_FILE = "jamsos-desktop.log"


def is_refusal(exc: BaseException) -> bool:
    return isinstance(exc, KNOWN_REFUSALS)


def refusal_text(exc: BaseException) -> str:
    """The message to show for a refusal; for a record, one line per problem."""
    if isinstance(exc, RecordRefused):
        lines = [p.message for p in exc.problems]
        head = f"{exc.record_label}:\n" if exc.record_label else ""
        return head + "\n".join(f"• {line}" for line in lines)
    return str(exc)


def setup_logging(data_dir: Path) -> Path:
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
