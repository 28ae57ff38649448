"""Fixtures for the console's browser tests: one served hub and one Chromium per test module."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .served import BROWSER_SKIP, SCREENSHOTS_DIR, ServedHub, browser_available, new_browser, set_up_hub
from .steps import Operator

UPDATE_SCREENSHOTS_ENV = "JAMSOS_UPDATE_SCREENSHOTS"
WINDOWS_SKIP = ("Windows: the browser tests drive Debian's Chromium and chromedriver, which have no Windows build "
                "from the registries here; they run on Linux (make test)")


@pytest.fixture(scope="module")
def browser_present() -> None:
    """Skips before the hub is served (seconds per program under Wine) when no browser can drive it."""
    if sys.platform == "win32":
        pytest.skip(WINDOWS_SKIP)
    if not browser_available():
        pytest.skip(BROWSER_SKIP)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedHub]:
    hub = set_up_hub(tmp_path_factory.mktemp("served"))
    hub.start()
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get(UPDATE_SCREENSHOTS_ENV):
        SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS_DIR
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser(browser_present: None, served: ServedHub, shots: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    downloads = tmp_path_factory.mktemp("downloads")
    driver = new_browser(downloads)
    try:
        yield Operator(driver, served.url, shots, downloads)
    finally:
        driver.quit()
