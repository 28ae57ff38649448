"""The desktop interface (PySide6): the only package, with app.py, that imports Qt.

Importing it also makes PySide's check of every later import cheap (`_keep_imports_light`).
"""

from __future__ import annotations

from typing import Any


def _uses_pyside(module: Any) -> bool:
    """PySide's own answer (does the module's source file name PySide6?), read without keeping the file.

    Once PySide6 is imported, its import hook asks this of every module imported afterwards (to support
    `from __feature__ import ...`, which this app never uses). PySide's version asks `inspect.getsource`, and
    `linecache` then keeps every line of every module's source for the life of the process: about 26 MB for
    the app's modules and SQLAlchemy's (issue 18: peak memory). A frozen build has no source files: there both
    answer False. This runs inside the import hook, so it imports nothing.
    """
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except (OSError, ValueError):
        return False


def _keep_imports_light() -> None:
    """Put `_uses_pyside` in place of PySide's check; a PySide without that check is left as it is."""
    import sys

    import PySide6.QtCore  # noqa: F401  (loads shiboken, which installs the import hook and its feature module)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_keep_imports_light()
