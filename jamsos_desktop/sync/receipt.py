"""Receipts: the hub's answer to an office, as a bundle of kind "receipt" (hub writes, office reads).

Payload lines, changes first (by seq), then participants (by id):

    {"type": "change", "device_id", "seq", "participant_id", "revision",
     "verdict": "accepted"|"rejected"|"duplicate", "reason": text|null,
     "duplicate_of": {"nik", "kelurahan_code", "kelurahan_name"}|null}
    {"type": "participant", "participant_id", "kpj_number": 11 digits|null,
     "coverage_periods": [{"month_from": "YYYY-MM", "month_to", "funding_source", "budget_year", "tariff"}]}
    {"type": "notice", ...}  (receipt level 3, only to offices that announced it: see sync/notices.py)

Readers are tolerant (receipt level 2, sync/formats.py): unknown keys in a line and lines of an unknown `type`
are ignored, so a later hub can add to a receipt for offices that announced they read it. To an office that has
not, the hub writes exactly the v0.1.0 receipt (its manifest carries the hub's announcement only for offices
that read manifest level 2).

A receipt carries KPJ numbers and the NIKs of duplicates, so it is encrypted like any bundle: for the office's
device key (derived, see device_keys.py) and optionally for the hub's own key. It is signed by the hub signing
key; the office checks it against the hub identity it trusted, and that it is addressed to this device.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from jamsos_desktop.domain.numbers import is_digits
from jamsos_desktop.sync.bundle import Signer, TrustedKeys, open_bundle, verify_bundle, write_bundle
from jamsos_desktop.sync.canonical import is_int
from jamsos_desktop.sync.envelope import RecipientKey
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import hub_id_for
from jamsos_desktop.sync.manifest import KELURAHAN_CODE, ChainLink, Manifest
from jamsos_desktop.sync.notices import Notice, parse_notice

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

VERDICTS = ("accepted", "rejected", "duplicate")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class DuplicateOf:
    """Where the same NIK is already registered."""

    nik: str
    kelurahan_code: str
    kelurahan_name: str


@dataclass(frozen=True)
class ChangeVerdict:
    device_id: str
    seq: int
    participant_id: str
    revision: int
    verdict: str
    reason: str | None = None
    duplicate_of: DuplicateOf | None = None


@dataclass(frozen=True)
class CoveragePeriod:
    month_from: str
    month_to: str
    funding_source: str
    budget_year: int
    tariff: int


@dataclass(frozen=True)
class ParticipantUpdate:
    participant_id: str
    kpj_number: str | None
    coverage_periods: tuple[CoveragePeriod, ...] = ()


@dataclass(frozen=True)
class Receipt:
    manifest: Manifest
    sha256: str
    changes: tuple[ChangeVerdict, ...]
    participants: tuple[ParticipantUpdate, ...]
    notices: tuple[Notice, ...] = ()

    @property
    def target_device_id(self) -> str:
        return self.manifest.target_device_id or ""


_NAMES: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in fields(cls))
                                       for cls in (DuplicateOf, ChangeVerdict, CoveragePeriod, ParticipantUpdate)}


def hub_trusted_keys(hub_signing_public: bytes) -> TrustedKeys:
    """trusted_keys for verify_bundle/open_bundle that trusts only the given hub key."""
    hub_id = hub_id_for(hub_signing_public)
    return lambda device_id: hub_signing_public if device_id == hub_id else None


def _text(value: Any, field: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not 0 < len(value) <= 500:
        raise ValueError(f"{field} harus teks 1..500 karakter")
    return value


def _exact(obj: dict[str, Any], keys: set[str], where: str) -> None:
    """Every known key present; unknown keys (a later format) are ignored."""
    missing = keys - set(obj)
    if missing:
        raise ValueError(f"{where}: isian {sorted(missing)} hilang")


def _change(obj: dict[str, Any]) -> ChangeVerdict:
    _exact(obj, {"type", "device_id", "seq", "participant_id", "revision", "verdict", "reason", "duplicate_of"},
           "change")
    if obj["verdict"] not in VERDICTS or not is_int(obj["seq"], 1) or not is_int(obj["revision"], 1):
        raise ValueError("verdict, seq atau revision tidak sah")
    dup: DuplicateOf | None = None
    if obj["duplicate_of"] is not None:
        d = obj["duplicate_of"]
        if not isinstance(d, dict):
            raise ValueError("duplicate_of harus objek")
        _exact(d, {"nik", "kelurahan_code", "kelurahan_name"}, "duplicate_of")
        if not isinstance(d["nik"], str) or not is_digits(d["nik"], 16):
            raise ValueError("duplicate_of.nik harus 16 digit")
        if not isinstance(d["kelurahan_code"], str) or not KELURAHAN_CODE.match(d["kelurahan_code"]):
            raise ValueError("duplicate_of.kelurahan_code tidak sah")
        dup = DuplicateOf(d["nik"], d["kelurahan_code"], _text(d["kelurahan_name"], "kelurahan_name") or "")
    if (obj["verdict"] == "duplicate") != (dup is not None):
        raise ValueError("duplicate_of diisi tepat untuk verdict duplicate")
    reason = _text(obj["reason"], "reason", optional=True)
    if obj["verdict"] == "rejected" and reason is None:
        raise ValueError("verdict rejected harus menyebut alasan")
    return ChangeVerdict(_text(obj["device_id"], "device_id") or "", obj["seq"],
                         _text(obj["participant_id"], "participant_id") or "", obj["revision"], obj["verdict"],
                         reason, dup)


def _period(obj: Any) -> CoveragePeriod:
    if not isinstance(obj, dict):
        raise ValueError("coverage_periods berisi bukan objek")
    _exact(obj, {"month_from", "month_to", "funding_source", "budget_year", "tariff"}, "coverage_period")
    for field in ("month_from", "month_to"):
        if not isinstance(obj[field], str) or not _MONTH.match(obj[field]):
            raise ValueError(f"{field} harus YYYY-MM")
    if obj["month_from"] > obj["month_to"] or not is_int(obj["budget_year"], 2000, 2100) or not is_int(obj["tariff"]):
        raise ValueError("periode, tahun anggaran atau tarif tidak sah")
    return CoveragePeriod(obj["month_from"], obj["month_to"], _text(obj["funding_source"], "funding_source") or "",
                          obj["budget_year"], obj["tariff"])


def _participant_head(obj: dict[str, Any]) -> str:
    """A participant line's checks but those of its periods; returns its participant id."""
    _exact(obj, {"type", "participant_id", "kpj_number", "coverage_periods"}, "participant")
    kpj = obj["kpj_number"]
    if kpj is not None and (not isinstance(kpj, str) or not is_digits(kpj, 11)):
        raise ValueError("kpj_number harus 11 digit atau null")
    if not isinstance(obj["coverage_periods"], list):
        raise ValueError("coverage_periods harus daftar")
    return _text(obj["participant_id"], "participant_id") or ""


def _participant(obj: dict[str, Any]) -> ParticipantUpdate:
    return ParticipantUpdate(_participant_head(obj), obj["kpj_number"], tuple(_period(p) for p in obj["coverage_periods"]))


def _parse_lines(records: Sequence[dict[str, Any]], target_device_id: str | None
                 ) -> tuple[list[ChangeVerdict], list[ParticipantUpdate], list[Notice]]:
    """Parse and check every line; ValueError naming the line. Changes come first, by rising seq."""
    changes: list[ChangeVerdict] = []
    participants: list[ParticipantUpdate] = []
    notices: list[Notice] = []
    for number, record in enumerate(records, 1):
        try:
            kind = record.get("type")
            if kind not in ("change", "participant", "notice"):
                if not isinstance(kind, str):
                    raise ValueError("jenis baris tidak ada")
                continue  # a line type of a later format: ignored
            if kind == "change" and not participants and not notices:
                change = _change(record)
                if changes and change.seq <= changes[-1].seq:
                    raise ValueError(f"seq {change.seq} setelah seq {changes[-1].seq}")
                if change.device_id != target_device_id:
                    raise ValueError(f"perubahan milik perangkat lain ({change.device_id})")
                changes.append(change)
            elif kind == "participant":
                participants.append(_participant(record))
            elif kind == "notice":
                notices.append(parse_notice(record))
            else:
                raise ValueError("baris perubahan harus mendahului baris peserta dan kabar")
        except ValueError as exc:
            raise ValueError(f"baris ke-{number}: {exc}") from exc
    if len({p.participant_id for p in participants}) != len(participants):
        raise ValueError("peserta yang sama disebut dua kali")
    if len({n.notice_id for n in notices}) != len(notices):
        raise ValueError("kabar yang sama disebut dua kali")
    return changes, participants, notices


def _plain(item: Any) -> dict[str, Any]:
    """A flat dataclass as a dict, field by field (dataclasses.asdict deep-copies every value: a third of the
    time of 64 receipts carrying 24,300 KPJ numbers)."""
    return {name: getattr(item, name) for name in _NAMES[type(item)]}


def _participant_lines(participants: Sequence[ParticipantUpdate]) -> list[dict[str, Any]]:
    """The participant lines by id, each checked with the reader's own rules (ValueError naming the line). The
    coverage periods thousands of people share (the same months, fund and tariff) are checked and built once."""
    periods: dict[CoveragePeriod, dict[str, Any]] = {}
    lines: list[dict[str, Any]] = []
    for number, item in enumerate(sorted(participants, key=lambda p: p.participant_id), 1):
        try:
            shared: list[dict[str, Any]] = []
            for period in item.coverage_periods:
                line = periods.get(period)
                if line is None:
                    line = _plain(period)
                    _period(line)
                    periods[period] = line
                shared.append(line)
            line = {"type": "participant", **_plain(item), "coverage_periods": shared}
            _participant_head(line)
        except ValueError as exc:
            raise ValueError(f"peserta ke-{number}: {exc}") from exc
        if lines and lines[-1]["participant_id"] == line["participant_id"]:
            raise ValueError("peserta yang sama disebut dua kali")
        lines.append(line)
    return lines


def _line(item: ChangeVerdict) -> dict[str, Any]:
    line = {"type": "change", **_plain(item)}
    if item.duplicate_of is not None:
        line["duplicate_of"] = _plain(item.duplicate_of)
    return line


def write_receipt(*, hub: Signer, device_id: str, kelurahan_code: str, device_key: X25519PublicKey,
                  changes: Sequence[ChangeVerdict], participants: Sequence[ParticipantUpdate] = (),
                  notices: Sequence[Notice] = (),
                  previous: ChainLink | tuple[str, str] | None, app_version: str,
                  hub_key: X25519PublicKey | None = None, created_at: datetime | None = None,
                  bundle_id: str | None = None, reads: Mapping[str, int] | None = None) -> bytes:
    """A signed receipt for one office device, encrypted for its key (and the hub's own, when given). `reads`,
    the hub's announcement, goes into the manifest only when given (only for offices that read it). `notices` only
    for offices that read receipt level 3 (the caller checks); they follow the participant lines."""
    ordered = sorted(changes, key=lambda c: c.seq)
    # the hub never sends what an office would refuse: every line passes the reader's checks (raises ValueError)
    head = [_line(c) for c in ordered]
    tail = [n.line() for n in notices]
    _parse_lines(head + tail, device_id)
    lines = head + _participant_lines(participants) + tail
    recipients = [RecipientKey("device", device_key)] + ([RecipientKey("hub", hub_key)] if hub_key else [])
    data = write_bundle(kind="receipt", identity=hub, recipients=recipients, kelurahan_code=kelurahan_code,
                        records=lines, seq_from=ordered[0].seq if ordered else 0,
                        seq_to=ordered[-1].seq if ordered else 0, previous=previous, app_version=app_version,
                        target_device_id=device_id, created_at=created_at, bundle_id=bundle_id, reads=reads)
    return data


def read_receipt(data: bytes, *, hub_signing_pub: bytes, decryption_key: X25519PrivateKey,
                 expected_device_id: str | None = None) -> Receipt:
    """Verify a receipt against the trusted hub key, check it is for this device, decrypt and parse it."""
    trusted = hub_trusted_keys(hub_signing_pub)
    manifest = verify_bundle(data, trusted_keys=trusted, kind="receipt").manifest
    if expected_device_id is not None and manifest.target_device_id != expected_device_id:
        raise BundleRefused("wrong_device", f"Tanda terima ini untuk perangkat {manifest.target_device_id} "
                                            f"(kelurahan {manifest.kelurahan_code}), bukan perangkat ini "
                                            f"({expected_device_id}). Pilih tanda terima milik kantor ini.")
    manifest, records = open_bundle(data, trusted_keys=trusted, decryption_key=decryption_key, kind="receipt")
    try:
        changes, participants, notices = _parse_lines(records, manifest.target_device_id)
    except ValueError as exc:
        raise BundleRefused("bad_record", f"Tanda terima rusak: {exc}. Minta tanda terima baru dari Disnaker.") from exc
    seqs = [c.seq for c in changes]
    if ((seqs[0], seqs[-1]) if seqs else (0, 0)) != (manifest.seq_from, manifest.seq_to):
        raise BundleRefused("bad_sequence", "Rentang nomor urut di tanda terima tidak sesuai keterangannya. Minta "
                                            "tanda terima baru dari Disnaker.")
    return Receipt(manifest, hashlib.sha256(data).hexdigest(), tuple(changes), tuple(participants), tuple(notices))
