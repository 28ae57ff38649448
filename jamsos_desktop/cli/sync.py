"""Commands for sync: device enrolment / trust-hub, bundle export / verify, receipt apply."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamsos_desktop.cli.bundle_verify import cmd_bundle_verify
from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.domain.errors import Unavailable
from jamsos_desktop.pipes import can_ask
from jamsos_desktop.safefile import as_disk_problem

if TYPE_CHECKING:
    from jamsos_desktop.services.receipts import ReceiptResult

# The service's own message sends a GUI user to Pengaturan; on the command line the ways out are a command.
NO_HUB_ADDRESS = ("Alamat hub kota belum diatur untuk kantor ini, jadi data tidak bisa dikirim lewat jaringan. "
                  "Supervisor mengaturnya dengan 'jamsos settings hub-url https://ALAMAT-HUB' (alamat dari Disnaker). "
                  "Tanpa jaringan, kirim lewat flashdisk: 'jamsos bundle export --to FOLDER-FLASHDISK' lalu serahkan "
                  "flashdisk ke Disnaker.")


def cmd_enrolment(args: argparse.Namespace) -> int:
    services = open_services(args)
    data = services.sync.enrolment()
    out = Path(args.out)
    out.write_bytes(data)
    identity = services.sync.identity()
    emit(args, {"file": str(out), "device_id": identity.device_id, "fingerprint": identity.fingerprint},
         [f"Berkas pendaftaran perangkat: {out}", f"ID perangkat: {identity.device_id}",
          f"Sidik jari (bacakan ke Disnaker lewat telepon): {identity.fingerprint}"])
    return 0


def cmd_trust_hub(args: argparse.Namespace) -> int:
    services = open_services(args)
    path = Path(args.file)
    hub = services.sync.read_hub_file(path)
    if not args.yes:
        if not can_ask():
            raise UsageError(f"Sidik jari hub: {hub.fingerprint}. Cocokkan dengan Disnaker, lalu ulangi dengan --yes.")
        answer = input(f"Sidik jari hub {hub.name}: {hub.fingerprint}\nSama dengan yang dibacakan Disnaker? [y/T] ")
        if answer.strip().lower() not in ("y", "ya"):
            print("Dibatalkan: hub tidak dipercayai.")
            return 1
    hub = services.sync.trust_hub(path)
    emit(args, {"hub_id": hub.hub_id, "name": hub.name, "fingerprint": hub.fingerprint},
         f"Hub {hub.name} ({hub.hub_id}) dipercayai. Sidik jari: {hub.fingerprint}")
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    target = Path(args.to)
    if not target.is_dir():
        raise UsageError(f"Folder {target} tidak ada: pasang flashdisk atau pilih folder yang ada.")
    try:
        result = services.sync.export_bundle(target)
    except OSError as exc:  # a full, write-protected or pulled stick: say which, name the stick, not the data
        raise as_disk_problem(exc, target) from exc
    emit(args, {"file": str(result.path), "bundle_id": result.bundle_id, "records": result.record_count,
                "seq_from": result.seq_from, "seq_to": result.seq_to},
         [f"Bundel tersimpan dan sudah diperiksa: {result.path}",
          f"{result.record_count} perubahan (nomor {result.seq_from}-{result.seq_to})."])
    return 0


def cmd_receipt_apply(args: argparse.Namespace) -> int:
    services = open_services(args)
    r = services.sync.apply_receipt_file(Path(args.file))
    lines = ["Tanda terima ini sudah pernah diterapkan; tidak ada yang berubah."] if r.already_applied else [
        f"Tanda terima diterapkan: {r.accepted} diterima, {r.rejected} ditolak, {r.duplicate} ganda, "
        f"{r.kpj_numbers} nomor KPJ."]
    lines += receipt_notes(r)
    emit(args, r.__dict__, lines)
    return 0


def receipt_notes(r: ReceiptResult) -> list[str]:
    notes = []
    if r.superseded and not r.already_applied:
        notes.append("Tanda terima ini lebih lama dari yang sudah diterapkan: hanya jawaban atas perubahan yang "
                     "diambil; nomor KPJ sudah dibawa tanda terima yang lebih baru.")
    if r.missing_previous and not r.already_applied:
        notes.append("Catatan: tanda terima sebelumnya tidak pernah diterapkan di kantor ini. Isinya yang belum "
                     "dikonfirmasi dibawa lagi oleh Disnaker; bila masih ada berkasnya, terapkan juga.")
    return notes


def cmd_sync(args: argparse.Namespace) -> int:
    """One round (--once), or rounds until interrupted with backoff while the hub cannot be reached."""
    from jamsos_desktop.services.sync import SyncProblem
    from jamsos_desktop.services.sync_retry import SYNC_INTERVAL_S, Backoff

    services = open_services(args)
    if not services.settings.get("sync.hub_url").strip():
        raise SyncProblem(NO_HUB_ADDRESS)
    failures, backoff = 0, Backoff()
    while True:
        try:
            result = services.sync.sync_once()
        except Unavailable as exc:
            if args.once:
                raise SyncProblem(f"{exc} Perubahan tetap tersimpan di antrean.") from exc
            failures += 1
            delay = backoff.delay_s(failures)
            print(f"{exc} Dicoba lagi dalam {int(delay)} detik.", file=sys.stderr)
            time.sleep(delay)
            continue
        failures = 0
        receipt = result.receipt
        line = f"Terkirim {result.uploaded} perubahan." if result.uploaded else "Tidak ada perubahan untuk dikirim."
        if receipt and not receipt.already_applied:
            line += (f" Tanda terima: {receipt.accepted} diterima, {receipt.rejected} ditolak, {receipt.duplicate} "
                     f"ganda, {receipt.kpj_numbers} nomor KPJ.")
        if result.filled:
            line += f" {result.filled} tanda terima yang terlewat diambil dan diterapkan."
        emit(args, {"uploaded": result.uploaded, "receipt": receipt.__dict__ if receipt else None}, line)
        if args.once:
            return 0
        time.sleep(SYNC_INTERVAL_S)


def register(sub: Any) -> None:
    device = sub.add_parser("device", help="identitas perangkat kantor").add_subparsers(dest="device_cmd",
                                                                                       required=True)
    p = device.add_parser("enrolment", help="tulis berkas pendaftaran perangkat untuk Disnaker")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_enrolment)
    p = device.add_parser("trust-hub", help="percayai hub Disnaker dari berkas identitasnya")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="sidik jari sudah dicocokkan")
    p.set_defaults(func=cmd_trust_hub)
    bundle = sub.add_parser("bundle", help="bundel perubahan").add_subparsers(dest="bundle_cmd", required=True)
    p = bundle.add_parser("export", help="ekspor perubahan ke folder/flashdisk")
    p.add_argument("--to", required=True)
    p.set_defaults(func=cmd_bundle_export)
    p = bundle.add_parser("verify", help="periksa bundel tanpa membukanya (beberapa berkas atau satu folder)")
    p.add_argument("paths", nargs="+", metavar="FILE|FOLDER")
    p.set_defaults(func=cmd_bundle_verify)
    receipt = sub.add_parser("receipt", help="tanda terima dari hub").add_subparsers(dest="receipt_cmd",
                                                                                     required=True)
    p = receipt.add_parser("apply", help="terapkan tanda terima")
    p.add_argument("file")
    p.set_defaults(func=cmd_receipt_apply)
    p = sub.add_parser("sync", help="kirim perubahan ke hub lewat jaringan dan terapkan tanda terimanya")
    p.add_argument("--once", action="store_true", help="satu kali saja (tanpa --once: terus, tiap 5 menit)")
    p.set_defaults(func=cmd_sync)


