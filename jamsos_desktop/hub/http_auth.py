"""The hub's side of signed requests (sync/request_auth.py): who is asking, and is the request fresh and theirs.

`RequestAuthenticator.check` looks only at the headers, so a request is refused before its body is read:
anonymous or malformed (401 `unauthenticated`), unknown device or wrong signature (401), signed outside the
replay window of the hub's clock (401 `clock_skew`, with the hub's time so an office with a wrong clock can sign
again), a nonce seen before (401 `replay`), a revoked device (403 `revoked`, also a security event at most once
per device every ten minutes). The body's SHA-256 is compared by the caller once it has streamed the body.

Nonces are remembered in memory for twice the window; a second hub process behind the same address keeps its
own memory (see docs/security.md).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub.devices import Device
from jamsos_desktop.hub.errors import UNAUTHENTICATED
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.formats import Reads, parse_header
from jamsos_desktop.sync.request_auth import WINDOW_S, SignedRequest, parse_headers

REVOKED_EVENT_EVERY_S = 600


class Refusal(Refused):
    """An HTTP refusal with its own status: reason code, words, and headers (e.g. the hub's time)."""

    def __init__(self, status: int, reason: str, message: str, **extra: str) -> None:
        super().__init__(message, code=reason)
        self.status, self.reason, self.extra = status, reason, extra


@dataclass(frozen=True)
class Authenticated:
    device: Device
    signed: SignedRequest
    reads: Reads


def unauthenticated(detail: str = "") -> Refusal:
    return Refusal(401, "unauthenticated", UNAUTHENTICATED + (f" ({detail})" if detail else ""))


class RequestAuthenticator:
    def __init__(self, hub: Hub, *, window_s: int = WINDOW_S) -> None:
        self.hub, self.window_s = hub, window_s
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str]] = set()
        self._expiry: deque[tuple[float, tuple[str, str]]] = deque()
        self._revoked_noted: dict[str, float] = {}

    def check(self, method: str, path: str, headers: dict[str, str]) -> Authenticated | None:
        """None for a request that carries no signature at all; Refusal for anything not in order."""
        try:
            signed = parse_headers(headers)
        except ValueError as exc:
            raise unauthenticated("tanda tangan tidak terbaca") from exc
        if signed is None:
            return None
        device = self.hub.device(signed.device_id)
        if device is None:
            raise Refusal(401, "unauthenticated", "Perangkat ini belum terdaftar di hub Disnaker (atau terdaftar "
                                                  "dengan kunci lain). Kirim berkas pendaftaran perangkat ke "
                                                  "Disnaker, lalu coba lagi.")
        if not signed.verifies(method, path, device.signing_public):
            raise Refusal(401, "unauthenticated", "Tanda tangan permintaan tidak cocok dengan kunci perangkat yang "
                                                  "terdaftar di hub. Ditolak.")
        now = self.hub.clock()
        if abs(signed.age_s(now)) > self.window_s:
            stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            raise Refusal(401, "clock_skew", f"Jam komputer kantor berbeda lebih dari {self.window_s // 60} menit "
                                             f"dari jam hub ({stamp} UTC). Periksa tanggal dan jam komputer kantor.",
                          hub_time=stamp)
        if not device.active:
            self._note_revoked(device, method, path)
            raise Refusal(403, "revoked", "Perangkat ini sudah dicabut oleh Disnaker; permintaannya ditolak. "
                                          "Hubungi Disnaker.")
        try:
            reads = parse_header(signed.reads)
        except ValueError as exc:
            raise unauthenticated("pengumuman format tidak sah") from exc
        if not self._first_use(signed.device_id, signed.nonce):
            raise Refusal(401, "replay", "Permintaan yang sama sudah pernah diterima (diulang). Ditolak.")
        if reads != (device.announced_reads or {}):
            self.hub.note_request(device.device_id, reads=reads, at=now)
        return Authenticated(device, signed, reads)

    def _first_use(self, device_id: str, nonce: str) -> bool:
        key, now = (device_id, nonce), time.monotonic()
        with self._lock:
            while self._expiry and self._expiry[0][0] < now:
                self._seen.discard(self._expiry.popleft()[1])
            if key in self._seen:
                return False
            self._seen.add(key)
            self._expiry.append((now + 2 * self.window_s, key))
            return True

    def _note_revoked(self, device: Device, method: str, path: str) -> None:
        now = time.monotonic()
        with self._lock:
            last = self._revoked_noted.get(device.device_id)
            if last is not None and now - last < REVOKED_EVENT_EVERY_S:
                return
            self._revoked_noted[device.device_id] = now
        self.hub.note_security("revoked_device", device, f"permintaan HTTP {method} {path}")
