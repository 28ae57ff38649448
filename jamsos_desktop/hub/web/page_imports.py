"""Impor: upload .jamsos files from the offices' sticks, see the dry run, import, and take the receipts back."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from jamsos_desktop.hub.importer import ImportReport
from jamsos_desktop.hub.staged_bundles import MAX_FILES, receipts_zip
from jamsos_desktop.hub.text import bundle_lines
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, render, text
from jamsos_desktop.sync.limits import MAX_BUNDLE_BYTES

router = APIRouter()
BACK = PREFIX + "/impor"


@page(router, "/impor", "impor.html")
async def imports(_ctx: Ctx) -> dict[str, Any]:
    return {"max_files": MAX_FILES}


def _report(report: ImportReport) -> dict[str, Any]:
    return {"dry_run": report.dry_run, "totals": report.totals(), "gaps": report.gaps, "skipped": report.skipped,
            "bundles": [{"source": b.source, "status": b.status, "office": b.office, "lines": bundle_lines(b),
                         "counts": b.result.counts()} for b in report.bundles]}


@action(router, "/impor/unggah", "import", back=BACK)
async def upload(ctx: Ctx, form: FormData) -> Response:
    files: list[tuple[str, bytes]] = []
    for item in form.getlist("berkas")[:MAX_FILES + 1]:
        if isinstance(item, UploadFile):
            files.append((item.filename or "bundle.jamsos", await item.read(MAX_BUNDLE_BYTES + 1)))
    batch = await run_in_threadpool(ctx.hub.uploads.store_files, ctx.actor, files)
    report = await run_in_threadpool(ctx.hub.uploads.preview, ctx.actor, batch)
    return render(ctx, "impor_laporan.html", {"batch": batch, "report": _report(report)})


@action(router, "/impor/simpan", "import", back=BACK)
async def commit(ctx: Ctx, form: FormData) -> Response:
    report = await run_in_threadpool(ctx.hub.uploads.commit, ctx.actor, text(form, "unggahan", 80))
    totals = report.totals()
    ctx.messages.append(("ok", f"Impor selesai: {totals['imported']} bundle diimpor, {totals['accepted']} perubahan "
                               "diterima. Buat tanda terima untuk dibawa kembali ke kantor."))
    return render(ctx, "impor_laporan.html", {"batch": "", "report": _report(report)})


@action(router, "/impor/batal", "import", back=BACK)
async def discard(ctx: Ctx, form: FormData) -> Response:
    await run_in_threadpool(ctx.hub.uploads.discard, ctx.actor, text(form, "unggahan", 80))
    return redirect(BACK, "Unggahan dibatalkan; tidak ada yang diimpor.")


@action(router, "/impor/tanda-terima", "import", back=BACK)
async def receipts(ctx: Ctx, _form: FormData) -> Response:
    with tempfile.TemporaryDirectory() as tmp:
        issued = await run_in_threadpool(ctx.hub.issue_receipts_as, ctx.actor, Path(tmp))
        if not issued:
            return redirect(BACK, "Tidak ada tanda terima baru: semua kantor sudah mendapat jawaban terakhir.")
        data = receipts_zip(sorted(Path(tmp).iterdir()))
    name = f"tanda-terima-{dt.date.today():%Y%m%d}-{len(issued)}-kantor.zip"
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
