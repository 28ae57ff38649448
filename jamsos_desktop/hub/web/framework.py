"""The console's plumbing in one place: who is signed in, what their role allows, CSRF, messages, JSON twins.

A page is declared once with `page(path, template, permission)`; its handler returns the data, which is shown
as HTML at `path` and as JSON at `path.json` (the same data the operator sees). A form action is declared with
`action(path, permission)`: the session, the CSRF token and the role are checked here before the handler runs,
and a refusal from a hub use case comes back to the operator as a message, never as a status code. Routes hold
no rules: they read the form, call one hub use case and redirect with a message or render a template.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json as jsonlib
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import PERMISSION_LABELS, ROLE_LABELS, Actor
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.hub.sessions import Session

PREFIX = "/konsol"
SESSION_COOKIE = "jamsos_hub_sesi"
MESSAGE_COOKIE = "jamsos_hub_pesan"
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
TEMPLATES.env.globals.update(ROLE_LABELS=ROLE_LABELS, PREFIX=PREFIX)
TEMPLATES.env.filters["angka"] = lambda n: f"{int(n or 0):,}".replace(",", ".")
TEMPLATES.env.filters["rupiah"] = lambda n: "Rp" + f"{int(n or 0):,}".replace(",", ".")
TEMPLATES.env.filters["waktu"] = lambda v: v.strftime("%d-%m-%Y %H:%M") if isinstance(v, dt.datetime) else (v or "-")


@dataclass
class Ctx:
    """One request as the console sees it: the hub, the signed-in operator and the session's CSRF token."""

    request: Request
    hub: Hub
    session: Session | None
    token: str = ""
    messages: list[tuple[str, str]] = field(default_factory=list)

    @property
    def actor(self) -> Actor:
        assert self.session is not None
        return self.session.actor


def hub_of(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


async def context(request: Request) -> Ctx:
    hub = hub_of(request)
    token = request.cookies.get(SESSION_COOKIE, "")
    session = await run_in_threadpool(hub.accounts.session, token) if token else None
    ctx = Ctx(request, hub, session, token if session else "")
    raw = request.cookies.get(MESSAGE_COOKIE)
    if raw:
        kind, _, text = urllib.parse.unquote(raw).partition("|")
        ctx.messages.append((kind if kind in ("ok", "error") else "ok", text[:600]))
    return ctx


def with_message(response: Response, text: str, *, kind: str = "ok") -> Response:
    response.set_cookie(MESSAGE_COOKIE, urllib.parse.quote(f"{kind}|{text}"), httponly=True, samesite="strict",
                        path=PREFIX, max_age=60)
    return response


def redirect(path: str, text: str = "", *, kind: str = "ok") -> Response:
    response = RedirectResponse(path, status_code=303)
    return with_message(response, text, kind=kind) if text else response


def render(ctx: Ctx, template: str, data: dict[str, Any], *, status: int = 200) -> HTMLResponse:
    name = ctx.hub.settings()["name"]
    response = TEMPLATES.TemplateResponse(ctx.request, template, {
        "data": data, "actor": ctx.session.actor if ctx.session else None,
        "csrf": ctx.session.csrf_token if ctx.session else "", "messages": ctx.messages, "hub_name": name,
        "page": template.removesuffix(".html").replace("/", "-"), "may": ctx.session.actor.may if ctx.session
        else (lambda _p: False)}, status_code=status)
    if ctx.messages:
        response.delete_cookie(MESSAGE_COOKIE, path=PREFIX)
    return response


def refused_page(ctx: Ctx, message: str, *, status: int) -> HTMLResponse:
    return render(ctx, "refused.html", {"message": message}, status=status)


def _sign_in_first(request: Request, *, json: bool) -> Response:
    if json:
        return JSONResponse({"reason": "not_signed_in", "message": "Masuk dulu ke konsol hub."}, status_code=401)
    wanted = urllib.parse.quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    return redirect(f"{PREFIX}/masuk?lanjut={wanted}", "Silakan masuk dulu.", kind="error")


def _forbidden(ctx: Ctx, permission: str, *, json: bool) -> Response:
    message = (f"Akun {ctx.actor.name} ({ROLE_LABELS[ctx.actor.role]}) tidak boleh "
               f"{PERMISSION_LABELS.get(permission, permission)}.")
    if json:
        return JSONResponse({"reason": "not_allowed", "message": message}, status_code=403)
    return refused_page(ctx, message, status=403)


def _came_from(request: Request) -> str:
    """The console page the form was on (from the Referer), to show a refusal there; else the dashboard."""
    parts = urllib.parse.urlsplit(request.headers.get("referer", ""))
    if parts.netloc == request.url.netloc and parts.path.startswith(PREFIX + "/"):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return PREFIX + "/ringkasan"


def _plain(value: Any) -> Any:
    """A value json does not know, as the JSON twin shows it (dates ISO-8601, like FastAPI's encoder)."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if isinstance(value, Decimal):  # sums on PostgreSQL
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def json_bytes(data: Any) -> bytes:
    """The page's data as JSON, ten times faster than FastAPI's generic encoder on the dashboard (bench_console)."""
    return jsonlib.dumps(data, default=_plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


PageHandler = Callable[[Ctx], Awaitable[dict[str, Any]]]
ActionHandler = Callable[[Ctx, FormData], Awaitable[Response]]


def page(router: APIRouter, path: str, template: str, permission: str = "read") -> Callable[[PageHandler], PageHandler]:
    """An HTML page at PREFIX+path and its JSON twin at PREFIX+path.json."""

    def register(handler: PageHandler) -> PageHandler:
        async def serve(request: Request, *, json: bool) -> Response:
            ctx = await context(request)
            if ctx.session is None:
                return _sign_in_first(request, json=json)
            if not ctx.actor.may(permission):
                return _forbidden(ctx, permission, json=json)
            try:
                data = await handler(ctx)
            except HubRefused as exc:
                if json:
                    return JSONResponse({"reason": exc.reason, "message": exc.message}, status_code=422)
                return refused_page(ctx, exc.message, status=422)
            if isinstance(data, Response):
                return data
            if json:
                return Response(json_bytes(data), media_type="application/json", headers={"Cache-Control": "no-store"})
            return render(ctx, template, data)

        async def html(request: Request) -> Response:
            return await serve(request, json=False)

        async def as_json(request: Request) -> Response:
            return await serve(request, json=True)

        router.add_api_route(PREFIX + path + ".json", as_json, methods=["GET"], include_in_schema=False)
        router.add_api_route(PREFIX + path, html, methods=["GET"], include_in_schema=False)  # after: {id} eats .json
        return handler

    return register


def action(router: APIRouter, path: str, permission: str,
           back: str | None = None) -> Callable[[ActionHandler], ActionHandler]:
    """A form POST at PREFIX+path: signed in, CSRF token matching the session's, role allowed; else refused."""

    def register(handler: ActionHandler) -> ActionHandler:
        async def serve(request: Request) -> Response:
            ctx = await context(request)
            if ctx.session is None:
                return _sign_in_first(request, json=False)
            form = await request.form()
            sent = form.get("csrf")
            if not isinstance(sent, str) or not hmac.compare_digest(sent, ctx.session.csrf_token):
                return refused_page(ctx, "Formulir kedaluwarsa atau bukan dari konsol ini. Muat ulang halaman lalu "
                                         "coba lagi.", status=403)
            if not ctx.actor.may(permission):
                return _forbidden(ctx, permission, json=False)
            try:
                return await handler(ctx, form)
            except HubRefused as exc:
                return redirect(back or _came_from(request), exc.message, kind="error")

        router.add_api_route(PREFIX + path, serve, methods=["POST"], include_in_schema=False)
        return handler

    return register


def text(form: FormData, name: str, limit: int = 500) -> str:
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""
