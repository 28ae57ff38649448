"""CardData from a participant record, through the domain lists; and the package stays free of Qt."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import jamsos_desktop.cards
from jamsos_desktop.cards import card_data_from_record, format_coverage

RECORD = {
    "id": "3f2a9c1e-7b44-4d0e-9a51-2c8e6f1d0b77",
    "nik": "2171015203900003",
    "full_name": "  Siti   Aminah ",
    "rt": "3",
    "rw": "12",
    "kelurahan_code": "21.71.01.1002",
    "category": "kader_posyandu",
    "programs": ["JKK", "JKM"],
    "kpj_number": "",
    "status": "approved",
}


def make(record: dict[str, object]) -> jamsos_desktop.cards.CardData:
    return card_data_from_record(record, serial="1004-000001", token="TOKEN", issue_date=dt.date(2026, 1, 15),
                                 coverage="Jan 2026 s.d. Des 2026", provisional=True)


def test_record_fields_are_looked_up_and_formatted() -> None:
    card = make(RECORD)
    assert card.full_name == "Siti Aminah"
    assert card.masked_nik == "2171 **** **** 0003"
    assert "5203" not in card.masked_nik  # the birth-date digits never reach the card
    assert card.category_label == "Kader Posyandu"
    assert (card.kelurahan_name, card.kecamatan_name) == ("Pemping", "Belakang Padang")
    assert (card.rt, card.rw) == ("003", "012")
    assert card.kpj_number is None  # prints DALAM PROSES
    assert card.programs == ("JKK", "JKM") and card.provisional and card.participant_id == RECORD["id"]


def test_unknown_codes_print_as_codes_instead_of_stopping_the_batch() -> None:
    card = make({**RECORD, "category": "hapus", "kelurahan_code": "21.71.99.9999", "kpj_number": "12345678901"})
    assert card.category_label == "hapus"
    assert (card.kelurahan_name, card.kecamatan_name) == ("21.71.99.9999", "")
    assert card.kpj_number == "12345678901"


def test_coverage_text_in_indonesian_months() -> None:
    assert format_coverage(dt.date(2026, 1, 1), dt.date(2026, 8, 31)) == "Jan 2026 s.d. Agu 2026"


def test_cards_package_imports_no_qt() -> None:
    package = Path(jamsos_desktop.cards.__file__).parent
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in names), source
