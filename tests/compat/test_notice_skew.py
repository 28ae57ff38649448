"""Version skew for notices on receipts (receipt level 3).

- A real v0.1.0 office and this hub: the office gets exactly the v0.1.0 receipt (only change lines, no
  announcement), applies it, and the notice about its participant is not lost: it stays pending (never counted as
  carried or delivered) until the office upgrades.
- A "next version" office (announcing receipt level 4) and this hub: it gets the notices at level 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import notices
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import open_bundle, read_manifest
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.hubkeys import read_hub_identity
from jamsos_desktop.sync.receipt import hub_trusted_keys
from tests.hub import helpers

from .previous import Release
from .test_trust_skew import BELIAN, ESCROW, _ok, _old_office_enrolled

TEXT = "BPJS menolak pendaftaran: NIK tidak ditemukan. Periksa NIK dan kirim lagi."


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    h = Hub.open(data_dir=tmp_path / "hub")
    h.init(escrow_out=tmp_path / "escrow.pem", escrow_passphrase=ESCROW.encode())
    yield h
    h.close()


def _post(hub: Hub, device_id: str, pid: str) -> str:
    with hub.store.write() as conn:
        return notices.post(conn, device_id=device_id, participant_id=pid, kind="bpjs_rejected", text=TEXT,
                            data={"reason": "NIK tidak ditemukan"}, now=hub.clock())


def _notice_rows(hub: Hub) -> list[sa.Row]:
    with hub.store.read() as conn:
        return conn.execute(sa.select(t.notice)).all()


def test_a_v010_office_gets_the_v010_receipt_and_its_notice_waits(previous_release: Release, hub: Hub,
                                                                   tmp_path: Path) -> None:
    office, records = _old_office_enrolled(previous_release, hub, tmp_path)
    ids = office.register(records[:2], tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    _ok(office.run("bundle", "export", "--to", str(stick)))
    assert hub.import_paths([stick]).totals()["accepted"] == 2
    [device] = hub.devices()
    _post(hub, device.device_id, ids[0])
    [receipt] = hub.issue_receipts(tmp_path / "r1")
    assert read_manifest(receipt.data)[0].reads is None and receipt.notices == 0
    _, lines = open_bundle(receipt.data, trusted_keys=hub_trusted_keys(hub.keys.signing_public),
                           decryption_key=hub.keys.encryption_key, kind="receipt")
    assert [line["type"] for line in lines] == ["change", "change"]  # exactly what v0.1.0 writes
    _ok(office.run("receipt", "apply", str(next((tmp_path / "r1").glob("*.jamsos")))))
    assert {office.show(pid)["status"] for pid in ids} == {"received"}  # the receipt was applied
    assert hub.issue_receipts(tmp_path / "r2") == []  # no receipt only for a notice it cannot read
    [row] = _notice_rows(hub)
    assert (row.receipt, row.delivered_at, row.participant_id) == (None, None, ids[0])  # pending, not lost


def test_a_next_version_office_gets_notices(hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helpers, "READS", {**READS, "receipt": 4, "notice_box": 1})  # what it announces
    office = helpers.FakeOffice(tmp_path / "next", read_hub_identity(hub.identity_file()), BELIAN,
                                app_version="0.3.0")
    hub.enrol(hub.read_enrolment(office.enrolment()))
    [person] = office.register(1)
    hub.import_paths([_saved(tmp_path / "in", office.bundle())])
    _post(hub, office.device_id, person["id"])
    [receipt] = hub.issue_receipts(tmp_path / "r1")
    read = office.apply(receipt.data)
    assert [(n.participant_id, n.text) for n in read.notices] == [(person["id"], TEXT)]
    assert read.manifest.reads == READS  # the hub announces what it reads (level 3), not more
    office.register(1)
    hub.import_paths([_saved(tmp_path / "in2", office.bundle())])  # acknowledges the receipt
    [row] = _notice_rows(hub)
    assert row.delivered_at is not None


def _saved(folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True)
    name = f"jamsos-bundle-{read_manifest(data)[0].bundle_id}.jamsos"
    (folder / name).write_bytes(data)
    return folder
