"""The checks of the Windows run, each a function that raises StepFailed with the evidence when it fails.

self_test: `python -m jamsos_desktop --self-test` on the Windows Python (offscreen Qt).
cli_smoke: the `jamsos` command as a support person uses it, output redirected (pipes), a name beyond ASCII.
build: PyInstaller makes the one-folder app (`pyinstaller.spec`), log in build/windows/dist/build.log.
frozen_self_test: the built jamsos-desktop.exe passes its --self-test (offscreen Qt).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from winenv import OUT, PYTHON_EXE, ROOT, python, stream, wine, wine_env, winpath

SELF_TEST_OK = "Uji mandiri selesai: semua baik."
DIST = OUT / "dist"
NAME = "Çağlar Şükrü Ñoño"  # letters a name may have (U+00C0-U+024F) that cp1252 cannot hold
CLI_USER = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia-windows-1"}


class StepFailed(Exception):
    """A Windows check failed; the message carries the output that shows why."""


def expect(ok: bool, what: str, output: str) -> None:
    if not ok:
        raise StepFailed(f"{what}\n--- output (last 4000 characters) ---\n{output[-4000:]}")


def self_test() -> None:
    result = python(["-m", "jamsos_desktop", "--self-test"], env=wine_env({"QT_QPA_PLATFORM": "offscreen"}))
    print(result.stdout.rstrip())
    expect(result.returncode == 0 and SELF_TEST_OK in result.stdout, "--self-test failed", result.stdout)


def jamsos(data: Path, *args: str, input: str = "") -> str:
    result = python(["-m", "jamsos_desktop.cli", "--data-dir", winpath(data), *args], env=wine_env(CLI_USER),
                    input=input)
    expect(result.returncode == 0, f"jamsos {' '.join(args)} exited {result.returncode}", result.stdout)
    expect("Traceback" not in result.stdout, f"jamsos {' '.join(args)} showed a traceback", result.stdout)
    return result.stdout


def cli_smoke() -> None:
    """Few commands (each start of Python under Wine costs seconds); tests/cli covers the rest in the suite."""
    data = OUT / "cli-office"
    shutil.rmtree(data, ignore_errors=True)
    data.parent.mkdir(parents=True, exist_ok=True)
    jamsos(data, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin")
    record = {"nik": "2171024505800003", "full_name": NAME, "birth_place": "Batam", "birth_date": "1980-05-05",
              "sex": "P", "mother_name": "Fatimah", "address": "Jl. Mawar No. 1", "rt": "3", "rw": "12",
              "kelurahan_code": "21.71.02.1002", "phone": "0812-3456-7890", "category": "kader_posyandu",
              "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025"}
    sheet = data.parent / "peserta.json"
    sheet.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8-sig")  # as Notepad saves it
    jamsos(data, "add", winpath(sheet))
    listed = jamsos(data, "list")
    expect(NAME.casefold() in listed.casefold(), "jamsos list lost the name's letters", listed)
    rows = json.loads(jamsos(data, "--json", "list"))
    expect([r["full_name"].casefold() for r in rows] == [NAME.casefold()], "jamsos --json list", str(rows))
    checked = jamsos(data, "check")
    hub = python(["-m", "jamsos_desktop.hub", "--help"])
    expect(hub.returncode == 0 and "jamsos-hub" in hub.stdout, "jamsos-hub --help", hub.stdout)
    print(checked.strip())
    print(f"jamsos init, add, list, --json list, check and jamsos-hub --help: ok ({NAME})")


def app_folder() -> Path:
    folders = sorted(p for p in DIST.glob("jamsos-desktop-*") if p.is_dir())
    expect(len(folders) == 1, f"expected one built app in {DIST}", str(folders))
    return folders[0]


def build() -> Path:
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir(parents=True)
    log = DIST / "build.log"
    code = stream([str(PYTHON_EXE), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
                   winpath(DIST), "--workpath", winpath(OUT / "pyinstaller-work"), "pyinstaller.spec"],
                  log, env=wine_env({"PYTHONUNBUFFERED": "1",  # its cache per checkout: runs share the prefix
                                     "PYINSTALLER_CONFIG_DIR": winpath(OUT / "pyinstaller-cache")}), timeout=3600)
    text = log.read_text(encoding="utf-8", errors="replace")
    expect(code == 0, f"PyInstaller exited {code}", text)
    expect("Failed to run strip" not in text, "PyInstaller tried to strip Windows DLLs", text)
    folder = app_folder()
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20
    print(f"built {folder.relative_to(ROOT)}: {size:.0f} MB")
    return folder


def frozen_env(extra: dict[str, str] | None = None, *, overrides: str = "") -> dict[str, str]:
    env = wine_env(extra, overrides=overrides)
    env.pop("PYTHONPATH", None)  # the built app must find everything inside its own folder
    return env


def frozen_self_test() -> None:
    exe = app_folder() / "jamsos-desktop.exe"
    result = wine([str(exe), "--self-test"], env=frozen_env({"QT_QPA_PLATFORM": "offscreen"}), cwd=OUT)
    print(result.stdout.rstrip())
    expect(result.returncode == 0 and SELF_TEST_OK in result.stdout, "frozen --self-test failed", result.stdout)


def prebuilt_app() -> str | None:
    """The app the build step made, by its Windows name, for tests/build (None when nothing was built)."""
    return winpath(app_folder()) if (DIST / "build.log").exists() else None
