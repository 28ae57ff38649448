"""The handlers of `jamsos-hub` commands: read arguments, call one `Hub` method, print the result.

Secrets never go on the command line (it shows in the process list and shell history): the escrow
passphrase comes from JAMSOS_HUB_ESCROW_PASSPHRASE or is asked twice at the terminal, and the optional
passphrase of the hub's own keys from JAMSOS_HUB_KEY_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from jamsos_desktop.hub import text
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.keys import ESCROW_ADVICE, load_escrow_private
from jamsos_desktop.hub.kpj_columns import read_headers, read_mapping
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.pipes import can_ask
from jamsos_desktop.sync.canonical import b64encode
from jamsos_desktop.sync.signed_doc import read_key_file

ESCROW_PASSPHRASE_ENV = "JAMSOS_HUB_ESCROW_PASSPHRASE"
KEY_PASSPHRASE_ENV = "JAMSOS_HUB_KEY_PASSPHRASE"


class UsageError(Exception):
    """Wrong use of the command (exit 2)."""


def _hub(args: argparse.Namespace) -> Hub:
    passphrase = os.environ.get(KEY_PASSPHRASE_ENV)
    return Hub.open(data_dir=args.data_dir, db=args.db, key_passphrase=passphrase.encode() if passphrase else None)


def _emit(args: argparse.Namespace, data: Any, lines: list[str]) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(lines))


def _secret(env: str, prompt: str, *, confirm: bool) -> bytes:
    value = os.environ.get(env)
    if value:
        return value.encode()
    if not can_ask():
        raise UsageError(f"Kata sandi tidak diketahui: isi {env}, atau jalankan dari terminal agar ditanya.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        raise UsageError("Kedua kata sandi tidak sama.")
    return first.encode()


def init(args: argparse.Namespace) -> int:
    hub = _hub(args)
    default = Path.cwd() / f"jamsos-hub-escrow-{dt.date.today():%Y%m%d}.pem"
    escrow_out = Path(args.escrow_out) if args.escrow_out else default
    passphrase = _secret(ESCROW_PASSPHRASE_ENV, "Kata sandi untuk kunci escrow (min. 12 karakter): ", confirm=True)
    result = hub.init(escrow_out=escrow_out, escrow_passphrase=passphrase, name=args.name)
    _emit(args, {"hub_id": result.hub_id, "fingerprint": result.fingerprint, "escrow_file": str(result.escrow_file),
                 "keys_dir": str(result.keys_dir)},
          [f"Hub {result.hub_id} disiapkan; kunci di {result.keys_dir}.",
           f"Sidik jari hub: {result.fingerprint} (bacakan ke kantor kelurahan saat mereka memasang identitas hub).",
           "", ESCROW_ADVICE.format(path=result.escrow_file),
           "Berikutnya: 'jamsos-hub identity --out jamsos-hub-identity.json' lalu bagikan berkas itu ke kantor."])
    return 0


def identity(args: argparse.Namespace) -> int:
    hub = _hub(args)
    data = hub.identity_file(previous_format=args.previous_format)
    out = Path(args.out)
    out.write_bytes(data)
    _emit(args, {"file": str(out), "hub_id": hub.keys.device_id, "fingerprint": hub.keys.fingerprint},
          [f"Identitas hub ditulis ke {out}.", f"Sidik jari: {hub.keys.fingerprint}"])
    return 0


def _same_fingerprint(given: str, actual: str) -> bool:
    return given.replace(" ", "").upper() == actual.replace(" ", "").upper()


def enrol(args: argparse.Namespace) -> int:
    hub = _hub(args)
    enrolment = hub.read_enrolment(read_key_file(Path(args.file)))
    print(f"Kantor   : {enrolment.office_name}\nKelurahan: {enrolment.kelurahan_code} "
          f"({kelurahan_name(enrolment.kelurahan_code)})\nPerangkat: {enrolment.device_id}\n"
          f"Sidik jari: {enrolment.fingerprint}", file=sys.stderr if args.json else sys.stdout)
    if args.fingerprint is not None:
        if not _same_fingerprint(args.fingerprint, enrolment.fingerprint):
            print("Ditolak: sidik jari yang diberikan TIDAK SAMA dengan berkas. Jangan percayai berkas ini; minta "
                  "kantor membuat berkas pendaftaran baru.", file=sys.stderr)
            return 1
    elif not args.yes:
        if not can_ask():
            raise UsageError("Konfirmasi sidik jari diperlukan: jalankan dari terminal, atau beri --fingerprint "
                             "(yang dibacakan kantor) atau --yes.")
        answer = input("Apakah sidik jari ini SAMA dengan yang dibacakan petugas kelurahan? Ketik 'ya': ")
        if answer.strip().lower() not in ("ya", "y"):
            print("Dibatalkan: kantor tidak didaftarkan.", file=sys.stderr)
            return 1
    status = hub.enrol(enrolment)
    words = {"new": "didaftarkan", "updated": "sudah terdaftar; nama/versi diperbarui"}
    _emit(args, {"device_id": enrolment.device_id, "kelurahan_code": enrolment.kelurahan_code, "status": status},
          [f"Perangkat {enrolment.device_id} {words[status]}. Berikan berkas identitas hub ke kantor itu."])
    return 0


def list_devices(args: argparse.Namespace) -> int:
    hub = _hub(args)
    found, seen = hub.devices(), hub.device_activity()
    rows = [{**asdict(d), "encryption_public": b64encode(d.encryption_public),
             "signing_public": b64encode(d.signing_public) if d.signing_public else None, "kelurahan": d.kelurahan_name,
             **asdict(seen[d.device_id])} for d in found]
    _emit(args, rows, [text.device_line(d, seen[d.device_id]) for d in found] or [
        "Belum ada kantor terdaftar. Daftarkan kantor dengan 'jamsos-hub enrol BERKAS-PENDAFTARAN'."])
    return 0


def verify_card(args: argparse.Namespace) -> int:
    check, office = _hub(args).cards.verify(args.token)
    line = check.message + (f" Kantor penerbit: {office}." if office and check.ok else "")
    _emit(args, {"outcome": str(check.outcome), "ok": check.ok, "message": check.message, "office": office,
                 "device_id": check.device_id, "serial": check.serial}, [line])
    return 0 if check.ok else 1


def import_bundles(args: argparse.Namespace) -> int:
    hub = _hub(args)
    escrow = None
    if args.escrow_key:
        escrow = load_escrow_private(Path(args.escrow_key), _secret(ESCROW_PASSPHRASE_ENV, "Kata sandi kunci escrow: ",
                                                                    confirm=False))
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"Tidak ditemukan: {', '.join(missing)}.")
    report = hub.import_paths(paths, dry_run=args.dry_run, escrow_key=escrow)
    _emit(args, report.to_dict(), text.import_lines(report))
    return 1 if report.totals()["refused"] else 0


def write_receipts(args: argparse.Namespace) -> int:
    hub = _hub(args)
    online = [] if args.include_online else hub.online_waiting()
    issued = hub.issue_receipts(Path(args.out), resend_news=args.resend_kpj, include_online=args.include_online)
    _emit(args, {"written": [{**asdict(r), "data": None} for r in issued],
                 "online": [{"device_id": d.device_id, "kelurahan_code": d.kelurahan_code} for d in online]},
          text.receipt_lines(issued, online))
    return 0


def export_bpjs(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError("Nama berkas keluaran harus berakhiran .xlsx.")
    if args.deactivations:
        count = _hub(args).programme.export_deactivations(out)
        _emit(args, {"file": str(out), "count": count},
              [f"{count} peserta nonaktif ditulis ke {out} untuk BPJS Ketenagakerjaan (berhenti ditagihkan)."])
        return 0
    renamed = read_headers(Path(args.mapping)) if args.mapping else None
    result = _hub(args).export_bpjs(out, renamed=renamed)
    _emit(args, {"file": str(result.path), "count": result.count, "newly_placed": result.newly_placed,
                 "waiting": result.waiting, "quota": result.quota, "moves": result.moves},
          [f"{result.count} peserta ditulis ke {result.path} untuk pendaftaran kolektif BPJS Ketenagakerjaan "
           f"({result.newly_placed} baru mendapat tempat dalam kuota {result.quota}).",
           f"{result.waiting} orang masih di daftar tunggu kuota (lihat: jamsos-hub quota).",
           *([f"{result.moves} perubahan alamat (peserta ber-KPJ yang pindah kelurahan) di lembar kedua."]
             if result.moves else [])])
    return 0


def import_kpj(args: argparse.Namespace) -> int:
    mapping = read_mapping(Path(args.mapping)) if args.mapping else None
    report = _hub(args).import_kpj(Path(args.file), dry_run=args.dry_run, mapping=mapping)
    _emit(args, {**report.to_dict(), "dry_run": args.dry_run}, text.kpj_lines(report, dry_run=args.dry_run))
    return 0


def report(args: argparse.Namespace) -> int:
    figures = _hub(args).report(quota=args.quota, silent_days=args.silent_days)
    if args.html:
        from jamsos_desktop.hub.report_html import render_html

        Path(args.html).write_text(render_html(figures), encoding="utf-8")
    _emit(args, figures.to_dict(), text.report_lines(figures))
    return 0


def hub_settings(args: argparse.Namespace) -> int:
    hub = _hub(args)
    if args.key is not None:
        if args.value is None:
            raise UsageError("Beri nilai baru: jamsos-hub settings KUNCI NILAI.")
        hub.set_setting(args.key, args.value)
    values = hub.settings()
    _emit(args, values, [f"{k} = {v}" for k, v in values.items()])
    return 0
