"""Two-process card runs (cards/split.py): the same pages in the same order as one process, Cancel stops both
processes, small runs stay in one, and the child never loads Qt."""

from __future__ import annotations

import io
import multiprocessing
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from jamsos_desktop.cards import Cancelled, CardData, render_cards, split

if TYPE_CHECKING:
    from conftest import Poppler

from tests.cards.test_card_render import decode_all


def _pages_as_text(poppler: Poppler, pdf: Path) -> list[str]:
    return [poppler.text(pdf, page) for page in range(1, len(poppler.page_sizes(pdf)) + 1)]


@pytest.mark.parametrize(("layout", "count", "pages"), [("sheet", 23, 6), ("single", 5, 10)])
def test_two_processes_print_the_pages_of_one(tmp_path: Path, poppler: Poppler, make_card: Callable[..., CardData],
                                              layout: str, count: int, pages: int) -> None:
    cards = [make_card(i, provisional=i % 4 == 0, kpj_number=None if i % 3 == 0 else f"1234567{i:04d}")
             for i in range(1, count + 1)]
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    render_cards(cards, one, layout=layout, processes=1)  # type: ignore[arg-type]
    seen: list[int] = []
    render_cards(cards, two, layout=layout, processes=2, progress=lambda done, total: seen.append(done))  # type: ignore[arg-type]
    assert len(poppler.page_sizes(two)) == pages
    assert poppler.page_sizes(two) == poppler.page_sizes(one)
    assert _pages_as_text(poppler, two) == _pages_as_text(poppler, one)  # every serial, name and back, in order
    check = subprocess.run([poppler.pdfinfo, str(two)], capture_output=True, text=True, check=True)
    assert check.stderr == ""  # poppler found nothing to repair
    assert seen == sorted(seen) and seen[-1] == count
    info = PdfReader(two).metadata
    assert info is not None and info.title == PdfReader(one).metadata.title  # type: ignore[union-attr]
    # The child's half too: its QR codes decode to the same tokens, in the same place.
    last_front = pages - 1
    dpi = 300 if layout == "sheet" else 600
    assert decode_all(poppler, two, last_front, dpi) == decode_all(poppler, one, last_front, dpi) != []
    assert decode_all(poppler, two, 1, dpi) == decode_all(poppler, one, 1, dpi) != []


def test_cancel_stops_both_processes_and_writes_nothing(tmp_path: Path, make_card: Callable[..., CardData]) -> None:
    cards = [make_card(i) for i in range(1, 61)]
    folder = tmp_path / "out"
    folder.mkdir()
    calls = 0

    def cancel_after_five() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(Cancelled):
        render_cards(cards, folder / "kartu.pdf", processes=2, cancelled=cancel_after_five)
    assert multiprocessing.active_children() == []  # the child is gone when render_cards returns
    assert list(folder.iterdir()) == []


def test_a_failing_progress_callback_stops_the_child_too(make_card: Callable[..., CardData]) -> None:
    """The desktop's Cancel raises its own exception from progress(): it stops the run the same way."""

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 3:
            raise Stop()

    out = io.BytesIO()
    with pytest.raises(Stop):
        render_cards([make_card(i) for i in range(1, 41)], out, processes=2, progress=progress)
    assert multiprocessing.active_children() == []
    assert out.getvalue() == b""


def test_without_a_child_the_parent_draws_both_halves(monkeypatch: pytest.MonkeyPatch,
                                                      make_card: Callable[..., CardData]) -> None:
    monkeypatch.setattr(split, "_start", lambda cards, layout: None)  # e.g. a PC that refuses a new process
    out = io.BytesIO()
    seen: list[int] = []
    render_cards([make_card(i) for i in range(1, 26)], out, processes=2, progress=lambda done, total: seen.append(done))
    assert len(PdfReader(out).pages) == 6
    assert seen == list(range(1, 26))


def test_only_large_runs_on_a_multicore_pc_use_two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split.os, "cpu_count", lambda: 2)
    assert split.processes_for(split.SPLIT_FROM - 1) == 1
    assert split.processes_for(split.SPLIT_FROM) == 2
    monkeypatch.setattr(split.os, "cpu_count", lambda: 1)
    assert split.processes_for(5000) == 1
    assert split.cut_at(23, 10) == 10  # whole sheets in the first half: fronts keep facing their backs
    assert split.cut_at(1000, 10) == 500
    assert split.cut_at(15, 10) == 15  # under two sheets: nothing to split
    assert split.cut_at(5, 1) == 2
    assert split.cut_at(1, 1) == 1


def test_the_child_process_loads_no_qt() -> None:
    """What a spawned child imports: the app's entry module (as __mp_main__) and cards/; none of them Qt."""
    code = ("import sys, jamsos_desktop.__main__, jamsos_desktop.cards.split, jamsos_desktop.cards.sheet; "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
