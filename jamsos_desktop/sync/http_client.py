"""The office's HTTP transport to the city hub (httpx): upload a bundle and get the receipt back.

- `upload_bundle(data)` POSTs the .jamsos bytes to /api/v1/bundles and returns the receipt bytes the hub
  answers with (verify and apply them with sync.receipt.read_receipt, as for a receipt from a stick).
- `latest_receipt(device_id)` GETs /api/v1/receipts/{device_id}: the newest receipt, or None when there is none.
- `health()` GETs /healthz.
Resuming is simple on purpose: an interrupted upload is sent again WHOLE. The hub imports idempotently on
(device, seq) and recognises the same bundle file, so a retry never doubles anything; it just returns the
receipt. `HubUnavailable` (no network, timeout, hub error 5xx) means "try again later, with backoff";
`HubRefusedUpload` (4xx) means the hub looked at the bundle and said no: show its message, do not retry as is.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from jamsos_desktop.domain.errors import Refused, Unavailable
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES

BUNDLES_PATH = "/api/v1/bundles"
RECEIPTS_PATH = "/api/v1/receipts/{device_id}"
HEALTH_PATH = "/healthz"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=120.0, pool=10.0)
MAX_RECEIPT_BYTES = MAX_BUNDLE_BYTES


class HubUnavailable(Unavailable):
    """The hub could not be reached or could not answer now; the same request may be retried later."""


class HubRefusedUpload(Refused):
    """The hub refused the request (4xx); `reason` is the hub's code, `message` its words (Bahasa Indonesia)."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(message, code=reason)
        self.status, self.reason = status, reason


@dataclass(frozen=True)
class UploadResult:
    receipt: bytes
    status: str  # the hub's import status: "imported" or "replay"


def _refusal(response: httpx.Response) -> HubRefusedUpload:
    try:
        body: Any = response.json()
    except ValueError:
        body = {}
    reason = body.get("reason", "refused") if isinstance(body, dict) else "refused"
    message = body.get("message") if isinstance(body, dict) else None
    return HubRefusedUpload(response.status_code, str(reason),
                            str(message or f"Hub menolak permintaan (HTTP {response.status_code})."))


class HubClient:
    """A connection to one hub. Use as a context manager, or call close()."""

    def __init__(self, base_url: str, *, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("Alamat hub harus diawali http:// atau https://.")
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, transport=transport,
                                    headers={"User-Agent": "jamsos-desktop"})

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.TransportError as exc:  # connect/read/write errors and timeouts
            raise HubUnavailable(f"Hub tidak dapat dihubungi ({type(exc).__name__}); dicoba lagi nanti.") from exc
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise HubUnavailable(f"Hub sedang tidak dapat melayani (HTTP {response.status_code}); dicoba lagi nanti.")
        return response

    def health(self) -> dict[str, Any]:
        response = self._send("GET", HEALTH_PATH)
        if response.status_code != 200:
            raise _refusal(response)
        data: dict[str, Any] = response.json()
        return data

    def upload_bundle(self, data: bytes) -> UploadResult:
        """Send one bundle; the receipt bytes come back (not yet verified: read_receipt does that)."""
        if len(data) > MAX_BUNDLE_BYTES:
            raise HubRefusedUpload(413, "too_large", "Bundle melebihi batas ukuran; ekspor dalam beberapa bagian.")
        response = self._send("POST", BUNDLES_PATH, content=data,
                              headers={"Content-Type": "application/octet-stream"})
        if response.status_code != 200:
            raise _refusal(response)
        if len(response.content) > MAX_RECEIPT_BYTES:
            raise HubUnavailable("Jawaban hub terlalu besar untuk sebuah tanda terima.")
        return UploadResult(response.content, response.headers.get("X-Jamsos-Import", ""))

    def latest_receipt(self, device_id: str) -> bytes | None:
        response = self._send("GET", RECEIPTS_PATH.format(device_id=device_id))
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise _refusal(response)
        return response.content


def upload_with_retry(client: HubClient, data: bytes, *, attempts: int = 4, first_delay: float = 2.0,
                      max_delay: float = 60.0, sleep: Callable[[float], None] = time.sleep) -> UploadResult:
    """Upload, re-sending the whole bundle after HubUnavailable with exponential backoff and jitter."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return client.upload_bundle(data)
        except HubUnavailable:
            if attempt == attempts:
                raise
            sleep(min(max_delay, delay) * random.uniform(0.8, 1.2))
            delay *= 2
    raise AssertionError("unreachable")
