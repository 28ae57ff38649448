"""The hub's exchange with offices: bundles in (files and HTTP uploads) and receipts out, as a part of `Hub`.

`Exchange` is a mixin of `Hub` (hub/service.py): the methods here are `Hub` methods, kept in their own module so
that the facade stays readable. They use the hub's store, clock, keys and audit, which `Hub` provides. What a
receipt carries and when it counts as delivered is in hub/receipts.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jamsos_desktop import __version__
from jamsos_desktop.hub import activity, receipts
from jamsos_desktop.hub import devices as device_store
from jamsos_desktop.hub.errors import HubRefused, unauthenticated
from jamsos_desktop.hub.importer import BundleReport, ImportReport, collect, import_bundle, import_items
from jamsos_desktop.hub.receipts import IssuedReceipt
from jamsos_desktop.hub.roles import Actor
from jamsos_desktop.sync.bundle import read_manifest, verify_bundle
from jamsos_desktop.sync.bundlefile import bundle_file_name, fsync_directory, write_bundle_file
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.formats import level
from jamsos_desktop.sync.manifest import ChainLink
from jamsos_desktop.sync.receipt import hub_trusted_keys

if TYPE_CHECKING:
    from jamsos_desktop.hub.store import HubStore
    from jamsos_desktop.sync.hubkeys import HubKeys

# issue_receipts: work per write transaction before it commits (64 commits, each with its disk syncs, took a
# third of the run on a busy disk; a longer hold would make an office's upload wait).
RECEIPT_BATCH_SECONDS = 0.2

@dataclass(frozen=True)
class Received:
    """What an HTTP upload did, and the receipt to send back."""

    report: BundleReport
    receipt: bytes


class Exchange:
    """Bundles in, receipts out (mixed into `Hub`)."""

    if TYPE_CHECKING:
        store: HubStore
        clock: Callable[[], dt.datetime]

        @property
        def keys(self) -> HubKeys: ...

        def _audit(self, conn: sa.Connection, actor: str | None, action: str, target: str | None = None,
                   detail: dict[str, Any] | None = None) -> None: ...

    # --- bundles in ---------------------------------------------------------------------------------------
    def import_paths(self, paths: Sequence[Path], *, dry_run: bool = False,
                     escrow_key: X25519PrivateKey | None = None, actor: str | None = None) -> ImportReport:
        items, skipped, empty = collect(paths)
        key = escrow_key or self.keys.encryption_key
        with self.store.write(dry_run=dry_run) as conn:
            report = import_items(conn, items, origin="file", now=self.clock(), decryption_key=key, dry_run=dry_run)
            for bundle in report.bundles:
                self._audit_import(conn, actor, bundle, escrow=escrow_key is not None)
        report.skipped, report.empty_folders = skipped, empty
        return report

    def _audit_import(self, conn: sa.Connection, actor: str | None, bundle: BundleReport, **extra: Any) -> None:
        if bundle.status == "imported" or bundle.reason == "revoked":
            self._audit(conn, actor, "bundles.import", bundle.bundle_id or bundle.source, {
                "status": bundle.status, "reason": bundle.reason or None, "device_id": bundle.device_id,
                "kelurahan_code": bundle.kelurahan_code, "source": bundle.source, "seq_from": bundle.seq_from,
                "seq_to": bundle.seq_to, **bundle.result.counts(), **extra})

    def receive(self, data: bytes | Path, *, device_id: str | None = None) -> Received:
        """An upload over HTTP (the bytes, or the temporary file they were streamed to: read inside the write lock,
        so only one upload at a time is in memory): import (idempotent) and answer with a receipt for the sending
        device. With `device_id` (a signed request) the bundle must be that device's own; without (an unsigned
        v0.1.0 office), the bundle's device must never have announced signed requests."""
        with self.store.write() as conn:
            now = self.clock()
            if isinstance(data, Path):
                data = data.read_bytes()
            if device_id is None:
                self._check_unsigned(conn, data)
            report = import_bundle(conn, data, source="HTTP", origin="http", now=now,
                                   decryption_key=self.keys.encryption_key)
            self._audit_import(conn, report.device_id or None, report)
            if report.status == "refused":
                if report.reason == "revoked":  # keep the security event (the refusal itself is the answer)
                    return Received(report, b"")
                if device_id is None and report.reason == "unknown_key":
                    raise unauthenticated("bundle tidak ditandatangani perangkat terdaftar")
                raise HubRefused(report.message, reason=report.reason)
            if device_id is not None and report.device_id != device_id:
                raise HubRefused("Bundle ini milik perangkat lain, bukan perangkat yang mengirim permintaan.",
                                 reason="wrong_device")
            device = device_store.get(conn, report.device_id)
            assert device is not None
            return Received(report, self._answer(conn, device, now))

    @staticmethod
    def _check_unsigned(conn: sa.Connection, data: bytes) -> None:
        """An unsigned upload (v0.1.0 office) is authenticated by the bundle's own signature, by an active
        enrolled device that never announced signed requests; anything else is 401 (a bundle of a revoked
        device goes on to the import, which refuses it as such and records it)."""
        try:
            verified = verify_bundle(data, trusted_keys=device_store.trusted_keys(conn), kind="changes")
        except BundleRefused as exc:
            if exc.reason == "unknown_key":
                return
            raise unauthenticated("bukan bundle sah") from exc
        sender = device_store.get(conn, verified.manifest.device_id)
        if sender is not None and level(sender.reads, "http") >= 2:
            raise unauthenticated("perangkat ini selalu menandatangani permintaannya")

    def _answer(self, conn: sa.Connection, device: device_store.Device, now: dt.datetime) -> bytes:
        """A new receipt when there is something no receipt carried yet; else the latest again (a resend after a
        lost answer); an empty first receipt for a device that never had one."""
        issued = self._issue(conn, device, now)
        if issued is not None:
            return issued.data
        found = receipts.latest(conn, device.device_id)
        if found is not None:
            return found[3]
        empty = self._issue(conn, device, now, force=True)
        assert empty is not None
        return empty.data

    def _issue(self, conn: sa.Connection, device: device_store.Device, now: dt.datetime, *, force: bool = False,
               resend_news: bool = False) -> IssuedReceipt | None:
        return receipts.issue_receipt(conn, keys=self.keys, device=device, now=now, app_version=__version__,
                                      force=force, resend_news=resend_news)

    # --- receipts out -------------------------------------------------------------------------------------
    def latest_receipt(self, device_id: str) -> bytes | None:
        """The device's newest receipt as stored (reading only: GET never changes state)."""
        with self.store.read() as conn:
            device = device_store.get(conn, device_id)
            if device is None or not device.active:
                return None
            found = receipts.latest(conn, device_id)
            return found[3] if found else None

    def stored_receipt(self, device_id: str, bundle_id: str) -> bytes | None:
        """One earlier receipt of the device, for an office that found a gap in its receipt chain."""
        with self.store.read() as conn:
            return receipts.stored(conn, device_id, bundle_id)

    def exchange(self, device_id: str, *, ack: ChainLink | None) -> bytes | None:
        """An office (signed request) acknowledges the last receipt it applied and asks for news: the answer is
        a new receipt if there is something no receipt carried yet, else its latest (None: it never had one)."""
        with self.store.write() as conn:
            device = device_store.get(conn, device_id)
            if device is None or not device.active:
                return None
            if ack is not None:
                before = device.acked_receipt
                number = receipts.acknowledge(conn, device, ack, now=self.clock())
                if number is not None and number > before:
                    self._audit(conn, device_id, "receipts.ack", device_id, {"receipt": ack.bundle_id, "number": number})
            issued = self._issue(conn, device, self.clock())
            if issued is not None:
                self._audit(conn, device_id, "receipts.issue", issued.bundle_id, {"number": issued.number, "http": True})
                return issued.data
            found = receipts.latest(conn, device_id)
            return found[3] if found else None

    def note_request(self, device_id: str, *, reads: dict[str, int], at: dt.datetime) -> None:
        """Remember the announcement a signed request carried."""
        with self.store.write() as conn:
            device = device_store.get(conn, device_id)
            if device is not None:
                device_store.note_announcement(conn, device_id, reads=reads, app_version=device.app_version, at=at)

    def online_waiting(self) -> list[device_store.Device]:
        """Devices with news whose newest bundle came over HTTP: their office app fetches the receipt itself."""
        with self.store.read() as conn:
            online = activity.online_devices(conn)
            found = [device_store.get(conn, d) for d in receipts.devices_with_news(conn) if d in online]
        return [d for d in found if d is not None]

    def issue_receipts(self, out_dir: Path, *, resend_news: bool = False, include_online: bool = False,
                       actor: str | None = None) -> list[IssuedReceipt]:
        """One receipt file per device with something new to say; for offices that acknowledge receipts, their
        latest one again while it carries news they have not acknowledged (the stick with it may have been lost).
        Devices that sync over HTTP (newest bundle came that way) fetch their own receipts and get no file, unless
        `include_online` (an office whose network has been down a long time).

        Receipts are recorded in short transactions of a few devices each (at most RECEIPT_BATCH_SECONDS of
        work, so an upload never waits long for the write lock), and a transaction commits only after its files
        and their names are on the disk; when one fails, the files it wrote are removed again and nothing it
        issued counts (the next run issues them anew)."""
        out_dir.mkdir(parents=True, exist_ok=True)
        with self.store.read() as conn:
            wanted = receipts.devices_with_news(conn)
            if resend_news:
                wanted = sorted(set(wanted) | {d.device_id for d in device_store.all_devices(conn) if d.active})
            online = set() if include_online else set(activity.online_devices(conn))
            wanted = [d for d in wanted if d not in online]
            waiting = [d for d in receipts.devices_awaiting_ack(conn) if d not in wanted and d not in online]
        check = hub_trusted_keys(self.keys.signing_public)
        issued: list[IssuedReceipt] = []
        queue = [*wanted, *waiting]
        while queue:
            written: list[Path] = []
            batch: list[IssuedReceipt] = []
            try:
                with self.store.write() as conn:
                    started = time.monotonic()
                    while queue and (not batch or time.monotonic() - started < RECEIPT_BATCH_SECONDS):
                        device_id = queue.pop(0)
                        device = device_store.get(conn, device_id)
                        assert device is not None
                        receipt = (self._issue(conn, device, self.clock(), resend_news=resend_news)
                                   if device_id in wanted else receipts.again(conn, device))
                        if receipt is None:
                            continue
                        name = bundle_file_name(read_manifest(receipt.data)[0])
                        written.append(write_bundle_file(
                            out_dir, name, receipt.data, sync_directory=False,
                            check=lambda b: verify_bundle(b, trusted_keys=check, kind="receipt")))
                        self._audit(conn, actor, "receipts.issue", receipt.bundle_id, {
                            "device_id": device_id, "number": receipt.number, "again": receipt.again,
                            "participants": receipt.participants, "notices": receipt.notices, **receipt.verdicts})
                        batch.append(receipt)
                    if written:
                        fsync_directory(out_dir)
            except BaseException:
                for path in written:
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise
            issued += batch
        return issued

    def issue_receipts_as(self, actor: Actor, out_dir: Path) -> list[IssuedReceipt]:
        """`issue_receipts` by a console operator, who is named in the audit."""
        actor.require("import")
        return self.issue_receipts(out_dir, actor=actor.name)  # each receipt is audited under the operator
