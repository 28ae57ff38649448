"""Peserta: search the register (NIK masked), one participant with its history and standing in the programme, the
audited NIK reveal, and deactivation (died, moved out of Batam, left the role, over age) with its date and note."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.register import Query, filters
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, render, text

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


async def _detail(ctx: Ctx, pid: str, *, nik: str | None = None, typed: dict[str, str] | None = None) -> dict[str, Any]:
    shown = await run_in_threadpool(ctx.hub.register.participant, ctx.actor, pid)
    standing = await run_in_threadpool(ctx.hub.programme_desk.standing, ctx.actor, pid)
    return {"participant": shown, "nik": nik, "standing": standing, "typed": typed or {}}


@page(router, "/peserta/{participant_id}", "peserta_detail.html")
async def participant(ctx: Ctx) -> dict[str, Any]:
    return await _detail(ctx, ctx.request.path_params["participant_id"])


@action(router, "/peserta/{participant_id}/nonaktifkan", "person.deactivate")
async def deactivate(ctx: Ctx, form: FormData) -> Response:
    pid = ctx.request.path_params["participant_id"]
    typed = {"alasan": text(form, "alasan", 20), "tanggal": text(form, "tanggal", 40),
             "keterangan": text(form, "keterangan", 500)}
    try:
        first = await run_in_threadpool(lambda: ctx.hub.programme_desk.deactivate(
            ctx.actor, pid, reason=typed["alasan"], on=typed["tanggal"], note=typed["keterangan"]))
    except HubRefused as exc:  # shown on the same page, with what was typed kept in the form
        ctx.messages.append(("error", exc.message))
        return render(ctx, "peserta_detail.html", await _detail(ctx, pid, typed=typed), status=422)
    return redirect(f"{PREFIX}/peserta/{pid}", f"Peserta dinonaktifkan: tidak ditanggung lagi mulai bulan {first}. "
                    "Tempatnya dalam kuota diberikan kepada urutan berikutnya pada daftar BPJS berikutnya; kirim "
                    "daftar penonaktifan dari halaman BPJS.")


@action(router, "/peserta/{participant_id}/nik", "nik.reveal")
async def reveal(ctx: Ctx, _form: FormData) -> Response:
    pid = ctx.request.path_params["participant_id"]
    nik = await run_in_threadpool(ctx.hub.register.reveal_nik, ctx.actor, pid)
    ctx.messages.append(("ok", "NIK lengkap ditampilkan; pembukaan ini tercatat di audit atas nama Anda."))
    return render(ctx, "peserta_detail.html", await _detail(ctx, pid, nik=nik))
