"""On Windows a drive is offered as a flash disk only when Windows itself calls it removable (GetDriveTypeW).

Before, every drive letter but C: was taken for a flash disk, so a D: partition or a mapped network drive was
offered first as "Flashdisk". Under Wine (make test-windows) C: and Z: are fixed disks and the harness adds a
removable drive and names it in JAMSOS_TEST_REMOVABLE_DRIVE; on a real PC any plugged-in stick is checked too.
"""

from __future__ import annotations

import ctypes
import os
import string
import sys

import pytest

from jamsos_desktop.ui.widgets.drives import DRIVE_REMOVABLE, looks_removable, mounted_targets

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="GetDriveTypeW exists only on Windows; "
                                "`make test-windows` runs this test under Wine")


def drive_types() -> dict[str, int]:
    """Every drive letter Windows has, with its type, asked directly."""
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    roots = [f"{letter}:\\" for i, letter in enumerate(string.ascii_uppercase) if mask & (1 << i)]
    return {root: int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))) for root in roots}


def test_only_drives_windows_calls_removable_are_flash_disks() -> None:
    types = drive_types()
    system = os.environ.get("SYSTEMDRIVE", "C:") + "\\"
    assert types.get(system) == 3  # the system disk is fixed
    fixed_or_network = [root for root, kind in types.items() if kind != DRIVE_REMOVABLE]
    assert len(fixed_or_network) >= 1
    for root in fixed_or_network:
        assert not looks_removable(root), f"{root} (drive type {types[root]}) offered as a flash disk"
    for root in [root for root, kind in types.items() if kind == DRIVE_REMOVABLE]:
        assert looks_removable(root)


def test_a_removable_drive_is_offered_first() -> None:
    stick = os.environ.get("JAMSOS_TEST_REMOVABLE_DRIVE")
    if not stick:
        pytest.skip("no removable drive to test with: plug in a flash disk and set JAMSOS_TEST_REMOVABLE_DRIVE=E: "
                    "(make test-windows sets one up under Wine)")
    root = stick.rstrip("\\/") + "\\"
    assert drive_types().get(root.upper()) == DRIVE_REMOVABLE
    targets = mounted_targets()
    assert targets and targets[0].removable and str(targets[0].path).upper().startswith(root.upper())
    assert all(not v.removable for v in targets if not str(v.path).upper().startswith(root.upper()))
