"""Rendered PDFs checked as a reader sees them: every QR decodes and verifies, text sits where it should.

Pages are rasterised with pdftoppm and decoded with zxing-cpp; text positions come from pdftotext -bbox.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import zxingcpp
from reportlab import rl_config

from jamsos_desktop.cards import Cancelled, CardData, TokenOutcome, face, render_cards, verify_token
from jamsos_desktop.cards.geometry import CARD_H, CARD_W, PAGE_W, slot_origin
from jamsos_desktop.sync.identity import DeviceIdentity

if TYPE_CHECKING:
    from conftest import Poppler

TODAY = dt.date(2026, 6, 1)
NAME_60 = "RADEN MUHAMMAD ABDURRAHMAN WAHYUDIN SYAHPUTRA BIN HAJI ABDUL"


def decode_all(poppler: Poppler, pdf: Path, page: int, dpi: int = 300) -> list[str]:
    image = poppler.png(pdf, dpi=dpi, page=page)
    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_every_qr_on_a_sheet_decodes_and_verifies(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData],
                                                  identity: DeviceIdentity) -> None:
    cards = [make_card(i, provisional=i % 3 == 0, kpj_number=None if i % 2 else "12345678901")
             for i in range(1, 11)]
    pdf = tmp_path / "sheet.pdf"
    render_cards(cards, pdf)
    decoded = decode_all(poppler, pdf, page=1)
    assert sorted(decoded) == sorted(c.token for c in cards)  # all ten, each exactly once
    lookup = {identity.device_id: identity.public_raw}.get
    checks = [verify_token(text, lookup, TODAY) for text in decoded]
    assert all(c.outcome is TokenOutcome.VALID for c in checks)
    assert {c.serial for c in checks} == {c.serial for c in cards}
    for pos in (5, 40, len(decoded[0]) - 10):  # in the serial, the device id, the signature
        changed = decoded[0][:pos] + ("B" if decoded[0][pos] != "B" else "C") + decoded[0][pos + 1 :]
        assert verify_token(changed, lookup, TODAY).outcome in (TokenOutcome.INVALID, TokenOutcome.UNKNOWN_KEY)
    assert decode_all(poppler, pdf, page=2) == []  # the back page carries no code


def test_single_layout_front_then_back_and_qr_verifies(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData],
                                                       identity: DeviceIdentity) -> None:
    cards = [make_card(1), make_card(2, provisional=True)]
    pdf = tmp_path / "single.pdf"
    render_cards(cards, pdf, layout="single")
    lookup = {identity.device_id: identity.public_raw}.get
    for page, card in ((1, cards[0]), (3, cards[1])):
        (text,) = decode_all(poppler, pdf, page=page, dpi=600)
        check = verify_token(text, lookup, TODAY)
        assert check.outcome is TokenOutcome.VALID and check.serial == card.serial
        assert "KARTU PESERTA" in poppler.text(pdf, page)
        back = " ".join(poppler.text(pdf, page + 1).split())
        assert "175" in back and "kembalikan ke Kantor Kelurahan Sungai Jodoh, Kecamatan Batu Ampar" in back


def test_sementara_only_on_provisional_cards(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData]) -> None:
    pdf = tmp_path / "single.pdf"
    render_cards([make_card(1, provisional=False), make_card(2, provisional=True)], pdf, layout="single")
    assert "SEMENTARA" not in poppler.text(pdf, 1)
    assert "SEMENTARA" in poppler.text(pdf, 3)


def test_kpj_or_dalam_proses(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData]) -> None:
    pdf = tmp_path / "single.pdf"
    render_cards([make_card(1, kpj_number="98765432101"), make_card(2, kpj_number=None)], pdf, layout="single")
    assert "98765432101" in poppler.text(pdf, 1) and "DALAM PROSES" not in poppler.text(pdf, 1)
    assert "DALAM PROSES" in poppler.text(pdf, 3)


@pytest.mark.parametrize("name", [NAME_60, "W" * 60])
def test_sixty_character_name_stays_inside_the_card(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData],
                                                    name: str) -> None:
    """pdftotext gives each printed word's box (font ascent to descent, top-left origin, points). The name's
    words must all be there, inside the side margins, below the header and above the first detail row."""
    assert len(name) == 60
    pdf = tmp_path / "single.pdf"
    render_cards([make_card(1, full_name=name)], pdf, layout="single")
    words = poppler.words(pdf, 1)
    name_words = [w for w in words if w[0] and w[0] in name and len(w[0]) > 2 and w[2] < CARD_H - face.FIRST_ROW]
    assert "".join(w[0] for w in name_words).replace(" ", "") == name.replace(" ", "")
    header_bottom = face.HEADER_H + face.STRIPE_H
    first_row_top = CARD_H - face.FIRST_ROW - 6.8 * 0.76
    for text, x0, y0, x1, y1 in name_words:
        assert x0 >= face.MARGIN - 0.01 and x1 <= CARD_W - face.MARGIN + 0.01, text
        assert header_bottom <= y0 and y1 <= first_row_top, text


def test_back_page_mirrors_columns_for_long_edge_duplex(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData]) -> None:
    cards = [make_card(i) for i in range(1, 8)]  # an odd count: a half-empty last row must mirror too
    pdf = tmp_path / "sheet.pdf"
    render_cards(cards, pdf)
    front = {w[0]: w for w in poppler.words(pdf, 1)}
    back = {w[0]: w for w in poppler.words(pdf, 2)}
    for slot, card in enumerate(cards):
        _, fx0, fy0, _, _ = front[card.serial]
        _, bx0, by0, _, _ = back[card.serial]
        front_x, _ = slot_origin(slot)
        back_x, _ = slot_origin(slot, back=True)
        assert front_x <= fx0 < front_x + CARD_W and back_x <= bx0 < back_x + CARD_W
        assert (fx0 < PAGE_W / 2) != (bx0 < PAGE_W / 2)  # one in the left column, the other in the right
        assert abs(fy0 - by0) < CARD_H / 2  # same row


def test_progress_reports_each_card_and_cancel_writes_nothing(tmp_path: Path,
                                                              make_card: Callable[..., CardData]) -> None:
    cards = [make_card(i) for i in range(1, 13)]
    seen: list[tuple[int, int]] = []
    render_cards(cards, io.BytesIO(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 12) for i in range(1, 13)]

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    calls = 0

    def cancel_after_three() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    a85 = rl_config.useA85
    with pytest.raises(Cancelled):
        render_cards(cards, out, layout="single", cancelled=cancel_after_three)
    assert rl_config.useA85 == a85  # the process-wide reportlab setting is put back
    assert list(folder.iterdir()) == []  # neither the PDF nor a partial file
    stream = io.BytesIO()
    with pytest.raises(Cancelled):
        render_cards(cards, stream, cancelled=lambda: True)
    assert stream.getvalue() == b""


def test_nothing_to_print_or_unknown_layout_is_refused(make_card: Callable[..., CardData]) -> None:
    with pytest.raises(ValueError, match="Tidak ada kartu"):
        render_cards([], io.BytesIO())
    with pytest.raises(ValueError, match="Tata letak"):
        render_cards([make_card(1)], io.BytesIO(), layout="a5")  # type: ignore[arg-type]


def test_expired_and_unknown_key_cards_read_from_a_page(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData],
                                                        identity: DeviceIdentity) -> None:
    pdf = tmp_path / "single.pdf"
    render_cards([make_card(1)], pdf, layout="single")
    (text,) = decode_all(poppler, pdf, page=1, dpi=600)
    assert verify_token(text, {}.get, TODAY).outcome is TokenOutcome.UNKNOWN_KEY
    lookup = {identity.device_id: identity.public_raw}.get
    assert verify_token(text, lookup, dt.date(2027, 1, 1)).outcome is TokenOutcome.EXPIRED
