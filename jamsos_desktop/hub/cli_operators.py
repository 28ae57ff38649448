"""`jamsos-hub operator add|list|disable|enable|reset|role`: the console's accounts from the hub machine.

The command line acts as the hub machine's local operator (an admin: whoever runs it can read the hub's
files anyway), named `lokal:<login>` in the audit, or `lokal:<JAMSOS_HUB_OPERATOR>` when that is set. New
passwords come from JAMSOS_HUB_PASSWORD or are asked twice at the terminal, never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from jamsos_desktop.hub.operators import password_problem
from jamsos_desktop.hub.roles import ROLE_LABELS, Actor, HubRole, parse_role
from jamsos_desktop.pipes import can_ask

PASSWORD_ENV = "JAMSOS_HUB_PASSWORD"
OPERATOR_ENV = "JAMSOS_HUB_OPERATOR"


def local_actor() -> Actor:
    try:
        who = os.environ.get(OPERATOR_ENV) or getpass.getuser()
    except OSError:
        who = "hub"
    return Actor(f"lokal:{who}"[:64], HubRole.ADMIN)


def add_parser(sub: Any, hub_for: Any, emit: Any, usage_error: type[Exception]) -> list[argparse.ArgumentParser]:
    """Register the `operator` command group on the `jamsos-hub` parser; returns its sub-commands."""

    def password() -> str:
        value = os.environ.get(PASSWORD_ENV)
        if value:
            return value
        if not can_ask():
            raise usage_error(f"Kata sandi tidak diketahui: isi {PASSWORD_ENV}, atau jalankan dari terminal.")
        first = getpass.getpass("Kata sandi baru (min. 10 karakter, huruf dan angka): ")
        problem = password_problem(first)
        if problem:
            raise usage_error(problem)
        if getpass.getpass("Ulangi kata sandi: ") != first:
            raise usage_error("Kedua kata sandi tidak sama.")
        return first

    def run_add(args: argparse.Namespace) -> int:
        found = hub_for(args).accounts.add(local_actor(), name=args.name, role=parse_role(args.role),
                                           password=password())
        emit(args, {"name": found.name, "role": found.role.value},
             [f"Petugas {found.name} ({ROLE_LABELS[found.role]}) dibuat; ia bisa masuk ke konsol hub."])
        return 0

    def run_list(args: argparse.Namespace) -> int:
        found = hub_for(args).accounts.list(local_actor())
        rows = [{"name": o.name, "role": o.role.value, "active": o.active,
                 "last_login_at": o.last_login_at.isoformat(" ") if o.last_login_at else None} for o in found]
        emit(args, rows, [f"{o.name:<20} {ROLE_LABELS[o.role]:<22} {'aktif' if o.active else 'NONAKTIF'}"
                          for o in found] or ["Belum ada petugas: 'jamsos-hub operator add NAMA --role admin'."])
        return 0

    def run_active(active: bool) -> Any:
        def run(args: argparse.Namespace) -> int:
            found = hub_for(args).accounts.set_active(local_actor(), args.name, active)
            emit(args, {"name": found.name, "active": active},
                 [f"Petugas {found.name} {'diaktifkan' if active else 'dinonaktifkan; sesinya diakhiri'}."])
            return 0
        return run

    def run_reset(args: argparse.Namespace) -> int:
        found = hub_for(args).accounts.reset(local_actor(), args.name, password())
        emit(args, {"name": found.name}, [f"Kata sandi {found.name} diganti; sesinya diakhiri."])
        return 0

    def run_role(args: argparse.Namespace) -> int:
        role = parse_role(args.role)
        found = hub_for(args).accounts.set_role(local_actor(), args.name, role)
        emit(args, {"name": found.name, "role": role.value}, [f"Peran {found.name} sekarang {ROLE_LABELS[role]}."])
        return 0

    group = sub.add_parser("operator", help="akun petugas konsol web (admin, operator, auditor)")
    ops = group.add_subparsers(dest="operator_command", required=True, parser_class=type(group))
    p = ops.add_parser("add", help="buat akun petugas (kata sandi dari JAMSOS_HUB_PASSWORD atau ditanya)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=[r.value for r in HubRole])
    p.set_defaults(func=run_add)
    ops.add_parser("list", help="daftar petugas").set_defaults(func=run_list)
    for name, active, words in (("disable", False, "nonaktifkan"), ("enable", True, "aktifkan lagi")):
        p = ops.add_parser(name, help=f"{words} akun petugas")
        p.add_argument("name")
        p.set_defaults(func=run_active(active))
    p = ops.add_parser("reset", help="ganti kata sandi petugas")
    p.add_argument("name")
    p.set_defaults(func=run_reset)
    p = ops.add_parser("role", help="ubah peran petugas")
    p.add_argument("name")
    p.add_argument("role", choices=[r.value for r in HubRole])
    p.set_defaults(func=run_role)
    return list(ops.choices.values())
