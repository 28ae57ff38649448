"""Writing files so that a full disk, a read-only folder or a pulled stick never leaves a partial file.

Every output the app makes (backups, exports, reports, PDFs) is written under a hidden temporary name in the
target folder, flushed, fsynced and renamed; on any failure the temporary file is removed and nothing
appears under the final name. Disk errors become `DiskProblem`, whose message tells the clerk what is wrong
(full, read-only, missing) in Indonesian, without a path to a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from jamsos_desktop.domain.errors import Refused

TEMP_MARK = ".jamsos-tmp-"

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.EIO}


class DiskProblem(Refused):
    """A folder or disk cannot take the write (full, read-only, gone); the message says which and what to do."""

    code = "disk"


def _is_sqlite_error(exc: BaseException) -> bool:
    """SQLite's own error (sqlite3 is imported by then: not imported here, it would delay the sign-in window);
    sqlcipher3 (the encrypted database, store/cipher.py) has its own copy of sqlite3's error classes."""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(exc, sqlite3.OperationalError):
        return True
    return type(exc).__name__ == "OperationalError" and type(exc).__module__.startswith("sqlcipher3")


def disk_message(exc: BaseException, where: Path | str) -> str | None:
    """The clerk's message for a disk error while writing to `where`, or None if `exc` is not one."""
    name = str(where)
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    code = exc.errno if isinstance(exc, OSError) else None
    text = str(exc).lower()
    if _is_sqlite_error(exc):  # SQLite: text, not errno
        code = (errno.ENOSPC if "disk is full" in text or "disk i/o" in text
                else errno.EROFS if "readonly" in text or "read-only" in text or "unable to open" in text
                else None)
    if code in _FULL:
        return (f"Penyimpanan penuh: {name} tidak bisa ditulis karena disk atau flashdisk penuh. Kosongkan "
                "ruang (hapus berkas yang tidak perlu) atau pakai flashdisk lain, lalu ulangi.")
    if code in _READ_ONLY:
        return (f"Folder {name} hanya bisa dibaca (read-only) atau tidak boleh ditulis. Periksa kunci tulis "
                "flashdisk atau izin folder, atau pilih folder lain, lalu ulangi.")
    if code in _MISSING:
        return (f"{name} tidak bisa ditulis: folder atau flashdisk tidak ada atau terlepas. Pasang kembali "
                "flashdisk atau pilih folder lain, lalu ulangi.")
    return None


def as_disk_problem(exc: BaseException, where: Path | str) -> BaseException:
    """`exc` translated to DiskProblem when it is a disk error; otherwise `exc` itself."""
    message = disk_message(exc, where)
    return DiskProblem(message) if message else exc


def temp_path_for(final: Path) -> Path:
    """A hidden temporary name beside `final`, never ending in the final extension (no reader picks it up)."""
    return final.with_name(f"{TEMP_MARK}{os.urandom(4).hex()}-{final.name}.part")


def restrict(path: Path, mode: int = 0o600) -> None:
    """Readable by this user only (POSIX modes; Windows keeps the user profile's own permissions, and FAT sticks
    have none: both are left as they are)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def private_folder(path: Path) -> Path:
    """Make `path` (and parents) and let only this user list or enter it."""
    path.mkdir(parents=True, exist_ok=True)
    restrict(path, 0o700)
    return path


def fsync_path(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_output(final: Path, *, overwrite: bool = True, make_parents: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes `final` (fsynced, renamed), on failure it is
    removed. Disk errors are raised as DiskProblem naming `final`. A missing folder is an error (a pulled
    stick) unless `make_parents`."""
    final = Path(final)
    if not overwrite and final.exists():
        raise FileExistsError(f"Berkas {final} sudah ada; tidak ditimpa.")
    temp = temp_path_for(final)
    try:
        if make_parents:
            final.parent.mkdir(parents=True, exist_ok=True)
        yield temp
        restrict(temp)
        fsync_path(temp)
        os.replace(temp, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        translated = as_disk_problem(exc, final)
        if translated is not exc:
            raise translated from exc
        raise


def remove_stale_temps(directory: Path) -> list[Path]:
    """Remove temporary files an interrupted write (power cut, killed process) left in `directory`."""
    removed = []
    with contextlib.suppress(OSError):
        for path in directory.glob(f"{TEMP_MARK}*"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def check_writable_folder(folder: Path) -> None:
    """Raise DiskProblem when `folder` cannot take a new file (read-only medium or no permission)."""
    probe = folder / f"{TEMP_MARK}probe-{os.urandom(4).hex()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as exc:
        message = disk_message(exc, folder)
        if message is not None and (exc.errno not in _FULL):
            raise DiskProblem(message) from exc
