"""Version skew for notices on receipts (receipt level 3).

- A real v0.1.0 office and this hub: the office gets exactly the v0.1.0 receipt (only change lines, no
  announcement), applies it, and the notice about its participant is not lost: it stays pending (never counted as
  carried or delivered) until the office upgrades.
- A "next version" office (announcing receipt level 4) and this hub: it gets the notices at level 3.
- This office and a "next version" hub (receipt level 4: more keys, new kinds, a new line type): read, kept, shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import notices
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.sync.bundle import open_bundle, read_manifest, write_bundle
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.envelope import RecipientKey
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


def test_this_office_reads_a_next_version_hubs_notices(hub: Hub, tmp_path: Path) -> None:
    """A later hub (receipt level 4, announced) adds keys to notice lines, new kinds and a new line type: this
    office keeps and shows the notice by its text, applies the known effects, and stays on level 3 itself."""
    opened = open_office(tmp_path / "office", startup_backup=False)
    try:
        initialize(opened, kelurahan=BELIAN, admin_username="admin", admin_password="rahasia123",
                   approval_required=False)
        office = Services(opened)
        office.auth.login("admin", "rahasia123")
        hub.enrol(hub.read_enrolment(office.sync.enrolment()))
        (tmp_path / "identity.json").write_bytes(hub.identity_file())
        office.sync.trust_hub(tmp_path / "identity.json")
        [pid] = [s.id for s in office.participants.register_many(synthetic_records(1, seed=91, kelurahan_code=BELIAN))]
        me = office.sync.identity()
        lines = [{"type": "notice", "notice_id": "n-later-1", "participant_id": pid, "kind": "kartu_dicabut",
                  "created_at": "2026-12-01T02:00:00Z", "text": "Kartu lama peserta ini dicabut oleh kota.",
                  "data": {"serial": "B-1"}, "priority": "tinggi"},
                 {"type": "notice", "notice_id": "n-later-2", "participant_id": pid, "kind": "transfer_out",
                  "created_at": "2026-12-01T02:00:00Z", "text": "Peserta ini pindah ke Kelurahan Tanjung Uncang.",
                  "data": {"to_kelurahan_code": "21.71.12.1001", "to_kelurahan_name": "Tanjung Uncang",
                           "effective_month": "2027-01"}},
                 {"type": "summary", "notices": 2}]
        data = write_bundle(kind="receipt", identity=hub.keys, recipients=[
            RecipientKey("device", device_encryption_public(me))], kelurahan_code=BELIAN, records=lines, seq_from=0,
            seq_to=0, previous=None, app_version="0.3.0", target_device_id=me.device_id,
            reads={**READS, "receipt": 4})
        result = office.sync.apply_receipt(data)
        assert result.notices == 2 and office.sync.hub_reads()["receipt"] == 4
        assert [n.text for n in office.notices.of_participant(pid)] == [
            "Kartu lama peserta ini dicabut oleh kota.", "Peserta ini pindah ke Kelurahan Tanjung Uncang."]
        assert office.participants.show(pid)["moved_to"] == "Tanjung Uncang"
        (tmp_path / "stick").mkdir()
        exported = office.sync.export_bundle(tmp_path / "stick")
        assert read_manifest(exported.path.read_bytes())[0].reads == READS  # announces what it reads: level 3
    finally:
        opened.close()
