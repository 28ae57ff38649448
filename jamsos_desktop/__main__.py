"""`python -m jamsos_desktop [--data-dir DIR] [--demo]`: open the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jamsos_desktop.services.early_check import EarlyCheck

NO_DISPLAY = """\
Jamsos Desktop butuh layar grafis, tetapi tidak ada yang ditemukan (DISPLAY dan WAYLAND_DISPLAY kosong).
Jalankan aplikasi dari desktop (Windows, atau Linux dengan tampilan grafis), atau di server tanpa layar
pakai layar virtual:  xvfb-run -a make run

Jamsos Desktop needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are empty).
Run it from a desktop session, or on a headless machine use a virtual display:  xvfb-run -a make run
"""


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """The message to print when Qt would find no display to open a window on; None when one is there."""
    if not platform.startswith("linux"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM"):
        return None
    return NO_DISPLAY


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jamsos-desktop", description="Jamsos Desktop: pendaftaran peserta "
                                     "BPJS Ketenagakerjaan yang dibiayai Pemerintah Kota Batam.")
    parser.add_argument("--data-dir", help="folder data kantor (bawaan: folder data pengguna, atau JAMSOS_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="buka kantor demo berisi peserta contoh (di folder sementara, atau di --data-dir)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji semua bagian aplikasi di folder sementara, lalu keluar (0 = baik)")
    return parser.parse_args(argv)


def self_test() -> int:
    """Services self-test, then Qt (offscreen) opening the card PDF with QtPdf: proves a build is complete."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from jamsos_desktop.services.selftest import run_self_test

    try:
        card_pdf = run_self_test(print)
        from jamsos_desktop.ui.selftest import check_qt

        print(check_qt(card_pdf))
    except Exception as exc:  # noqa: BLE001 - a technician reads this line, not a traceback
        print(f"UJI GAGAL: {exc}", file=sys.stderr)
        return 1
    print("Uji mandiri selesai: semua baik.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    problem = display_problem(os.environ, sys.platform)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    data_dir = Path(args.data_dir) if args.data_dir else None
    checked = None if args.demo else begin_office_check(data_dir)
    from jamsos_desktop import app  # Qt: imported while the office file is checked

    return app.run(app.Options(data_dir=data_dir, demo=args.demo, early_check=checked))


def begin_office_check(data_dir: Path | None) -> EarlyCheck | None:
    """Begin the start-up check of the office file on a thread of its own, before Qt is imported: it is SQLite
    reading the file outside Python's lock (services/early_check.py)."""
    from jamsos_desktop.config import resolve_data_dir
    from jamsos_desktop.services.early_check import EarlyCheck

    try:
        return EarlyCheck.begin(resolve_data_dir(data_dir))
    except OSError:
        return None  # the app reports a folder it cannot use, and opens the office with its own check


if __name__ == "__main__":
    # In the frozen Windows app a card-drawing child process (cards/split.py) starts this same executable:
    # freeze_support() runs the child's work there and exits, before anything opens a window.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
