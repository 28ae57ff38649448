"""Kuota: the quota in force, places held and free, the waiting list in order, and the funded periods opened
(hub/programme.py). Read only: periods are opened and people deactivated on the hub's command line (docs/hub.md
R5a) until the console has forms for them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from jamsos_desktop.hub.web.framework import Ctx, page

router = APIRouter()
SHOWN = 100


@page(router, "/kuota", "kuota.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    quota = await run_in_threadpool(lambda: ctx.hub.programme.quota(limit=SHOWN))
    periods = await run_in_threadpool(ctx.hub.programme.periods)
    return {"quota": quota, "periods": [p.to_dict() for p in periods], "shown": SHOWN}
