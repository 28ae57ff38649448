"""Perangkat: enrolled office devices; enrol from an uploaded file after the fingerprint check; revoke."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.datastructures import FormData, UploadFile

from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.offices import carry, uncarry
from jamsos_desktop.hub.web.framework import PREFIX, Ctx, action, page, redirect, render, text
from jamsos_desktop.sync.limits import MAX_KEY_FILE_BYTES

router = APIRouter()
BACK = PREFIX + "/perangkat"
WORDS = {"new": "didaftarkan", "updated": "sudah terdaftar; nama dan versi diperbarui", "reactivated": "diaktifkan lagi"}


@page(router, "/perangkat", "perangkat.html")
async def devices(ctx: Ctx) -> dict[str, Any]:
    return {"devices": await run_in_threadpool(ctx.hub.offices.list, ctx.actor)}


async def _upload(form: FormData, name: str) -> bytes:
    item = form.get(name)
    if not isinstance(item, UploadFile):
        return b""
    return await item.read(MAX_KEY_FILE_BYTES + 1)


@action(router, "/perangkat/periksa", "devices.manage", back=BACK)
async def check(ctx: Ctx, form: FormData) -> Response:
    data = await _upload(form, "berkas")
    enrolment = await run_in_threadpool(ctx.hub.offices.preview, ctx.actor, data)
    return render(ctx, "perangkat_periksa.html", {
        "office_name": enrolment.office_name, "kelurahan": kelurahan_name(enrolment.kelurahan_code),
        "kelurahan_code": enrolment.kelurahan_code, "device_id": enrolment.device_id,
        "fingerprint": enrolment.fingerprint, "app_version": enrolment.app_version, "carried": carry(data)})


@action(router, "/perangkat/daftarkan", "devices.manage", back=BACK)
async def enrol(ctx: Ctx, form: FormData) -> Response:
    data = uncarry(text(form, "berkas", 4 * MAX_KEY_FILE_BYTES))
    enrolment, status = await run_in_threadpool(ctx.hub.offices.enrol, ctx.actor, data, text(form, "sidik", 100))
    return redirect(BACK, f"Perangkat {enrolment.office_name} (Kelurahan {kelurahan_name(enrolment.kelurahan_code)}) "
                          f"{WORDS[status]}. Berikan berkas identitas hub ke kantor itu.")


@action(router, "/perangkat/cabut", "devices.manage", back=BACK)
async def revoke(ctx: Ctx, form: FormData) -> Response:
    found = await run_in_threadpool(ctx.hub.offices.revoke, ctx.actor, text(form, "perangkat", 40),
                                    text(form, "alasan", 300))
    return redirect(BACK, f"Perangkat {found.office_name} (Kelurahan {found.kelurahan_name}) dicabut: bundle darinya "
                          "ditolak sejak sekarang.")


@page(router, "/perangkat/identitas-hub", "perangkat.html")
async def identity(ctx: Ctx) -> Any:
    data = await run_in_threadpool(ctx.hub.identity_file)
    return Response(data, media_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="jamsos-hub-identity.json"'})
