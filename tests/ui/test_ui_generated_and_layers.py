"""Generated files are fresh, and Qt stays inside the interface layer."""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jamsos_desktop"


def _build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_compiled_form_matches_its_ui_file() -> None:
    stale = _build_ui().stale_forms()
    assert not stale, f"run `make forms` (scripts/build_ui.py): stale compiled forms {stale}"


def test_translations_are_fresh_and_complete() -> None:
    build = _build_ui()
    stale = build.stale_translations()
    assert not stale, f"run `make forms` (scripts/build_ui.py): stale translations {stale}"
    for lang in build.LANGUAGES:
        ts = ET.parse(build.TRANSLATIONS / f"jamsos_{lang}.ts")
        unfinished = [m.findtext("source") for m in ts.iter("message")
                      if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]
        assert not unfinished, f"jamsos_{lang}.ts lacks translations for {unfinished[:5]}"


def test_a_changed_form_is_reported_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = _build_ui()
    forms, generated = tmp_path / "forms", tmp_path / "generated"
    forms.mkdir()
    generated.mkdir()
    form = build.FORMS / "placeholder_page.ui"
    (forms / form.name).write_text(form.read_text(encoding="utf-8"), encoding="utf-8")
    (generated / "ui_placeholder_page.py").write_text(build.compile_form(forms / form.name), encoding="utf-8")
    monkeypatch.setattr(build, "FORMS", forms)
    monkeypatch.setattr(build, "GENERATED", generated)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    assert build.stale_forms() == []
    (forms / form.name).write_text(form.read_text(encoding="utf-8").replace("placeholder_spacer", "other_spacer"),
                                   encoding="utf-8")
    assert build.stale_forms() == ["generated/ui_placeholder_page.py"]


def _imports_pyside(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        if any(n == "PySide6" or n.startswith("PySide6.") for n in names):
            lines.append(node.lineno)
    return lines


def test_only_the_interface_imports_qt() -> None:
    allowed = {PACKAGE / "app.py"}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if PACKAGE / "ui" in path.parents or path in allowed:
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in _imports_pyside(path)]
    assert not offenders, f"PySide6 imported outside jamsos_desktop/ui and app.py: {offenders}"


def test_the_scan_would_notice_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n")
    assert _imports_pyside(sample) == [2]
