"""`jamsos bundle verify FILE|FOLDER ...`: check every bundle on a stick without opening it, one line each,
then a summary that says what to do about the files that are not sound. Exit 1 when any file is not sound."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.domain.wilayah import batam


def _describe(d: dict[str, Any]) -> str:
    kelurahan = batam().kelurahan_by_code(d["kelurahan_code"])
    where = f"Kelurahan {kelurahan.name}" if kelurahan else d["kelurahan_code"]
    what = "tanda terima dari hub" if d["kind"] == "receipt" else "bundel perubahan"
    return (f"{what}, {where}, nomor {d['seq_from']}-{d['seq_to']} ({d['record_count']} catatan), perangkat "
            f"{d['device_id']}, dibuat {d['created_at']}")


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"Tidak ditemukan: {', '.join(missing)}. Periksa flashdisk sudah terpasang dan namanya benar.")
    services = open_services(args)
    from jamsos_desktop.services.bundle_check import check_files

    checks, empty = check_files(services.sync.verify_file, paths)
    lines = [f"SAH        {c.path.name}: {_describe(c.details)}" if c.details is not None
             else f"TIDAK SAH  {c.path.name}: {c.message}" for c in checks]
    lines += [f"Tidak ada berkas .jamsos di {folder}." for folder in empty]
    bad = sum(not c.ok for c in checks)
    if checks:
        lines.append(f"Jumlah: {len(checks)} berkas diperiksa, {len(checks) - bad} sah, {bad} tidak sah.")
    if bad:
        lines.append("Berkas yang tidak sah jangan dipakai: ekspor ulang dari aplikasi kantor (menu Kirim Data) ke "
                     "flashdisk ini; perubahannya tetap tersimpan di antrean sampai ada tanda terima.")
    rows = [{"file": str(c.path), "ok": c.ok, **(c.details or {"reason": c.reason, "message": c.message})}
            for c in checks]
    emit(args, {"files": rows, "valid": len(checks) - bad, "invalid": bad, "empty_folders": [str(e) for e in empty]},
         lines)
    return 1 if bad else 0
