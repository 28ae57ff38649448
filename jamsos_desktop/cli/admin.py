"""Office administration from the command line: `jamsos settings` and `jamsos operator`, so a city IT person can
script an office with what the desktop's Settings page does.

Every office setting the desktop shows can be read and set (`services.settings.EDITABLE`): by its short name
(`hub-url`, `approval`, `auto-lock`, `card-years`) or by its key. Passwords never go on the command line: they
come from JAMSOS_NEW_PASSWORD or are asked twice at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.pipes import can_ask

NEW_PASSWORD_ENV = "JAMSOS_NEW_PASSWORD"
SHORT_NAMES = {"hub-url": "sync.hub_url", "approval": "approval.required", "auto-lock": "session.autolock_minutes",
               "card-years": "cards.valid_years", "retention-years": "pdp.retention_years", "pdp-contact": "pdp.contact"}
_YES, _NO = ("on", "ya", "yes", "aktif", "1"), ("off", "tidak", "no", "mati", "0")
ROLES = ("operator", "supervisor", "admin")


def _editable() -> dict[str, str]:
    from jamsos_desktop.services.settings import EDITABLE  # loaded by the settings commands only

    return EDITABLE


def setting_key(name: str) -> str:
    editable = _editable()
    key = SHORT_NAMES.get(name, name)
    if key not in editable:
        names = ", ".join([*SHORT_NAMES, *(k for k in editable if k not in SHORT_NAMES.values())])
        raise UsageError(f"Pengaturan '{name}' tidak dikenal. Yang bisa diubah: {names}.")
    return key


def _short(key: str) -> str:
    return next((short for short, full in SHORT_NAMES.items() if full == key), key)


def _value(key: str, typed: str) -> str:
    """on/off words for the yes/no settings (stored as 1/0); anything else as typed (the service checks it)."""
    if "(1 = ya, 0 = tidak)" in _editable()[key]:
        word = typed.strip().lower()
        if word in _YES:
            return "1"
        if word in _NO:
            return "0"
    return typed


def cmd_settings(args: argparse.Namespace) -> int:
    services = open_services(args)
    if args.name is None:
        values = services.settings.all()
        rows = {_short(k): {"key": k, "value": values.get(k, ""), "meaning": label} for k, label in _editable().items()}
        emit(args, rows, [f"{name:<12} {row['value'] or '(kosong)':<32} {row['meaning']}" for name, row in rows.items()])
        return 0
    key = setting_key(args.name)
    if args.value is None and not args.clear:
        value = services.settings.get(key)
        emit(args, {"key": key, "value": value}, value or "(kosong)")
        return 0
    value = "" if args.clear else _value(key, args.value)
    services.settings.set(key, value)
    emit(args, {"key": key, "value": value}, f"{_short(key)} = {value or '(kosong)'} (tersimpan, tercatat di jejak audit)")
    return 0


def _new_password(username: str) -> str:
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        return password
    if not can_ask():
        raise UsageError(f"Kata sandi baru tidak diketahui: isi {NEW_PASSWORD_ENV}, atau jalankan dari terminal.")
    password = getpass.getpass(f"Kata sandi baru untuk {username}: ")
    if getpass.getpass("Ulangi kata sandi: ") != password:
        raise UsageError("Kedua kata sandi tidak sama: ulangi.")
    return password


def cmd_operator_list(args: argparse.Namespace) -> int:
    found = open_services(args).auth.operators()
    emit(args, [o.__dict__ for o in found], [f"{o.username:<16} {o.role:<11} {o.display_name}"
                                            + ("" if o.active else "  (NONAKTIF)") for o in found])
    return 0


def cmd_operator_add(args: argparse.Namespace) -> int:
    services = open_services(args)
    info = services.auth.create_operator(username=args.username, display_name=args.name or "",
                                         password=_new_password(args.username), role=args.role)
    emit(args, info.__dict__, f"Akun {info.username} ({info.role}) dibuat.")
    return 0


def cmd_operator_active(args: argparse.Namespace) -> int:
    services = open_services(args)
    services.auth.set_active(args.username, args.active)
    emit(args, {"username": args.username, "active": args.active},
         f"Akun {args.username} {'diaktifkan' if args.active else 'dinonaktifkan'}.")
    return 0


def cmd_operator_reset(args: argparse.Namespace) -> int:
    services = open_services(args)
    services.auth.set_password(args.username, _new_password(args.username))
    emit(args, {"username": args.username}, f"Kata sandi {args.username} diganti.")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("settings", help="lihat atau ubah pengaturan kantor (hub-url, approval, auto-lock, "
                                        "card-years)")
    p.add_argument("name", nargs="?", help="nama pengaturan; tanpa nama: semua pengaturan")
    p.add_argument("value", nargs="?", help="nilai baru (approval: on/off); tanpa nilai: tampilkan")
    p.add_argument("--clear", action="store_true", help="kosongkan (misalnya hub-url: hanya lewat flashdisk)")
    p.set_defaults(func=cmd_settings)
    op = sub.add_parser("operator", help="akun operator: list, add, disable, enable, reset")
    ops = op.add_subparsers(dest="operator_command", required=True, parser_class=type(op))
    p = ops.add_parser("list", help="daftar akun")
    p.set_defaults(func=cmd_operator_list)
    p = ops.add_parser("add", help=f"buat akun (kata sandi dari {NEW_PASSWORD_ENV} atau ditanya)")
    p.add_argument("username")
    p.add_argument("--role", choices=ROLES, default="operator")
    p.add_argument("--name", help="nama lengkap (wajib: tampil di layar dan di jejak audit)")
    p.set_defaults(func=cmd_operator_add)
    p = ops.add_parser("disable", help="nonaktifkan akun (tidak bisa masuk lagi; riwayatnya tetap)")
    p.add_argument("username")
    p.set_defaults(func=cmd_operator_active, active=False)
    p = ops.add_parser("enable", help="aktifkan lagi akun yang dinonaktifkan")
    p.add_argument("username")
    p.set_defaults(func=cmd_operator_active, active=True)
    p = ops.add_parser("reset", help=f"ganti kata sandi akun (dari {NEW_PASSWORD_ENV} atau ditanya)")
    p.add_argument("username")
    p.set_defaults(func=cmd_operator_reset)
