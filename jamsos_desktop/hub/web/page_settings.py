"""Pengaturan: the hub's settings (name, quota, silent days, coverage months), changed by an admin."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub import allocation
from jamsos_desktop.hub.settings import LABELS
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, text

router = APIRouter()
BACK = PREFIX + "/pengaturan"


@page(router, "/pengaturan", "pengaturan.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    values = await run_in_threadpool(ctx.hub.settings)
    return {"settings": [{"key": k, "label": LABELS[k], "value": v} for k, v in values.items()]}


@action(router, "/pengaturan", "settings.change", back=BACK)
async def change(ctx: Ctx, form: FormData) -> Response:
    values = {key: text(form, key, allocation.MAX_TEXT if key == "quota_allocation" else 200)
              for key in LABELS if key in form}  # an allocation names up to 64 kelurahan
    changed = await run_in_threadpool(ctx.hub.change_settings, ctx.actor, values)
    if not changed:
        return redirect(BACK, "Tidak ada yang berubah.")
    return redirect(BACK, "Pengaturan disimpan: " + ", ".join(LABELS[k].split(" (")[0] for k in changed) + ".")
