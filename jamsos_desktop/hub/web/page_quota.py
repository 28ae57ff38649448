"""Kuota: the quota in force, places held and free, the waiting list in order, the funded periods opened
(hub/programme.py), and the admin's form to open the next period (hub/programme_desk.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, render, text

router = APIRouter()
SHOWN = 100


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


async def _data(ctx: Ctx, typed: dict[str, str] | None = None) -> dict[str, Any]:
    quota = await run_in_threadpool(lambda: ctx.hub.programme.quota(limit=SHOWN))
    periods = await run_in_threadpool(ctx.hub.programme.periods)
    return {"quota": quota, "periods": [p.to_dict() for p in periods], "shown": SHOWN, "typed": typed or {}}


@page(router, "/kuota", "kuota.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    return await _data(ctx)


@action(router, "/kuota/periode", "period.open")
async def open_period(ctx: Ctx, form: FormData) -> Response:
    typed = {k: text(form, k, 40) for k in ("mulai", "bulan", "kuota", "anggaran")}
    if not text(form, "yakin", 10):
        ctx.messages.append(("error", "Centang pernyataan bahwa bulan, kuota dan anggaran sudah sesuai keputusan "
                                      "anggaran, lalu tekan Buka periode lagi."))
        return render(ctx, "kuota.html", await _data(ctx, typed), status=422)
    try:
        opened = await run_in_threadpool(lambda: ctx.hub.programme_desk.open_period(
            ctx.actor, month=typed["mulai"], n_months=typed["bulan"], quota=typed["kuota"], budget=typed["anggaran"]))
    except HubRefused as exc:  # shown on the same page, with what was typed kept in the form
        ctx.messages.append(("error", exc.message))
        return render(ctx, "kuota.html", await _data(ctx, typed), status=422)
    p = opened.period
    words = (f"Periode {p.month_from} s.d. {p.month_to} dibuka: kuota {_number(p.quota)} orang. Tanggungan "
             f"diperpanjang untuk {_number(opened.renewed)} peserta ber-KPJ; daftar tunggu {_number(opened.waiting)} "
             "orang.")
    if opened.over_age:
        words += f" {_number(len(opened.over_age))} peserta melewati batas usia dan dinonaktifkan."
    return redirect(PREFIX + "/kuota", words)
