"""Root test configuration: Qt runs offscreen unless a test opts into a real display; shared office fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ADMIN_PASSWORD = "rahasia123"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:  # noqa: F821
    """A set-up office (kelurahan Sungai Jodoh) in a fresh folder, signed in as its admin."""
    from jamsos_desktop.services import Services
    from jamsos_desktop.services.office import open_office
    from jamsos_desktop.services.setup import initialize

    office = open_office(tmp_path / "office")
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password=ADMIN_PASSWORD)
    svc = Services(office)
    svc.auth.login("admin", ADMIN_PASSWORD)
    yield svc
    office.close()


@pytest.fixture
def valid_record() -> dict:
    return {
        "nik": "2171024505800003", "full_name": "Siti Aminah", "birth_place": "Batam",
        "birth_date": "1980-05-05", "sex": "P", "mother_name": "Fatimah", "address": "Jl. Mawar No. 1",
        "rt": "3", "rw": "12", "kelurahan_code": "21.71.02.1002", "phone": "0812-3456-7890",
        "category": "kader_posyandu", "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025",
    }
