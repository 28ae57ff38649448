"""What every command shares: opening the office, signing in, printing results, exit codes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from jamsos_desktop.config import resolve_data_dir
from jamsos_desktop.pipes import can_ask
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
USER_ENV, PASSWORD_ENV = "JAMSOS_USER", "JAMSOS_PASSWORD"


class UsageError(Exception):
    """Wrong use of the command (exit 2)."""


def open_services(args: argparse.Namespace, *, login: bool = True, unlock: bool = True) -> Services:
    """The office's services, signed in when `login`; an encrypted office is always signed in (its data opens
    only with an operator's password) unless `unlock` is False (recovery with the escrow key)."""
    office = open_office(resolve_data_dir(args.data_dir), startup_backup=False)
    services = Services(office)
    args.open_services = services  # main() closes it, and backs up when the command changed data
    if office.startup.integrity_problems:
        print("PERINGATAN: pemeriksaan integritas basis data menemukan masalah; jalankan 'jamsos check' dan "
              "pulihkan cadangan terakhir bila perlu.", file=sys.stderr)
    if login or (office.locked and unlock):
        if not office.initialized:
            raise UsageError("Kantor ini belum disiapkan: jalankan dulu 'jamsos init --kelurahan KODE --admin USER'.")
        services.auth.login(*credentials())
    return services


def credentials() -> tuple[str, str]:
    user = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if user is None:
        if not can_ask():
            raise UsageError(f"Nama operator tidak diketahui: isi {USER_ENV} dan {PASSWORD_ENV}, atau jalankan dari "
                             "terminal agar ditanya.")
        user = input("Nama pengguna: ")
    if password is None:
        if not can_ask():
            raise UsageError(f"Kata sandi tidak diketahui: isi {PASSWORD_ENV}, atau jalankan dari terminal.")
        password = getpass.getpass("Kata sandi: ")
    return user, password


def emit(args: argparse.Namespace, data: Any, human: str | list[str]) -> None:
    """Print JSON with --json, otherwise the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human if isinstance(human, str) else "\n".join(human))


MAX_JSON_BYTES = 50 * 1024 * 1024  # far above any real batch (24,300 people are about 25 MB), far below harm


def _decode_json_text(raw: bytes, path: str) -> str:
    """UTF-8 (with or without a byte-order mark) only; any other encoding gets a message that says how to fix
    it, instead of a crash or silently garbled names."""
    from jamsos_desktop.domain.problems import Level, Problem, RecordRefused

    def refuse(what: str) -> RecordRefused:
        return RecordRefused([Problem("berkas", Level.BLOCK, "json.encoding",
                                      f"{path} tersimpan {what}, bukan UTF-8: buka berkasnya di editor teks lalu "
                                      "simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai > "
                                      "Pengodean: UTF-8).")])

    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and (raw[0] == 0 or raw[1] == 0)):
        raise refuse("sebagai UTF-16 (Unicode)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(f"dengan pengodean lain (mis. Latin-1/ANSI; byte ke-{exc.start + 1} tidak sah)") from exc


def read_json_arg(path: str) -> Any:
    """JSON from a file or '-' (standard input), with a message that says where it is broken."""
    from jamsos_desktop.domain.problems import Level, Problem, RecordRefused

    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        else:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"Berkas {path} tidak bisa dibaca: {exc.strerror}.") from exc
    if len(raw) > MAX_JSON_BYTES:
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.size",
                                     f"{path} lebih besar dari {MAX_JSON_BYTES // 2**20} MB: bagi datanya ke "
                                     "beberapa berkas.")])
    text = _decode_json_text(raw, path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.syntax",
                                     f"{path} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: "
                                     f"{exc.msg}): perbaiki tanda kurung, koma atau tanda petik di sana.")]) from exc
    except RecursionError as exc:
        raise RecordRefused([Problem("berkas", Level.BLOCK, "json.depth",
                                     f"{path} bersarang terlalu dalam untuk data peserta: periksa isinya.")]) from exc
