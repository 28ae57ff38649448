"""`Hub`: the hub's use cases in one place, called by the command line and by the HTTP API alike.

Each method is one transaction on the hub store (a dry run is the same transaction, rolled back), so the CLI
and the server can never disagree about what an import, a receipt or a KPJ import does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop import __version__
from jamsos_desktop.cards.token import TokenCheck, verify_token
from jamsos_desktop.hub import devices as device_store
from jamsos_desktop.hub import keys as key_files
from jamsos_desktop.hub import recap, receipts, settings
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.accounts import Accounts
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.bpjs import ExportResult, stamp_exported, write_list
from jamsos_desktop.hub.bpjs_files import BpjsFiles
from jamsos_desktop.hub.cases import Cases
from jamsos_desktop.hub.dashboard import Dashboard, build_dashboard
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.importer import BundleReport, ImportReport, collect, import_bundle, import_items
from jamsos_desktop.hub.kpj import KpjReport, import_kpj
from jamsos_desktop.hub.offices import Offices
from jamsos_desktop.hub.paths import HubPaths, resolve_db_url, resolve_paths
from jamsos_desktop.hub.receipts import IssuedReceipt
from jamsos_desktop.hub.register import Register
from jamsos_desktop.hub.report import HubReport, build_report
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.staged_bundles import Uploads
from jamsos_desktop.hub.store import HubStore
from jamsos_desktop.sync.bundle import read_manifest, verify_bundle
from jamsos_desktop.sync.bundlefile import bundle_file_name, write_bundle_file
from jamsos_desktop.sync.enrolment import Enrolment, read_enrolment
from jamsos_desktop.sync.hubkeys import HubKeys, hub_identity_file
from jamsos_desktop.sync.receipt import hub_trusted_keys


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class Received:
    """What an HTTP upload did, and the receipt to send back."""

    report: BundleReport
    receipt: bytes


class Hub:
    def __init__(self, paths: HubPaths, store: HubStore, *, key_passphrase: bytes | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.paths, self.store, self.clock = paths, store, clock
        self._key_passphrase = key_passphrase

    @classmethod
    def open(cls, *, data_dir: str | Path | None = None, db: str | None = None,
             key_passphrase: bytes | None = None, clock: Callable[[], dt.datetime] = utc_now) -> Hub:
        paths = resolve_paths(data_dir)
        store = HubStore(resolve_db_url(db, paths))
        store.migrate()
        return cls(paths, store, key_passphrase=key_passphrase, clock=clock)

    def close(self) -> None:
        self.store.dispose()

    @cached_property
    def accounts(self) -> Accounts:
        """Operator accounts and console sign-in (hub/accounts.py)."""
        return Accounts(self.store, self.clock)

    @cached_property
    def register(self) -> Register:
        """Participant search and pages (hub/register.py)."""
        return Register(self.store, self.clock)

    @cached_property
    def cases(self) -> Cases:
        """Duplicate cases and the operator's decisions (hub/cases.py)."""
        return Cases(self.store, self.clock)

    @cached_property
    def offices(self) -> Offices:
        """Office devices for the console: overview, enrolment after the fingerprint check, revocation."""
        return Offices(self.store, self.clock)

    @cached_property
    def uploads(self) -> Uploads:
        """Bundles uploaded through the console, between the dry run and the import (hub/staged_bundles.py)."""
        return Uploads(self.paths.data_dir / "console-uploads", self.store, self.clock,
                       lambda: self.keys.encryption_key)

    @cached_property
    def bpjs_files(self) -> BpjsFiles:
        """The BPJS workbook out and the KPJ return in, with their history (hub/bpjs_files.py)."""
        return BpjsFiles(self.store, self.clock, self.paths.data_dir / "console-kpj")

    @cached_property
    def keys(self) -> HubKeys:
        return key_files.load_keys(self.paths, self._key_passphrase)

    # --- identity and offices ------------------------------------------------------------------------------
    def init(self, *, escrow_out: Path, escrow_passphrase: bytes, name: str | None = None) -> key_files.InitResult:
        if name:
            with self.store.write() as conn:
                settings.set_value(conn, "name", name)
        return key_files.init_keys(self.paths, escrow_out=escrow_out, escrow_passphrase=escrow_passphrase,
                              key_passphrase=self._key_passphrase)

    def identity_file(self) -> bytes:
        with self.store.read() as conn:
            name = settings.get_all(conn)["name"]
        return hub_identity_file(self.keys, escrow_public=key_files.load_escrow_public(self.paths), name=name)

    @staticmethod
    def read_enrolment(data: bytes) -> Enrolment:
        return read_enrolment(data)

    def enrol(self, enrolment: Enrolment) -> str:
        with self.store.write() as conn:
            return device_store.enrol(conn, enrolment, now=self.clock())

    def devices(self) -> list[device_store.Device]:
        with self.store.read() as conn:
            return device_store.all_devices(conn)

    def verify_card(self, token: str) -> tuple[TokenCheck, str]:
        """Check a card's QR token against every enrolled office key; also names the issuing office."""
        with self.store.read() as conn:
            check = verify_token(token.strip(), device_store.trusted_keys(conn), today=self.clock().date())
            device = device_store.get(conn, check.device_id) if check.device_id else None
            office = device_store.office_label(conn, device) if device else ""
        return check, office

    def revoke(self, device_id: str) -> device_store.Device:
        with self.store.write() as conn:
            return device_store.revoke(conn, device_id)

    # --- bundles in ---------------------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path], *, dry_run: bool = False,
                     escrow_key: X25519PrivateKey | None = None) -> ImportReport:
        items, skipped, empty = collect(paths)
        key = escrow_key or self.keys.encryption_key
        with self.store.write(dry_run=dry_run) as conn:
            report = import_items(conn, items, origin="file", now=self.clock(), decryption_key=key, dry_run=dry_run)
        report.skipped, report.empty_folders = skipped, empty
        return report

    def receive(self, data: bytes) -> Received:
        """An upload over HTTP: import (idempotent) and answer with a receipt for the sending device."""
        with self.store.write() as conn:
            now = self.clock()
            report = import_bundle(conn, data, source="HTTP", origin="http", now=now,
                                   decryption_key=self.keys.encryption_key)
            if report.status == "refused":
                raise HubRefused(report.message, reason=report.reason)
            device = device_store.get(conn, report.device_id)
            assert device is not None
            issued = self._issue(conn, device, now)
            if issued is not None:
                return Received(report, issued.data)
            found = receipts.latest(conn, device.device_id)  # a resend after a lost answer: the same receipt
            if found is not None:
                return Received(report, found[3])
            empty = self._issue(conn, device, now, force=True)
            assert empty is not None
            return Received(report, empty.data)

    def _issue(self, conn: sa.Connection, device: device_store.Device, now: dt.datetime, *, force: bool = False,
               resend_news: bool = False) -> IssuedReceipt | None:
        return receipts.issue_receipt(conn, keys=self.keys, device=device, now=now, app_version=__version__,
                                      force=force, resend_news=resend_news)

    # --- receipts out -------------------------------------------------------------------------------------
    def latest_receipt(self, device_id: str) -> bytes | None:
        """The device's newest receipt, issuing a new one first when there is news for it."""
        with self.store.write() as conn:
            device = device_store.get(conn, device_id)
            if device is None or not device.active:
                return None
            issued = self._issue(conn, device, self.clock())
            if issued is not None:
                return issued.data
            found = receipts.latest(conn, device_id)
            return found[3] if found else None

    def issue_receipts(self, out_dir: Path, *, resend_news: bool = False) -> list[IssuedReceipt]:
        """One receipt file per device with news, each written and recorded in its own transaction."""
        out_dir.mkdir(parents=True, exist_ok=True)
        with self.store.read() as conn:
            wanted = receipts.devices_with_news(conn)
            if resend_news:
                wanted = sorted(set(wanted) | {d.device_id for d in device_store.all_devices(conn) if d.active})
        check = hub_trusted_keys(self.keys.signing_public)
        issued: list[IssuedReceipt] = []
        for device_id in wanted:
            with self.store.write() as conn:
                device = device_store.get(conn, device_id)
                assert device is not None
                receipt = self._issue(conn, device, self.clock(), resend_news=resend_news)
                if receipt is None:
                    continue
                name = bundle_file_name(read_manifest(receipt.data)[0])
                write_bundle_file(out_dir, name, receipt.data,
                                  check=lambda b: verify_bundle(b, trusted_keys=check, kind="receipt"))
                issued.append(receipt)
        return issued

    def issue_receipts_as(self, actor: Actor, out_dir: Path) -> list[IssuedReceipt]:
        """`issue_receipts` by a console operator, who is named in the audit."""
        actor.require("import")
        issued = self.issue_receipts(out_dir)
        with self.store.write() as conn:
            record_action(conn, actor=actor, action="receipts.issue",
                          detail={"receipts": len(issued), "devices": [r.device_id for r in issued]})
        return issued

    # --- BPJS loop ----------------------------------------------------------------------------------------
    def export_bpjs(self, out: Path) -> ExportResult:
        """The registration list, written from a read snapshot (uploads go on meanwhile), then stamped."""
        now = self.clock()
        with self.store.read() as conn:
            ids = write_list(conn, out, now=now, months=settings.get_int(conn, "coverage_months"))
        with self.store.write() as conn:
            stamp_exported(conn, ids, now=now)
        return ExportResult(out, len(ids))

    def import_kpj(self, path: Path, *, dry_run: bool = False) -> KpjReport:
        with self.store.write(dry_run=dry_run) as conn:
            return import_kpj(conn, path, now=self.clock(), months=settings.get_int(conn, "coverage_months"))

    # --- reading ------------------------------------------------------------------------------------------
    def report(self, *, quota: int | None = None, silent_days: int | None = None) -> HubReport:
        with self.store.read() as conn:
            return build_report(conn, now=self.clock(), quota=quota or settings.get_int(conn, "quota"),
                                silent_days=silent_days or settings.get_int(conn, "silent_days"))

    def dashboard(self) -> Dashboard:
        with self.store.read() as conn:
            return build_dashboard(conn, now=self.clock(), quota=settings.get_int(conn, "quota"),
                                   silent_days=settings.get_int(conn, "silent_days"))

    def recap(self, month: str) -> dict[str, Any]:
        with self.store.read() as conn:
            return recap.monthly_recap(conn, month)

    def realisation(self, year: int) -> dict[str, Any]:
        with self.store.read() as conn:
            return recap.budget_realisation(conn, year)

    def settings(self) -> dict[str, str]:
        with self.store.read() as conn:
            return settings.get_all(conn)

    def change_settings(self, actor: Actor, values: dict[str, str]) -> list[str]:
        """Change several settings at once (all or none), audited; returns the keys that changed."""
        actor.require("settings.change")
        with self.store.write() as conn:
            before = settings.get_all(conn)
            changed = [k for k, v in values.items() if before.get(k) != v.strip()]
            for key in changed:
                settings.set_value(conn, key, values[key])
            if changed:
                record_action(conn, actor=actor, action="settings.change",
                              detail={k: {"from": before.get(k), "to": values[k].strip()} for k in changed})
            return changed

    def set_setting(self, key: str, value: str) -> None:
        with self.store.write() as conn:
            settings.set_value(conn, key, value)

    def health(self) -> dict[str, Any]:
        with self.store.read() as conn:
            conn.execute(sa.select(sa.func.count()).select_from(t.device)).scalar_one()
        return {"status": "ok", "hub_id": self.keys.device_id, "version": __version__}
