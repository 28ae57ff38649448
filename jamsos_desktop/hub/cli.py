"""The `jamsos-hub` command line of the city office (also `python -m jamsos_desktop.hub`).

Exit codes as for `jamsos`: 0 done, 1 input refused (the message says what and how to fix it; for `import`
also when any bundle was refused; for `check` when the audit chain is broken), 2 wrong usage, 3 an unexpected failure (details in the error log in the
data folder, never a traceback on screen). `--data-dir`, `--db` and `--json` go before or after the command.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from jamsos_desktop import __version__
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.hub.paths import resolve_paths
from jamsos_desktop.pipes import quiet_on_closed_pipe, use_utf8_streams

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: penggunaan salah: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser, *, default: Any) -> None:
    parser.add_argument("--data-dir", default=default, help="folder data hub (bawaan: JAMSOS_HUB_DATA_DIR)")
    parser.add_argument("--db", default=default, help="URL basis data SQLAlchemy (bawaan: JAMSOS_HUB_DB atau "
                                                      "berkas SQLite di folder data)")
    parser.add_argument("--json", action="store_true", default=default if default is not None else False,
                        help="keluaran JSON untuk mesin")


def build_parser() -> argparse.ArgumentParser:
    # The commands (and the hub, SQLAlchemy, ...) are imported here, not with this module: a large import's
    # second process (hub/prepare.py, spawned) runs the `jamsos-hub` script again, which imports this module,
    # before it can start (0.8 s against 0.15 s here, while the hub merges alone).
    from jamsos_desktop.hub import cli_commands as cmd
    from jamsos_desktop.hub import cli_operators, cli_programme, cli_trust

    parser = _Parser(prog="jamsos-hub", description="Hub Disnaker Kota Batam: gabungkan bundle kelurahan, "
                                                    "daftar BPJS, KPJ dan tanda terima.")
    parser.add_argument("--version", action="version", version=f"jamsos-hub {__version__}")
    _common(parser, default=None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="buat kunci hub dan kunci escrow (sekali saja)")
    p.add_argument("--name", help="nama hub di berkas identitas, misalnya 'Disnaker Kota Batam'")
    p.add_argument("--escrow-out", help="berkas kunci escrow rahasia (dipindah ke media offline)")
    p.set_defaults(func=cmd.init)
    p = sub.add_parser("identity", help="tulis berkas identitas hub untuk kantor kelurahan")
    p.add_argument("--out", required=True)
    p.add_argument("--previous-format", action="store_true",
                   help="format versi 0.1.0 (tanpa pengumuman format), untuk kantor yang masih memakai Jamsos 0.1.0")
    p.set_defaults(func=cmd.identity)
    p = sub.add_parser("enrol", help="percayai kantor kelurahan dari berkas pendaftarannya")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="sidik jari sudah dicocokkan (untuk skrip)")
    p.add_argument("--fingerprint", help="sidik jari yang dibacakan kantor (32 digit hex, spasi boleh)")
    p.set_defaults(func=cmd.enrol)
    p = sub.add_parser("devices", help="daftar perangkat kantor yang terdaftar")
    p.set_defaults(func=cmd.list_devices)
    p = sub.add_parser("verify-card", help="periksa token QR kartu peserta terhadap semua kantor terdaftar")
    p.add_argument("token")
    p.set_defaults(func=cmd.verify_card)
    p = sub.add_parser("import", help="impor bundle dari berkas atau folder")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--dry-run", action="store_true", help="tampilkan laporan tanpa menyimpan")
    p.add_argument("--escrow-key", help="buka bundle dengan kunci escrow (pemulihan bila kunci hub hilang)")
    p.set_defaults(func=cmd.import_bundles)
    p = sub.add_parser("receipts", help="tulis tanda terima untuk setiap kantor yang punya kabar baru")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--resend-kpj", action="store_true", help="kirim ulang semua KPJ yang diketahui")
    p.add_argument("--include-online", action="store_true", help="tulis juga untuk kantor yang mengirim lewat HTTP "
                                                                  "(biasanya mengambil tanda terimanya sendiri)")
    p.set_defaults(func=cmd.write_receipts)
    p = sub.add_parser("export-bpjs", help="daftar pendaftaran kolektif untuk BPJS (.xlsx)")
    p.add_argument("--out", required=True, metavar="OUT.xlsx")
    p.add_argument("--deactivations", action="store_true",
                   help="tulis daftar penonaktifan (meninggal, pindah, berhenti) untuk BPJS, bukan daftar pendaftaran")
    p.add_argument("--mapping", metavar="FILE.json",
                   help='judul kolom lain untuk berkas ini: {"JUDUL BAWAAN": "JUDUL BARU", ...}')
    p.set_defaults(func=cmd.export_bpjs)
    p = sub.add_parser("import-kpj", help="impor nomor KPJ dari BPJS (.xlsx atau .csv: NIK -> KPJ)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--mapping", metavar="FILE.json", help='judul kolom -> isian, misalnya {"NOMOR IDENTITAS": "nik", '
                                                          '"NO. KEPESERTAAN": "kpj_number"}')
    p.set_defaults(func=cmd.import_kpj)
    p = sub.add_parser("report", help="laporan kepesertaan terhadap kuota")
    p.add_argument("--quota", type=int)
    p.add_argument("--silent-days", type=int)
    p.add_argument("--html", metavar="OUT.html", help="tulis juga halaman HTML")
    p.set_defaults(func=cmd.report)
    p = sub.add_parser("settings", help="lihat atau ubah pengaturan hub (name, quota, silent_days, "
                                        "coverage_months)")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(func=cmd.hub_settings)
    cli_trust.register(sub)
    periods = cli_programme.register(sub)
    nested = cli_operators.add_parser(sub, cmd._hub, cmd._emit, cmd.UsageError)
    for command in [*sub.choices.values(), *nested, *periods]:
        _common(command, default=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_streams()
    return quiet_on_closed_pipe(lambda: _run(argv))


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    from jamsos_desktop.hub import cli_commands as cmd  # imported by build_parser already

    try:
        return int(args.func(args))
    except cmd.UsageError as exc:
        print(f"jamsos-hub: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Refused as exc:  # the hub's own, the sync format's, a record's: one mapping
        print(f"Ditolak: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        raise  # the reader went away (`| head`): quiet_on_closed_pipe ends it
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # noqa: BLE001 - no traceback on screen; the log keeps it for support
        log_path = resolve_paths(args.data_dir).error_log
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            logging.basicConfig(filename=log_path, level=logging.ERROR)
            logging.getLogger("jamsos-hub").error("command %s failed\n%s", args.command, traceback.format_exc())
            where = f" Rincian teknis dicatat di {log_path}."
        except OSError:
            where = ""
        print(f"Terjadi kesalahan tak terduga; data yang sudah tersimpan tetap aman.{where}", file=sys.stderr)
        return EXIT_FAILED
