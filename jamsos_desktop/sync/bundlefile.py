"""Bundle files on disk and USB sticks: the name scheme, the crash-safe write, and the size-checked read.

A stick can be pulled, or the power cut, at any moment. `write_bundle_file` therefore writes under a hidden
temporary name in the target folder, flushes and fsyncs it, renames it to the final name, fsyncs the folder,
then reads the file back and compares it byte for byte. A file under a final `.jamsos` name is therefore
either complete or absent; a crash leaves at most a `.jamsos-tmp-*` file, which `remove_stale_temp_files`
clears on the next export and which no reader ever picks up as a bundle.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path

from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES, MIB
from jamsos_desktop.sync.manifest import Manifest

EXTENSION = ".jamsos"
TEMP_PREFIX = ".jamsos-tmp-"
TEMP_SUFFIX = ".part"  # never ends in .jamsos, so no folder scan takes it for a bundle
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")  # Batam's clock: file names carry the office's date
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.jamsos$")
_CHUNK = 1 * MIB


def bundle_file_name(manifest: Manifest) -> str:
    """E.g. 'jamsos-21.71.01.1002-20261121-000123-000456-3f2a9c1e.jamsos' (office, WIB date, seq range, id).

    Receipts start with 'jamsos-receipt-'. The bundle id prefix keeps two devices of one kelurahan apart.
    """
    created = dt.datetime.strptime(manifest.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    prefix = "jamsos-receipt" if manifest.kind == "receipt" else "jamsos"
    return (f"{prefix}-{manifest.kelurahan_code}-{created.astimezone(WIB):%Y%m%d}-{manifest.seq_from:06d}-"
            f"{manifest.seq_to:06d}-{manifest.bundle_id[:8]}{EXTENSION}")


def check_file_name(name: str) -> None:
    """Refuse names that could leave the target folder or hide: only letters, digits, '.', '-', '_'."""
    if not _SAFE_NAME.match(name) or ".." in name:
        raise BundleRefused("unsafe_name", f"Nama berkas {name!r} tidak aman: hanya huruf, angka, titik, '-' dan "
                                           "'_', diakhiri .jamsos, tanpa folder.")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        view = view[written:]


def fsync_directory(directory: Path) -> None:
    """Make the rename durable. Windows cannot open a folder for fsync (and NTFS/FAT journal it differently)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (FUSE, network shares) refuse fsync on a folder: the data is synced
        pass
    finally:
        os.close(fd)


def write_bundle_file(directory: Path, name: str, data: bytes,
                      check: Callable[[bytes], object] | None = None, *, sync_directory: bool = True) -> Path:
    """Write `data` to directory/name crash-safely and prove it reads back identical; returns the final path.

    `sync_directory` False: the caller writing many files makes their names durable itself, once, with
    `fsync_directory` (before it records them as written).

    `check` (e.g. a verify_bundle call) also runs on the bytes read back. On any failure nothing is left under
    the final name and the temporary file is removed; the exception propagates (OSError for disk problems).
    """
    check_file_name(name)
    final = directory / name
    if final.exists():
        raise FileExistsError(f"Berkas {final} sudah ada; tidak ditimpa.")
    temp = directory / f"{TEMP_PREFIX}{secrets.token_hex(4)}-{name}{TEMP_SUFFIX}"
    renamed = False
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if sys.platform.startswith("linux"):  # drop the cached pages so the read-back comes from the device
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
        os.replace(temp, final)
        renamed = True
        if sync_directory:
            fsync_directory(directory)
        back = final.read_bytes()
        if back != data:
            raise OSError(f"Salinan {final} tidak sama dengan yang ditulis ({len(back):,} dari {len(data):,} byte). "
                          "Flashdisk mungkin rusak; coba flashdisk lain.")
        if check is not None:
            check(back)
    except BaseException:
        with contextlib.suppress(OSError):
            (final if renamed else temp).unlink()
        raise
    return final


def read_bundle_file(path: Path) -> bytes:
    """Read a bundle file, refusing one larger than any valid bundle before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleRefused("too_large", f"Berkas {path.name} berukuran {size / MIB:,.1f} MiB, lebih besar dari "
                                             f"bundle mana pun (batas {MAX_BUNDLE_BYTES / MIB:,.0f} MiB).")
        with path.open("rb") as handle:
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise BundleRefused("unreadable", f"Berkas {path} tidak dapat dibaca: {exc.strerror or exc}. Periksa "
                                          "flashdisk/folder lalu coba lagi.") from exc
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRefused("too_large")
    return data


def remove_stale_temp_files(directory: Path, *, older_than_seconds: float = 0.0) -> list[Path]:
    """Delete temporary files an interrupted export left behind; returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    for path in directory.glob(f"{TEMP_PREFIX}*"):
        try:
            if path.is_file() and now - path.stat().st_mtime >= older_than_seconds:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
