"""Office side of sync: trust the hub, export changes as a bundle, verify bundles, apply the hub's receipts.

Export never loses a change: a bundle carries every released outbox entry no receipt has covered yet, so a
lost stick only means the next bundle carries the same changes again. The file is written under a temporary
name, flushed, renamed, read back and verified BEFORE the export is recorded in the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, text, update
from sqlmodel import Session, col, select

from jamsos_desktop import __version__
from jamsos_desktop.domain.errors import Refused
from jamsos_desktop.domain.nik import mask
from jamsos_desktop.domain.record import FIELD_LABELS
from jamsos_desktop.domain.versions import record_for_reader
from jamsos_desktop.services import receipts as delivery
from jamsos_desktop.services.encryption import EncryptionService
from jamsos_desktop.services.office import Office
from jamsos_desktop.services.receipts import ReceiptResult, apply_verified_receipt
from jamsos_desktop.store import audit, audit_anchor, outbox, state
from jamsos_desktop.store import settings as settings_store
from jamsos_desktop.store.models import BundleEntry, BundleLog, Outbox, Participant
from jamsos_desktop.sync.anchor import FIELD as ANCHOR_FIELD
from jamsos_desktop.sync.anchor import AuditAnchor
from jamsos_desktop.sync.bundle import read_manifest, verify_bundle, write_bundle
from jamsos_desktop.sync.bundlefile import (
    bundle_file_name,
    read_bundle_file,
    remove_stale_temp_files,
    write_bundle_file,
)
from jamsos_desktop.sync.canonical import canonical_json, is_int
from jamsos_desktop.sync.device_keys import device_encryption_key
from jamsos_desktop.sync.enrolment import enrolment_file
from jamsos_desktop.sync.errors import SyncRefused
from jamsos_desktop.sync.formats import READS, Reads, level
from jamsos_desktop.sync.hubkeys import HubIdentity, read_hub_identity
from jamsos_desktop.sync.identity import DeviceIdentity
from jamsos_desktop.sync.limits import MAX_LINE_BYTES
from jamsos_desktop.sync.manifest import ChainLink, Manifest
from jamsos_desktop.sync.receipt import Receipt, read_receipt

if TYPE_CHECKING:
    from jamsos_desktop.sync.http_client import HubClient

HUB_IDENTITY_KEY = "sync.hub_identity"

HIGH_WATER_FILE = "sync-high-water.txt"  # outside the database, so a restored old backup cannot forget it
STALE_TEMP_SECONDS = 600
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncRound:
    uploaded: int  # changes sent in this round
    receipt: ReceiptResult | None
    filled: int = 0  # earlier receipts fetched to close a gap in the receipt chain


class SyncProblem(Refused):
    """Something the clerk must do first (trust the hub, nothing to send...); the message says what."""

    code = "sync"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    record_count: int
    seq_from: int
    seq_to: int


HUB_RECORD_VERSION = 1
"""The record schema a hub reads when it has not announced more: 1 (v0.1.0). The hub's announcement
(sync/formats.py, format name "record") raises it, up to what this version writes (READS["record"])."""


def change_line(entry: Outbox, delete_reason: str | None = None, *,
                record_version: int = HUB_RECORD_VERSION) -> dict[str, Any]:
    """One outbox entry as a change line, its snapshot as a reader of `record_version` reads it."""
    snapshot = json.loads(entry.snapshot)
    if isinstance(snapshot, dict) and entry.op not in outbox.NOTICE_OPS:  # a notice carries no record
        snapshot = record_for_reader(snapshot, record_version)
    at = entry.created_at.astimezone(dt.UTC) if entry.created_at.tzinfo else entry.created_at
    return {"seq": entry.seq, "op": entry.op, "participant_id": entry.participant_id, "revision": entry.revision,
            "snapshot": snapshot, "at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "by": entry.created_by[:64],
            "reason": (delete_reason or None) if entry.op == "delete" else None}


def refuse_oversized(line: dict[str, Any]) -> None:
    """A change too large for a bundle (a record saved before fields had maximum lengths) is named, with its
    largest field, instead of failing the whole export with a number nobody can act on."""
    size = len(canonical_json(line)) + 1
    if size <= MAX_LINE_BYTES:
        return
    snapshot = line.get("snapshot") or {}
    field, value = max(((k, v) for k, v in snapshot.items()), key=lambda kv: len(json.dumps(kv[1], default=str)),
                       default=("?", ""))
    label = FIELD_LABELS.get(field, field)
    raise SyncProblem(f"Data peserta {snapshot.get('full_name') or '(tanpa nama)'} (NIK "
                      f"{mask(str(snapshot.get('nik') or ''))}) terlalu besar untuk dikirim ({size:,} byte; batas "
                      f"{MAX_LINE_BYTES:,}): isian '{label}' berisi {len(json.dumps(value, default=str)):,} karakter. "
                      "Perbaiki isian itu pada data peserta tersebut, atau minta petugas TI memeriksanya, lalu kirim "
                      "lagi.")


def _audit_anchor(s: Session) -> AuditAnchor:
    """The audit chain head and the hashes at the positions earlier bundles anchored (sync/anchor.py)."""
    last_id, head, marks = audit_anchor.chain_state(s)
    return AuditAnchor(last_id, head, tuple(marks))


def _anchored(manifest: Manifest) -> dict[str, int]:
    """The chain position the bundle anchored, kept in the export event so the next bundles show it again."""
    value = manifest.extra.get(ANCHOR_FIELD)
    return {"anchor": int(value["last_id"])} if isinstance(value, dict) and is_int(value.get("last_id")) else {}


def waiting_to_send(s: Session, counts: dict[str, int] | None = None) -> int:
    """What the next bundle would carry: released changes, and the held notices when the hub reads them."""
    counts = counts or outbox.counts(s)
    readable = level(delivery.hub_reads(s), "changes") >= 2
    return counts["queued"] + (counts["notice"] if readable else 0)


class SyncService:
    def __init__(self, office: Office) -> None:
        self.office = office

    # --- identities --------------------------------------------------------------------------------------
    def identity(self) -> DeviceIdentity:
        identity = self.office.identity()
        if identity is None:
            raise SyncProblem("Kunci perangkat belum ada: selesaikan pengaturan awal kantor dulu.")
        return identity

    def hub(self) -> HubIdentity | None:
        raw = self.office.setting(HUB_IDENTITY_KEY)
        return read_hub_identity(raw.encode("utf-8")) if raw else None

    def _require_hub(self) -> HubIdentity:
        hub = self.hub()
        if hub is None:
            raise SyncProblem("Kantor ini belum mempercayai Disnaker: di halaman Kirim Data klik Percayai Disnaker…, "
                              "pilih berkas identitas dari Disnaker dan cocokkan sidik jarinya lewat telepon.")
        return hub

    def enrolment(self) -> bytes:
        """The enrolment file the city office needs to trust this office."""
        with self.office.db.read() as s:
            code = settings_store.get(s, "office.kelurahan_code")
            name = settings_store.get(s, "office.name")
        return enrolment_file(self.identity(), kelurahan_code=code, office_name=name, app_version=__version__)

    def read_hub_file(self, path: Path) -> HubIdentity:
        """Read (and check) a hub identity file so the clerk can compare its fingerprint before trusting it."""
        return read_hub_identity(path.read_bytes())

    def trust_hub(self, path: Path) -> HubIdentity:
        actor = self.office.require("settings.change")
        data = path.read_bytes()
        hub = read_hub_identity(data)
        with self.office.db.write() as s:
            settings_store.put(s, HUB_IDENTITY_KEY, data.decode("utf-8"))
            delivery.note_hub_reads(s, hub.reads or {}, hub.created_at)
            audit.append(s, at=self.office.now(), operator=actor.username, action="trust_hub", entity="hub",
                         entity_id=hub.hub_id, details={"fingerprint": hub.fingerprint, "name": hub.name})
        EncryptionService(self.office).hub_trusted()  # an encrypted office: recovery slot for this hub's escrow key
        return hub

    def hub_reads(self) -> Reads:
        """What the trusted hub reads (its latest announcement); {} for a v0.1.0 hub."""
        with self.office.db.read() as s:
            return delivery.hub_reads(s)

    def ack_link(self) -> ChainLink | None:
        """The newest receipt applied here, which the next bundle or request acknowledges."""
        with self.office.db.read() as s:
            return delivery.ack_link(s)

    def applied(self, bundle_id: str) -> bool:
        with self.office.db.read() as s:
            return s.get(BundleLog, bundle_id) is not None

    def trusted_keys(self) -> Callable[[str], bytes | None]:
        me = self.identity()
        hub = self.hub()
        keys = {me.device_id: me.public_raw}
        if hub is not None:
            keys[hub.hub_id] = hub.signing_public
        return keys.get

    # --- export ------------------------------------------------------------------------------------------
    def pending_count(self) -> int:
        with self.office.db.read() as s:
            return waiting_to_send(s)

    def _previous(self, s: Session) -> ChainLink | None:
        last = s.exec(select(BundleLog).where(BundleLog.kind == "changes", BundleLog.direction == "out")
                      .order_by(col(BundleLog.recorded_at).desc()).limit(1)).first()
        return ChainLink(last.bundle_id, last.sha256) if last else None

    def build_bundle(self) -> tuple[bytes, list[Outbox]]:
        """The bytes of a bundle carrying every pending change (nothing is recorded yet)."""
        self.office.require("sync.export")
        hub = self._require_hub()
        identity = self.identity()
        self._release_notices()
        with self.office.db.read() as s:
            entries = outbox.pending(s)
            previous = self._previous(s)
            code = settings_store.get(s, "office.kelurahan_code")
            deleted = [e.participant_id for e in entries if e.op == "delete"]
            reasons = dict(s.exec(select(Participant.id, Participant.deleted_reason)
                                  .where(col(Participant.id).in_(deleted))).all()) if deleted else {}
            # To a hub that announced it reads them: our announcement and the last receipt applied. To any other
            # (v0.1.0), exactly the v0.1.0 manifest.
            hub_reads = delivery.hub_reads(s)
            announcing = level(hub_reads, "manifest") >= 2
            ack = delivery.ack_link(s) if announcing else None
            record_version = max(HUB_RECORD_VERSION, level(hub_reads, "record"))
            anchor = _audit_anchor(s) if level(hub_reads, "anchor") >= 2 else None
        if not entries:
            raise SyncProblem("Tidak ada perubahan yang menunggu dikirim. (Data yang belum disetujui supervisor "
                              "tidak ikut dikirim.)")
        lines = [change_line(e, reasons.get(e.participant_id), record_version=record_version) for e in entries]
        for line in lines:
            refuse_oversized(line)
        data = write_bundle(kind="changes", identity=identity, recipients=hub.recipients(), kelurahan_code=code,
                            records=lines, previous=previous, app_version=__version__,
                            reads=READS if announcing else None, ack=ack,
                            extra={ANCHOR_FIELD: anchor.to_dict()} if anchor else None)
        return data, entries

    def _release_notices(self) -> None:
        """Purge and card notices held for a hub that reads them (`changes` level 2) join the queue now; for any
        other hub (v0.1.0 refuses unknown change lines) they keep waiting, however many bundles go out."""
        with self.office.db.read() as s:
            due = level(delivery.hub_reads(s), "changes") >= 2 and outbox.held_notices(s) > 0
        if due:
            with self.office.db.write() as s:
                outbox.release_notices(s)

    def export_bundle(self, to_dir: Path) -> ExportResult:
        """Write the bundle to a folder (a USB stick), prove it reads back, then record the export."""
        data, entries = self.build_bundle()
        manifest, _ = read_manifest(data)
        trusted = self.trusted_keys()
        remove_stale_temp_files(to_dir, older_than_seconds=STALE_TEMP_SECONDS)  # left by a pulled stick or a crash
        path = write_bundle_file(to_dir, bundle_file_name(manifest), data,
                                 check=lambda back: verify_bundle(back, trusted_keys=trusted, kind="changes"))
        self.record_export(data, manifest, entries, destination=str(to_dir), file_name=path.name)
        return ExportResult(path, manifest.bundle_id, manifest.record_count, manifest.seq_from, manifest.seq_to)

    def record_export(self, data: bytes, manifest: Manifest, entries: list[Outbox], *, destination: str,
                      file_name: str) -> None:
        actor = self.office.require("sync.export")
        now = self.office.now()
        ids = sorted({e.participant_id for e in entries})
        with self.office.db.write() as s:
            s.execute(insert(BundleLog), [{
                "bundle_id": manifest.bundle_id, "kind": "changes", "direction": "out", "file_name": file_name,
                "created_at": now, "recorded_at": now, "recorded_by": actor.username,
                "seq_from": manifest.seq_from, "seq_to": manifest.seq_to, "record_count": manifest.record_count,
                "sha256": hashlib.sha256(data).hexdigest(), "destination": destination}])
            s.execute(insert(BundleEntry), [{"bundle_id": manifest.bundle_id, "seq": e.seq,
                                             "participant_id": e.participant_id} for e in entries])
            seqs = [e.seq for e in entries]
            for i in range(0, len(seqs), 900):
                s.execute(update(Outbox).where(col(Outbox.seq).in_(seqs[i:i + 900]))
                          .values(bundle_id=manifest.bundle_id))
            exported: list[str] = []
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                exported += s.exec(select(Participant.id).where(col(Participant.id).in_(chunk),
                                                                col(Participant.status) == "approved")).all()
                s.execute(update(Participant).where(col(Participant.id).in_(chunk),
                                                    col(Participant.status) == "approved")
                          .values(status="exported"))
            audit.append(s, at=now, operator=actor.username, action="export", entity="bundle",
                         entity_id=manifest.bundle_id,
                         details={"file": file_name, "destination": destination, "records": manifest.record_count,
                                  "seq_from": manifest.seq_from, "seq_to": manifest.seq_to, **_anchored(manifest)})
            state.stamp(s, exported, at=now, operator=actor.username, action="export_status",
                        details={pid: {"bundle": manifest.bundle_id} for pid in exported})
        note_high_water(self.office, manifest.seq_to)

    def verify_file(self, path: Path) -> Manifest:
        """Check a bundle without decrypting it: signature, chain fields, hashes, canonical encoding."""
        return verify_bundle(read_bundle_file(path), trusted_keys=self.trusted_keys()).manifest

    # --- receipts ----------------------------------------------------------------------------------------
    def read_receipt_bytes(self, data: bytes) -> Receipt:
        hub = self._require_hub()
        identity = self.identity()
        return read_receipt(data, hub_signing_pub=hub.signing_public, decryption_key=device_encryption_key(identity),
                            expected_device_id=identity.device_id)

    def apply_receipt_file(self, path: Path) -> ReceiptResult:
        return self.apply_receipt(read_bundle_file(path), file_name=path.name)

    def apply_receipt(self, data: bytes, *, file_name: str = "http") -> ReceiptResult:
        receipt = self.read_receipt_bytes(data)
        actor = self.office.require("sync.export")
        return apply_verified_receipt(self.office, receipt, actor=actor.username, file_name=file_name)

    # --- HTTP ------------------------------------------------------------------------------------------
    def sync_once(self, *, client_factory: Callable[..., HubClient] | None = None) -> SyncRound:
        """One round over HTTP (services/sync_http.py). Raises SyncProblem (no or unsafe hub address),
        HubUnavailable (try later) or HubRefusedUpload (the hub said no)."""
        from jamsos_desktop.services.sync_http import sync_round  # httpx: loaded when the network is used

        return sync_round(self, client_factory=client_factory)

    def bundles(self, limit: int = 50) -> list[BundleLog]:
        with self.office.db.read() as s:
            return list(s.exec(select(BundleLog).order_by(col(BundleLog.recorded_at).desc()).limit(limit)).all())

    def last_export_at(self) -> dt.datetime | None:
        with self.office.db.read() as s:
            last = s.exec(select(BundleLog.recorded_at).where(BundleLog.kind == "changes")
                          .order_by(col(BundleLog.recorded_at).desc()).limit(1)).first()
        return last


__all__ = ["ExportResult", "ReceiptResult", "SyncProblem", "SyncRefused", "SyncRound", "SyncService"]


def high_water(office: Office) -> int:
    """The highest seq this office ever sent (0 when unknown)."""
    try:
        return int((office.data_dir / HIGH_WATER_FILE).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def note_high_water(office: Office, seq: int) -> None:
    if seq <= high_water(office):
        return
    path = office.data_dir / HIGH_WATER_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(str(seq), encoding="ascii")
    os.replace(tmp, path)


def realign_sequence(office: Office) -> int:
    """After a restore: changes released since the backup may already be at the hub under their numbers, so
    every unacknowledged released change is renumbered above the highest number ever sent, and new numbers
    start above it too. Returns how many changes were renumbered."""
    sent = high_water(office)
    with office.db.write() as s:
        if sent <= int(s.execute(text("SELECT coalesce(max(seq), 0) FROM outbox")).scalar_one()):
            return 0
        settings_store.put(s, outbox.SEQ_FLOOR_KEY, str(sent))
        pending = outbox.pending(s)
        for i, entry in enumerate(pending, 1):  # new numbers are all above every old one: no collision
            s.execute(update(Outbox).where(col(Outbox.id) == entry.id).values(seq=sent + i, bundle_id=None))
        return len(pending)
