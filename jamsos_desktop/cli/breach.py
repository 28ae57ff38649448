"""`jamsos breach`: the report of a lost stick, a lost backup or a stolen PC (UU PDP Pasal 46, 3 x 24 hours)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services


def cmd_breach_sources(args: argparse.Namespace) -> int:
    services = open_services(args)
    found = services.breach.sources()
    emit(args, [{"kind": s.kind, "key": s.key, "label": s.label, "at": s.at.isoformat()} for s in found],
         [f"{s.kind:<7} {s.key}  {s.at.astimezone():%d-%m-%Y %H:%M}  {s.label}" for s in found]
         or ["Belum ada berkas kiriman atau cadangan yang tercatat."])
    return 0


def cmd_breach_report(args: argparse.Namespace) -> int:
    services = open_services(args)
    discovered = None
    if args.discovered:
        try:
            discovered = dt.datetime.fromisoformat(args.discovered.strip()).astimezone()
        except ValueError as exc:
            raise UsageError(f"Waktu '{args.discovered}' tidak terbaca: tulis seperti '2026-11-30 08:15'.") from exc
    found = services.breach.exposure(args.incident, source=args.source or "", discovered_at=discovered,
                                     note=args.note or "")
    out = Path(args.out)
    letter, people = services.breach.write_report(found, out)
    emit(args, {"letter": str(letter), "people_list": str(people), "people": len(found.people), "heirs": found.heirs,
                "children": found.children, "deadline": found.deadline.isoformat()},
         [f"Data {len(found.people)} peserta dan {found.heirs} ahli waris ({found.children} anak) terungkap.",
          f"Surat pemberitahuan: {letter}", f"Daftar orang terdampak (rahasia): {people}",
          f"Kirim ke Disnaker paling lambat {found.deadline.astimezone():%d-%m-%Y %H:%M} (3 x 24 jam sejak diketahui)."])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("breach", help="laporan kegagalan pelindungan data (flashdisk, cadangan, komputer hilang)")
    breach = p.add_subparsers(dest="breach_command", required=True)
    s = breach.add_parser("sources", help="berkas kiriman dan cadangan yang pernah dibuat (yang mungkin hilang)")
    s.set_defaults(func=cmd_breach_sources)
    r = breach.add_parser("report", help="surat pemberitahuan ke Disnaker dan daftar orang terdampak")
    r.add_argument("--incident", required=True, choices=("bundle", "backup", "pc"),
                   help="bundle: flashdisk berisi berkas kiriman; backup: berkas cadangan; pc: komputer kantor")
    r.add_argument("--source", help="ID berkas kiriman atau nama berkas cadangan (lihat 'jamsos breach sources')")
    r.add_argument("--discovered", help="kapan kehilangan diketahui, mis. '2026-11-30 08:15' (bawaan: sekarang)")
    r.add_argument("--note", help="apa yang terjadi, dengan kata-kata petugas")
    r.add_argument("--out", required=True, help="folder tujuan surat dan daftar")
    r.set_defaults(func=cmd_breach_report)
