"""What every command shares: opening the office, signing in, printing results, exit codes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from jamsos_desktop.config import resolve_data_dir
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
USER_ENV, PASSWORD_ENV = "JAMSOS_USER", "JAMSOS_PASSWORD"


class UsageError(Exception):
    """Wrong use of the command (exit 2)."""


def open_services(args: argparse.Namespace, *, login: bool = True) -> Services:
    office = open_office(resolve_data_dir(args.data_dir), startup_backup=False)
    services = Services(office)
    args.open_services = services  # main() closes it, and backs up when the command changed data
    if office.startup.integrity_problems:
        print("PERINGATAN: pemeriksaan integritas basis data menemukan masalah; jalankan 'jamsos check' dan "
              "pulihkan cadangan terakhir bila perlu.", file=sys.stderr)
    if login:
        if not office.initialized:
            raise UsageError("Kantor ini belum disiapkan: jalankan dulu 'jamsos init --kelurahan KODE --admin USER'.")
        services.auth.login(*credentials())
    return services


def credentials() -> tuple[str, str]:
    user = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if user is None:
        if not sys.stdin.isatty():
            raise UsageError(f"Nama operator tidak diketahui: isi {USER_ENV} dan {PASSWORD_ENV}, atau jalankan dari "
                             "terminal agar ditanya.")
        user = input("Nama pengguna: ")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(f"Kata sandi tidak diketahui: isi {PASSWORD_ENV}, atau jalankan dari terminal.")
        password = getpass.getpass("Kata sandi: ")
    return user, password


def emit(args: argparse.Namespace, data: Any, human: str | list[str]) -> None:
    """Print JSON with --json, otherwise the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human if isinstance(human, str) else "\n".join(human))


def read_json_arg(path: str) -> Any:
    """JSON from a file or '-' (standard input), with a message that says where it is broken."""
    from jamsos_desktop.domain.problems import Level, Problem, RecordRefused

    try:
        text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8-sig").read()  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"Berkas {path} tidak bisa dibaca: {exc.strerror}.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.syntax",
                                     f"{path} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: "
                                     f"{exc.msg}): perbaiki tanda kurung, koma atau tanda petik di sana.")]) from exc
