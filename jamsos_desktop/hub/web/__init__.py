"""The Disnaker web console: server-rendered pages over the hub's use cases, mounted in `jamsos-hub serve`.

`mount_console(app)` adds the pages under /konsol (templates/ and static/ ship inside the package; no CDN,
no build step, no JavaScript needed), and security headers on every console answer.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from jamsos_desktop.hub.web import auth_routes, pages
from jamsos_desktop.hub.web.framework import PREFIX, context, hub_of, refused_page

STATIC = Path(__file__).resolve().parent / "static"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


async def _not_found(request: Request, exc: StarletteHTTPException) -> Response:
    if not request.url.path.startswith(PREFIX) or exc.status_code != 404:
        return await http_exception_handler(request, exc)
    ctx = await context(request)
    return refused_page(ctx, "Halaman ini tidak ada. Pilih menu di sebelah kiri.", status=404)


async def _unexpected(request: Request, exc: Exception) -> Response:
    """An unexpected failure: the operator gets words, the error log gets the traceback."""
    hub = hub_of(request)
    with contextlib.suppress(OSError):
        logging.basicConfig(filename=hub.paths.error_log, level=logging.ERROR)
    logging.getLogger("jamsos-hub").error("console %s %s failed\n%s", request.method, request.url.path,
                                          "".join(traceback.format_exception(exc)))
    if not request.url.path.startswith(PREFIX):
        return PlainTextResponse("Internal Server Error", status_code=500)
    return HTMLResponse("<!DOCTYPE html><html lang='id'><meta charset='utf-8'><title>Kesalahan</title>"
                        "<p>Terjadi kesalahan tak terduga; data yang sudah tersimpan tetap aman. Muat ulang "
                        "halaman; bila terulang, hubungi petugas TI (rincian ada di log kesalahan hub).</p>",
                        status_code=500)


def mount_console(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _not_found)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
    app.include_router(auth_routes.router)
    for router in pages.routers():
        app.include_router(router)
    app.mount(PREFIX + "/static", StaticFiles(directory=STATIC), name="console-static")

    @app.get("/", include_in_schema=False)
    @app.get(PREFIX, include_in_schema=False)
    @app.get(PREFIX + "/", include_in_schema=False)
    async def home() -> Response:
        return RedirectResponse(PREFIX + "/ringkasan", status_code=303)

    @app.middleware("http")
    async def console_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        response: Response = await call_next(request)
        if request.url.path.startswith(PREFIX):
            response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
            response.headers.update(HEADERS)
            if not request.url.path.startswith(PREFIX + "/static"):
                response.headers["Cache-Control"] = "no-store"
        return response
