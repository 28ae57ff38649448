"""`jamsos bundle verify FILE|FOLDER ...`: check every bundle on a stick without opening it, one line each.

A folder stands for every `*.jamsos` file in it (change bundles and the hub's receipts alike). Each file is
checked on its own (signature, hashes, canonical layout), so one damaged file does not hide the others; the
summary says how many are sound and what to do about the rest. Exit 1 when any file is not sound.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.sync.bundlefile import EXTENSION
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.sync.manifest import Manifest


def bundle_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(the files to check, the folders that hold none); a named file is checked whatever its name."""
    files: list[Path] = []
    empty: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob(f"*{EXTENSION}") if p.is_file())
            files += found
            if not found:
                empty.append(path)
        else:
            files.append(path)
    return files, empty


def _describe(m: Manifest) -> str:
    kelurahan = batam().kelurahan_by_code(m.kelurahan_code)
    where = f"Kelurahan {kelurahan.name}" if kelurahan else m.kelurahan_code
    what = "tanda terima dari hub" if m.kind == "receipt" else "bundel perubahan"
    return (f"{what}, {where}, nomor {m.seq_from}-{m.seq_to} ({m.record_count} catatan), perangkat {m.device_id}, "
            f"dibuat {m.created_at}")


def _as_dict(m: Manifest) -> dict[str, Any]:
    return {"kind": m.kind, "bundle_id": m.bundle_id, "device_id": m.device_id, "kelurahan_code": m.kelurahan_code,
            "created_at": m.created_at, "seq_from": m.seq_from, "seq_to": m.seq_to, "record_count": m.record_count,
            "previous": m.previous._asdict() if m.previous else None}


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"Tidak ditemukan: {', '.join(missing)}. Periksa flashdisk sudah terpasang dan namanya benar.")
    services = open_services(args)
    files, empty = bundle_files(paths)
    rows: list[dict[str, Any]] = []
    lines: list[str] = []
    for file in files:
        try:
            manifest = services.sync.verify_file(file)
        except SyncRefused as exc:
            rows.append({"file": str(file), "ok": False, "reason": exc.reason, "message": exc.message})
            lines.append(f"TIDAK SAH  {file.name}: {exc.message}")
            continue
        rows.append({"file": str(file), "ok": True, **_as_dict(manifest)})
        lines.append(f"SAH        {file.name}: {_describe(manifest)}")
    lines += [f"Tidak ada berkas {EXTENSION} di {folder}." for folder in empty]
    bad = sum(not r["ok"] for r in rows)
    if files:
        lines.append(f"Jumlah: {len(files)} berkas diperiksa, {len(files) - bad} sah, {bad} tidak sah.")
    if bad:
        lines.append("Berkas yang tidak sah jangan dipakai: ekspor ulang dari aplikasi kantor (menu Kirim Data) ke "
                     "flashdisk ini; perubahannya tetap tersimpan di antrean sampai ada tanda terima.")
    emit(args, {"files": rows, "valid": len(files) - bad, "invalid": bad, "empty_folders": [str(e) for e in empty]},
         lines)
    return 1 if bad else 0
