"""The office's HTTP transport to the city hub (httpx): upload a bundle and get the receipt back.

With the office's device identity every request is signed (sync/request_auth.py); the hub's clock is learnt
from /healthz (and from a `clock_skew` refusal, then the request is signed again once), so an office PC with a
wrong clock still gets through. Without an identity (tests, tools) nothing is signed.
- `upload_bundle(data)` POSTs the .jamsos bytes to /api/v1/bundles and returns the receipt bytes the hub
  answers with (verify and apply them with sync.receipt.read_receipt, as for a receipt from a stick).
- `exchange(ack)` POSTs to /api/v1/receipts: acknowledges the last receipt applied and returns the receipt the
  hub answers with (None when there is none). Only for a hub that reads http level 2.
- `latest_receipt(device_id)` / `receipt(device_id, bundle_id)` GET a stored receipt (None when there is none);
  a v0.1.0 hub issues news on that GET, a newer one never changes state on a GET.
- `health()` GETs /healthz.
Resuming is simple on purpose: an interrupted upload is sent again WHOLE. The hub imports idempotently on
(device, seq) and recognises the same bundle file, so a retry never doubles anything; it just returns the
receipt. `HubUnavailable` (no network, timeout, hub error 5xx) means "try again later, with backoff";
`HubRefusedUpload` (4xx) means the hub looked at the bundle and said no: show its message, do not retry as is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from jamsos_desktop.domain.errors import Refused, Unavailable
from jamsos_desktop.sync.canonical import canonical_json
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES
from jamsos_desktop.sync.manifest import ChainLink
from jamsos_desktop.sync.request_auth import sign_headers

BUNDLES_PATH = "/api/v1/bundles"
EXCHANGE_PATH = "/api/v1/receipts"
RECEIPTS_PATH = "/api/v1/receipts/{device_id}"
RECEIPT_PATH = "/api/v1/receipts/{device_id}/{bundle_id}"
HEALTH_PATH = "/healthz"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=120.0, pool=10.0)
MAX_RECEIPT_BYTES = MAX_BUNDLE_BYTES


class HubUnavailable(Unavailable):
    """The hub could not be reached or could not answer now; the same request may be retried later (after
    `retry_after` seconds when the hub said so)."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


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
                            str(message or "Disnaker menolak permintaan ini tanpa menyebut alasannya. Bila terulang, "
                                "hubungi Disnaker dan sebutkan waktu kejadiannya."))


def _transport_words(exc: httpx.TransportError) -> str:
    """What went wrong on the way, in a clerk's words (never the exception's name)."""
    if isinstance(exc, httpx.TimeoutException):
        return "tidak ada jawaban dalam waktu yang wajar (jaringan lambat atau server sibuk)"
    if isinstance(exc, httpx.ConnectError):
        return "sambungan tidak terbentuk (periksa internet kantor dan alamat Disnaker di Pengaturan)"
    return "sambungan terputus di tengah jalan"


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class HubClient:
    """A connection to one hub. Use as a context manager, or call close(). `verify`: True (the system's and
    certifi's certificate authorities; SSL_CERT_FILE adds a city CA), a CA file path, or an SSLContext."""

    def __init__(self, base_url: str, *, identity: DeviceIdentity | None = None,
                 reads: Mapping[str, int] | None = None, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None, verify: bool | str | ssl.SSLContext = True,
                 clock: Callable[[], dt.datetime] = _utc_now) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("Alamat hub harus diawali http:// atau https://.")
        self.identity, self.reads, self.clock = identity, dict(READS if reads is None else reads), clock
        self.clock_offset = dt.timedelta(0)  # hub time minus this PC's time, learnt from the hub
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout, transport=transport,
                                    headers={"User-Agent": "jamsos-desktop"}, verify=verify)

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _send(self, method: str, path: str, *, content: bytes = b"", headers: dict[str, str] | None = None,
              signed: bool = True) -> httpx.Response:
        for attempt in (1, 2):
            sent = dict(headers or {})
            if signed and self.identity is not None:
                sent.update(sign_headers(self.identity, method, path, content, now=self.clock() + self.clock_offset,
                                         reads=self.reads))
            try:
                response = self._client.request(method, path, content=content or None, headers=sent)
            except httpx.TransportError as exc:  # connect/read/write errors and timeouts
                raise HubUnavailable(f"Disnaker tidak dapat dihubungi: {_transport_words(exc)}. Perubahan tetap "
                                     "tersimpan; dicoba lagi nanti.") from exc
            if attempt == 1 and response.status_code == 401 and self._learn_clock(response):
                continue  # this PC's clock is off: sign again with the hub's time
            break
        if response.status_code >= 500 or response.status_code in (408, 429):
            busy = response.status_code in (408, 429, 503)
            raise HubUnavailable(("Server Disnaker sedang sibuk" if busy else "Server Disnaker sedang bermasalah")
                                 + "; dicoba lagi nanti. Perubahan tetap tersimpan.", retry_after=_retry_after(response))
        return response

    def _learn_clock(self, response: httpx.Response) -> bool:
        try:
            body = response.json()
            hub_time = dt.datetime.strptime(body["hub_time"], "%Y-%m-%dT%H:%M:%SZ")
        except (ValueError, KeyError, TypeError):
            return False
        self.clock_offset = hub_time - self.clock()
        return bool(body.get("reason") == "clock_skew")

    def health(self) -> dict[str, Any]:
        response = self._send("GET", HEALTH_PATH, signed=False)
        if response.status_code != 200:
            raise _refusal(response)
        data: dict[str, Any] = response.json()
        with contextlib.suppress(ValueError):  # a v0.1.0 hub does not tell its time
            self.clock_offset = dt.datetime.strptime(str(data.get("time")), "%Y-%m-%dT%H:%M:%SZ") - self.clock()
        return data

    def upload_bundle(self, data: bytes) -> UploadResult:
        """Send one bundle; the receipt bytes come back (not yet verified: read_receipt does that)."""
        if len(data) > MAX_BUNDLE_BYTES:
            raise HubRefusedUpload(413, "too_large", "Bundle melebihi batas ukuran; ekspor dalam beberapa bagian.")
        response = self._send("POST", BUNDLES_PATH, content=data,
                              headers={"Content-Type": "application/octet-stream"})
        if response.status_code != 200:
            raise _refusal(response)
        return UploadResult(self._receipt_bytes(response), response.headers.get("X-Jamsos-Import", ""))

    @staticmethod
    def _receipt_bytes(response: httpx.Response) -> bytes:
        if len(response.content) > MAX_RECEIPT_BYTES:
            raise HubUnavailable("Jawaban hub terlalu besar untuk sebuah tanda terima.")
        return response.content

    def exchange(self, ack: ChainLink | None) -> bytes | None:
        """Acknowledge the last receipt applied (or None) and get the hub's answer: a receipt, or None."""
        body = canonical_json({"ack": None if ack is None else ChainLink(*ack)._asdict()})
        response = self._send("POST", EXCHANGE_PATH, content=body, headers={"Content-Type": "application/json"})
        return self._optional_receipt(response)

    def latest_receipt(self, device_id: str) -> bytes | None:
        return self._optional_receipt(self._send("GET", RECEIPTS_PATH.format(device_id=device_id)))

    def receipt(self, device_id: str, bundle_id: str) -> bytes | None:
        """One earlier receipt, to fill a gap in the receipt chain."""
        return self._optional_receipt(self._send("GET", RECEIPT_PATH.format(device_id=device_id, bundle_id=bundle_id)))

    def _optional_receipt(self, response: httpx.Response) -> bytes | None:
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise _refusal(response)
        return self._receipt_bytes(response)


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
