"""Audit: the hub's hash-chained audit (hub/audit.py), whether its chain is whole, and recent security events.

Every signed-in role may read it (the auditor's page above all). The chain is checked on every visit, so an
entry edited or deleted behind the hub's back shows here as it does in `jamsos-hub check`.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from jamsos_desktop.hub.web.framework import Ctx, page

router = APIRouter()
LIMIT = 200
ACTION_LABELS = {
    "hub.init": "Kunci hub dibuat",
    "device.enrol": "Perangkat kantor didaftarkan",
    "device.revoke": "Perangkat kantor dicabut",
    "device.reinstate": "Perangkat kantor dipulihkan",
    "bundles.import": "Bundle kantor diimpor",
    "receipts.issue": "Tanda terima dibuat",
    "receipts.ack": "Tanda terima dikonfirmasi kantor",
    "bpjs.export": "Daftar BPJS diunduh",
    "bpjs.import_kpj": "Berkas KPJ diimpor",
    "bpjs.export_deactivations": "Daftar penonaktifan diunduh",
    "bpjs.import_bill": "Tagihan BPJS dicocokkan dan disimpan",
    "period.open": "Periode pendanaan dibuka",
    "person.deactivate": "Peserta dinonaktifkan",
    "settings.change": "Pengaturan diubah",
    "operator.add": "Petugas dibuat",
    "operator.enable": "Petugas diaktifkan",
    "operator.disable": "Petugas dinonaktifkan",
    "operator.role": "Peran petugas diubah",
    "operator.reset": "Sandi petugas diganti",
    "console.sign_in": "Masuk konsol",
    "console.sign_out": "Keluar konsol",
    "participant.reveal_nik": "NIK lengkap dibuka",
    "duplicate.keep_first": "NIK ganda: pendaftaran pertama dipertahankan",
    "duplicate.keep_second": "NIK ganda: pendaftaran kedua dipakai",
    "duplicate.not_same": "NIK ganda: bukan orang yang sama",
}


def _value(v: Any) -> str:
    if isinstance(v, dict) and set(v) == {"from", "to"}:  # a changed setting
        return f"{v['from']} \u2192 {v['to']}"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    return str(v)


def _detail(detail: dict[str, Any] | None) -> str:
    """The entry's details as one short line (`jamsos-hub audit --json` gives them whole)."""
    if not detail:
        return ""
    return "; ".join(f"{k}: {_value(v)}" for k, v in sorted(detail.items()) if v not in (None, "", [], {}))[:300]


@page(router, "/audit", "audit.html")
async def show(ctx: Ctx) -> dict[str, Any]:
    wanted = ctx.request.query_params.get("tindakan", "")[:64] or None
    check = await run_in_threadpool(ctx.hub.check)
    found = await run_in_threadpool(lambda: ctx.hub.audit_entries(limit=LIMIT, action=wanted))
    events = await run_in_threadpool(lambda: ctx.hub.security_events(limit=LIMIT))
    return {
        "check": {"ok": check.ok, "count": check.count, "head": check.head, "problem": check.problem},
        "action": wanted or "", "actions": ACTION_LABELS, "limit": LIMIT,
        "entries": [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                     "label": ACTION_LABELS.get(e.action, e.action), "target": e.target or "",
                     "detail": _detail(e.detail)} for e in found],
        "security_events": [e.to_dict() for e in events],
    }
