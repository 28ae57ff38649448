"""The `jamsos` command line: the same services as the desktop window, for scripts and for support.

Exit codes: 0 done, 1 input refused (the message names the record, the field and the fix), 2 wrong usage,
3 an unexpected failure (details written to the log in the data folder, never a traceback on screen).
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from jamsos_desktop import __version__
from jamsos_desktop.cli import admin, breach, cards, encryption, office, participants, pdp, spreadsheet, sync
from jamsos_desktop.cli.common import EXIT_FAILED, EXIT_REFUSED, EXIT_USAGE, UsageError
from jamsos_desktop.config import resolve_data_dir
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.problems import RecordRefused
from jamsos_desktop.pipes import quiet_on_closed_pipe, use_utf8_streams
from jamsos_desktop.safefile import as_disk_problem

COMMAND_MODULES: list[Callable[[Any], None]] = [office.register, participants.register, sync.register,
                                                    cards.register, spreadsheet.register, admin.register,
                                                    pdp.register, breach.register, encryption.register]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors; say it in Indonesian too
        self.print_usage(sys.stderr)
        print(f"{self.prog}: penggunaan salah: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jamsos", description="Jamsos Desktop: pendaftaran peserta jaminan sosial kelurahan.")
    parser.add_argument("--version", action="version", version=f"jamsos {__version__}")
    add_common_options(parser, default=None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for register in COMMAND_MODULES:
        register(sub)
    for command in _commands(sub):
        add_common_options(command, default=argparse.SUPPRESS)  # accepted before or after the command
    return parser


def _commands(sub: Any) -> Any:
    """Every command parser, also those of a command's own sub-commands (`jamsos operator add`)."""
    for command in sub.choices.values():
        yield command
        for action in command._actions:  # noqa: SLF001 - argparse keeps sub-commands only here
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                yield from _commands(action)


def add_common_options(parser: argparse.ArgumentParser, *, default: Any) -> None:
    parser.add_argument("--data-dir", default=default,
                        help="folder data (bawaan: JAMSOS_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--json", action="store_true", default=default if default is not None else False,
                        help="keluaran JSON untuk mesin")


def _report_refusal(exc: Refused) -> None:
    """The one place the command line shows a refusal: a record with one line per problem, else its message."""
    if isinstance(exc, RecordRefused):
        print("Ditolak:" + (f" {exc.record_label}" if exc.record_label else ""), file=sys.stderr)
        for p in exc.problems:
            level = "peringatan" if p.level == "warn" else "galat"
            print(f"  - [{level}] {p.field}: {p.message}", file=sys.stderr)
        return
    lines = exc.lines()
    print(f"Ditolak: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(f"  - {line}", file=sys.stderr)


def _after_command(args: argparse.Namespace) -> None:
    """A command that changed data leaves an automatic backup behind; reading and signing in never do, even
    when an earlier change (made by the desktop, or a command whose backup failed) has no backup yet: the
    desktop's next start or the next changing command makes it."""
    services = getattr(args, "open_services", None)
    if services is None or not services.office.changed_since_open():
        return
    services.office.backup_if_changed()
    if services.office.startup.backup_problem:
        print(f"PERINGATAN: cadangan otomatis tidak dibuat. {services.office.startup.backup_problem}",
              file=sys.stderr)


def _close(args: argparse.Namespace) -> None:
    services = getattr(args, "open_services", None)
    if services is not None:
        services.office.close()


def _log_failure(args: argparse.Namespace) -> Any:
    """Write the traceback to the log in the data folder; None when even that fails (a full disk)."""
    logging.raiseExceptions = False  # a log file that cannot be written must not print its own traceback
    try:
        log_path = resolve_data_dir(args.data_dir) / "jamsos-error.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8", delay=True)
        logger = logging.getLogger("jamsos")
        logger.addHandler(handler)
        try:
            logger.error("command %s failed\n%s", args.command, traceback.format_exc())
            handler.flush()
        finally:
            logger.removeHandler(handler)
            handler.close()
        return log_path if log_path.exists() and log_path.stat().st_size else None
    except Exception:  # noqa: BLE001 - nothing about logging may reach the screen
        return None


def _quiet_unraisable(unraisable: Any) -> None:
    """Errors in clean-up code (a half-written workbook collected after a full disk) go to the log only."""
    logging.raiseExceptions = False
    logging.getLogger("jamsos").debug("ignored during clean-up: %r", unraisable.exc_value)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_streams()
    sys.unraisablehook = _quiet_unraisable
    return quiet_on_closed_pipe(lambda: _run(argv))


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        try:
            code = int(args.func(args))
            if code == 0:
                _after_command(args)
            return code
        except (BrokenPipeError, KeyboardInterrupt, UsageError, Refused):
            raise
        except Exception as exc:
            translated = as_disk_problem(exc, resolve_data_dir(args.data_dir))
            if translated is exc:
                raise
            raise translated from exc
        finally:
            _close(args)
    except UsageError as exc:
        print(f"jamsos: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Refused as exc:
        _report_refusal(exc)
        return EXIT_REFUSED
    except BrokenPipeError:
        raise  # the reader went away (`| head`): quiet_on_closed_pipe ends it
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # noqa: BLE001 - the user never sees a traceback; support reads the log
        log_path = _log_failure(args)
        where = f" Rincian teknis dicatat di {log_path}." if log_path else ""
        print(f"Terjadi kesalahan tak terduga; data yang sudah tersimpan tetap aman.{where}", file=sys.stderr)
        return EXIT_FAILED


