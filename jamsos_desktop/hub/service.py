"""`Hub`: the hub's use cases in one place, called by the command line and by the HTTP API alike.

Each method is one transaction on the hub store (a dry run is the same transaction, rolled back), so the CLI
and the server can never disagree about what an import, a receipt or a KPJ import does. Every method that
changes state records who did it in the hub audit (hub/audit.py), in the same transaction: `actor` is a hub
operator (default: the local operator running the command line) or, for what an office does over HTTP, its
device id.

The exchange with offices (bundles in, receipts out) is in hub/exchange.py, a mixin of `Hub`; the other areas are
sub-facades (`hub.programme`, `hub.cases`, ...) in their own modules. New use cases go there, not here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from jamsos_desktop import __version__
from jamsos_desktop.cards.token import TokenCheck
from jamsos_desktop.hub import activity, audit, periods, recap, security, settings
from jamsos_desktop.hub import devices as device_store
from jamsos_desktop.hub import keys as key_files
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.accounts import Accounts
from jamsos_desktop.hub.actions import record_action
from jamsos_desktop.hub.anchors import Anchors
from jamsos_desktop.hub.bpjs import ExportResult, result_of, stamp_exported, write_list
from jamsos_desktop.hub.bpjs_files import BpjsFiles
from jamsos_desktop.hub.card_checks import CardChecks
from jamsos_desktop.hub.cases import Cases
from jamsos_desktop.hub.dashboard import Dashboard, build_dashboard
from jamsos_desktop.hub.exchange import Exchange
from jamsos_desktop.hub.kpj import KpjReport, import_kpj
from jamsos_desktop.hub.kpj_columns import vocabulary
from jamsos_desktop.hub.offices import Offices
from jamsos_desktop.hub.paths import HubPaths, resolve_db_url, resolve_paths
from jamsos_desktop.hub.programme import Programme
from jamsos_desktop.hub.programme_desk import ProgrammeDesk
from jamsos_desktop.hub.register import Register
from jamsos_desktop.hub.report import HubReport, build_report
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.hub.staged_bundles import Uploads
from jamsos_desktop.hub.store import HubStore
from jamsos_desktop.sync.enrolment import Enrolment, read_enrolment
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.hubkeys import HubKeys, hub_identity_file


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Hub(Exchange):
    def __init__(self, paths: HubPaths, store: HubStore, *, key_passphrase: bytes | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, operator: str | None = None) -> None:
        self.paths, self.store, self.clock = paths, store, clock
        self._key_passphrase = key_passphrase
        self.operator = operator or audit.local_operator()

    @classmethod
    def open(cls, *, data_dir: str | Path | None = None, db: str | None = None,
             key_passphrase: bytes | None = None, clock: Callable[[], dt.datetime] = utc_now,
             operator: str | None = None) -> Hub:
        paths = resolve_paths(data_dir)
        store = HubStore(resolve_db_url(db, paths))
        store.migrate()
        return cls(paths, store, key_passphrase=key_passphrase, clock=clock, operator=operator)

    def _audit(self, conn: sa.Connection, actor: str | None, action: str, target: str | None = None,
               detail: dict[str, Any] | None = None) -> None:
        audit.record(conn, actor=actor or self.operator, action=action, target=target, detail=detail,
                     at=self.clock())

    def close(self) -> None:
        self.store.dispose()

    @cached_property
    def accounts(self) -> Accounts:
        """Operator accounts and console sign-in (hub/accounts.py)."""
        return Accounts(self.store, self.clock)

    @cached_property
    def programme(self) -> Programme:
        """Funded periods, quota and waiting list, deactivation (hub/programme.py)."""
        return Programme(self.store, self.clock, self.operator)

    @cached_property
    def programme_desk(self) -> ProgrammeDesk:
        """The programme's console forms, role-checked: open a period, deactivate a person (hub/programme_desk.py)."""
        return ProgrammeDesk(self.programme, self.store, self.clock)

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
    def anchors(self) -> Anchors:
        """Office audit histories anchored by their bundles, and the breaks found (hub/anchors.py)."""
        return Anchors(self.store, self.clock)

    @cached_property
    def cards(self) -> CardChecks:
        """Card checks that know the offices' revocations and deletions (hub/card_checks.py)."""
        return CardChecks(self.store, self.clock)

    @cached_property
    def keys(self) -> HubKeys:
        return key_files.load_keys(self.paths, self._key_passphrase)

    # --- identity and offices ------------------------------------------------------------------------------
    def init(self, *, escrow_out: Path, escrow_passphrase: bytes, name: str | None = None,
             actor: str | None = None) -> key_files.InitResult:
        with self.store.write() as conn:
            if name:
                settings.set_value(conn, "name", name)
            result = key_files.init_keys(self.paths, escrow_out=escrow_out, escrow_passphrase=escrow_passphrase,
                                         key_passphrase=self._key_passphrase)
            self._audit(conn, actor, "hub.init", result.hub_id, {"fingerprint": result.fingerprint})
        return result

    def identity_file(self, *, previous_format: bool = False) -> bytes:
        """The identity file offices trust; it announces what the hub reads, unless `previous_format` (for an
        office still on v0.1.0, which refuses fields it does not know)."""
        with self.store.read() as conn:
            name = settings.get_all(conn)["name"]
        return hub_identity_file(self.keys, escrow_public=key_files.load_escrow_public(self.paths), name=name,
                                 reads=None if previous_format else READS)

    @staticmethod
    def read_enrolment(data: bytes) -> Enrolment:
        return read_enrolment(data)

    def enrol(self, enrolment: Enrolment, *, actor: str | None = None) -> str:
        with self.store.write() as conn:
            status = device_store.enrol(conn, enrolment, now=self.clock())
            self._audit(conn, actor, "device.enrol", enrolment.device_id, {
                "status": status, "kelurahan_code": enrolment.kelurahan_code, "office_name": enrolment.office_name,
                "fingerprint": enrolment.fingerprint, "app_version": enrolment.app_version})
            return status

    def device(self, device_id: str) -> device_store.Device | None:
        with self.store.read() as conn:
            return device_store.get(conn, device_id)

    def devices(self) -> list[device_store.Device]:
        with self.store.read() as conn:
            return device_store.all_devices(conn)

    def device_activity(self) -> dict[str, activity.Activity]:
        """Per device: app version, bundles received, when the newest arrived and how (stick or HTTP)."""
        with self.store.read() as conn:
            return activity.activity(conn)

    def verify_card(self, token: str) -> tuple[TokenCheck, str]:
        """Check a card's QR token (hub/card_checks.py: revocations and deletions included)."""
        return self.cards.verify(token)

    def revoke(self, device_id: str, *, reason: str | None = None, actor: str | None = None) -> device_store.Device:
        with self.store.write() as conn:
            found = device_store.revoke(conn, device_id, now=self.clock(), reason=reason)
            self._audit(conn, actor, "device.revoke", device_id, {"reason": reason, "kelurahan_code": found.kelurahan_code})
            return found

    def reinstate(self, device_id: str, *, reason: str, actor: str | None = None) -> device_store.Device:
        """Bring back a revoked device, deliberately and on the record (enrol never does)."""
        with self.store.write() as conn:
            found = device_store.reinstate(conn, device_id, reason=reason)
            self._audit(conn, actor, "device.reinstate", device_id, {
                "reason": reason.strip(), "kelurahan_code": found.kelurahan_code,
                "revoked_at": found.revoked_at, "revoked_reason": found.revoked_reason})
            return found

    # --- BPJS loop ----------------------------------------------------------------------------------------
    def export_bpjs(self, out: Path, *, actor: str | None = None,
                    renamed: dict[str, str] | None = None) -> ExportResult:
        """The registration list, written from a read snapshot (uploads go on meanwhile), then stamped; headers
        renamed by `renamed` (`--mapping`), else by the city's registration_headers (hub/kpj_columns.py)."""
        now = self.clock()
        headers = renamed if renamed is not None else vocabulary(self.paths.data_dir).registration_headers
        with self.store.read() as conn:
            plan = write_list(conn, out, now=now, renamed=headers)
        with self.store.write() as conn:
            stamp_exported(conn, plan, now=now)
            self._audit(conn, actor, "bpjs.export", out.name, {"count": len(plan.ids), "placed": len(plan.newly)})
        return result_of(out, plan)

    def import_kpj(self, path: Path, *, dry_run: bool = False, mapping: dict[str, str | None] | None = None,
                   actor: str | None = None) -> KpjReport:
        with self.store.write(dry_run=dry_run) as conn:
            report = import_kpj(conn, path, now=self.clock(), mapping=mapping, words=vocabulary(self.paths.data_dir))
            self._audit(conn, actor, "bpjs.import_kpj", path.name, {
                "assigned": report.assigned, "carried": report.carried, "already": report.already,
                "rejected": len(report.rejected),
                "unmatched": len(report.unmatched), "invalid": len(report.invalid), "conflicts": len(report.conflicts)})
            return report

    # --- reading ------------------------------------------------------------------------------------------
    def report(self, *, quota: int | None = None, silent_days: int | None = None) -> HubReport:
        with self.store.read() as conn:
            return build_report(conn, now=self.clock(), quota=quota or periods.quota(conn, self.clock().date()),
                                silent_days=silent_days or settings.get_int(conn, "silent_days"))

    def dashboard(self) -> Dashboard:
        with self.store.read() as conn:
            return build_dashboard(conn, now=self.clock(), quota=periods.quota(conn, self.clock().date()),
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

    def set_setting(self, key: str, value: str, *, actor: str | None = None) -> None:
        with self.store.write() as conn:
            old = settings.get_all(conn).get(key)
            settings.set_value(conn, key, value)
            new = settings.get_all(conn).get(key)
            if old != new:
                self._audit(conn, actor, "settings.change", key, {key: {"from": old, "to": new}})

    def security_events(self, *, limit: int = 200) -> list[security.SecurityEvent]:
        with self.store.read() as conn:
            return security.recent(conn, limit=limit)

    def note_security(self, kind: str, device: device_store.Device, text: str) -> None:
        """A security event outside an import (e.g. a signed request from a revoked device)."""
        with self.store.write() as conn:
            security.record_many(conn, [security.event_row(at=self.clock(), kind=kind, device_id=device.device_id,
                                                           kelurahan_code=device.kelurahan_code,
                                                           detail={"text": text})])

    def audit_entries(self, *, limit: int = 100, action: str | None = None) -> list[audit.AuditEntry]:
        with self.store.read() as conn:
            return audit.entries(conn, limit=limit, action=action)

    def check(self) -> audit.AuditCheck:
        """Verify the hub audit chain (`jamsos-hub check`)."""
        with self.store.read() as conn:
            return audit.verify(conn)

    def health(self) -> dict[str, Any]:
        with self.store.read() as conn:
            conn.execute(sa.select(sa.func.count()).select_from(t.device)).scalar_one()
        return {"status": "ok", "hub_id": self.keys.device_id, "version": __version__,
                "time": self.clock().strftime("%Y-%m-%dT%H:%M:%SZ"), "reads": dict(READS)}
