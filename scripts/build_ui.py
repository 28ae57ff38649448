"""Rebuild what is generated from sources: compiled forms and translations.

    python scripts/build_ui.py          forms/*.ui -> jamsos_desktop/ui/generated/ui_*.py (pyside6-uic),
                                        sources -> resources/translations/*.ts (lupdate), .ts -> .qm (lrelease),
                                        and Qt's own Indonesian strings qtbase_id.ts -> .qm
    python scripts/build_ui.py --check  exit 1 and name every generated file that is stale, writing nothing

Generated files carry a "do not edit" header: change the .ui or .ts source and run this script (`make forms`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "jamsos_desktop" / "ui" / "generated"
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED_SOURCES = [ROOT / "jamsos_desktop" / "ui", ROOT / "jamsos_desktop" / "app.py"]
LANGUAGES = ("en",)
QT_TRANSLATIONS = ("qtbase_id",)  # Qt's own strings where Qt ships no translation: written by hand, compiled
HEADER = ("# Generated from forms/{name} by scripts/build_ui.py (pyside6-uic). DO NOT EDIT:\n"
          "# change the .ui file in Qt Designer and run `make forms`.\n")


def qt_tool(name: str) -> str:
    """Path of a Qt tool shipped inside the PySide6 wheel (uic, lupdate, lrelease)."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for folder in (base, base / "Qt" / "libexec", base / "Qt" / "bin"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    raise SystemExit(f"{name} not found in the PySide6 installation at {base}")


def compile_form(ui_file: Path) -> str:
    """The Python module pyside6-uic makes of one form, with the do-not-edit header."""
    out = subprocess.run([qt_tool("uic"), "-g", "python", str(ui_file)], check=True, capture_output=True,
                         text=True, encoding="utf-8").stdout
    return HEADER.format(name=ui_file.name) + out


def generated_path(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def stale_forms() -> list[str]:
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = generated_path(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(ui_file):
            stale.append(target.relative_to(ROOT).as_posix())
    known = {generated_path(f).name for f in FORMS.glob("*.ui")}
    stale += [p.relative_to(ROOT).as_posix() + " (no form)" for p in GENERATED.glob("ui_*.py") if p.name not in known]
    return stale


def build_forms() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    if not init.exists():
        init.write_text('"""pyside6-uic output of forms/*.ui: do not edit, run scripts/build_ui.py."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        generated_path(ui_file).write_text(compile_form(ui_file), encoding="utf-8")


def translation_sources() -> list[str]:
    files = [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for src in TRANSLATED_SOURCES:
        found = sorted(src.rglob("*.py")) if src.is_dir() else [src]
        files += [str(p) for p in found if "generated" not in p.parts]
    return files


def update_ts(ts_file: Path) -> None:
    """Collect the source strings into a .ts file (keeping existing translations, dropping obsolete ones)."""
    subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "id",
                    "-target-language", ts_file.stem.split("_")[-1], *translation_sources(), "-ts", str(ts_file)],
                   check=True)


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def stale_translations() -> list[str]:
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = TRANSLATIONS / f"jamsos_{lang}.ts"
            qm = ts.with_suffix(".qm")
            fresh_ts = Path(tmp) / ts.name
            fresh_ts.write_bytes(ts.read_bytes() if ts.exists() else b"")
            if ts.exists():
                update_ts(fresh_ts)
                if fresh_ts.read_bytes() != ts.read_bytes():
                    stale.append(f"{ts.relative_to(ROOT).as_posix()} (source strings changed)")
            else:
                stale.append(f"{ts.relative_to(ROOT).as_posix()} (missing)")
                continue
            fresh_qm = Path(tmp) / qm.name
            release(ts, fresh_qm)
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                stale.append(qm.relative_to(ROOT).as_posix())
        for name in QT_TRANSLATIONS:
            ts = TRANSLATIONS / f"{name}.ts"
            qm, fresh_qm = ts.with_suffix(".qm"), Path(tmp) / f"{name}.qm"
            release(ts, fresh_qm)
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                stale.append(qm.relative_to(ROOT).as_posix())
    return stale


def build_translations() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"jamsos_{lang}.ts"
        update_ts(ts)
        release(ts, ts.with_suffix(".qm"))
    for name in QT_TRANSLATIONS:
        ts = TRANSLATIONS / f"{name}.ts"
        release(ts, ts.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale generated files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms() + stale_translations()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    build_forms()
    build_translations()
    print(f"forms: {len(list(FORMS.glob('*.ui')))} compiled; translations: {', '.join(LANGUAGES)} rebuilt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
