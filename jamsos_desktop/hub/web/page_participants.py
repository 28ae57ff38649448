"""Peserta: search the register (NIK masked), one participant with its history, and the audited NIK reveal."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub.register import Query, filters
from jamsos_desktop.hub.web.framework import Ctx, action, page, render

router = APIRouter()


def _query(ctx: Ctx) -> Query:
    args = ctx.request.query_params
    page_no = args.get("hal", "1")
    return Query(text=args.get("nama", "").strip()[:100], nik=args.get("nik", "").strip()[:30],
                 kpj=args.get("kpj", "").strip()[:20], kelurahan=args.get("kelurahan", "")[:13],
                 category=args.get("kategori", "")[:32], status=args.get("status", "")[:16],
                 page=int(page_no) if page_no.isdigit() else 1)


@page(router, "/peserta", "peserta.html")
async def participants(ctx: Ctx) -> dict[str, Any]:
    found = await run_in_threadpool(ctx.hub.register.search, ctx.actor, _query(ctx))
    return {"query": found.query.__dict__, "total": found.total, "pages": found.pages, "rows": found.rows,
            "filters": filters()}


@page(router, "/peserta/{participant_id}", "peserta_detail.html")
async def participant(ctx: Ctx) -> dict[str, Any]:
    pid = ctx.request.path_params["participant_id"]
    return {"participant": await run_in_threadpool(ctx.hub.register.participant, ctx.actor, pid), "nik": None}


@action(router, "/peserta/{participant_id}/nik", "nik.reveal")
async def reveal(ctx: Ctx, _form: FormData) -> Response:
    pid = ctx.request.path_params["participant_id"]
    nik = await run_in_threadpool(ctx.hub.register.reveal_nik, ctx.actor, pid)
    shown = await run_in_threadpool(ctx.hub.register.participant, ctx.actor, pid)
    ctx.messages.append(("ok", "NIK lengkap ditampilkan; pembukaan ini tercatat di audit atas nama Anda."))
    return render(ctx, "peserta_detail.html", {"participant": shown, "nik": nik})
