"""The hub's HTTP API (FastAPI, served by uvicorn through `jamsos-hub serve`); spec in docs/hub.md.

Every request from an office is signed with its device key (sync/request_auth.py, checked by hub/http_auth.py
before any body is read); GET never changes state.
- POST /api/v1/bundles: the body is the .jamsos file; the answer is the receipt for that device. Streamed to a
  temporary file under the upload limits (hub/uploads.py). The import is idempotent, so an interrupted upload is
  simply sent again whole. An unsigned upload (a v0.1.0 office) is accepted only while the hub setting
  `legacy_uploads` is 1 and the bundle's device never announced signed requests: the bundle's own signature is
  then its authentication, and the answer is a v0.1.0 receipt.
- POST /api/v1/receipts: body `{"ack": {"bundle_id", "sha256"} | null}` names the last receipt the office
  applied (news it carried counts as delivered from then on); the answer is a new receipt if there is something
  no receipt carried yet, else the latest again; 404 when the device never had one.
- GET /api/v1/receipts/{device_id}[/{bundle_id}]: the device's own latest (or one earlier) receipt, read only.
- GET /healthz: status, hub id, version, the hub's time and what it reads (public).
- GET /report, /api/v1/report, /openapi.json: only with `operator_pages` (serve --operator-pages), and only to
  a client on this machine (loopback); operators otherwise use the console (hub/web, mounted here under
  /konsol, with its own login).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import json
import logging
import re
from contextlib import suppress
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.requests import ClientDisconnect

from jamsos_desktop import __version__
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub.http_auth import Authenticated, Refusal, RequestAuthenticator, unauthenticated
from jamsos_desktop.hub.report_html import render_html
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.hub.uploads import UploadGate, UploadLimits, clean_incoming, receive_body
from jamsos_desktop.hub.web import mount_console
from jamsos_desktop.sync.manifest import BUNDLE_ID, ChainLink

DEVICE_ID = re.compile(r"^dev-[a-z2-7]{20}$")
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
MAX_ACK_BYTES = 4096
_STATUS = {"unknown_key": 403, "bad_signature": 403, "revoked": 403, "too_large": 413, "not_initialised": 503,
           "unauthenticated": 401, "wrong_device": 403}
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_REFUSAL = {"application/json": {"schema": {"type": "object", "properties": {
    "reason": {"type": "string"}, "message": {"type": "string"}}}}}
log = logging.getLogger("jamsos-hub")


def _refusal(status: int, reason: str, message: str, **extra: str) -> JSONResponse:
    headers = {"Connection": "close"} if status in (401, 408, 413) else {}
    if "retry_after" in extra:
        headers["Retry-After"] = extra.pop("retry_after")
    return JSONResponse(status_code=status, content={"reason": reason, "message": message, **extra}, headers=headers)


def _from(exc: Refusal | Refused) -> JSONResponse:
    if isinstance(exc, Refusal):
        return _refusal(exc.status, exc.reason, exc.message, **exc.extra)
    return _refusal(_STATUS.get(exc.code, 422), exc.code, exc.message)


def _path(request: Request) -> str:
    """The path the office signed: relative to the hub's base address (a proxy's root path removed)."""
    path, root = str(request.scope["path"]), str(request.scope.get("root_path", ""))
    if root and path.startswith(root):
        path = path[len(root):]
    return path + (f"?{request.url.query}" if request.url.query else "")


def _is_loopback(request: Request) -> bool:
    try:
        return request.client is not None and ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False


async def _small_body(request: Request, expected_sha256: str) -> bytes:
    async def read() -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_ACK_BYTES:
                raise Refusal(413, "too_large", "Permintaan terlalu besar.")
        return bytes(body)
    try:
        body = await asyncio.wait_for(read(), 30)
    except TimeoutError as exc:
        raise Refusal(408, "timeout", "Permintaan terlalu lambat, sehingga diputus.") from exc
    if hashlib.sha256(body).hexdigest() != expected_sha256:
        raise unauthenticated("isi permintaan tidak sesuai tanda tangan")
    return body


def _ack(body: bytes) -> ChainLink | None:
    try:
        ack = json.loads(body or b"{}").get("ack")
        if ack is None:
            return None
        if not (isinstance(ack, dict) and BUNDLE_ID.match(str(ack.get("bundle_id"))) and
                re.fullmatch(r"[0-9a-f]{64}", str(ack.get("sha256")))):
            raise ValueError
        return ChainLink(ack["bundle_id"], ack["sha256"])
    except (ValueError, AttributeError) as exc:
        raise Refusal(422, "bad_request", "Isi permintaan tidak sah.") from exc


def create_app(hub: Hub, *, operator_pages: bool = False, limits: UploadLimits | None = None) -> FastAPI:
    app = FastAPI(title="Jamsos Hub API", version=__version__, docs_url=None, redoc_url=None, openapi_url=None,
                  description="Unggah bundle kantor kelurahan dan ambil tanda terima (docs/hub.md).")
    app.state.hub = hub
    mount_console(app)
    limits = limits or UploadLimits()
    gate, auth = UploadGate(limits), RequestAuthenticator(hub)
    incoming = hub.paths.data_dir / "incoming"
    clean_incoming(incoming)

    async def signed(request: Request, *, required: bool = True) -> Authenticated | None:
        found = await run_in_threadpool(auth.check, request.method, _path(request), dict(request.headers))
        if found is None and required:
            raise unauthenticated()
        return found

    async def refusing(work: Any) -> Response:
        try:
            result: Response = await work
            return result
        except (Refusal, Refused) as exc:
            code = exc.reason if isinstance(exc, Refusal) else exc.code
            if getattr(exc, "status", 0) == 401 or code == "unauthenticated":
                log.warning("refused %s: %s", code, exc)
            return _from(exc)
        except ClientDisconnect:
            return Response(status_code=400)  # the sender is gone; nothing was stored

    @app.post("/api/v1/bundles", response_class=Response, openapi_extra={
        "requestBody": {"required": True, "content": _BINARY},
        "responses": {"200": {"description": "Tanda terima untuk perangkat pengirim", "content": _BINARY},
                      "401": {"description": "Tanpa tanda tangan perangkat / salah", "content": _REFUSAL},
                      "403": {"description": "Perangkat dicabut / tidak terdaftar", "content": _REFUSAL},
                      "408": {"description": "Terlalu lambat", "content": _REFUSAL},
                      "413": {"description": "Terlalu besar", "content": _REFUSAL},
                      "422": {"description": "Bundle ditolak", "content": _REFUSAL},
                      "429": {"description": "Sedang sibuk (Retry-After)", "content": _REFUSAL}}})
    async def upload_bundle(request: Request) -> Response:
        return await refusing(_upload(request))

    async def _upload(request: Request) -> Response:
        who = await signed(request, required=False)
        if who is None and (await run_in_threadpool(hub.settings)).get("legacy_uploads") != "1":
            raise unauthenticated()
        with gate.slot(who.device.device_id if who else None):
            path, digest = await receive_body(request, incoming, limits)
            try:
                if who is not None and digest != who.signed.body_sha256:
                    raise unauthenticated("isi kiriman tidak sesuai tanda tangan")
                received = await run_in_threadpool(hub.receive, path, device_id=who.device.device_id if who else None)
            finally:
                with suppress(OSError):
                    path.unlink()
        if received.report.status == "refused":
            raise Refused(received.report.message, code=received.report.reason)
        counts = received.report.result.counts()
        return Response(received.receipt, media_type="application/octet-stream", headers={
            "X-Jamsos-Import": received.report.status,
            "X-Jamsos-Counts": ",".join(f"{k}={v}" for k, v in counts.items())})

    @app.post("/api/v1/receipts", response_class=Response)
    async def exchange(request: Request) -> Response:
        async def work() -> Response:
            who = await signed(request)
            assert who is not None
            ack = _ack(await _small_body(request, who.signed.body_sha256))
            data = await run_in_threadpool(hub.exchange, who.device.device_id, ack=ack)
            return _receipt(data)
        return await refusing(work())

    @app.get("/api/v1/receipts/{device_id}", response_class=Response)
    async def latest_receipt(device_id: str, request: Request) -> Response:
        return await refusing(_read_receipt(request, device_id, None))

    @app.get("/api/v1/receipts/{device_id}/{bundle_id}", response_class=Response)
    async def one_receipt(device_id: str, bundle_id: str, request: Request) -> Response:
        return await refusing(_read_receipt(request, device_id, bundle_id))

    async def _read_receipt(request: Request, device_id: str, bundle_id: str | None) -> Response:
        who = await signed(request)
        assert who is not None
        if who.device.device_id != device_id or who.signed.body_sha256 != EMPTY_SHA256:
            raise Refusal(403, "wrong_device", "Tanda terima hanya diberikan kepada perangkatnya sendiri.")
        if bundle_id is None:
            return _receipt(await run_in_threadpool(hub.latest_receipt, device_id))
        return _receipt(await run_in_threadpool(hub.stored_receipt, device_id, bundle_id))

    def _receipt(data: bytes | None) -> Response:
        if data is None:
            return _refusal(404, "no_receipt", "Belum ada tanda terima untuk perangkat ini.")
        return Response(data, media_type="application/octet-stream")

    @app.get("/healthz")
    async def healthz() -> Any:
        try:
            return await run_in_threadpool(hub.health)
        except Exception as exc:  # noqa: BLE001 - a health check reports, it never raises
            return JSONResponse(status_code=503, content={"status": "error", "message": str(exc)})

    if operator_pages:
        _operator_pages(app, hub)
    return app


def _operator_pages(app: FastAPI, hub: Hub) -> None:
    """The report and the schema, for a browser on the hub machine itself (the console's login replaces this)."""
    def local_only(request: Request) -> JSONResponse | None:
        forwarded = any(h in request.headers for h in ("forwarded", "x-forwarded-for", "x-real-ip"))
        if _is_loopback(request) and not forwarded:  # a proxy on this machine relays others: not local
            return None
        return _refusal(403, "operator_only", "Halaman ini hanya dapat dibuka dari komputer hub itu sendiri.")

    @app.get("/report", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(request: Request) -> Response:
        return local_only(request) or HTMLResponse(render_html(await run_in_threadpool(hub.report)))

    @app.get("/api/v1/report", include_in_schema=False)
    async def report_json(request: Request) -> Any:
        return local_only(request) or (await run_in_threadpool(hub.report)).to_dict()

    @app.get("/openapi.json", include_in_schema=False)
    async def schema(request: Request) -> Any:
        return local_only(request) or app.openapi()
