"""Commands for the office itself: init, check, backup, restore."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import PASSWORD_ENV, UsageError, emit, open_services
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.pipes import can_ask


def cmd_init(args: argparse.Namespace) -> int:
    from jamsos_desktop.services.setup import initialize

    services = open_services(args, login=False)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not can_ask():
            raise UsageError(f"Kata sandi admin tidak diketahui: isi {PASSWORD_ENV} atau jalankan dari terminal.")
        password = getpass.getpass(f"Kata sandi baru untuk {args.admin}: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            raise UsageError("Kedua kata sandi tidak sama: ulangi.")
    result = initialize(services.office, kelurahan=args.kelurahan, admin_username=args.admin,
                        admin_password=password, admin_display_name=args.admin_name or "",
                        approval_required=not args.no_approval)
    lines = [f"Kantor {result.office_name} ({result.kelurahan_code}) siap.", f"ID perangkat: {result.device_id}",
             f"Sidik jari kunci: {result.fingerprint}"]
    encrypted = False
    if args.plain:
        lines.append("Basis data TIDAK dienkripsi (--plain): salinan berkasnya terbaca siapa saja. Nyalakan nanti "
                     "dengan 'jamsos encrypt'.")
    else:
        try:
            services.encryption.switch_on_new(args.admin, password)
            encrypted = True
            lines += ["Basis data terenkripsi: salinan berkasnya tidak bisa dibaca tanpa kata sandi operator.",
                      "PENTING: percayai berkas identitas Disnaker secepatnya ('jamsos device trust-hub'). Sampai itu "
                      "belum ada kunci pemulihan, jadi bila kata sandi admin hilang data kantor tidak bisa dibuka."]
        except Refused as exc:  # a full disk: the office stays plain and working
            lines.append(f"PERINGATAN: basis data belum dienkripsi: {exc} Kantor tetap bisa dipakai; jalankan "
                         "'jamsos encrypt' setelah masalahnya diatasi.")
    emit(args, {**result.__dict__, "encrypted": encrypted}, lines)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    services = open_services(args, login=False)
    report = services.maintenance.check()
    data: dict[str, Any] = {
        "ok": report.ok, "integrity": report.integrity, "audit_events": report.audit_events,
        "chain_break": report.chain_break.__dict__ if report.chain_break else None,
        "outbox_mismatches": report.outbox_mismatches,
        "state_mismatches": [m.__dict__ for m in report.state_mismatches],
    }
    emit(args, data, report.lines())
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args)
    target = services.maintenance.backup(Path(args.to))
    emit(args, {"file": str(target)}, f"Cadangan tersimpan: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    services = open_services(args)
    safety = services.maintenance.restore(Path(args.file))
    emit(args, {"restored": args.file, "previous_saved_as": str(safety)},
         [f"Dipulihkan dari {args.file}.", f"Data sebelumnya disimpan sebagai {safety}."])
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="pengaturan awal basis data kantor")
    p.add_argument("--kelurahan", required=True, help="kode (21.71.01.1002) atau nama kelurahan")
    p.add_argument("--admin", required=True, help="nama pengguna admin pertama")
    p.add_argument("--admin-name", help="nama lengkap admin")
    p.add_argument("--no-approval", action="store_true", help="data baru langsung disetujui (tanpa supervisor)")
    p.add_argument("--plain", action="store_true", help="jangan enkripsi basis data (bawaan: terenkripsi)")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("check", help="periksa integritas basis data dan jejak audit")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="buat cadangan basis data")
    p.add_argument("--to", required=True, help="berkas atau folder tujuan")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="pulihkan basis data dari cadangan")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)
