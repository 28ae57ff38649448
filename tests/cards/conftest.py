"""Fixtures for the card tests: a device identity, card factories, and poppler helpers that skip cleanly."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from jamsos_desktop.cards import CardData, sign_token
from jamsos_desktop.sync.identity import DeviceIdentity, create_identity
from tests.conftest import missing_tool

POPPLER_REASON = missing_tool("poppler-utils", "apt-get install poppler-utils")
VALID_UNTIL = dt.date(2026, 12, 31)  # test_card_render verifies on 2026-06-01 (valid) and 2027-01-01 (expired)


@pytest.fixture
def identity(tmp_path: Path) -> DeviceIdentity:
    return create_identity(tmp_path / "keys")


@pytest.fixture
def make_card(identity: DeviceIdentity) -> Callable[..., CardData]:
    """make_card(i, **overrides): a signed card with serial 1004-00000i and a fresh participant UUID."""

    def make(i: int = 1, **overrides: object) -> CardData:
        participant_id = str(uuid.uuid4())
        serial = str(overrides.pop("serial", f"1004-{i:06d}"))
        values: dict[str, object] = {
            "serial": serial,
            "participant_id": participant_id,
            "full_name": f"Peserta Nomor {i}",
            "kpj_number": "12345678901",
            "masked_nik": "2171 **** **** 0003",
            "category_label": "Kader Posyandu",
            "rt": "003",
            "rw": "012",
            "kelurahan_name": "Sungai Jodoh",
            "kecamatan_name": "Batu Ampar",
            "programs": ("JKK", "JKM"),
            "coverage": "Jan 2026 s.d. Des 2026",
            "issue_date": dt.date(2026, 1, 15),
            "provisional": False,
            "token": sign_token(identity, serial=serial, participant_id=participant_id, valid_until=VALID_UNTIL),
        }
        values.update(overrides)
        return CardData(**values)  # type: ignore[arg-type]

    return make


class Poppler:
    """pdftoppm / pdftotext from poppler-utils, the same tools a clerk's PDF viewer is built on."""

    def __init__(self) -> None:
        self.pdftoppm = _need("pdftoppm")
        self.pdftotext = _need("pdftotext")
        self.pdfinfo = _need("pdfinfo")

    def png(self, pdf: Path, *, dpi: int, page: int = 1, crop: tuple[int, int, int, int] | None = None
            ) -> Image.Image:
        """One page in grey; crop = (x, y, w, h) in pixels at that dpi, rendered alone (fast at high dpi)."""
        args = [self.pdftoppm, "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page), "-singlefile"]
        if crop is not None:
            x, y, w, h = crop
            args += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
        out = pdf.with_name(f"{pdf.stem}-p{page}-{dpi}")
        subprocess.run([*args, str(pdf), str(out)], check=True, capture_output=True)
        return Image.open(out.with_suffix(".png")).convert("L")

    def text(self, pdf: Path, page: int) -> str:
        args = [self.pdftotext, "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"]
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    def words(self, pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
        """Words on a page with their boxes in PDF points, origin top-left (pdftotext -bbox)."""
        args = [self.pdftotext, "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]
        html = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
        return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


    def page_sizes(self, pdf: Path) -> list[tuple[float, float]]:
        """Every page's size in points, as pdfinfo reads the MediaBox."""
        args = [self.pdfinfo, "-f", "1", "-l", "9999", str(pdf)]
        info = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _need(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        pytest.skip(POPPLER_REASON)
    return path


@pytest.fixture
def poppler() -> Poppler:
    return Poppler()
