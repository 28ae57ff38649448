"""The BPJS loop as the console runs it: the collective-registration workbook and the deactivation list out, the
KPJ return file and the monthly bill in, all kept with their row counts (table hub_bpjs_file) so the office can
show what went to and came from BPJS.

The workbook is the one `export-bpjs` writes (hub/bpjs.py, within the quota), the deactivation list the one of
`export-bpjs --deactivations` (hub/deactivations.py); the return file is read by `import-kpj`'s rules
(hub/kpj.py), first as a dry run for the preview, then for real with the same stored file. The bill is
reconciled against the ledger by `import-bill`'s rules (hub/bill.py): the preview and the saved report are the
same comparison (the register does not change); saving keeps the file and its figures in the history.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from jamsos_desktop.hub import deactivations
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.bill import BillReport, reconcile
from jamsos_desktop.hub.bpjs import stamp_exported, write_list
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.kpj import KpjReport, import_kpj
from jamsos_desktop.hub.kpj_columns import vocabulary
from jamsos_desktop.hub.months import check_month
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.store import HubStore

MAX_RETURN_BYTES = 32 * 2**20
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SUFFIXES = (".xlsx", ".csv")
_CLI_HINT = re.compile(r"\s*(Tagihan perlu kolom|[.;]?\s*[Bb]eri (--mapping|pemetaan)).*$", re.S)  # the CLI's advice
BILL_HINT = (" Tagihan perlu kolom NIK (atau nomor KPJ) dan kolom iuran: ubah judul kolomnya di Excel menjadi "
             "'NIK' dan 'Iuran', simpan, lalu unggah lagi.")


class BpjsFiles:
    def __init__(self, store: HubStore, clock: Callable[[], dt.datetime], root: Path) -> None:
        self.store, self.clock, self.root = store, clock, root

    def _record(self, conn: sa.Connection, *, kind: str, name: str, rows: int, summary: dict[str, Any], data: bytes,
                actor: Actor) -> None:
        conn.execute(sa.insert(t.bpjs_file), [{"kind": kind, "file_name": name[:200], "rows": rows,
                                               "summary": json.dumps(summary), "data": data,
                                               "created_at": self.clock(), "created_by": actor.name[:64]}])

    def export(self, actor: Actor) -> tuple[str, bytes, int]:
        """Write the registration workbook, stamp its rows as sent, keep a copy; (file name, bytes, rows)."""
        actor.require("bpjs")
        now = self.clock()
        name = f"pendaftaran-kolektif-bpjs-{now:%Y%m%d-%H%M}.xlsx"
        with tempfile.TemporaryDirectory() as tmp:
            with self.store.read() as conn:  # a snapshot: uploads are not held back while the file is written
                plan = write_list(conn, Path(tmp) / name, now=now,
                                  renamed=vocabulary(self.root.parent).registration_headers)
            data = (Path(tmp) / name).read_bytes()
        rows = len(plan.ids)
        with self.store.write() as conn:
            stamp_exported(conn, plan, now=now)
            summary = {"rows": rows, "placed": len(plan.newly), "waiting": plan.waiting}
            self._record(conn, kind="export", name=name, rows=rows, summary=summary, data=data, actor=actor)
            record_action(conn, actor=actor, action="bpjs.export", target=name, detail=summary)
        return name, data, rows

    def export_deactivations(self, actor: Actor) -> tuple[str, bytes, int]:
        """Write the deactivation list, stamp its people as sent, keep a copy; (file name, bytes, rows)."""
        actor.require("bpjs")
        now = self.clock()
        name = f"penonaktifan-bpjs-{now:%Y%m%d-%H%M}.xlsx"
        with tempfile.TemporaryDirectory() as tmp:
            with self.store.read() as conn:
                niks = deactivations.write_list(conn, Path(tmp) / name, now=now)
            data = (Path(tmp) / name).read_bytes()
        with self.store.write() as conn:
            deactivations.stamp_sent(conn, niks, now=now)
            summary = {"rows": len(niks)}
            self._record(conn, kind="deactivation", name=name, rows=len(niks), summary=summary, data=data,
                         actor=actor)
            record_action(conn, actor=actor, action="bpjs.export_deactivations", target=name, detail=summary)
        return name, data, len(niks)

    def store_return(self, actor: Actor, name: str, data: bytes, *, what: str = "Berkas KPJ") -> str:
        """Keep an uploaded file (the KPJ return, or with `what` the bill) until it is imported or discarded."""
        actor.require("bpjs")
        clean = re.sub(r"[^A-Za-z0-9._-]", "_", Path(name or "").name)[:100].lstrip(".")
        if not data:
            raise HubRefused(f"Pilih {what.lower()} dari BPJS (.xlsx atau .csv).", reason="no_file")
        if not clean.lower().endswith(SUFFIXES):
            raise HubRefused(f"{what} harus .xlsx atau .csv (simpan ulang dari Excel bila perlu).", reason="bad_file")
        if len(data) > MAX_RETURN_BYTES:
            raise HubRefused(f"{what} terlalu besar (lebih dari 32 MiB); bagi menjadi beberapa berkas.")
        token = secrets.token_urlsafe(18)
        folder = self.root / token
        folder.mkdir(parents=True, mode=0o700)
        (folder / clean).write_bytes(data)
        return token

    def _file(self, token: str) -> Path:
        folder = self.root / token
        files = sorted(folder.iterdir()) if TOKEN.match(token) and folder.is_dir() else []
        if not files:
            raise HubRefused("Unggahan ini sudah tidak ada (sudah dicatat atau dibatalkan); unggah ulang berkasnya.",
                             reason="no_batch")
        return files[0]

    def preview_return(self, actor: Actor, token: str) -> KpjReport:
        actor.require("bpjs")
        path = self._file(token)
        with self.store.write(dry_run=True) as conn:
            return import_kpj(conn, path, now=self.clock(), words=vocabulary(self.root.parent))

    def import_return(self, actor: Actor, token: str) -> KpjReport:
        actor.require("bpjs")
        path = self._file(token)
        with self.store.write() as conn:
            report = import_kpj(conn, path, now=self.clock(), words=vocabulary(self.root.parent))
            summary = {"assigned": report.assigned, "carried": report.carried, "already": report.already,
                       "rejected": len(report.rejected), "unmatched": len(report.unmatched),
                       "invalid": len(report.invalid), "conflicts": len(report.conflicts)}
            rows = sum(v for v in summary.values())
            self._record(conn, kind="kpj", name=path.name, rows=rows, summary=summary, data=path.read_bytes(),
                         actor=actor)
            record_action(conn, actor=actor, action="bpjs.import_kpj", target=path.name, detail=summary)
        shutil.rmtree(path.parent, ignore_errors=True)
        return report

    def _bill(self, conn: sa.Connection, path: Path, month: str) -> BillReport:
        try:
            return reconcile(conn, path, month=check_month(month))
        except HubRefused as exc:
            if exc.reason != "no_columns":
                raise
            raise HubRefused(_CLI_HINT.sub(".", exc.message).rstrip(". ") + "." + BILL_HINT,
                             reason="no_columns") from None

    def preview_bill(self, actor: Actor, token: str, month: str) -> BillReport:
        """The bill for `month` against the ledger, as a dry run (nothing kept)."""
        actor.require("bpjs")
        path = self._file(token)
        with self.store.read() as conn:
            return self._bill(conn, path, month)

    def import_bill(self, actor: Actor, token: str, month: str) -> BillReport:
        """Compare again and keep the bill and its figures in the history (the register does not change)."""
        actor.require("bpjs")
        path = self._file(token)
        with self.store.write() as conn:
            report = self._bill(conn, path, month)
            summary = {"month": report.month, "billed_rows": report.billed_rows,
                       "billed_amount": report.billed_amount, "ledger_people": report.ledger_people,
                       "ledger_amount": report.ledger_amount, "difference": report.difference,
                       "matched": report.matched, "not_registered": len(report.not_registered),
                       "not_billed": len(report.not_billed), "differences": len(report.differences),
                       "invalid": len(report.invalid)}
            self._record(conn, kind="bill", name=path.name, rows=report.billed_rows + len(report.invalid),
                         summary=summary, data=path.read_bytes(), actor=actor)
            record_action(conn, actor=actor, action="bpjs.import_bill", target=path.name, detail=summary)
        shutil.rmtree(path.parent, ignore_errors=True)
        return report

    def discard(self, actor: Actor, token: str) -> None:
        actor.require("bpjs")
        shutil.rmtree(self._file(token).parent, ignore_errors=True)

    def history(self, actor: Actor) -> list[dict[str, Any]]:
        actor.require("read")
        f = t.bpjs_file.c
        with self.store.read() as conn:
            rows = conn.execute(sa.select(f.id, f.kind, f.file_name, f.rows, f.summary, f.created_at, f.created_by)
                                .order_by(f.created_at.desc(), f.id.desc()).limit(200)).all()
        return [{**dict(r._mapping), "summary": json.loads(r.summary)} for r in rows]

    def file(self, actor: Actor, file_id: int) -> tuple[str, bytes]:
        actor.require("read")
        f = t.bpjs_file.c
        with self.store.read() as conn:
            row = conn.execute(sa.select(f.file_name, f.data).where(f.id == file_id)).first()
        if row is None:
            raise HubRefused("Berkas ini tidak ada di riwayat BPJS.", reason="not_found")
        return row.file_name, bytes(row.data)
