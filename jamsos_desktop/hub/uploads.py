"""Upload limits: memory stays bounded and the hub keeps answering whatever clients send.

- A body is streamed to a temporary file in `<data>/incoming` (never held in memory), refused with 413 as soon as
  it passes the size cap (a declared Content-Length over the cap is refused before reading anything).
- A body must keep arriving: no byte for `idle_s` seconds, or on average less than `min_rate` bytes per second
  after the first `grace_s` seconds (a trickle), or longer than `max_s` in all, ends it with 408.
- `UploadGate`: at most one upload per device at a time, at most `max_uploads` at once, of which at most
  `unsigned_uploads` unsigned (v0.1.0 offices), so anonymous senders can never take every slot from the offices
  that sign. Anything over is 429 with Retry-After.
The temporary file is removed when the request ends, whatever happened; leftovers of a killed process are removed
at start-up.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from starlette.requests import Request

from jamsos_desktop.hub.http_auth import Refusal
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES, MIB

PREFIX, SUFFIX = "upload-", ".part"
_FLUSH = 1 * MIB


@dataclass(frozen=True)
class UploadLimits:
    max_bytes: int = MAX_BUNDLE_BYTES
    idle_s: float = 30.0
    grace_s: float = 30.0
    min_rate: float = 1024.0  # bytes per second on average, after grace_s
    max_s: float = 3600.0
    max_uploads: int = 4
    unsigned_uploads: int = 2
    retry_after_s: int = 30


def too_large(limits: UploadLimits) -> Refusal:
    return Refusal(413, "too_large", f"Bundle lebih besar dari batas {limits.max_bytes // MIB} MiB. Ekspor dalam "
                                     "beberapa bagian.")


def too_slow() -> Refusal:
    return Refusal(408, "timeout", "Kiriman terlalu lambat atau terhenti, sehingga diputus. Coba kirim lagi.")


def busy(limits: UploadLimits, why: str) -> Refusal:
    return Refusal(429, "busy", f"Hub sedang menerima {why}; coba lagi sebentar lagi.",
                   retry_after=str(limits.retry_after_s))


class UploadGate:
    """Counts uploads in progress (one event loop: no await between check and count, so no lock needed)."""

    def __init__(self, limits: UploadLimits) -> None:
        self.limits = limits
        self.total = 0
        self.unsigned = 0
        self.devices: set[str] = set()

    @contextmanager
    def slot(self, device_id: str | None) -> Iterator[None]:
        if device_id is not None and device_id in self.devices:
            raise busy(self.limits, "kiriman lain dari perangkat ini")
        if self.total >= self.limits.max_uploads:
            raise busy(self.limits, "banyak kiriman")
        if device_id is None and self.unsigned >= self.limits.unsigned_uploads:
            raise busy(self.limits, "banyak kiriman tanpa tanda tangan")
        self.total += 1
        self.unsigned += device_id is None
        if device_id is not None:
            self.devices.add(device_id)
        try:
            yield
        finally:
            self.total -= 1
            self.unsigned -= device_id is None
            self.devices.discard(device_id or "")


def clean_incoming(folder: Path, *, older_than_s: float = 3600) -> None:
    """Remove temporary upload files a killed hub left behind."""
    if not folder.is_dir():
        return
    cutoff = time.time() - older_than_s
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        with suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


async def receive_body(request: Request, folder: Path, limits: UploadLimits) -> tuple[Path, str]:
    """Stream the body to a new temporary file; (its path, its SHA-256). The caller removes the file. Raises
    Refusal (413/408); starlette's ClientDisconnect when the sender goes away."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limits.max_bytes):
        raise too_large(limits)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest = await _stream(request, out, limits)
    except BaseException:
        with suppress(OSError):
            path.unlink()
        raise
    return path, digest


async def _stream(request: Request, out: BinaryIO, limits: UploadLimits) -> str:
    hasher, size, pending = hashlib.sha256(), 0, bytearray()
    started = time.monotonic()
    chunks = request.stream().__aiter__()
    while True:
        elapsed = time.monotonic() - started
        until_slow = limits.grace_s + size / limits.min_rate - elapsed  # when the average rate falls too low
        wait = min(limits.idle_s, until_slow, limits.max_s - elapsed)
        if wait <= 0:
            raise too_slow()
        try:
            chunk = await asyncio.wait_for(chunks.__anext__(), wait)
        except StopAsyncIteration:
            break
        except TimeoutError as exc:
            raise too_slow() from exc
        size += len(chunk)
        if size > limits.max_bytes:
            raise too_large(limits)
        hasher.update(chunk)
        pending += chunk
        if len(pending) >= _FLUSH:
            out.write(pending)
            pending.clear()
    out.write(pending)
    return hasher.hexdigest()
