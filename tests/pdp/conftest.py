"""Fixtures for the personal-data-rights tests: an office whose clock the test moves, PDF text and pictures."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from tests.conftest import missing_tool

ADMIN_PASSWORD = "rahasia123"
KELURAHAN = "21.71.02.1002"  # Sungai Jodoh
OCR_INSTALL = "apt-get install tesseract-ocr tesseract-ocr-ind"
POPPLER_INSTALL = "apt-get install poppler-utils"


class Clock:
    """The office clock, moved by the test (aware UTC, like the office's own)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def office(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    """A set-up office (approval on) with an operator and a supervisor; the admin is signed in."""
    office = open_office(tmp_path / "office", clock=clock, startup_backup=False)
    initialize(office, kelurahan=KELURAHAN, admin_username="admin", admin_password=ADMIN_PASSWORD,
               admin_display_name="Admin Kantor")
    svc = Services(office)
    svc.auth.login("admin", ADMIN_PASSWORD)
    svc.auth.create_operator(username="siti", display_name="Siti Operator", password="operator123", role="operator")
    svc.auth.create_operator(username="lurah", display_name="Pak Lurah", password="lurah1234", role="supervisor")
    yield svc
    office.close()


def sign_in(services: Services, username: str, password: str) -> None:
    services.auth.logout()
    services.auth.login(username, password)


def person(nik: str = "2171024505800003", name: str = "Siti Aminah", **extra: object) -> dict[str, object]:
    return {"nik": nik, "full_name": name, "birth_place": "Batam", "birth_date": "1980-05-05", "sex": "P",
            "mother_name": "Fatimah Zahra", "address": "Jl. Mawar No. 1", "rt": "3", "rw": "12",
            "kelurahan_code": KELURAHAN, "phone": "0812-3456-7890", "category": "kader_posyandu",
            "posyandu_name": "Posyandu Melati 1", "sk_number": "12/SK/2025",
            "beneficiaries": [{"name": "Budi Santoso", "relationship": "suami", "phone": "081299998888",
                               "birth_date": "1978-01-02"},
                              {"name": "Ani Lestari", "relationship": "anak", "birth_date": "2015-03-04"}],
            **extra}


class Pdf:
    """What a person sees: pages rendered by pdftoppm (looked at, and read back by OCR) and the text layer."""

    def __init__(self) -> None:
        if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
            pytest.skip(missing_tool("poppler-utils", POPPLER_INSTALL))

    def text(self, pdf: Path) -> str:
        return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout

    def pages(self, pdf: Path) -> int:
        return self.text(pdf).count("\f")

    def png(self, pdf: Path, page: int, dpi: int = 100) -> Path:
        out = pdf.with_name(f"{pdf.stem}-{page}")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                        str(pdf), str(out)], check=True, capture_output=True)
        return out.with_suffix(".png")

    def ocr(self, pdf: Path, page: int) -> str:
        """The words a reader sees on the rendered page (tesseract, Indonesian), spaces folded."""
        if shutil.which("tesseract") is None:
            pytest.skip(missing_tool("tesseract", OCR_INSTALL))
        png = self.png(pdf, page, dpi=150)
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread: on a shared machine many are slower
        out = subprocess.run(["tesseract", str(png), "-", "-l", "ind", "--psm", "4"], check=True,
                             capture_output=True, text=True, env=env).stdout
        return " ".join(out.split())


@pytest.fixture
def pdf() -> Pdf:
    return Pdf()


def folded(text: str) -> str:
    return " ".join(text.split())
