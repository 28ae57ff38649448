"""Cards benchmark: 1,000 cards with signed QR codes to one PDF (target >= 200 cards/s).

The same-run baseline renders the same 1,000 cards with the QR drawing switched off, so the ratio shows
what the QR codes cost. Signing the tokens is inside the timed part: issuing a card means signing it.
Each figure is the best of three rounds. `cards.cancel_wait_worst_1000` is how long Batal can take to stop a
1,000-card print: the longest gap between two checks for Cancel, against the median gap (one card).
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from jamsos_desktop.cards import CardData, face, render_cards, sign_token
from jamsos_desktop.sync.identity import DeviceIdentity, create_identity

COUNT = 1000
TARGET = 200.0
ROUNDS = 3


def _cards(identity: DeviceIdentity | None, count: int) -> list[CardData]:
    cards = []
    for i in range(count):
        participant_id, serial = str(uuid.uuid4()), f"1004-{i + 1:06d}"
        token = (sign_token(identity, serial=serial, participant_id=participant_id, valid_until=dt.date(2026, 12, 31))
                 if identity else "")
        cards.append(CardData(
            serial=serial, participant_id=participant_id, full_name=f"Peserta Uji Nomor {i + 1} Binti Abdullah",
            kpj_number=None if i % 3 == 0 else f"{12345600000 + i}", masked_nik="2171 **** **** 0003",
            category_label="Pekerja Rentan Sosial Keagamaan", rt=f"{i % 20 + 1:03d}", rw="012",
            kelurahan_name="Sungai Jodoh", kecamatan_name="Batu Ampar", programs=("JKK", "JKM"),
            coverage="Jan 2026 s.d. Des 2026", issue_date=dt.date(2026, 1, 15), provisional=i % 4 == 0, token=token))
    return cards


def _rate(work: Callable[[], Any]) -> float:
    """Cards per second, best of ROUNDS: the fastest round is the one least disturbed by other processes."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return COUNT / best


def _render(cards: Callable[[], list[CardData]], layout: str, sizes: list[int]) -> None:
    out = io.BytesIO()
    render_cards(cards(), out, layout=layout)  # type: ignore[arg-type]
    sizes.append(len(out.getvalue()))


def bench(emit: Callable[..., None]) -> None:
    with tempfile.TemporaryDirectory() as keys:
        identity = create_identity(Path(keys))
        render_cards(_cards(identity, 10), io.BytesIO())  # warm-up: fonts, logo, QR version cache
        plain = _cards(None, COUNT)
        with mock.patch.object(face, "draw_qr", lambda *args, **kwargs: None):
            baseline = _rate(lambda: _render(lambda: plain, "sheet", []))
        for layout in ("sheet", "single"):
            sizes: list[int] = []
            rate = _rate(lambda layout=layout, sizes=sizes: _render(lambda: _cards(identity, COUNT), layout, sizes))
            emit(f"cards.pdf_1000_with_qr.{layout}", rate, "cards/s", baseline=baseline,
                 target=f">= {TARGET:.0f} cards/s", ok=rate >= TARGET, pdf_mb=round(sizes[-1] / 1e6, 2))
        bench_cancel(emit, identity)


def _cancel_gaps(cards: list[CardData]) -> list[float]:
    """Seconds between the moments a 1,000-card print checks for Cancel (each card, and the end after the PDF is
    written): the longest gap is the longest a clerk can wait after pressing Batal."""
    marks = [time.perf_counter()]

    def cancelled() -> bool:
        marks.append(time.perf_counter())
        return False

    render_cards(cards, io.BytesIO(), layout="sheet", cancelled=cancelled)  # type: ignore[arg-type]
    marks.append(time.perf_counter())
    return [b - a for a, b in zip(marks, marks[1:], strict=False)]


def bench_cancel(emit: Callable[..., None], identity: DeviceIdentity) -> None:
    gaps = sorted(_cancel_gaps(_cards(identity, COUNT)))
    worst, typical = gaps[-1] * 1000, gaps[len(gaps) // 2] * 1000
    emit("cards.cancel_wait_worst_1000", worst, "ms", baseline=typical, target="<= 1000 ms", ok=worst <= 1000,
         note="longest wait between Batal and the print stopping; baseline: the median gap (one card)")
