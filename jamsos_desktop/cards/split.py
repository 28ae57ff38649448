"""Large card runs on two cores: the first half drawn here, the second in a child process, joined into one PDF.

Drawing is pure Python (QR encoding, text fitting, reportlab), so one process uses one core; an office PC has
two or more. Serials and signed tokens exist before drawing starts (services/cards.py reserves the serials once,
in one transaction, and signs every token in this process), so the child only draws the CardData it is handed
and the numbering is the one a single process prints. The cut falls between whole A4 sheets, so every front page
still faces its own back page; pypdf joins the two PDFs page by page (reportlab cannot read a PDF).

The child is started with 'spawn' (the only start method on Windows; the frozen app's entry calls
multiprocessing.freeze_support()) and imports cards/ only: reportlab and qrcode, never Qt. It counts its cards
in a shared integer, which the parent adds to its own for the progress bar, and stops before its next card once
the parent sets `stop` (Cancel, or any error here); the parent waits at most JOIN_WAIT_S for it, then ends it.
If the child cannot start or ends without a PDF, the parent draws that half itself: slower, never a lost run.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from jamsos_desktop.cards.model import Cancelled, CardData

if TYPE_CHECKING:
    from jamsos_desktop.cards.sheet import Layout

SPLIT_FROM = 300  # cards; a smaller run is over before a second process (~0.3-0.5 s to start) would help
JOIN_WAIT_S = 1.0  # Cancel stops the child within this: it checks `stop` before each card (a few ms apart)
POLL_S = 0.05  # while waiting for the child, progress (and so Cancel) is offered this often
Report = Callable[[int], None]  # report(done): raises to stop the run, else shows progress


def processes_for(count: int) -> int:
    """How many processes draw a run of count cards: two for a large run on a machine with two cores or more."""
    return 2 if count >= SPLIT_FROM and (os.cpu_count() or 1) >= 2 else 1


def cut_at(count: int, per_page: int) -> int:
    """Where the second half starts: the middle, moved back to a page boundary (count when there is no cut)."""
    cut = count // 2 // per_page * per_page
    return cut if 0 < cut < count else count


class _PipeEnd(Protocol):
    """The end of a pipe the parent reads: a Connection on Linux, a PipeConnection on Windows."""

    def poll(self, timeout: float | None = ...) -> bool: ...
    def recv_bytes(self, maxlength: int | None = ...) -> bytes: ...
    def close(self) -> None: ...


def _draw_half(cards: list[CardData], layout: Layout, done: Any, stop: Event, conn: Connection) -> None:
    """The child process: draw cards into a PDF and send its bytes; on stop or any error send nothing."""
    from jamsos_desktop.cards.sheet import write_pdf  # here, so the parent's import of sheet does not cycle
    from jamsos_desktop.cards.text import register_fonts

    started = 0

    def tick() -> None:
        nonlocal started
        if stop.is_set():
            raise Cancelled("berhenti")
        done.value = started
        started += 1

    try:
        register_fonts()
        out = io.BytesIO()
        write_pdf(cards, out, layout, tick)
        done.value = started
        conn.send_bytes(out.getvalue())
    except Exception:  # noqa: BLE001 - the parent draws this half again and reports any real error itself
        pass
    finally:
        conn.close()


def _start(cards: list[CardData], layout: Layout) -> tuple[Any, Any, Event, _PipeEnd] | None:
    """The child drawing cards, its card counter, its stop flag and the end its PDF arrives on; None if it
    could not start (the parent then draws everything)."""
    ctx = multiprocessing.get_context("spawn")
    done = ctx.Value("i", 0, lock=False)  # written by the child only, read here: no lock needed
    stop = ctx.Event()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_draw_half, args=(cards, layout, done, stop, sender), name="jamsos-kartu", daemon=True)
    try:
        child.start()
    except Exception:  # noqa: BLE001 - e.g. no process allowed or a broken frozen build: one process still prints
        receiver.close()
        return None
    finally:
        sender.close()  # the child holds its own copy: when it ends, the receiver sees the end of the pipe
    return child, done, stop, receiver


def _receive(child: Any, receiver: _PipeEnd, report_now: Callable[[], None]) -> bytes | None:
    """The child's PDF once it is there, offering progress and Cancel meanwhile; None if it ended without one."""
    while not receiver.poll(POLL_S):
        if not child.is_alive() and not receiver.poll(0):
            return None
        report_now()
    try:
        return receiver.recv_bytes()
    except (EOFError, OSError):
        return None


def _join(first: bytes, second: bytes, target: str | BinaryIO) -> None:
    """One PDF: the pages of first, then those of second, each page keeping its own fonts and forms."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(first)))  # keeps the title and author of the first half
    writer.append(PdfReader(io.BytesIO(second)))
    writer.write(target)


def render_split(cards: Sequence[CardData], target: str | BinaryIO, *, layout: Layout, cut: int,
                 report: Report) -> bool:
    """Draw cards[:cut] here and cards[cut:] in a child process, then write both as one PDF on target.

    Returns whether the child drew its half (False: this process drew it after all); the self-test needs to know.
    """
    from jamsos_desktop.cards.sheet import write_pdf
    from jamsos_desktop.cards.text import register_fonts

    register_fonts()
    started = _start(list(cards[cut:]), layout)
    child_done: Callable[[], int] = (lambda: int(started[1].value)) if started else (lambda: 0)
    own = 0

    def tick() -> None:
        nonlocal own
        report(own + child_done())
        own += 1

    try:
        first = io.BytesIO()
        write_pdf(cards[:cut], first, layout, tick)
        second = _receive(started[0], started[3], lambda: report(own + child_done())) if started else None
    finally:
        if started:
            child, _, stop, receiver = started
            stop.set()
            child.join(JOIN_WAIT_S)
            if child.is_alive():
                child.terminate()
                child.join()
            receiver.close()
    child_drew = second is not None
    if second is None:  # the child could not draw its half: draw it here, counting on from the first half
        child_done = lambda: 0  # noqa: E731
        rest = io.BytesIO()
        write_pdf(cards[cut:], rest, layout, tick)
        second = rest.getvalue()
    _join(first.getvalue(), second, target)
    return child_drew
