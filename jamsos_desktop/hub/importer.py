"""Import changes bundles: verify, decrypt, merge change by change, and say what happened in words.

A refused bundle (damaged, unknown office, wrong kelurahan) changes nothing and is reported with the sync
layer's own message; a replay (the same file again) changes nothing either. A bundle genuinely signed by a
revoked device is refused as such and recorded as a security event. An imported bundle also brings the office's
announcement of what it reads (kept on the device) and its acknowledgement of the last receipt it applied. Files are taken in the order they
were exported (manifest created_at, then device and seq): each office's bundles in their own order, and across
offices the earlier export first, which decides whose registration of a shared NIK is "first". A large import
reads and re-validates the next bundles in a second process while it merges (hub/prepare.py), with Python's
cyclic garbage collector paused throughout (collector.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection

from jamsos_desktop.collector import collector_paused
from jamsos_desktop.hub import anchors, bulk, devices, persons, privacy, programme_notices, quota, receipts, security
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.chain import CHAIN_WORDS, UNUSUAL, classify, gaps
from jamsos_desktop.hub.merge import merge_changes
from jamsos_desktop.hub.outcome import Judged, MergeResult
from jamsos_desktop.hub.prepare import Prepared, Preparer, workers_for
from jamsos_desktop.sync.bundle import decrypt_bundle, open_bundle, read_manifest, verify_bundle
from jamsos_desktop.sync.bundlefile import EXTENSION, read_bundle_file
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.manifest import Manifest

Item = tuple[str, bytes | BundleRefused]


@dataclass
class BundleReport:
    source: str
    status: str  # imported | replay | refused
    message: str = ""
    reason: str = ""
    bundle_id: str = ""
    device_id: str = ""
    kelurahan_code: str = ""
    office: str = ""
    seq_from: int = 0
    seq_to: int = 0
    chain: str = ""
    result: MergeResult = field(default_factory=MergeResult)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["result"] = {**self.result.counts(), **{k: [asdict(n) for n in getattr(self.result, k)]
                                                     for k in ("rejected", "duplicates", "conflicts", "forbidden")}}
        return data


@dataclass
class ImportReport:
    dry_run: bool
    bundles: list[BundleReport] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    empty_folders: list[str] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        total: dict[str, int] = {"imported": 0, "replay": 0, "refused": 0, **MergeResult().counts()}
        for b in self.bundles:
            total[b.status] += 1
            for key, value in b.result.counts().items():
                total[key] += value
        return total

    def to_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "totals": self.totals(), "bundles": [b.to_dict() for b in self.bundles],
                "gaps": self.gaps, "skipped": self.skipped, "empty_folders": self.empty_folders}


def collect(paths: Iterable[Path]) -> tuple[list[Item], list[str], list[str]]:
    """The bundle files named (a folder: its *.jamsos files, receipts skipped), read and size-checked; also
    what was skipped and the folders that hold no changes bundle at all (a stick with nothing on it)."""
    items: list[Item] = []
    skipped: list[str] = []
    empty: list[str] = []
    for path in paths:
        files = sorted(path.glob(f"*{EXTENSION}")) if path.is_dir() else [path]
        if path.is_dir() and not any(not f.name.startswith("jamsos-receipt-") for f in files):
            empty.append(str(path))
        for file in files:
            if path.is_dir() and file.name.startswith("jamsos-receipt-"):
                skipped.append(f"{file.name}: tanda terima untuk kantor, bukan bundle perubahan (dilewati)")
                continue
            try:
                items.append((file.name, read_bundle_file(file)))
            except BundleRefused as exc:
                items.append((file.name, exc))
    return items, skipped, empty


def _order(item: Item) -> tuple[Any, ...]:
    data = item[1]
    if isinstance(data, BundleRefused):
        return (0, "", 0, "")
    try:
        manifest = read_manifest(data)[0]
    except BundleRefused:
        return (0, "", 0, "")
    return (1, manifest.created_at, manifest.device_id, manifest.seq_from)


def import_bundle(conn: Connection, data: bytes, *, source: str, origin: str, now: dt.datetime,
                  decryption_key: X25519PrivateKey, renumber: bool = True,
                  prepared: Prepared | None = None) -> BundleReport:
    """Import one bundle's bytes inside the caller's transaction (`renumber`: see persons.follow; `prepared`:
    its lines already read and judged by hub/prepare.py, from these same bytes)."""
    report = BundleReport(source=source, status="refused")
    try:
        verified = verify_bundle(data, trusted_keys=devices.trusted_keys(conn), kind="changes")
    except BundleRefused as exc:
        report.reason, report.message = exc.reason, exc.message
        if exc.reason == "unknown_key":
            _revoked(conn, data, report, now)
        return report
    m = verified.manifest
    device = devices.get(conn, m.device_id)
    assert device is not None  # verify_bundle found its key
    report.bundle_id, report.device_id, report.kelurahan_code = m.bundle_id, m.device_id, m.kelurahan_code
    report.office, report.seq_from, report.seq_to = devices.office_label(conn, device), m.seq_from, m.seq_to
    if m.kelurahan_code != device.kelurahan_code:
        report.reason = "wrong_kelurahan"
        report.message = (f"Bundle menyatakan kelurahan {m.kelurahan_code}, tetapi perangkat {m.device_id} terdaftar "
                          f"untuk {device.kelurahan_code}. Bundle ditolak; hubungi kantor pengirim.")
        return report
    report.chain = classify(conn, m, verified.sha256)
    if report.chain == "id_clash":
        report.reason = "id_clash"
        report.message = "Bundle lain dengan ID yang sama sudah diterima, isinya berbeda. Bundle ditolak."
        return report
    if report.chain == "replay":
        report.status, report.message = "replay", CHAIN_WORDS["replay"]
        return report
    judged: list[Judged | None] | None = None
    texts: list[str | None] | None = None
    if prepared is not None:
        records, judged, texts = prepared.records, prepared.judged, prepared.texts
    else:
        try:
            _, records = open_bundle(data, trusted_keys={m.device_id: verified.signer_public}.get,
                                     decryption_key=decryption_key, kind="changes")
        except BundleRefused as exc:
            report.reason, report.message = exc.reason, exc.message
            return report
    created = dt.datetime.strptime(m.created_at, "%Y-%m-%dT%H:%M:%SZ")
    devices.note_announcement(conn, device.device_id, reads=m.reads, app_version=m.app_version, at=created)
    if m.ack is not None:
        receipts.acknowledge(conn, device, m.ack, now=now)
    written: dict[str, persons.Registration] = {}
    report.result = merge_changes(conn, device=device, bundle_id=m.bundle_id, records=records, now=now,
                                  judged=judged, texts=texts, written=written)
    persons.follow(conn, [str(line.get("participant_id")) for line in records if isinstance(line, dict)], now=now,
                   renumber=renumber, known=written)
    privacy.erase(conn, report.result.purged, device=device, now=now)  # after follow: persons detached first
    report.status = "imported"
    report.message = CHAIN_WORDS[report.chain] if report.chain in UNUSUAL else ""
    anchored = anchors.check_bundle(conn, device=device, manifest=m, chain=report.chain, now=now)
    if anchored in anchors.FLAGGED:  # imported all the same; the security event says what to look into
        report.message = "; ".join(filter(None, [report.message, anchors.MESSAGE]))
    conn.execute(sa.insert(t.bundle), [{
        "bundle_id": m.bundle_id, "device_id": m.device_id, "kelurahan_code": m.kelurahan_code,
        "seq_from": m.seq_from, "seq_to": m.seq_to, "record_count": m.record_count, "sha256": verified.sha256,
        "size": verified.size, "previous_bundle_id": m.previous.bundle_id if m.previous else None,
        "previous_sha256": m.previous.sha256 if m.previous else None, "chain": report.chain,
        "created_at": created, "received_at": now,
        "source": origin, "summary": json.dumps(report.result.counts(), sort_keys=True)}])
    return report


def _revoked(conn: Connection, data: bytes, report: BundleReport, now: dt.datetime) -> None:
    """A bundle that verifies under a REVOKED device's key: say so, and record it as a security event."""
    try:
        manifest = read_manifest(data)[0]
    except BundleRefused:
        return
    device = devices.get(conn, manifest.device_id)
    if device is None or device.active:
        return
    try:
        verify_bundle(data, trusted_keys=devices.key_of(conn), kind="changes")
    except BundleRefused:
        return  # not really signed by that device: an ordinary unknown signer
    report.device_id, report.kelurahan_code = device.device_id, device.kelurahan_code
    report.office, report.reason = devices.office_label(conn, device), "revoked"
    report.message = (f"{devices.revoked_words(device)}: bundle darinya ditolak. Bila komputer itu dicuri, "
                      "bundle ini dikirim oleh orang lain; catat dan laporkan.")
    security.record_many(conn, [security.event_row(
        at=now, kind="revoked_device", device_id=device.device_id, kelurahan_code=device.kelurahan_code,
        bundle_id=manifest.bundle_id, detail={"text": f"bundle {report.source}, perubahan nomor "
                                                      f"{manifest.seq_from}-{manifest.seq_to}"})])


def gap_words(conn: Connection, device_ids: Iterable[str]) -> list[str]:
    words: list[str] = []
    for device_id in sorted(set(device_ids)):
        device = devices.get(conn, device_id)
        if device is None:
            continue
        office = devices.office_label(conn, device)
        words.extend(gap.words(office) for gap in gaps(conn, device_id))
    return words


def _new_bundles(conn: Connection, ordered: list[Item]) -> tuple[list[bytes | None], int]:
    """The bundles the hub has not stored yet (None for the others, a replay needs no reading), with their
    changes in all: what hub/prepare.py may read ahead."""
    manifests: list[Manifest | None] = []
    for _, data in ordered:
        try:
            manifests.append(None if isinstance(data, BundleRefused) else read_manifest(data)[0])
        except BundleRefused:
            manifests.append(None)
    b = t.bundle.c
    stored = {r.bundle_id for r in bulk.rows_in(conn, sa.select(b.bundle_id), b.bundle_id,
                                                [m.bundle_id for m in manifests if m is not None])}
    new = [data if m is not None and m.bundle_id not in stored and isinstance(data, bytes) else None
           for (_, data), m in zip(ordered, manifests, strict=True)]
    return new, sum(m.record_count for m, data in zip(manifests, new, strict=True) if m is not None and data)


def _decrypter(conn: Connection, key: X25519PrivateKey) -> Callable[[bytes], tuple[Manifest, bytes] | None]:
    def decrypt(data: bytes) -> tuple[Manifest, bytes] | None:
        try:
            return decrypt_bundle(data, trusted_keys=devices.trusted_keys(conn), decryption_key=key, kind="changes")
        except BundleRefused:
            return None  # refused again, with its reason, when its turn comes

    return decrypt


def import_items(conn: Connection, items: list[Item], *, origin: str, now: dt.datetime,
                 decryption_key: X25519PrivateKey, dry_run: bool = False) -> ImportReport:
    report = ImportReport(dry_run=dry_run)
    with collector_paused():  # tens of thousands of records, none in a reference cycle: no walks over them
        _import_all(conn, items, report, origin=origin, now=now, decryption_key=decryption_key)
    report.gaps = gap_words(conn, [b.device_id for b in report.bundles if b.status == "imported"])
    return report


def _import_all(conn: Connection, items: list[Item], report: ImportReport, *, origin: str, now: dt.datetime,
                decryption_key: X25519PrivateKey) -> None:
    ordered = sorted(items, key=_order)
    new, changes = _new_bundles(conn, ordered)
    with Preparer(new, decrypt=_decrypter(conn, decryption_key), today=now.date(),
                  workers=workers_for(changes)) as ahead:
        for index, (name, data) in enumerate(ordered):
            if isinstance(data, BundleRefused):
                report.bundles.append(BundleReport(source=name, status="refused", reason=data.reason,
                                                   message=data.message))
                continue
            report.bundles.append(import_bundle(conn, data, source=name, origin=origin, now=now,
                                                decryption_key=decryption_key, renumber=False,
                                                prepared=ahead.take(index)))
    if any(b.status == "imported" for b in report.bundles):
        quota.renumber(conn)  # once for the whole import: renumbering after each of 64 bundles cost a third
        programme_notices.waiting(conn, now, all_changes=False)  # newcomers beyond the quota hear their number
