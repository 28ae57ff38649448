"""Commands for participants: add, update, delete, list, search, show, approve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamsos_desktop.cli.common import UsageError, emit, open_services, read_json_arg
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.domain.problems import Level, Problem, RecordRefused
from jamsos_desktop.domain.record import DELETE_REASONS
from jamsos_desktop.domain.statuses import STATUS_LABELS, STATUSES
from jamsos_desktop.services.listing import ListFilter

if TYPE_CHECKING:
    from jamsos_desktop.services.participants import Saved


def _print_warnings(saved: list[Saved]) -> None:
    for s in saved:
        for w in s.warnings:
            print(f"peringatan ({s.id}): {w.field}: {w.message}", file=sys.stderr)


def cmd_add(args: argparse.Namespace) -> int:
    data = read_json_arg(args.file)
    records = data if isinstance(data, list) else [data]
    if not records or not all(isinstance(r, dict) for r in records):
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.shape",
                                     "Isi berkas harus satu objek {...} atau daftar objek [{...}, ...].")])
    services = open_services(args)
    saved = services.participants.register_many(records)
    _print_warnings(saved)
    emit(args, [{"id": s.id, "status": s.status, "warnings": [w.as_dict() for w in s.warnings]} for s in saved],
         [f"Tersimpan: {s.id} ({STATUS_LABELS.get(s.status, s.status)})" for s in saved])
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    changes = read_json_arg(args.file)
    if not isinstance(changes, dict):
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.shape", "Isi berkas harus satu objek {...}.")])
    services = open_services(args)
    saved = services.participants.update(args.id, changes)
    _print_warnings([saved])
    emit(args, {"id": saved.id, "revision": saved.revision, "status": saved.status},
         f"Diperbarui: {saved.id} (revisi {saved.revision}, {STATUS_LABELS.get(saved.status, saved.status)})")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    services = open_services(args)
    saved = services.participants.delete(args.id, reason=args.reason)
    emit(args, {"id": saved.id, "deleted": True, "reason": args.reason},
         f"Dihapus: {saved.id} (alasan: {DELETE_REASONS[args.reason]})")
    return 0


def _summary_line(row: dict[str, Any]) -> str:
    return (f"{row['id']}  {mask(row['nik'])}  {row['full_name'][:32]:<32}  RT {row['rt']}/RW {row['rw']}  "
            f"{STATUS_LABELS.get(row['status'], row['status'])}")


def cmd_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    flt = ListFilter(statuses=(args.status,) if args.status else ())
    rows = services.participant_list.page(flt, limit=args.limit)
    emit(args, rows, [_summary_line(r) for r in rows] + [f"({len(rows)} peserta)"])
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    services = open_services(args)
    rows = services.participant_list.search(args.text, limit=args.limit)
    emit(args, rows, [_summary_line(r) for r in rows] + [f"({len(rows)} ditemukan)"])
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    services = open_services(args)
    if args.report:
        out = services.data_copy.write(args.id, Path(args.report))
        emit(args, {"id": args.id, "report": str(out)}, f"Salinan data peserta tersimpan: {out}")
        return 0
    record = services.participants.show(args.id)
    lines = [f"{k}: {v}" for k, v in record.items() if k != "beneficiaries"]
    lines += [f"ahli waris: {b['name']} ({b['relationship']})" for b in record["beneficiaries"]]
    emit(args, record, lines)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    services = open_services(args)
    if args.all_ready:
        saved = services.participants.approve_all_ready()
    elif args.ids:
        saved = services.participants.approve(args.ids)
    else:
        raise UsageError("Sebutkan ID peserta yang disetujui, atau --all-ready untuk semua yang menunggu.")
    emit(args, [{"id": s.id, "status": s.status} for s in saved], f"Disetujui: {len(saved)} peserta")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("add", help="daftarkan peserta dari JSON (satu objek atau daftar)")
    p.add_argument("file", help="berkas JSON, atau - untuk masukan standar")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("update", help="perbaiki data peserta")
    p.add_argument("id")
    p.add_argument("file", help="berkas JSON berisi kolom yang diubah, atau -")
    p.set_defaults(func=cmd_update)
    p = sub.add_parser("delete", help="hapus peserta (tetap tercatat) dengan alasan")
    p.add_argument("id")
    p.add_argument("--reason", required=True, choices=sorted(DELETE_REASONS))
    p.set_defaults(func=cmd_delete)
    p = sub.add_parser("list", help="daftar peserta")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("search", help="cari peserta menurut nama, NIK, HP atau alamat")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("show", help="tampilkan data lengkap satu peserta")
    p.add_argument("id")
    p.add_argument("--report", metavar="FILE.pdf", help="simpan salinan data peserta (hak akses UU PDP) sebagai PDF")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("approve", help="setujui peserta (supervisor)")
    p.add_argument("ids", nargs="*")
    p.add_argument("--all-ready", action="store_true", help="setujui semua yang menunggu persetujuan")
    p.set_defaults(func=cmd_approve)
