"""Commands for cards: print to PDF, verify a card's QR token."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jamsos_desktop.cli.common import UsageError, emit, open_services
from jamsos_desktop.domain.statuses import PRINTABLE as PRINTABLE_STATUSES
from jamsos_desktop.services.listing import ListFilter


def cmd_cards(args: argparse.Namespace) -> int:
    services = open_services(args)
    if args.all:
        ids = services.participants.ids(ListFilter(statuses=PRINTABLE_STATUSES))
    elif args.ids:
        ids = args.ids
    else:
        raise UsageError("Sebutkan --ids ID... atau --all.")
    result = services.cards.print_cards(ids, Path(args.out), layout=args.layout)
    emit(args, {"file": str(result.path), "cards": result.cards, "provisional": result.provisional,
                "serials": result.serials},
         [f"{result.cards} kartu tersimpan di {result.path} ({result.provisional} bertanda SEMENTARA).",
          "Cetak dengan ukuran sebenarnya (100%), jangan 'sesuaikan dengan halaman'."])
    return 0


def cmd_verify_card(args: argparse.Namespace) -> int:
    services = open_services(args, login=False)
    check = services.cards.verify(args.token)
    emit(args, {"outcome": str(check.outcome), "ok": check.ok, "message": check.message,
                "device_id": check.device_id, "serial": check.serial,
                "valid_until": str(check.valid_until) if check.valid_until else None}, check.message)
    return 0 if check.ok else 1


def register(sub: Any) -> None:
    p = sub.add_parser("cards", help="cetak kartu peserta ke PDF")
    p.add_argument("--ids", nargs="+")
    p.add_argument("--all", action="store_true", help="semua peserta yang sudah disetujui")
    p.add_argument("--layout", choices=["sheet", "single"], default="sheet",
                   help="sheet: A4 10 kartu dengan tanda potong; single: satu kartu per halaman (printer PVC)")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_cards)
    p = sub.add_parser("verify-card", help="periksa token QR kartu")
    p.add_argument("token")
    p.set_defaults(func=cmd_verify_card)
