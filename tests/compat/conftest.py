"""Fixtures for version-skew tests: the previous release, extracted once per session."""

from __future__ import annotations

import pytest

from .previous import PREVIOUS_TAG, Release, extract_release


@pytest.fixture(scope="session")
def previous_release(tmp_path_factory: pytest.TempPathFactory) -> Release:
    root = extract_release(PREVIOUS_TAG, tmp_path_factory.mktemp("previous") / "tree")
    return Release(PREVIOUS_TAG, root)
