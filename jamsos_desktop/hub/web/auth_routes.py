"""Signing in and out of the console (the only forms that run before there is a session).

The sign-in form carries its own CSRF token, also set as a cookie (double submit), so another site cannot
sign a browser in under an account of its choosing. Only console paths are accepted as the page to go to
after signing in (no open redirect).
"""

from __future__ import annotations

import hmac
import re
import secrets

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from jamsos_desktop.hub.accounts import SignInRefused
from jamsos_desktop.hub.web.framework import PREFIX, SESSION_COOKIE, context, redirect, render, secure, text

LOGIN_CSRF_COOKIE = "jamsos_hub_masuk"
router = APIRouter()


_CONSOLE_PATH = re.compile(r"^/konsol/[a-z0-9/_-]*(\?[A-Za-z0-9=&%_.+-]*)?$")


def _next(value: str) -> str:
    return value if _CONSOLE_PATH.match(value) and "//" not in value else PREFIX + "/ringkasan"


async def _form(request: Request, *, error: str = "", name: str = "", status: int = 200) -> Response:
    ctx = await context(request)
    if ctx.session is not None and not error:
        return RedirectResponse(_next(request.query_params.get("lanjut", "")), status_code=303)
    token = secrets.token_urlsafe(24)
    has_operators = await run_in_threadpool(ctx.hub.accounts.has_operators)
    response = render(ctx, "login.html", {"login_csrf": token, "error": error, "name": name,
                                          "next": _next(request.query_params.get("lanjut", "")),
                                          "no_operators": not has_operators}, status=status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure(request),
                        path=PREFIX)
    return response


@router.get(PREFIX + "/masuk", include_in_schema=False)
async def login_form(request: Request) -> Response:
    return await _form(request)


@router.post(PREFIX + "/masuk", include_in_schema=False)
async def login(request: Request) -> Response:
    form = await request.form()
    cookie, sent = request.cookies.get(LOGIN_CSRF_COOKIE, ""), text(form, "csrf", 100)
    name = text(form, "nama", 64)
    if not cookie or not hmac.compare_digest(cookie, sent):
        return await _form(request, error="Formulir masuk kedaluwarsa. Isi lagi lalu tekan Masuk.", name=name,
                           status=403)
    password = form.get("sandi")
    try:
        signed = await run_in_threadpool(request.app.state.hub.accounts.sign_in, name,
                                         password if isinstance(password, str) else "")
    except SignInRefused as exc:
        return await _form(request, error=exc.message, name=name, status=401)
    response = RedirectResponse(_next(text(form, "lanjut", 300)), status_code=303)
    response.set_cookie(SESSION_COOKIE, signed.token, httponly=True, samesite="strict", secure=secure(request),
                        path=PREFIX)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=PREFIX)
    return response


@router.post(PREFIX + "/keluar", include_in_schema=False)
async def logout(request: Request) -> Response:
    ctx = await context(request)
    form = await request.form()
    if ctx.session is not None and hmac.compare_digest(text(form, "csrf", 100), ctx.session.csrf_token):
        await run_in_threadpool(ctx.hub.accounts.sign_out, ctx.token)
    response = redirect(PREFIX + "/masuk", "Anda sudah keluar.")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response
