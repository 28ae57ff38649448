"""Fixtures for the spreadsheet tests (helpers live in sheet_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sheet_helpers import write_xlsx


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(1000))

    def make(rows: Sequence[Sequence[Any]], **kwargs: Any) -> Path:
        return write_xlsx(tmp_path / f"book{next(counter)}.xlsx", rows, **kwargs)

    return make
