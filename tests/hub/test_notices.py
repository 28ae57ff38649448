"""Notices from the hub to an office (receipt level 3), on SQLite and PostgreSQL: carried on every receipt until
acknowledged, only to offices that read them, never lost for an office that does not (yet)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import notices, receipts
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import open_bundle
from jamsos_desktop.sync.receipt import hub_trusted_keys

from .conftest import import_bytes
from .helpers import BELIAN, FakeOffice

REJECTED = {"kind": "bpjs_rejected", "text": "BPJS menolak pendaftaran: NIK tidak ditemukan di Dukcapil.",
            "data": {"reason": "NIK tidak ditemukan"}}


def _post(hub: Hub, office: FakeOffice, pid: str, **notice) -> str:
    with hub.store.write() as conn:
        return notices.post(conn, device_id=office.device_id, participant_id=pid, now=hub.clock(),
                            **{**REJECTED, **notice})


def _rows(hub: Hub) -> list[sa.Row]:
    with hub.store.read() as conn:
        return conn.execute(sa.select(t.notice).order_by(t.notice.c.created_at)).all()


def _registered(hub: Hub, make_office, tmp_path: Path, version: str) -> tuple[FakeOffice, str]:
    office = make_office(BELIAN, version=version)
    [person] = office.register(1)
    import_bytes(hub, tmp_path / "in0", office.bundle())
    [first] = hub.issue_receipts(tmp_path / "r0")
    office.apply(first.data)
    return office, person["id"]


def test_a_notice_is_carried_until_the_office_acknowledges_it(hub: Hub, make_office, tmp_path: Path,
                                                              clock) -> None:
    office, pid = _registered(hub, make_office, tmp_path, "0.2.0")
    first_id = _post(hub, office, pid)
    with hub.store.read() as conn:
        assert receipts.needs_receipt(conn, office.device_id)
        assert receipts.devices_with_news(conn) == [office.device_id]
    [issued] = hub.issue_receipts(tmp_path / "r1")
    [notice] = office.read_receipt(issued.data).notices
    assert (notice.notice_id, notice.participant_id, notice.kind, notice.text, dict(notice.data)) == (
        first_id, pid, "bpjs_rejected", REJECTED["text"], REJECTED["data"])
    assert notice.created_at == clock.now.strftime("%Y-%m-%dT%H:%M:%SZ") and issued.notices == 1
    # Not acknowledged (the stick may be lost): handed out again, and a new notice makes a new receipt with both.
    [again] = hub.issue_receipts(tmp_path / "r2")
    assert again.again and again.bundle_id == issued.bundle_id
    clock.advance(minutes=1)
    second_id = _post(hub, office, pid, kind="waiting_list", text="Peserta berada di urutan 7 daftar tunggu.",
                      data={"place": 7, "period": "2027-01"})
    [both] = hub.issue_receipts(tmp_path / "r3")
    assert [n.notice_id for n in office.read_receipt(both.data).notices] == [first_id, second_id]
    assert all(r.delivered_at is None for r in _rows(hub))
    # The office applies it; its next bundle acknowledges it: both delivered, nothing more to send.
    office.apply(both.data)
    office.register(1)
    import_bytes(hub, tmp_path / "in1", office.bundle())
    assert all(r.delivered_at == clock.now for r in _rows(hub))
    [answer] = hub.issue_receipts(tmp_path / "r4")
    assert office.read_receipt(answer.data).notices == () and len(office.read_receipt(answer.data).changes) == 1


def test_an_office_that_does_not_read_notices_keeps_them_pending(hub: Hub, make_office, tmp_path: Path) -> None:
    office, pid = _registered(hub, make_office, tmp_path, "0.1.0")
    _post(hub, office, pid)
    with hub.store.read() as conn:
        assert not receipts.needs_receipt(conn, office.device_id) and receipts.devices_with_news(conn) == []
    assert hub.issue_receipts(tmp_path / "r1") == []  # no receipt just for a notice it cannot read
    office.register(1)
    import_bytes(hub, tmp_path / "in1", office.bundle())
    [issued] = hub.issue_receipts(tmp_path / "r2")
    _, lines = open_bundle(issued.data, trusted_keys=hub_trusted_keys(hub.keys.signing_public),
                           decryption_key=hub.keys.encryption_key, kind="receipt")
    assert {line["type"] for line in lines} == {"change"} and issued.notices == 0
    [row] = _rows(hub)
    assert (row.receipt, row.delivered_at) == (None, None)  # still pending, not lost
    # The office upgrades: its next bundle announces receipt level 3, and the notice reaches it.
    office.app_version = "0.2.0"
    office.apply(issued.data)
    office.register(1)
    import_bytes(hub, tmp_path / "in2", office.bundle())
    [upgraded] = hub.issue_receipts(tmp_path / "r3")
    assert [n.kind for n in office.read_receipt(upgraded.data).notices] == ["bpjs_rejected"]


def test_over_http_the_acknowledgement_delivers_notices(hub: Hub, make_office, tmp_path: Path) -> None:
    office, pid = _registered(hub, make_office, tmp_path, "0.2.0")
    _post(hub, office, pid, kind="surat_baru", text="Kabar jenis baru dari versi berikutnya.", data={"x": 1})
    data = hub.exchange(office.device_id, ack=office.applied)
    assert data is not None
    [notice] = office.read_receipt(data).notices
    assert notice.kind == "surat_baru"  # an unknown kind travels with its text
    assert hub.exchange(office.device_id, ack=None) == data  # not acknowledged: the same receipt again
    office.apply(data)
    assert hub.exchange(office.device_id, ack=office.applied) == data  # acknowledged; nothing new
    [row] = _rows(hub)
    assert row.delivered_at is not None
    with hub.store.read() as conn:
        assert receipts.devices_awaiting_ack(conn) == [] and not receipts.needs_receipt(conn, office.device_id)
        assert [n["kind"] for n in notices.of_participant(conn, pid)] == ["surat_baru"]
        assert notices.device_for(conn, pid) == office.device_id


@pytest.mark.parametrize(("notice", "words"), [
    ({"kind": "Transfer Out"}, "jenis kabar"),
    ({"text": "x" * 501}, "teks kabar"),
    ({"text": "  "}, "teks kabar"),
    ({"kind": "transfer_out", "data": {"to_kelurahan_code": "21.71.10.1004"}}, "to_kelurahan_name"),
    ({"kind": "transfer_in", "data": {"from_kelurahan_code": "21.71.10.1004", "from_kelurahan_name": "Belian",
                                      "kpj_number": "123"}}, "kpj_number"),
    ({"kind": "waiting_list", "data": {"place": 0, "period": "2027-01"}}, "place"),
    ({"kind": "deactivated", "data": {"reason": "meninggal", "effective_month": "2027-13"}}, "effective_month"),
    ({"data": {"reason": "x" * 2100}}, "data"),
])
def test_a_malformed_notice_is_refused_when_posted(hub: Hub, make_office, notice: dict, words: str) -> None:
    office = make_office(BELIAN, version="0.2.0")
    with pytest.raises(ValueError, match=words):
        _post(hub, office, "p-1", **notice)
    assert _rows(hub) == []


def test_a_notice_for_an_unknown_device_is_refused(hub: Hub) -> None:
    with pytest.raises(ValueError, match="tidak dikenal"), hub.store.write() as conn:
        notices.post(conn, device_id="nope", participant_id="p", now=hub.clock(), **REJECTED)
