"""Generated files (compiled forms, translations) are fresh and complete. (Qt staying inside ui/ is one of the
layering rules in tests/test_layers.py.)"""

from __future__ import annotations

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


def test_status_labels_are_the_domains_translated() -> None:
    from jamsos_desktop.domain.statuses import STATUS_LABELS, STATUS_SHORT_LABELS, STATUSES
    from jamsos_desktop.ui.models import labels

    assert list(labels.FOR_LUPDATE) == [STATUS_LABELS[s] for s in STATUSES]
    assert list(labels.SHORT_FOR_LUPDATE) == [STATUS_SHORT_LABELS[s] for s in STATUSES]
    assert labels.status_labels() == {s: STATUS_LABELS[s] for s in STATUSES}  # no translator: the domain's words
