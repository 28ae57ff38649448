"""The layers of docs/architecture.md ("Layers"), enforced: every rule there has its check here.

Imports are read from the source (every `import`, also inside functions and under TYPE_CHECKING), so a rule
holds for code that has not run yet.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import pytest

import jamsos_desktop
from jamsos_desktop.domain.errors import Refused

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "jamsos_desktop"
TOP = "jamsos_desktop"  # `from jamsos_desktop import __version__`
SHARED = {"paths", "safefile", "kdfcost", "collector"}  # resource files, crash-safe file writing, KDF costs, the
# cyclic garbage collector paused around bulk work: every layer

# What each part of the package may import from the package (docs/architecture.md, "Layers").
MAY_IMPORT: dict[str, set[str]] = {
    "domain": {"domain"},
    "store": {"store", "domain"},
    "sync": {"sync", "domain"},
    "cards": {"cards", "domain", "sync"},  # cards sign their QR token with the device key
    "io": {"io", "domain"},
    "reports": {"reports", "domain"},
    "services": {"services", "store", "sync", "cards", "io", "reports", "domain", "config", TOP},
    "ui": {"ui", "services", "domain", "config", TOP},
    "cli": {"cli", "services", "domain", "config", "pipes", TOP},
    "hub": {"hub", "sync", "domain", "io", "cards", "reports", "pipes", TOP},
    "app.py": {"ui", "services", "config", TOP},  # the desktop's composition root
    "__main__.py": {"app", "cli", "config", "services", "ui", TOP},  # the installed app's entry and self-test
    "config.py": {TOP},
    "paths.py": set(),
    "safefile.py": {"domain"},  # its DiskProblem is a domain.errors.Refused
    "kdfcost.py": set(),
    "collector.py": set(),
    "pipes.py": set(),
    "__init__.py": set(),
}
# Third-party packages only some parts may import.
ONLY_IN: dict[str, set[str]] = {
    "PySide6": {"ui", "app.py"},
    "sqlalchemy": {"store", "hub", "services"},
    "sqlmodel": {"store", "hub", "services"},
    "alembic": {"store", "hub"},
    "fastapi": {"hub"},
    "uvicorn": {"hub"},
    "starlette": {"hub"},
    "sqlcipher3": {"store"},  # the encrypted database (store/cipher.py, store/engine.py)
}
# Services that still hold SQL: they move it into store/ when the sync format work (issue 11) has landed;
# every other service imports no sqlalchemy/sqlmodel already.
SQL_IN_SERVICES_UNTIL_MOVED: set[str] = {"sync.py", "receipts.py", "participants.py", "reports.py", "auth.py",
                                         "maintenance.py", "cards.py"}
UI_SHARED = {"errors", "tasks", "theme", "icons", "i18n", "selftest", "main_window", "models", "widgets",
             "generated"}
WINDOW_SUFFIXES = ("_wizard", "_dialog", "_page", "_view")


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.relative_to(PACKAGE).parts[:2]
                  or p.name == "env.py")


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.name


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module) of every absolute import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == TOP:  # `from jamsos_desktop import cli` names a part, `__version__` the top
                found += [(node.lineno, f"{TOP}.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _project_part(module: str) -> str | None:
    if module != TOP and not module.startswith(TOP + "."):
        return None
    rest = module.split(".")[1:]
    if not rest or not (PACKAGE / rest[0]).exists() and not (PACKAGE / f"{rest[0]}.py").exists():
        return TOP
    return rest[0]


def _offences(path: Path) -> list[str]:
    part = _part(path)
    allowed = MAY_IMPORT[part] | SHARED
    found = []
    for line, module in _imports(path):
        where = f"{path.relative_to(ROOT)}:{line} imports {module}"
        target = _project_part(module)
        if target is not None:
            if target not in allowed:
                found.append(where)
            continue
        top = module.split(".")[0]
        if part == "domain" and top not in sys.stdlib_module_names:
            found.append(where + " (domain/ uses the standard library only)")
        if top in ONLY_IN and part not in ONLY_IN[top]:
            found.append(where)
        if part == "services" and top in ("sqlalchemy", "sqlmodel") and path.name not in SQL_IN_SERVICES_UNTIL_MOVED:
            found.append(where + " (SQL lives in store/)")
    return found


def test_every_module_imports_only_what_its_layer_may() -> None:
    offences = [o for path in _modules() for o in _offences(path)]
    assert not offences, "layering broken (docs/architecture.md, Layers):\n" + "\n".join(offences)


def test_ui_widgets_and_models_import_no_view_and_views_no_other_features_helpers() -> None:
    offences = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        rel = path.relative_to(PACKAGE / "ui").parts
        for line, module in _imports(path):
            if not module.startswith(f"{TOP}.ui.views."):
                continue
            target = module.split(".")[3:]
            where = f"{path.relative_to(ROOT)}:{line} imports {module}"
            if rel[0] in ("widgets", "models"):
                offences.append(where + " (widgets and models are shared: they import no view)")
            elif rel[0] == "views" and target[0] != rel[1] and not target[-1].endswith(WINDOW_SUFFIXES):
                offences.append(where + " (another feature's helper: move it to ui/widgets or ui/errors.py)")
    assert not offences, "\n".join(offences)


def test_the_rules_cover_every_part_of_the_package() -> None:
    parts = {_part(p) for p in _modules()}
    assert parts <= set(MAY_IMPORT), f"add the new part to MAY_IMPORT and docs/architecture.md: {parts - set(MAY_IMPORT)}"


def test_the_scan_would_notice_a_forbidden_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "jamsos_desktop"
    (fake / "domain").mkdir(parents=True)
    (fake / "store").mkdir()
    sample = fake / "domain" / "sample.py"
    sample.write_text("import json\nimport httpx\n\ndef f():\n    from jamsos_desktop.store import engine\n"
                      "    from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert [o.split(" imports ")[1].split(" ")[0] for o in _offences(sample)] == [
        "httpx", "jamsos_desktop.store", "PySide6.QtCore", "PySide6.QtCore"]


# --- one error model -----------------------------------------------------------------------------------------
# Exceptions that are not refusals: control flow inside one module, or a condition that is retried.
NOT_REFUSALS = {
    "jamsos_desktop.domain.errors.Unavailable": "retried later (the hub cannot be reached)",
    "jamsos_desktop.sync.http_client.HubUnavailable": "an Unavailable",
    "jamsos_desktop.sync.canonical.CanonicalError": "turned into BundleRefused/KeyFileRefused by its callers",
    "jamsos_desktop.io.values.CellProblem": "turned into a row problem by io/rows.py",
    "jamsos_desktop.sync.escrowfile.EscrowFileError": "turned into HubRefused by hub/keys.py",
    "jamsos_desktop.sync.keyslots.KeySlotError": "turned into a sign-in or recovery refusal by services/",
    "jamsos_desktop.io.xlsx_stream._Enough": "stops a streaming read early",
    "jamsos_desktop.io.xlsx_calamine.NotPlain": "hands the sheet to SheetParser, which refuses it if it must",
    "jamsos_desktop.cards.model.Cancelled": "the clerk cancelled drawing cards",
    "jamsos_desktop.ui.tasks.Cancelled": "the clerk cancelled a background task",
    "jamsos_desktop.ui.views.cards.printing.PrintFailed": "shown by the cards page itself",
    "jamsos_desktop.ui.views.cards.output.PrintCancelled": "the clerk cancelled printing",
    "jamsos_desktop.cli.common.UsageError": "wrong use of the command (exit 2), not refused input",
    "jamsos_desktop.hub.cli_commands.UsageError": "wrong use of the command (exit 2), not refused input",
}


def _exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(jamsos_desktop.__path__, prefix=f"{TOP}."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found[f"{info.name}.{name}"] = obj
    return found


def test_every_exception_is_a_refusal_or_named_as_something_else() -> None:
    classes = _exception_classes()
    strays = sorted(name for name, cls in classes.items() if not issubclass(cls, Refused) and name not in NOT_REFUSALS)
    assert not strays, f"make these subclasses of domain.errors.Refused (or list them in NOT_REFUSALS): {strays}"
    assert set(NOT_REFUSALS) <= set(classes), f"gone: {set(NOT_REFUSALS) - set(classes)}"
