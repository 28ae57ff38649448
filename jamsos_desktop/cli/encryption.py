"""Commands for the encrypted database: `jamsos encrypt` (switch an office on) and `jamsos recover` (the city
office opens it with the hub's escrow key when every admin password is lost)."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, credentials, emit, open_services
from jamsos_desktop.pipes import can_ask

ESCROW_PASSPHRASE_ENV = "JAMSOS_ESCROW_PASSPHRASE"
NEW_PASSWORD_ENV = "JAMSOS_NEW_PASSWORD"


def _secret(env: str, prompt: str, *, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not can_ask():
        raise UsageError(f"{prompt} tidak diketahui: isi {env}, atau jalankan dari terminal.")
    value = getpass.getpass(f"{prompt}: ")
    if twice and getpass.getpass("Ulangi: ") != value:
        raise UsageError("Kedua isian tidak sama: ulangi.")
    return value


def cmd_encrypt(args: argparse.Namespace) -> int:
    user, password = credentials()
    services = open_services(args, login=False)
    if services.office.actor is None:
        services.auth.login(user, password)
    result = services.encryption.switch_on(password)
    lines = ["Basis data kantor ini sekarang terenkripsi: salinannya tidak bisa dibaca tanpa kata sandi operator.",
             f"Cadangan lama yang ikut dienkripsi: {result.backups_encrypted}."]
    lines.append("Kunci pemulihan escrow hub: ada." if result.recovery_slot else
                 "PERINGATAN: belum ada hub yang dipercaya, jadi belum ada kunci pemulihan escrow. Percayai berkas "
                 "identitas hub secepatnya.")
    if result.backups_left_plain:
        lines.append(f"PERINGATAN: {result.backups_left_plain} cadangan otomatis tidak bisa dienkripsi (disk penuh) dan "
                     "masih terbaca: kosongkan ruang lalu hapus cadangan lama di folder backups.")
    if result.without_slot:
        lines.append("Akun berikut perlu kata sandi baru dari admin sebelum bisa masuk: "
                     + ", ".join(result.without_slot) + " (jamsos operator reset NAMA).")
    emit(args, {"backups_encrypted": result.backups_encrypted, "recovery_slot": result.recovery_slot,
                "need_new_password": result.without_slot,
                "safety_backup": str(result.safety_backup) if result.safety_backup else None}, lines)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    services = open_services(args, login=False, unlock=False)
    passphrase = _secret(ESCROW_PASSPHRASE_ENV, "Frasa sandi kunci escrow")
    new_password = _secret(NEW_PASSWORD_ENV, f"Kata sandi baru untuk {args.admin}", twice=True)
    services.encryption.recover(Path(args.escrow_key), passphrase.encode("utf-8"), username=args.admin,
                                new_password=new_password)
    emit(args, {"admin": args.admin}, f"Data kantor dibuka dengan kunci escrow; {args.admin} bisa masuk dengan kata "
                                      "sandi barunya.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("encrypt", help="enkripsi basis data kantor dan semua cadangannya (admin)")
    p.set_defaults(func=cmd_encrypt)
    p = sub.add_parser("recover", help="buka data dengan kunci escrow kota bila semua kata sandi admin hilang")
    p.add_argument("--escrow-key", required=True, help="berkas kunci escrow hub")
    p.add_argument("--admin", required=True, help="akun admin yang diberi kata sandi baru")
    p.set_defaults(func=cmd_recover)
