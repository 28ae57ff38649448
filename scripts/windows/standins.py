"""Three tiny stand-in DLLs that close Wine 8.0's gaps, built with MinGW and put in the prefix's system32.

- bcryptprimitives.dll: ProcessPrng, which Rust-built modules (cryptography, pydantic-core) import.
- icuuc.dll: Windows' system ICU, which Qt6Core imports; a forwarder to the versioned ICU DLLs of the icu4py
  wheel. Its export list is read from Qt6Core.dll's import table, so a Qt upgrade needs no edit here.
- mscms.dll: four colour-profile functions answering "no profile", for Qt's real `windows` platform; Wine
  loads it only when asked (WINEDLLOVERRIDES=mscms=n, see MSCMS_OVERRIDE), its own mscms stays the default.
None of them is part of the app: on a real Windows PC the system's own DLLs are used. Sources: stubs/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from setup_windows import fingerprint, stamp_matches, step
from winenv import CACHE, PYTHON_DIR, SYSTEM32

STUBS = Path(__file__).resolve().parent / "stubs"
BUILD = CACHE / "standins"
SITE = PYTHON_DIR / "Lib" / "site-packages"
GCC = "x86_64-w64-mingw32-gcc"
OBJDUMP = "x86_64-w64-mingw32-objdump"
MSCMS_OVERRIDE = "mscms=n"
STAMP = SYSTEM32 / ".jamsos-standins"
INSTALL_HINT = "apt-get install gcc-mingw-w64-x86-64-win32 (or: bash scripts/system-deps.sh windows)"


def imports_from(binary: Path, dll: str) -> list[str]:
    """Names `binary` imports from `dll`, read from its PE import table with MinGW's objdump."""
    dump = subprocess.run([OBJDUMP, "-p", str(binary)], capture_output=True, text=True, check=True).stdout
    names: list[str] = []
    inside = False
    for line in dump.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:")[1].strip().lower() == dll.lower()
        elif inside and (m := re.match(r"^\s+[0-9a-f]+\s+\d+\s+(\S+)$", line)):
            names.append(m.group(1))
    return names


def icu_forwarders(icuuc: Path) -> str:
    """icuuc.def: each ICU function Qt6Core imports, forwarded to the same function of the wheel's ICU."""
    version = re.match(r"icuuc(\d+)", icuuc.name)
    assert version, icuuc.name
    names = imports_from(SITE / "PySide6" / "Qt6Core.dll", "icuuc.dll")
    if not names:
        raise SystemExit("Qt6Core.dll imports nothing from icuuc.dll: check scripts/windows/standins.py")
    lines = [f"  {n} = {icuuc.stem}.{n}_{version.group(1)}" for n in names]
    return "LIBRARY icuuc.dll\nEXPORTS\n" + "\n".join(lines) + "\n"


def compile_dll(name: str, extra: list[str]) -> Path:
    out = BUILD / f"{name}.dll"
    subprocess.run([GCC, "-O2", "-shared", "-s", "-Wl,--kill-at", "-o", str(out), str(STUBS / f"{name}.c"),
                    *extra], check=True)
    return out


def _inputs() -> tuple[list[Path], Path, str, str]:
    """The ICU DLLs, icuuc's DLL, the forwarder definition and the fingerprint of everything the DLLs are made of."""
    icu_dlls = sorted((SITE / "icu4py.libs").glob("*.dll"))
    icuuc = next((p for p in icu_dlls if p.name.startswith("icuuc")), None)
    if icuuc is None:
        raise SystemExit("icu4py's ICU DLLs are missing: the Windows packages did not install (see above)")
    definition = icu_forwarders(icuuc)
    sources = [p.read_bytes() for p in sorted(STUBS.iterdir())]
    return icu_dlls, icuuc, definition, fingerprint(definition, *sources, *(p.name for p in icu_dlls))


def standins_current() -> bool:
    return STAMP.exists() and shutil.which(OBJDUMP) is not None and stamp_matches(STAMP, _inputs()[3])


def ensure_standins() -> None:
    if shutil.which(GCC) is None:
        raise SystemExit(f"{GCC} is missing: {INSTALL_HINT}")
    icu_dlls, _icuuc, definition, wanted = _inputs()
    if stamp_matches(STAMP, wanted):
        return
    step("building the stand-in DLLs (bcryptprimitives, icuuc, mscms) with MinGW")
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "icuuc.def").write_text(definition)
    built = [compile_dll("bcryptprimitives", ["-ladvapi32"]), compile_dll("mscms", []),
             compile_dll("icuuc", [str(BUILD / "icuuc.def")])]
    for dll in [*built, *icu_dlls]:  # the ICU DLLs beside icuuc.dll, where its forwarders find them
        shutil.copy2(dll, SYSTEM32 / dll.name)
    STAMP.write_text(wanted + "\n")
