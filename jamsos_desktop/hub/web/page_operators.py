"""Petugas: the console's accounts (list for everyone; add, disable, enable, new password, role for admins)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.roles import ROLE_LABELS, parse_role
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, text

router = APIRouter()
BACK = PREFIX + "/petugas"


@page(router, "/petugas", "petugas.html")
async def operators(ctx: Ctx) -> dict[str, Any]:
    found = await run_in_threadpool(ctx.hub.accounts.list, ctx.actor)
    return {"operators": [{"name": o.name, "role": o.role.value, "role_label": ROLE_LABELS[o.role],
                           "active": o.active, "last_login_at": o.last_login_at} for o in found],
            "roles": [{"value": r.value, "label": label} for r, label in ROLE_LABELS.items()]}


def _password(form: FormData) -> str:
    first, second = text(form, "sandi", 200), text(form, "sandi2", 200)
    if first != second:
        raise HubRefused("Kedua kata sandi tidak sama; ketik ulang.")
    return first


@action(router, "/petugas/tambah", "operators.manage", back=BACK)
async def add(ctx: Ctx, form: FormData) -> Response:
    found = await run_in_threadpool(lambda: ctx.hub.accounts.add(
        ctx.actor, name=text(form, "nama", 64), role=parse_role(text(form, "peran", 16)), password=_password(form)))
    return redirect(BACK, f"Petugas {found.name} dibuat sebagai {ROLE_LABELS[found.role]}.")


@action(router, "/petugas/status", "operators.manage", back=BACK)
async def set_active(ctx: Ctx, form: FormData) -> Response:
    active = text(form, "aktif", 3) == "ya"
    found = await run_in_threadpool(ctx.hub.accounts.set_active, ctx.actor, text(form, "nama", 64), active)
    return redirect(BACK, f"Petugas {found.name} {'diaktifkan' if active else 'dinonaktifkan'}.")


@action(router, "/petugas/sandi", "operators.manage", back=BACK)
async def reset(ctx: Ctx, form: FormData) -> Response:
    found = await run_in_threadpool(ctx.hub.accounts.reset, ctx.actor, text(form, "nama", 64), _password(form))
    return redirect(BACK, f"Kata sandi {found.name} diganti. Sampaikan kata sandi baru secara langsung.")


@action(router, "/petugas/peran", "operators.manage", back=BACK)
async def set_role(ctx: Ctx, form: FormData) -> Response:
    role = parse_role(text(form, "peran", 16))
    found = await run_in_threadpool(ctx.hub.accounts.set_role, ctx.actor, text(form, "nama", 64), role)
    return redirect(BACK, f"Peran {found.name} sekarang {ROLE_LABELS[role]}.")
