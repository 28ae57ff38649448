"""Ringkasan: the dashboard (hub/dashboard.py) as a page and as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from jamsos_desktop.hub.web.framework import Ctx, page

router = APIRouter()


@page(router, "/ringkasan", "ringkasan.html")
async def dashboard(ctx: Ctx) -> dict[str, Any]:
    board = await run_in_threadpool(ctx.hub.dashboard)
    return {"dashboard": board.to_dict()}
