"""Office side of HTTP sync: one round of upload, acknowledgement and news, with signed requests.

- The hub address must be https://, or http:// to this same computer (loopback); a plain http:// address
  elsewhere is refused unless the office setting `sync.allow_plain_http` is 1 (a closed network the city
  vouches for), because anyone on the way could read and alter what travels.
- Every request is signed with the device key (sync/http_client.py). With pending changes the round uploads a
  bundle (which acknowledges the last receipt applied, for a hub that reads it) and applies the receipt that
  comes back; with nothing to send it asks for news: POST /api/v1/receipts with the acknowledgement on a hub
  that reads http level 2, else (v0.1.0 hub) GET /api/v1/receipts/{device}.
- A receipt whose predecessor never arrived (a lost answer) shows a gap in the chain: the missing receipts are
  fetched by id, checked against the hash the chain names, and applied oldest first.
- When a receipt brought news (KPJ numbers, coverage, notices), it is acknowledged at once, so the hub counts it
  as delivered.
Nothing is recorded as exported unless the hub answered: a cut-off upload leaves the outbox as it was.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Callable
from urllib.parse import urlsplit

from jamsos_desktop.services.receipts import ReceiptResult
from jamsos_desktop.services.sync import SyncProblem, SyncRound, SyncService
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import bundle_file_name
from jamsos_desktop.sync.formats import READS, level
from jamsos_desktop.sync.http_client import HubClient

ALLOW_PLAIN_HTTP_KEY = "sync.allow_plain_http"
MAX_GAP_FETCH = 10
PLAIN_HTTP_REFUSED = (
    "Alamat Disnaker memakai http:// tanpa enkripsi ke komputer lain, sehingga data peserta dan tanda terima bisa "
    "disadap atau diubah di jaringan. Tidak ada yang dikirim. Minta alamat https:// kepada Disnaker; bila jaringan "
    "ini memang jaringan tertutup milik Pemko, supervisor dapat mengizinkan http:// di Pengaturan (tidak "
    "disarankan).")


def _loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(url: str, *, allow_plain_http: bool) -> None:
    """SyncProblem (with the warning) for an address this office must not send to."""
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and (allow_plain_http or _loopback(parts.hostname))):
        return
    raise SyncProblem(PLAIN_HTTP_REFUSED if parts.scheme == "http" else
                      "Alamat Disnaker harus diawali https://, misalnya https://jamsos.batam.go.id.")


def sync_round(sync: SyncService, *, client_factory: Callable[..., HubClient] | None = None) -> SyncRound:
    office = sync.office
    url = office.setting("sync.hub_url")
    if not url:
        raise SyncProblem("Alamat Disnaker belum diisi: isi di Pengaturan, atau kirim lewat flashdisk.")
    check_address(url, allow_plain_http=office.setting(ALLOW_PLAIN_HTTP_KEY) == "1")
    identity = sync.identity()
    with (client_factory or HubClient)(url, identity=identity, reads=READS) as client:
        health = client.health()
        http2 = max(level(sync.hub_reads(), "http"), level(health.get("reads") or {}, "http")) >= 2
        uploaded, answer = 0, None
        if sync.pending_count():
            data, entries = sync.build_bundle()
            answer = client.upload_bundle(data).receipt
            manifest = read_manifest(data)[0]
            sync.record_export(data, manifest, entries, destination=url, file_name=bundle_file_name(manifest))
            uploaded = manifest.record_count
        elif http2:
            answer = client.exchange(sync.ack_link())
        else:
            answer = client.latest_receipt(identity.device_id)  # a v0.1.0 hub
        if answer is None:
            return SyncRound(uploaded, None)
        result, filled = _apply_with_gaps(sync, client, answer, fetch=http2)
        if http2 and (result.kpj_numbers or result.notices) and not result.already_applied:
            more = client.exchange(sync.ack_link())  # delivered: tell the hub now, not next round
            if more is not None and not sync.applied(read_manifest(more)[0].bundle_id):
                result, extra = _apply_with_gaps(sync, client, more, fetch=True)
                filled += extra
        return SyncRound(uploaded, result, filled)


def _apply_with_gaps(sync: SyncService, client: HubClient, data: bytes, *, fetch: bool) -> tuple[ReceiptResult, int]:
    """Apply a receipt; first the receipts before it that never arrived here (fetched by id from the hub)."""
    missing: list[bytes] = []
    if fetch:
        device_id = sync.identity().device_id
        link = sync.read_receipt_bytes(data).manifest.previous
        while link is not None and len(missing) < MAX_GAP_FETCH and not sync.applied(link.bundle_id):
            older = client.receipt(device_id, link.bundle_id)
            if older is None or hashlib.sha256(older).hexdigest() != link.sha256:
                break  # not what the chain names: leave the gap (the newer receipt carries the news again)
            missing.append(older)
            link = sync.read_receipt_bytes(older).manifest.previous
    for older in reversed(missing):
        sync.apply_receipt(older, file_name="http")
    return sync.apply_receipt(data, file_name="http"), len(missing)
