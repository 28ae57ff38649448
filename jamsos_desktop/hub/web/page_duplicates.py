"""Duplikat: NIK registered twice, each case side by side, and the operator's decision with a reason."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub.cases import DECISIONS
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, text

router = APIRouter()


def _case_id(ctx: Ctx) -> int:
    raw = ctx.request.path_params["case_id"]
    if not raw.isdigit():
        raise HubRefused("Kasus NIK ganda ini tidak ada.", reason="not_found")
    return int(raw)


@page(router, "/duplikat", "duplikat.html")
async def cases(ctx: Ctx) -> dict[str, Any]:
    pending = await run_in_threadpool(lambda: ctx.hub.cases.list(ctx.actor, pending=True))
    decided = await run_in_threadpool(lambda: ctx.hub.cases.list(ctx.actor, pending=False))
    return {"pending": pending, "decided": decided}


@page(router, "/duplikat/{case_id}", "duplikat_detail.html")
async def one_case(ctx: Ctx) -> dict[str, Any]:
    return {"case": await run_in_threadpool(ctx.hub.cases.get, ctx.actor, _case_id(ctx))}


@action(router, "/duplikat/{case_id}/putuskan", "duplicates.decide")
async def decide(ctx: Ctx, form: FormData) -> Response:
    case_id, decision = _case_id(ctx), text(form, "keputusan", 20)
    await run_in_threadpool(ctx.hub.cases.decide, ctx.actor, case_id, decision, text(form, "alasan", 500))
    return redirect(PREFIX + "/duplikat", f"Kasus #{case_id} diputuskan: {DECISIONS[decision]}.")
