"""Laporan: coverage against the quota, the monthly recap (people and rupiah per kelurahan and category) and
the budget realisation, with PDF and XLSX downloads for the budget office."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from jamsos_desktop.hub.recap import realisation_file, recap_file
from jamsos_desktop.hub.web.framework import Ctx, page

router = APIRouter()
MEDIA = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _month_year(ctx: Ctx) -> tuple[str, int]:
    now = ctx.hub.clock()
    month = ctx.request.query_params.get("bulan", f"{now:%Y-%m}")[:7]
    year = ctx.request.query_params.get("tahun", str(now.year))
    return month, int(year) if year.isdigit() and 2000 <= int(year) <= 2100 else now.year


@page(router, "/laporan", "laporan.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    month, year = _month_year(ctx)
    report = await run_in_threadpool(ctx.hub.report)
    return {"month": month, "year": year, "coverage": report.to_dict(),
            "recap": await run_in_threadpool(ctx.hub.recap, month),
            "realisation": await run_in_threadpool(ctx.hub.realisation, year)}


def _file(name: str, data: bytes) -> Response:
    return Response(data, media_type=MEDIA[name.rsplit(".", 1)[1]],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@page(router, "/laporan/rekap/{kind}", "laporan.html")
async def recap_download(ctx: Ctx) -> Any:
    month, _ = _month_year(ctx)
    recap = await run_in_threadpool(ctx.hub.recap, month)
    return _file(*await run_in_threadpool(recap_file, recap, ctx.request.path_params["kind"]))


@page(router, "/laporan/realisasi/{kind}", "laporan.html")
async def realisation_download(ctx: Ctx) -> Any:
    _, year = _month_year(ctx)
    real = await run_in_threadpool(ctx.hub.realisation, year)
    return _file(*await run_in_threadpool(realisation_file, real, ctx.request.path_params["kind"]))
