"""Commands for the participant's rights under UU PDP: consent forms, the retention purge.

`jamsos show ID --report FILE.pdf` (the copy of a participant's data) lives with `show` in participants.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.services.listing import ListFilter


def _day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UsageError(f"Tanggal '{text}' tidak terbaca: tulis seperti 2026-11-30 atau 30-11-2026.")


def _filter(args: argparse.Namespace) -> ListFilter:
    from jamsos_desktop.domain.numbers import normalize_rt_rw

    rt = normalize_rt_rw(args.rt) or args.rt if args.rt else ""
    rw = normalize_rt_rw(args.rw) or args.rw if args.rw else ""
    return ListFilter(rt=rt, rw=rw)


def cmd_form(args: argparse.Namespace) -> int:
    services = open_services(args)
    out = Path(args.out)
    if args.blank:
        if args.ids or args.missing:
            raise UsageError("Pilih salah satu: --blank, --missing, atau ID peserta.")
        services.consent.print_blank(out)
        emit(args, {"file": str(out), "forms": 1}, f"Formulir kosong tersimpan: {out}")
        return 0
    ids = list(args.ids)
    if args.missing:
        ids += [r["id"] for r in services.consent.missing(_filter(args), limit=100_000)]
    if not ids:
        raise UsageError("Sebutkan ID peserta, atau --missing untuk semua yang formulirnya belum kembali, atau "
                         "--blank untuk formulir kosong.")
    services.consent.print_forms(ids, out)
    emit(args, {"file": str(out), "forms": len(ids)}, f"{len(ids)} formulir tersimpan: {out}")
    return 0


def cmd_received(args: argparse.Namespace) -> int:
    services = open_services(args)
    record = services.consent.record_received(args.id, received_on=_day(args.date) if args.date else None,
                                              received_by=args.by)
    emit(args, {"id": args.id, "received_on": record.received_on.isoformat(), "received_by": record.received_by},
         f"Formulir bertanda tangan dicatat: diterima {record.received_on:%d-%m-%Y} oleh {record.received_by}.")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    services = open_services(args)
    services.consent.cancel(args.id)
    emit(args, {"id": args.id, "cancelled": True}, "Catatan formulir bertanda tangan dibatalkan.")
    return 0


def cmd_missing(args: argparse.Namespace) -> int:
    services = open_services(args)
    flt = _filter(args)
    rows = services.consent.missing(flt, limit=args.limit)
    total = services.consent.missing_count(flt)
    lines = [f"{r['id']}  {mask(r['nik'])}  {r['full_name'][:32]:<32}  RT {r['rt']}/RW {r['rw']}" for r in rows]
    lines.append(f"({total} peserta belum menyerahkan formulir bertanda tangan"
                 + (f"; {len(rows)} ditampilkan" if len(rows) < total else "") + ")")
    emit(args, {"total": total, "participants": rows}, lines)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    services = open_services(args)
    plan = services.retention.plan()
    data: dict[str, Any] = {
        "dry_run": args.dry_run, "years": plan.years, "cutoff": plan.cutoff.isoformat(),
        "due": [{"id": c.participant_id, "retired_at": c.retired_at.isoformat()} for c in plan.due],
        "waiting_for_hub": [c.participant_id for c in plan.waiting],
        "old_backups": [p.name for p in plan.old_backups]}
    lines = [f"Masa simpan: {plan.years} tahun (data yang dihapus atau ditolak sebelum "
             f"{plan.cutoff.astimezone():%d-%m-%Y})."]
    lines += [f"  {c.participant_id}  {c.full_name[:32]:<32}  sejak {c.retired_at.astimezone():%d-%m-%Y}"
              for c in plan.due]
    if plan.waiting:
        lines.append(f"{len(plan.waiting)} peserta menunggu tanda terima Dinas; dimusnahkan sesudahnya.")
    if plan.old_backups:
        lines.append(f"{len(plan.old_backups)} cadangan lebih tua dari masa simpan.")
    if args.dry_run:
        lines.append(f"Uji coba: {len(plan.due)} peserta akan dimusnahkan data pribadinya; belum ada yang diubah.")
        emit(args, data, lines)
        return 0
    result = services.retention.purge()
    data.update(erased=result.erased, sealed_events=result.sealed_events, backups_removed=result.backups_removed)
    lines.append(f"Selesai: data pribadi {len(result.erased)} peserta dimusnahkan, {len(result.backups_removed)} "
                 "cadangan lama dihapus. Jejak audit tetap utuh.")
    emit(args, data, lines)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("consent", help="formulir pendaftaran dan persetujuan data pribadi")
    consent = p.add_subparsers(dest="consent_command", required=True)
    f = consent.add_parser("form", help="cetak formulir (per peserta, yang belum kembali, atau kosong)")
    f.add_argument("ids", nargs="*", help="ID peserta")
    f.add_argument("--missing", action="store_true", help="semua peserta yang formulirnya belum kembali")
    f.add_argument("--blank", action="store_true", help="formulir kosong untuk diisi tangan")
    f.add_argument("--rt", help="hanya RT ini (dengan --missing)")
    f.add_argument("--rw", help="hanya RW ini (dengan --missing)")
    f.add_argument("--out", required=True, help="berkas PDF tujuan")
    f.set_defaults(func=cmd_form)
    r = consent.add_parser("received", help="catat formulir bertanda tangan sudah diterima")
    r.add_argument("id")
    r.add_argument("--date", help="tanggal diterima (bawaan: hari ini)")
    r.add_argument("--by", help="nama pengguna petugas yang menerima (bawaan: Anda)")
    r.set_defaults(func=cmd_received)
    c = consent.add_parser("cancel", help="batalkan catatan formulir yang salah")
    c.add_argument("id")
    c.set_defaults(func=cmd_cancel)
    m = consent.add_parser("missing", help="daftar peserta yang formulir bertanda tangannya belum ada")
    m.add_argument("--rt")
    m.add_argument("--rw")
    m.add_argument("--limit", type=int, default=1000)
    m.set_defaults(func=cmd_missing)
    p = sub.add_parser("purge", help="musnahkan data pribadi yang masa simpannya habis (UU PDP)")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan siapa yang akan dimusnahkan")
    p.set_defaults(func=cmd_purge)

