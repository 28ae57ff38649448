"""A stand-in kelurahan office for hub tests: a real device identity, valid synthetic participants, and change
bundles written with sync.write_bundle exactly as the office's export does (seq numbers, revisions, chain).

By default it behaves like a v0.1.0 office (announces nothing, never acknowledges). With `app_version="0.2.0"`
it behaves like this version: its bundles announce what it reads and acknowledge the last receipt it applied
(`apply`), and `client()` signs its HTTP requests."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.sync.bundle import read_manifest, write_bundle
from jamsos_desktop.sync.canonical import utc_timestamp
from jamsos_desktop.sync.device_keys import device_encryption_key
from jamsos_desktop.sync.enrolment import enrolment_file
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.http_client import HubClient
from jamsos_desktop.sync.hubkeys import HubIdentity
from jamsos_desktop.sync.identity import create_identity
from jamsos_desktop.sync.manifest import ChainLink
from jamsos_desktop.sync.receipt import Receipt, read_receipt

BELIAN = "21.71.10.1004"  # Kelurahan Belian, Kecamatan Batam Kota
TANJUNG_UNCANG = "21.71.12.1001"  # Kecamatan Batu Aji


class FakeOffice:
    """One office device: register/update/delete participants into an outbox, export bundles from it."""

    def __init__(self, folder: Path, hub: HubIdentity, kelurahan_code: str, *, name: str = "Kantor Lurah",
                 seed: int = 1, clock: Callable[[], dt.datetime] | None = None, app_version: str = "0.1.0") -> None:
        self.identity = create_identity(folder)
        self.app_version = app_version
        self.applied: ChainLink | None = None  # the last receipt applied (what the next bundle acknowledges)
        self.kpj: dict[str, str] = {}  # KPJ numbers that reached this office
        self.clock = clock  # the office's clock (the hub's test clock: the two agree)
        self.hub, self.kelurahan_code, self.name, self.seed = hub, kelurahan_code, name, seed
        self.seq = 0
        self.outbox: list[dict[str, Any]] = []
        self.previous: ChainLink | None = None
        self.records: dict[str, dict[str, Any]] = {}
        self.revisions: dict[str, int] = {}
        self._made = 0

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def enrolment(self) -> bytes:
        return enrolment_file(self.identity, kelurahan_code=self.kelurahan_code, office_name=self.name,
                              app_version=self.app_version, created_at=self.clock() if self.clock else None)

    @property
    def announces(self) -> bool:
        return self.app_version != "0.1.0"

    def new_records(self, n: int) -> list[dict[str, Any]]:
        made = synthetic_records(self._made + n, seed=self.seed, kelurahan_code=self.kelurahan_code)[self._made:]
        self._made += n
        for rec in made:
            rec.update(id=str(uuid.uuid4()), status="approved", kpj_number="")
        return made

    def _line(self, op: str, record: dict[str, Any] | None, pid: str, reason: str | None = None) -> dict[str, Any]:
        self.seq += 1
        self.revisions[pid] = self.revisions.get(pid, 0) + 1
        line = {"seq": self.seq, "op": op, "participant_id": pid, "revision": self.revisions[pid],
                "snapshot": copy.deepcopy(record), "at": utc_timestamp(self.clock() if self.clock else None), "by": "ani"}
        if reason is not None:
            line["reason"] = reason
        self.outbox.append(line)
        return line

    def register(self, n: int = 1, **overrides: Any) -> list[dict[str, Any]]:
        made = self.new_records(n)
        for rec in made:
            rec.update(overrides)
            self.records[rec["id"]] = rec
            self._line("upsert", rec, rec["id"])
        return made

    def register_record(self, rec: dict[str, Any]) -> dict[str, Any]:
        rec = {**copy.deepcopy(rec), "id": str(uuid.uuid4()), "kelurahan_code": self.kelurahan_code}
        self.records[rec["id"]] = rec
        self._line("upsert", rec, rec["id"])
        return rec

    def update(self, pid: str, **changes: Any) -> dict[str, Any]:
        self.records[pid].update(changes)
        return self._line("upsert", self.records[pid], pid)

    def delete(self, pid: str, reason: str = "pindah") -> dict[str, Any]:
        return self._line("delete", self.records[pid], pid, reason)

    def bundle(self, lines: list[dict[str, Any]] | None = None, *, chain: bool = True) -> bytes:
        """A bundle of `lines` (default: the whole outbox not yet acknowledged), chained to the last one."""
        lines = self.outbox if lines is None else lines
        extra: dict[str, Any] = {"reads": READS, "ack": self.applied} if self.announces else {}
        data = write_bundle(kind="changes", identity=self.identity, recipients=self.hub.recipients(),
                            kelurahan_code=self.kelurahan_code, records=lines,
                            previous=self.previous if chain else None, app_version=self.app_version,
                            created_at=self.clock() if self.clock else None, **extra)
        if chain:
            self.previous = ChainLink(read_manifest(data)[0].bundle_id, hashlib.sha256(data).hexdigest())
        return data

    def read_receipt(self, data: bytes) -> Receipt:
        return read_receipt(data, hub_signing_pub=self.hub.signing_public,
                            decryption_key=device_encryption_key(self.identity), expected_device_id=self.device_id)

    def acknowledge(self, receipt: Receipt) -> None:
        answered = {c.seq for c in receipt.changes}
        self.outbox = [line for line in self.outbox if line["seq"] not in answered]

    def apply(self, data: bytes) -> Receipt:
        """Read, apply (acknowledge changes, keep KPJ numbers) and remember a receipt as the one to acknowledge."""
        receipt = self.read_receipt(data)
        self.acknowledge(receipt)
        self.kpj.update({p.participant_id: p.kpj_number for p in receipt.participants if p.kpj_number})
        self.applied = ChainLink(receipt.manifest.bundle_id, receipt.sha256)
        return receipt

    def client(self, base_url: str, **kw: Any) -> HubClient:
        """An HTTP client that signs its requests with this office's device key."""
        return HubClient(base_url, identity=self.identity, reads=READS, **kw)
