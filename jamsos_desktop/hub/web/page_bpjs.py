"""BPJS: download the collective-registration workbook and the deactivation list, upload the KPJ return and the
monthly bill (each a dry run first), and the history of files sent to and received from BPJS with their row
counts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub.bill import BillLine, BillReport
from jamsos_desktop.hub.bpjs_files import MAX_RETURN_BYTES
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.kpj import KpjReport
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, render, text

router = APIRouter()
BACK = PREFIX + "/bpjs"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@page(router, "/bpjs", "bpjs.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    return {"history": await run_in_threadpool(ctx.hub.bpjs_files.history, ctx.actor)}


def _report(report: KpjReport) -> dict[str, Any]:
    problems = [{"row": r.row, "kind": kind, "nik": mask(r.nik) if len(r.nik) == 16 else (r.nik or "-"),
                 "kpj": r.kpj or "-", "message": r.message}
                for kind, rows in (("ditolak BPJS", report.rejected), ("tidak cocok", report.unmatched),
                                   ("tidak sah", report.invalid), ("bentrok", report.conflicts)) for r in rows]
    return {"source": report.source, "assigned": report.assigned, "already": report.already,
            "problems": sorted(problems, key=lambda p: p["row"])}


def _attachment(name: str, data: bytes) -> Response:
    media = XLSX if name.endswith(".xlsx") else "text/csv"
    return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@action(router, "/bpjs/unduh", "bpjs", back=BACK)
async def export(ctx: Ctx, _form: FormData) -> Response:
    name, data, _rows = await run_in_threadpool(ctx.hub.bpjs_files.export, ctx.actor)
    return _attachment(name, data)


@action(router, "/bpjs/penonaktifan", "bpjs", back=BACK)
async def export_deactivations(ctx: Ctx, _form: FormData) -> Response:
    name, data, _rows = await run_in_threadpool(ctx.hub.bpjs_files.export_deactivations, ctx.actor)
    return _attachment(name, data)


def _bill_line(line: BillLine) -> dict[str, Any]:
    return {"row": line.row or "-", "nik": mask(line.nik) if len(line.nik) == 16 else "-", "kpj": line.kpj or "-",
            "name": line.name or "-", "billed": line.billed, "expected": line.expected, "message": line.message}


def _bill(report: BillReport) -> dict[str, Any]:
    groups = [(title, [_bill_line(x) for x in found]) for title, found in (
        ("Ditagih tetapi tidak ditanggung kota", report.not_registered),
        ("Ditanggung kota tetapi tidak ditagih", report.not_billed),
        ("Iuran berbeda atau ditagih dua kali", report.differences), ("Baris tidak terbaca", report.invalid))]
    return {**{k: v for k, v in report.to_dict().items() if not isinstance(v, list)},
            "groups": [{"title": title, "count": len(lines), "lines": lines[:200]} for title, lines in groups if lines]}


@action(router, "/bpjs/tagihan", "bpjs", back=BACK)
async def upload_bill(ctx: Ctx, form: FormData) -> Response:
    item, month = form.get("berkas"), text(form, "bulan", 10)
    if not isinstance(item, UploadFile):
        raise HubRefused("Pilih berkas tagihan iuran dari BPJS (.xlsx atau .csv).")
    data = await item.read(MAX_RETURN_BYTES + 1)
    token = await run_in_threadpool(lambda: ctx.hub.bpjs_files.store_return(ctx.actor, item.filename or "", data,
                                                                            what="Berkas tagihan"))
    try:
        report = await run_in_threadpool(ctx.hub.bpjs_files.preview_bill, ctx.actor, token, month)
    except HubRefused:
        await run_in_threadpool(ctx.hub.bpjs_files.discard, ctx.actor, token)
        raise
    return render(ctx, "bpjs_tagihan.html", {"token": token, "dry_run": True, "report": _bill(report)})


@action(router, "/bpjs/tagihan/simpan", "bpjs", back=BACK)
async def import_bill(ctx: Ctx, form: FormData) -> Response:
    report = await run_in_threadpool(ctx.hub.bpjs_files.import_bill, ctx.actor, text(form, "unggahan", 80),
                                     text(form, "bulan", 10))
    ctx.messages.append(("ok", f"Tagihan bulan {report.month} disimpan di riwayat BPJS bersama hasil pencocokannya."))
    return render(ctx, "bpjs_tagihan.html", {"token": "", "dry_run": False, "report": _bill(report)})


@action(router, "/bpjs/kpj", "bpjs", back=BACK)
async def upload_return(ctx: Ctx, form: FormData) -> Response:
    item = form.get("berkas")
    if not isinstance(item, UploadFile):
        raise HubRefused("Pilih berkas KPJ dari BPJS (.xlsx atau .csv).")
    data = await item.read(MAX_RETURN_BYTES + 1)
    token = await run_in_threadpool(ctx.hub.bpjs_files.store_return, ctx.actor, item.filename or "", data)
    report = await run_in_threadpool(ctx.hub.bpjs_files.preview_return, ctx.actor, token)
    return render(ctx, "bpjs_kpj.html", {"token": token, "dry_run": True, "report": _report(report)})


@action(router, "/bpjs/kpj/simpan", "bpjs", back=BACK)
async def import_return(ctx: Ctx, form: FormData) -> Response:
    report = await run_in_threadpool(ctx.hub.bpjs_files.import_return, ctx.actor, text(form, "unggahan", 80))
    ctx.messages.append(("ok", f"{report.assigned} nomor KPJ dicatat. Kantor menerimanya di tanda terima berikutnya."))
    return render(ctx, "bpjs_kpj.html", {"token": "", "dry_run": False, "report": _report(report)})


@action(router, "/bpjs/kpj/batal", "bpjs", back=BACK)
async def discard(ctx: Ctx, form: FormData) -> Response:
    await run_in_threadpool(ctx.hub.bpjs_files.discard, ctx.actor, text(form, "unggahan", 80))
    return redirect(BACK, "Unggahan dibatalkan; tidak ada yang dicatat.")


@page(router, "/bpjs/berkas/{file_id}", "bpjs.html")
async def download(ctx: Ctx) -> Any:
    raw = ctx.request.path_params["file_id"]
    name, data = await run_in_threadpool(ctx.hub.bpjs_files.file, ctx.actor, int(raw) if raw.isdigit() else 0)
    return _attachment(name, data)
