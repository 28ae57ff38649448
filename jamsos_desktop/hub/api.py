"""The hub's HTTP API (FastAPI, served by uvicorn through `jamsos-hub serve`).

- POST /api/v1/bundles: the body is the .jamsos file (application/octet-stream, at most the format's size
  limit). There are no passwords: the bundle's signature, checked against the enrolled device keys, is the
  office's authentication. The answer is the receipt bundle for that device. The import is idempotent, so an
  interrupted upload is simply sent again whole; a body cut off midway is never imported.
- GET /api/v1/receipts/{device_id}: the device's newest receipt (a new one is issued first if the hub has news
  for it, e.g. KPJ numbers). Receipts are encrypted for the device, so handing them out leaks no personal data.
- GET /healthz, GET /report (HTML), GET /api/v1/report (JSON), GET /openapi.json (the schema).
Store access is serialised by the Hub's store (one writer at a time, in this process and across processes).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.requests import ClientDisconnect

from jamsos_desktop import __version__
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub.report_html import render_html
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.hub.web import mount_console
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES

DEVICE_ID = re.compile(r"^dev-[a-z2-7]{20}$")
_FORBIDDEN = {"unknown_key", "bad_signature"}
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_REFUSAL = {"application/json": {"schema": {"type": "object", "properties": {
    "reason": {"type": "string"}, "message": {"type": "string"}}}}}


def _refusal(status: int, reason: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"reason": reason, "message": message})


def _status_for(reason: str) -> int:
    if reason in _FORBIDDEN:
        return 403
    if reason == "too_large":
        return 413
    if reason == "not_initialised":
        return 503
    return 422


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Jamsos Hub API", version=__version__, docs_url=None, redoc_url=None,
                  description="Unggah bundle kantor kelurahan dan ambil tanda terima (docs/hub.md).")
    app.state.hub = hub
    mount_console(app)

    too_large = (f"Bundle lebih besar dari batas {MAX_BUNDLE_BYTES // 2**20} MiB. Ekspor dalam beberapa bagian.")

    @app.post("/api/v1/bundles", response_class=Response, openapi_extra={
        "requestBody": {"required": True, "content": _BINARY},
        "responses": {"200": {"description": "Tanda terima (bundle receipt) untuk perangkat pengirim",
                              "content": _BINARY},
                      "403": {"description": "Perangkat tidak terdaftar / tanda tangan salah", "content": _REFUSAL},
                      "413": {"description": "Terlalu besar", "content": _REFUSAL},
                      "422": {"description": "Bundle ditolak", "content": _REFUSAL}}})
    async def upload_bundle(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BUNDLE_BYTES):
            return _refusal(413, "too_large", too_large)
        body = bytearray()
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BUNDLE_BYTES:
                    return _refusal(413, "too_large", too_large)
        except ClientDisconnect:
            return Response(status_code=400)  # the sender is gone; nothing was stored
        try:
            received = await run_in_threadpool(hub.receive, bytes(body))
        except Refused as exc:
            return _refusal(_status_for(exc.code), exc.code, exc.message)
        counts = received.report.result.counts()
        return Response(received.receipt, media_type="application/octet-stream", headers={
            "X-Jamsos-Import": received.report.status,
            "X-Jamsos-Counts": ",".join(f"{k}={v}" for k, v in counts.items())})

    @app.get("/api/v1/receipts/{device_id}", response_class=Response, openapi_extra={
        "responses": {"200": {"description": "Tanda terima terbaru", "content": _BINARY},
                      "404": {"description": "Belum ada tanda terima", "content": _REFUSAL}}})
    async def latest_receipt(device_id: str) -> Response:
        if not DEVICE_ID.match(device_id):
            return _refusal(404, "unknown_device", "ID perangkat tidak dikenal.")
        try:
            data = await run_in_threadpool(hub.latest_receipt, device_id)
        except Refused as exc:
            return _refusal(_status_for(exc.code), exc.code, exc.message)
        if data is None:
            return _refusal(404, "no_receipt", "Belum ada tanda terima untuk perangkat ini (atau tidak terdaftar).")
        return Response(data, media_type="application/octet-stream")

    @app.get("/healthz")
    async def healthz() -> Any:
        try:
            return await run_in_threadpool(hub.health)
        except Exception as exc:  # noqa: BLE001 - a health check reports, it never raises
            return JSONResponse(status_code=503, content={"status": "error", "message": str(exc)})

    @app.get("/report", response_class=HTMLResponse)
    async def report_page() -> HTMLResponse:
        return HTMLResponse(render_html(await run_in_threadpool(hub.report)))

    @app.get("/api/v1/report")
    async def report_json() -> Any:
        return (await run_in_threadpool(hub.report)).to_dict()

    return app
