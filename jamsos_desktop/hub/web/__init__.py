"""The Disnaker web console: server-rendered pages over the hub's use cases, mounted in `jamsos-hub serve`.

`mount_console(app)` adds the pages under /konsol (templates/ and static/ ship inside the package; no CDN,
no build step, no JavaScript needed), and security headers on every console answer.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from jamsos_desktop.hub.web import auth_routes, pages
from jamsos_desktop.hub.web.framework import PREFIX

STATIC = Path(__file__).resolve().parent / "static"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def mount_console(app: FastAPI) -> None:
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
        response: Response = await call_next(request)
        if request.url.path.startswith(PREFIX):
            response.headers.update(HEADERS)
            if not request.url.path.startswith(PREFIX + "/static"):
                response.headers["Cache-Control"] = "no-store"
        return response
