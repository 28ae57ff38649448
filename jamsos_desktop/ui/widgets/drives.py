"""Where a bundle (or a backup) can go: mounted, ready, writable volumes, removable-looking ones first.

Qt does not say whether a volume is removable. On Windows the system does: GetDriveTypeW() answers
DRIVE_REMOVABLE for flash disks and card readers (fixed D: partitions, mapped network drives and CD drives are
not offered as flash disks). Elsewhere the guess follows where systems mount sticks: /media, /run/media and /mnt
on Linux, /Volumes on macOS.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStorageInfo

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
SYSTEM_ROOTS = ("/boot", "/dev", "/proc", "/sys", "/run", "/snap", "/var", "/etc", "/usr", "/tmp", "/opt")
DRIVE_REMOVABLE = 2  # GetDriveTypeW: 2 removable, 3 fixed disk, 4 network drive, 5 CD/DVD, 6 RAM disk
PSEUDO_FS = {"tmpfs", "devtmpfs", "squashfs", "proc", "sysfs", "cgroup", "cgroup2", "ramfs",
             "efivarfs", "autofs", "fuse.portal", "nsfs", "tracefs", "debugfs", "securityfs", "bpf"}


class StorageLike(Protocol):
    def rootPath(self) -> str: ...  # noqa: N802
    def name(self) -> str: ...
    def isReady(self) -> bool: ...  # noqa: N802
    def isValid(self) -> bool: ...  # noqa: N802
    def isReadOnly(self) -> bool: ...  # noqa: N802
    def bytesAvailable(self) -> int: ...  # noqa: N802
    def fileSystemType(self) -> object: ...  # noqa: N802 - QByteArray from Qt, bytes or str in tests


@dataclass(frozen=True)
class Volume:
    path: Path
    name: str
    free_bytes: int
    removable: bool

    def display_name(self) -> str:
        root = str(self.path)
        return f"{self.name} ({root})" if self.name else root


def free_text(free_bytes: int) -> str:
    gib = free_bytes / 1024**3
    amount = f"{gib:,.1f} GB" if gib >= 1 else f"{free_bytes / 1024**2:,.0f} MB"
    return amount.replace(",", " ").replace(".", ",")


def windows_drive_type(root: str) -> int:
    """What Windows says a drive root such as "E:\\" is (GetDriveTypeW); 0 (unknown) off Windows."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def looks_removable(root: str, platform: str = sys.platform,
                    drive_type: Callable[[str], int] = windows_drive_type) -> bool:
    if platform == "win32":
        drive = root.replace("\\", "/").rstrip("/").upper()
        return len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOVABLE
    return any(root.rstrip("/") + "/" == r or root.startswith(r) for r in REMOVABLE_ROOTS)


def _is_system(root: str, fs_type: str, platform: str) -> bool:
    if fs_type.lower() in PSEUDO_FS:
        return True
    if platform == "win32":
        return False
    return any(root == r or root.startswith(r + "/") for r in SYSTEM_ROOTS) and not looks_removable(root, platform)


def export_targets(volumes: Iterable[StorageLike], platform: str = sys.platform,
                   drive_type: Callable[[str], int] = windows_drive_type) -> list[Volume]:
    """Ready, writable volumes worth offering; removable-looking ones first, each group by name."""
    found: dict[str, Volume] = {}
    for v in volumes:
        if not (v.isValid() and v.isReady()) or v.isReadOnly():
            continue
        root = v.rootPath()
        fs_type = v.fileSystemType()
        fs_text = fs_type if isinstance(fs_type, str) else bytes(fs_type).decode("ascii", "replace")  # type: ignore[call-overload]
        if _is_system(root, fs_text, platform) or root in found:
            continue
        removable = looks_removable(root, platform, drive_type)
        found[root] = Volume(Path(root), v.name(), int(v.bytesAvailable()), removable)
    return sorted(found.values(), key=lambda vol: (not vol.removable, str(vol.path).lower()))


def mounted_targets() -> list[Volume]:
    return export_targets(QStorageInfo.mountedVolumes())
