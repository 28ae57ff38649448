"""Duplikat: NIK registered twice, each case side by side, and the operator's decision with a reason: keep the
first, keep the second, not the same person, or (between two kelurahan) a move that keeps the KPJ."""

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


TRANSFER = "transfer"
TRANSFER_LABEL = "Pindah kelurahan: orangnya pindah ke kelurahan pendaftaran kedua (KPJ dan tanggungan ikut)"


@page(router, "/duplikat/{case_id}", "duplikat_detail.html")
async def one_case(ctx: Ctx) -> dict[str, Any]:
    case = await run_in_threadpool(ctx.hub.cases.get, ctx.actor, _case_id(ctx))
    choices = dict(case["decisions"])
    if case["first"]["kelurahan"] != case["second"]["kelurahan"] and case["first_live"]:
        choices[TRANSFER] = TRANSFER_LABEL
    return {"case": {**case, "decisions": choices}}


@action(router, "/duplikat/{case_id}/putuskan", "duplicates.decide")
async def decide(ctx: Ctx, form: FormData) -> Response:
    case_id, decision, reason = _case_id(ctx), text(form, "keputusan", 20), text(form, "alasan", 500)
    if decision == TRANSFER:
        moved = await run_in_threadpool(ctx.hub.programme_desk.transfer_case, ctx.actor, case_id, reason)
        names = moved.to_dict()
        kpj = f"KPJ {moved.kpj_number} dan tanggungannya ikut" if moved.kpj_number else "tempatnya dalam kuota ikut"
        return redirect(PREFIX + "/duplikat", f"Kasus #{case_id} diputuskan: pindah dari Kelurahan "
                        f"{names['from_kelurahan_name']} ke Kelurahan {names['to_kelurahan_name']}; {kpj}. Kedua "
                        "kantor diberi tahu pada tanda terima berikutnya.")
    suspect = text(form, "salah_ketik", 10) or "second"
    await run_in_threadpool(lambda: ctx.hub.cases.decide(ctx.actor, case_id, decision, reason, suspect=suspect))
    told = ("Kantor yang salah ketik diminta memeriksa NIK" if decision == "not_same"
            else "Kedua kantor diberi tahu hasilnya")
    return redirect(PREFIX + "/duplikat", f"Kasus #{case_id} diputuskan: {DECISIONS[decision]}. {told} pada tanda "
                    "terima berikutnya.")
