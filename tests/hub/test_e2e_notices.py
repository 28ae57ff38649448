"""Notices from the hub reach real offices (their services, database and device key), over a stick and over HTTP,
and do what each kind says: a move makes the record read only, a move in brings the KPJ, the others are shown.
Applied once however often they arrive; a forged, misaddressed or replayed receipt plants nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.domain.statuses import ACCEPTED
from jamsos_desktop.hub import notices
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.cards import CardProblem
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.participants import WrongState
from jamsos_desktop.services.reports import AuditFilter
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import bundle_file_name, write_bundle_file
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.errors import BundleRefused
from jamsos_desktop.sync.hubkeys import generate_hub_keys
from jamsos_desktop.sync.notices import Notice
from jamsos_desktop.sync.receipt import write_receipt

from .helpers import BELIAN, TANJUNG_UNCANG

PASSWORD = "rahasia123"
MOVED = "Peserta ini pindah ke Kelurahan Tanjung Uncang; datanya kini diurus di sana."
REJECTED = "BPJS menolak pendaftaran: NIK tidak cocok dengan data Dukcapil. Periksa NIK lalu simpan lagi."


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


@pytest.fixture
def make_office(tmp_path: Path, hub: Hub) -> Iterator[Callable[[str], Services]]:
    opened = []

    def make(kelurahan: str) -> Services:
        office = open_office(tmp_path / f"office-{kelurahan}", startup_backup=False)
        opened.append(office)
        initialize(office, kelurahan=kelurahan, admin_username="admin", admin_password=PASSWORD,
                   approval_required=False)
        svc = Services(office)
        svc.auth.login("admin", PASSWORD)
        hub.enrol(hub.read_enrolment(svc.sync.enrolment()))
        (tmp_path / "hub-identity.json").write_bytes(hub.identity_file())
        svc.sync.trust_hub(tmp_path / "hub-identity.json")
        return svc

    yield make
    for office in opened:
        office.close()


def _sync_by_stick(hub: Hub, svc: Services, folder: Path) -> Path:
    """Office exports, hub imports and answers; returns the receipt file (not applied yet)."""
    (folder / "stick").mkdir(parents=True)
    svc.sync.export_bundle(folder / "stick")
    hub.import_paths([folder / "stick"])
    hub.issue_receipts(folder / "receipts")
    mine = svc.sync.identity().device_id
    return next(f for f in (folder / "receipts").glob("*.jamsos")
                if read_manifest(f.read_bytes())[0].target_device_id == mine)


def _saved(folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True)
    return write_bundle_file(folder, bundle_file_name(read_manifest(data)[0]), data)


def _post(hub: Hub, svc: Services, pid: str, kind: str, text: str, data: dict) -> str:
    with hub.store.write() as conn:
        return notices.post(conn, device_id=svc.sync.identity().device_id, participant_id=pid, kind=kind, text=text,
                            data=data, now=hub.clock())


def _audited(svc: Services, action: str) -> list[tuple[str, str]]:
    return [(e.entity_id, e.details) for e in svc.reports.audit_events(AuditFilter(action=action), limit=1000)]


def test_notices_over_a_stick_are_applied_once_with_their_effects(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    moving, rejected, waiting = (s.id for s in office.participants.register_many(
        synthetic_records(3, seed=71, kelurahan_code=BELIAN)))
    office.sync.apply_receipt_file(_sync_by_stick(hub, office, tmp_path / "1"))
    _post(hub, office, moving, "transfer_out", MOVED, {"to_kelurahan_code": TANJUNG_UNCANG,
                                                       "to_kelurahan_name": "Tanjung Uncang"})
    _post(hub, office, rejected, "bpjs_rejected", REJECTED, {"reason": "NIK tidak cocok"})
    _post(hub, office, waiting, "waiting_list", "Kuota penuh: peserta di urutan 3 daftar tunggu periode 2027-01.",
          {"place": 3, "period": "2027-01"})
    _post(hub, office, waiting, "kartu_baru", "Kabar jenis baru: kartu peserta dicetak ulang oleh kota.", {"n": 1})
    [receipt] = hub.issue_receipts(tmp_path / "r2")
    assert receipt.notices == 4
    file = next((tmp_path / "r2").glob("*.jamsos"))
    result = office.sync.apply_receipt_file(file)
    assert result.notices == 4 and office.notices.open_count() == 4
    # transfer_out: shown as moved, read only (changes and deletion refused in words)
    assert office.participants.show(moving)["moved_to"] == "Tanjung Uncang"
    with pytest.raises(WrongState, match="sudah pindah ke Kelurahan Tanjung Uncang"):
        office.participants.update(moving, {"address": "Jl. Baru 1"})
    with pytest.raises(WrongState, match="hanya bisa dilihat"):
        office.participants.delete(moving, reason="pindah")
    with pytest.raises(WrongState, match="sudah pindah ke Kelurahan Tanjung Uncang"):
        office.participants.approve([moving])  # nor approved, rejected or given a card here
    with pytest.raises(WrongState, match="hanya bisa dilihat"):
        office.participants.reject(moving, reason="Data tidak lengkap")
    with pytest.raises(CardProblem, match="pindah ke Kelurahan Tanjung Uncang"):
        office.cards.print_cards([moving, waiting], tmp_path / "kartu.pdf")
    assert not (tmp_path / "kartu.pdf").exists()
    assert [n.text for n in office.notices.of_participant(rejected)] == [REJECTED]
    assert sorted(n.kind for n in office.notices.of_participant(waiting)) == ["kartu_baru", "waiting_list"]
    office.participants.update(rejected, {"address": "Jl. Diperbaiki 2"})  # others stay editable
    # The same receipt again, and the hub carrying the notices again (not acknowledged yet): nothing twice.
    assert office.sync.apply_receipt_file(file).already_applied
    [again] = hub.issue_receipts(tmp_path / "r3")
    assert again.again and office.sync.apply_receipt_file(next((tmp_path / "r3").glob("*.jamsos"))).already_applied
    audited = _audited(office, "hub_notice")
    assert sorted(pid for pid, _ in audited) == sorted([moving, rejected, waiting, waiting])
    assert any(REJECTED in details for _, details in audited)
    [read_id] = [n.notice_id for n in office.notices.of_participant(rejected)]
    office.notices.mark_read(read_id)
    assert office.notices.open_count() == 3 and office.notices.of_participant(rejected) == []
    office.notices.mark_read(read_id)  # twice is fine
    assert [pid for pid, _ in _audited(office, "notice_read")] == [rejected]
    # The next bundle acknowledges: the hub counts them delivered and carries them no more.
    file4 = _sync_by_stick(hub, office, tmp_path / "4")
    with hub.store.read() as conn:
        assert all(r.delivered_at is not None for r in conn.execute(sa.select(t.notice)))
    again = office.sync.apply_receipt_file(file4)
    assert again.notices == 0 and office.notices.open_count() == 3


def test_a_move_brings_the_kpj_to_the_new_office_and_its_card_loses_sementara(hub: Hub, make_office,
                                                                            tmp_path: Path) -> None:
    new_office = make_office(TANJUNG_UNCANG)
    [pid] = [s.id for s in new_office.participants.register_many(
        synthetic_records(1, seed=72, kelurahan_code=TANJUNG_UNCANG))]
    new_office.sync.apply_receipt_file(_sync_by_stick(hub, new_office, tmp_path / "1"))
    before = new_office.participants.show(pid)
    assert before["status"] == "received" and not before["kpj_number"]
    _post(hub, new_office, pid, "transfer_in", "Peserta pindahan dari Kelurahan Belian; nomor KPJ-nya ikut.",
          {"from_kelurahan_code": BELIAN, "from_kelurahan_name": "Belian", "kpj_number": "12345678901"})
    (tmp_path / "2").mkdir()
    [receipt] = hub.issue_receipts(tmp_path / "2")
    new_office.sync.apply_receipt_file(next((tmp_path / "2").glob("*.jamsos")))
    after = new_office.participants.show(pid)
    assert (after["kpj_number"], after["status"]) == ("12345678901", "active") and after["status"] in ACCEPTED
    assert after["moved_to"] is None
    new_office.participants.update(pid, {"address": "Jl. Rumah Baru 3"})  # its new home may edit it


def test_notices_over_http_are_applied_and_acknowledged(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN)
    office.settings.set("sync.hub_url", base_url)
    [pid] = [s.id for s in office.participants.register_many(synthetic_records(1, seed=73, kelurahan_code=BELIAN))]
    assert office.sync.sync_once().uploaded == 1
    _post(hub, office, pid, "deactivated", "Peserta tidak lagi ditanggung mulai 2027-02 (meninggal dunia).",
          {"reason": "meninggal", "effective_month": "2027-02"})
    done = office.sync.sync_once()
    assert done.receipt is not None and done.receipt.notices == 1
    assert [n.kind for n in office.notices.of_participant(pid)] == ["deactivated"]
    with hub.store.read() as conn:
        [row] = conn.execute(sa.select(t.notice)).all()
    assert row.delivered_at is not None  # acknowledged at once
    assert office.sync.sync_once().receipt is None or office.notices.open_count() == 1


def test_a_forged_or_misaddressed_receipt_plants_no_notice(hub: Hub, make_office, tmp_path: Path) -> None:
    office, other = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [pid] = [s.id for s in office.participants.register_many(synthetic_records(1, seed=74, kelurahan_code=BELIAN))]
    office.sync.apply_receipt_file(_sync_by_stick(hub, office, tmp_path / "1"))
    identity = office.sync.identity()
    planted = Notice("n-forged", pid, "transfer_out", "2026-11-30T10:00:00Z", "Peserta pindah ke Sekupang.",
                     {"to_kelurahan_code": "21.71.05.1001", "to_kelurahan_name": "Sekupang"})
    forged = write_receipt(hub=generate_hub_keys(), device_id=identity.device_id, kelurahan_code=BELIAN,
                           device_key=device_encryption_public(identity), changes=[], notices=[planted],
                           previous=None, app_version="0.2.0")
    with pytest.raises(BundleRefused):
        office.sync.apply_receipt_file(_saved(tmp_path / "forged", forged))
    # A genuine receipt, but for another office, carried to this one: refused too.
    other.participants.register_many(synthetic_records(1, seed=75, kelurahan_code=TANJUNG_UNCANG))
    elsewhere = _sync_by_stick(hub, other, tmp_path / "2")
    with pytest.raises(BundleRefused) as refused:
        office.sync.apply_receipt_file(elsewhere)
    assert refused.value.reason == "wrong_device"
    assert office.notices.open_count() == 0 and office.participants.show(pid)["moved_to"] is None


def _receipt_for(folder: Path, kelurahan: str) -> Path:
    return next(folder.glob(f"jamsos-receipt-{kelurahan}-*.jamsos"))


def test_a_transfer_decided_at_the_hub_fixes_both_offices_records(hub: Hub, make_office, tmp_path: Path) -> None:
    """The programme's own transfer (hub/transfers.py + hub/programme_notices.py) through two real offices."""
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [record] = synthetic_records(1, seed=76, kelurahan_code=BELIAN)
    [old_id] = [s.id for s in belian.participants.register_many([record])]
    belian.sync.apply_receipt_file(_sync_by_stick(hub, belian, tmp_path / "1"))
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{record['nik']};12345678901\n", encoding="utf-8")
    assert hub.import_kpj(tmp_path / "kpj.csv").assigned == 1
    (tmp_path / "2").mkdir()
    hub.issue_receipts(tmp_path / "2")
    belian.sync.apply_receipt_file(_receipt_for(tmp_path / "2", BELIAN))
    assert belian.participants.show(old_id)["kpj_number"] == "12345678901"
    moved_in = {**record, "kelurahan_code": TANJUNG_UNCANG, "address": "Jl. Tanjung Uncang 9"}
    [new_id] = [s.id for s in uncang.participants.register_many([moved_in])]
    uncang.sync.apply_receipt_file(_sync_by_stick(hub, uncang, tmp_path / "3"))
    assert uncang.participants.show(new_id)["status"] == "duplicate"

    hub.programme.transfer(nik=record["nik"], to_kelurahan="Tanjung Uncang", reason="Surat pindah 7/2026")
    (tmp_path / "4").mkdir()
    hub.issue_receipts(tmp_path / "4")
    belian.sync.apply_receipt_file(_receipt_for(tmp_path / "4", BELIAN))
    uncang.sync.apply_receipt_file(_receipt_for(tmp_path / "4", TANJUNG_UNCANG))
    assert belian.participants.show(old_id)["moved_to"] == "Tanjung Uncang"
    with pytest.raises(WrongState, match="pindah ke Kelurahan Tanjung Uncang"):
        belian.participants.update(old_id, {"phone": "081234567890"})
    arrived = uncang.participants.show(new_id)
    assert (arrived["kpj_number"], arrived["status"]) == ("12345678901", "active")  # card no longer SEMENTARA
    assert [n.kind for n in uncang.notices.of_participant(new_id)] == ["transfer_in"]
    assert [n.kind for n in belian.notices.of_participant(old_id)] == ["transfer_out"]
