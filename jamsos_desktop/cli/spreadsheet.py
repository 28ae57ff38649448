"""Commands for spreadsheets: import (dry run first, with a report) and export."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import emit, open_services
from jamsos_desktop.domain.statuses import STATUSES
from jamsos_desktop.services.listing import ListFilter


def cmd_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    path = Path(args.file)
    table = services.imports.read(path)
    mapping = services.imports.propose(table)
    if args.mapping:
        mapping = mapping.from_dict(table.headers, json.loads(Path(args.mapping).read_text(encoding="utf-8")))
    plan = services.imports.plan(table, mapping, category=args.category)
    if args.report:
        services.imports.write_report(plan, table, Path(args.report), dry_run=args.dry_run)
    lines = [f"{path.name}: baris judul di baris {table.header_row}."]
    for row in plan.rows:
        for p in row.problems:
            lines.append(("  " if p.level == "warn" else "! ") + p.text())
    if args.dry_run:
        lines.append("Uji coba (tidak ada yang disimpan): " + plan.summary())
        emit(args, {"dry_run": True, **plan.as_dict()}, lines)
        return 0
    result = services.imports.commit(plan, source_name=path.name)
    lines.append(f"Disimpan: {result.added} peserta baru. " + plan.summary())
    emit(args, {"dry_run": False, "added": result.added, **plan.as_dict()}, lines)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    flt = ListFilter(statuses=(args.status,) if args.status else ())
    count = services.imports.export(Path(args.out), flt)
    emit(args, {"file": args.out, "records": count}, f"{count} peserta diekspor ke {args.out}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="impor peserta dari .xlsx atau .csv")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="hanya periksa, tidak menyimpan")
    p.add_argument("--report", help="tulis laporan per baris ke berkas .xlsx ini")
    p.add_argument("--category", help="kategori untuk baris tanpa kolom kategori (mis. ketua_rt)")
    p.add_argument("--mapping", help="berkas JSON {judul kolom: nama isian} untuk mengganti pemetaan kolom")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export", help="ekspor peserta ke .xlsx (NIK dan HP sebagai teks, dengan rekap) atau .csv")
    p.add_argument("out")
    p.add_argument("--status", choices=STATUSES)
    p.set_defaults(func=cmd_export)
