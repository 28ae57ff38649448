"""The use cases behind the console pages, without a browser, on SQLite and PostgreSQL: dashboard figures,
participant search, duplicate decisions, enrolment with the fingerprint, uploads, the BPJS loop and recaps."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.register import Query
from jamsos_desktop.hub.roles import Actor, HubRole, NotAllowed
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.enrolment import read_enrolment

from .conftest import Clock, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG

ADMIN, OPERATOR, AUDITOR = (Actor("a", HubRole.ADMIN), Actor("o", HubRole.OPERATOR), Actor("u", HubRole.AUDITOR))


@pytest.fixture
def loaded(hub: Hub, make_office, tmp_path: Path):
    """Belian registers 5, Tanjung Uncang 3 plus one of Belian's people again."""
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    [shared] = belian.register(1)
    belian.register(4)
    uncang.register(3)
    uncang.register_record(shared)
    import_bytes(hub, tmp_path / "stick1", belian.bundle())  # Belian's registration is the first
    import_bytes(hub, tmp_path / "stick2", uncang.bundle())
    return shared


def _kpj_file(path: Path, rows: list[tuple[str, str]]) -> Path:
    wb = Workbook()
    wb.active.append(["NIK", "KPJ"])
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def test_the_dashboard_counts_per_kelurahan_and_the_months_contribution(hub: Hub, loaded, clock: Clock,
                                                                        tmp_path: Path) -> None:
    board = hub.dashboard()
    assert (board.registered, board.with_kpj, board.pending_duplicates, board.month_contribution) == (8, 0, 1, 0)
    rows = {r["name"]: r for k in board.kecamatan for r in k["kelurahan"]}
    assert (rows["Belian"]["participants"], rows["Tanjung Uncang"]["duplicates"]) == (5, 1)
    assert rows["Belian"]["receipt_pending"] == 1 and not rows["Belian"]["silent"]
    assert all(r["silent"] for n, r in rows.items() if n not in ("Belian", "Tanjung Uncang"))
    assert board.silent_offices == 62 and len(board.kecamatan) == 12
    assert (board.waiting, board.free_places) == (8, 24_300)  # accepted, not yet on a BPJS list
    name, data, count = hub.bpjs_files.export(OPERATOR)
    assert count == 8
    assert (hub.dashboard().waiting, hub.dashboard().free_places) == (0, 24_300 - 8)
    (tmp_path / name).write_bytes(data)
    niks = [r[0] for r in load_workbook(tmp_path / name, read_only=True).active.iter_rows(min_row=2, values_only=True)]
    token = hub.bpjs_files.store_return(OPERATOR, "kpj.xlsx", _kpj_file(
        tmp_path / "k.xlsx", [(n, f"{26000000000 + i:011d}") for i, n in enumerate(niks)]).read_bytes())
    assert hub.bpjs_files.import_return(OPERATOR, token).assigned == 8
    clock.advance(days=32)  # coverage starts the month after the KPJ
    board = hub.dashboard()
    assert board.with_kpj == 8 and board.month_covered == 8 and board.month_contribution == 8 * 16_800
    recap = hub.recap(board.month)
    assert recap["people"] == 8 and recap["amount"] == 8 * 16_800
    assert hub.realisation(clock.now.year)["amount"] >= 8 * 16_800


def test_the_dashboard_counts_rejections_revoked_devices_and_receipts_due_per_kelurahan(
        hub: Hub, loaded, make_office, clock: Clock, tmp_path: Path) -> None:
    """The figures the first test leaves at zero, each from its own source (one statement answers them all)."""
    sekupang = "21.71.01.1002"
    office = make_office(sekupang)
    office.register(2)
    [child] = office.new_records(1)
    child["birth_date"] = f"{clock.now.year - 10}-01-01"  # too young for the programme: rejected
    office.register_record(child)
    import_bytes(hub, tmp_path / "stick3", office.bundle())
    rows = {r["code"]: r for k in hub.dashboard().kecamatan for r in k["kelurahan"]}
    assert [rows[sekupang][key] for key in ("participants", "rejected", "devices", "receipt_pending",
                                            "security_events")] == [2, 1, 1, 1, 0]
    assert (rows[BELIAN]["receipt_pending"], rows[BELIAN]["rejected"], rows[TANJUNG_UNCANG]["devices"]) == (1, 0, 1)
    assert not rows[sekupang]["silent"] and rows[sekupang]["last_bundle_at"] is not None
    hub.issue_receipts(tmp_path / "receipts")
    hub.revoke(office.device_id, reason="komputer kantor dicuri")
    board = hub.dashboard()
    rows = {r["code"]: r for k in board.kecamatan for r in k["kelurahan"]}
    assert [rows[sekupang][key] for key in ("participants", "rejected", "devices", "receipt_pending",
                                            "security_events")] == [2, 1, 0, 0, 1]
    assert rows[sekupang]["silent"] and all(r["receipt_pending"] == 0 for r in rows.values())
    [kecamatan] = [k for k in board.kecamatan if any(r["code"] == sekupang for r in k["kelurahan"])]
    assert (kecamatan["rejected"], kecamatan["security_events"]) == (1, 1)
    assert (board.registered, board.waiting, board.free_places, board.silent_offices) == (10, 10, 24_300, 62)


def test_search_filters_pages_and_an_audited_nik_reveal(hub: Hub, loaded) -> None:
    reg = hub.register
    assert reg.search(AUDITOR, Query()).total == 8
    assert reg.search(AUDITOR, Query(kelurahan=TANJUNG_UNCANG)).total == 3
    found = reg.search(AUDITOR, Query(nik=loaded["nik"]))
    assert found.total == 1 and found.rows[0]["nik_masked"].count("*") == 8 and loaded["nik"] not in str(found.rows)
    assert reg.search(AUDITOR, Query(text=loaded["full_name"][:4].lower())).total >= 1
    assert reg.search(AUDITOR, Query(text="100%_")).total == 0
    assert reg.search(AUDITOR, Query(status="aktif")).total == 0
    with pytest.raises(HubRefused, match="16 digit"):
        reg.search(AUDITOR, Query(nik="1234"))
    page = reg.participant(AUDITOR, loaded["id"])
    assert "nik" not in page["record"] and page["history"][0]["verdict"] == "accepted"
    assert reg.reveal_nik(AUDITOR, loaded["id"]) == loaded["nik"]


@pytest.mark.parametrize("decision", ["keep_first", "keep_second", "not_same"])
def test_duplicate_decisions(hub: Hub, loaded, decision: str, tmp_path: Path) -> None:
    [case] = hub.cases.list(AUDITOR)
    with pytest.raises(NotAllowed):
        hub.cases.decide(AUDITOR, case["id"], decision, "alasan yang cukup")
    with pytest.raises(HubRefused, match="alasan"):
        hub.cases.decide(OPERATOR, case["id"], decision, "  ok ")
    if decision == "keep_second":  # the first already has a KPJ: it moves with the person
        token = hub.bpjs_files.store_return(OPERATOR, "k.csv", f"NIK;KPJ\n{loaded['nik']};26000000001\n".encode())
        assert hub.bpjs_files.import_return(OPERATOR, token).assigned == 1
    hub.cases.decide(OPERATOR, case["id"], decision, "Ditelepon kedua kantor")
    assert hub.cases.list(AUDITOR) == [] and hub.cases.get(AUDITOR, case["id"])["decided_by"] == "o"
    with pytest.raises(HubRefused, match="sudah diputuskan"):
        hub.cases.decide(OPERATOR, case["id"], "keep_first", "sekali lagi")
    found = hub.register.search(AUDITOR, Query(nik=loaded["nik"]))
    assert found.total == (2 if decision == "keep_second" else 1)  # the withdrawn first stays findable
    live = [r for r in found.rows if r["status"] != "dihapus"]
    assert len(live) == 1 and (live[0]["kelurahan"] == "Tanjung Uncang") == (decision == "keep_second")
    if decision == "keep_second":
        assert live[0]["kpj"] == "26000000001" and hub.dashboard().registered == 8


def test_enrolment_needs_the_fingerprint_read_over_the_phone(hub: Hub, make_office) -> None:
    office = make_office(BELIAN, enrol=False)
    data = office.enrolment()
    assert hub.offices.preview(ADMIN, data).device_id == office.device_id
    with pytest.raises(NotAllowed):
        hub.offices.enrol(OPERATOR, data, read_enrolment(data).fingerprint)
    with pytest.raises(HubRefused, match="TIDAK SAMA"):
        hub.offices.enrol(ADMIN, data, "ABCD " * 8)
    with pytest.raises(HubRefused, match="TIDAK SAMA"):
        hub.offices.enrol(ADMIN, data, "")
    assert hub.offices.list(AUDITOR) == []
    _, status = hub.offices.enrol(ADMIN, data, read_enrolment(data).fingerprint.lower().replace(" ", "-"))
    assert status == "new" and hub.offices.list(AUDITOR)[0]["active"]
    with pytest.raises(HubRefused, match="alasan"):
        hub.offices.revoke(ADMIN, office.device_id, "")
    hub.offices.revoke(ADMIN, office.device_id, "komputer dicuri")
    assert not hub.offices.list(AUDITOR)[0]["active"]
    with pytest.raises(HubRefused):
        hub.offices.preview(ADMIN, b"bukan berkas pendaftaran")


def test_uploaded_bundles_preview_then_import_once(hub: Hub, make_office) -> None:
    office = make_office(BELIAN)
    office.register(3)
    data = office.bundle()
    with pytest.raises(NotAllowed):
        hub.uploads.store_files(AUDITOR, [("a.jamsos", data)])
    with pytest.raises(HubRefused, match="Pilih"):
        hub.uploads.store_files(OPERATOR, [("a.jamsos", b"")])
    batch = hub.uploads.store_files(OPERATOR, [("../../a b.jamsos", data), ("rusak.jamsos", data[:100])])
    preview = hub.uploads.preview(OPERATOR, batch)
    assert preview.dry_run and preview.totals()["accepted"] == 3 and preview.totals()["refused"] == 1
    assert hub.dashboard().registered == 0
    report = hub.uploads.commit(OPERATOR, batch)
    assert report.totals()["accepted"] == 3 and hub.dashboard().registered == 3
    assert {b.source for b in report.bundles} == {"a_b.jamsos", "rusak.jamsos"}
    with pytest.raises(HubRefused, match="sudah tidak ada"):
        hub.uploads.commit(OPERATOR, batch)  # a second press imports nothing twice
    with pytest.raises(HubRefused):
        hub.uploads.preview(OPERATOR, "../../etc")


def test_the_bpjs_history_keeps_both_directions_with_row_counts(hub: Hub, loaded, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed):
        hub.bpjs_files.export(AUDITOR)
    hub.bpjs_files.export(OPERATOR)
    with pytest.raises(HubRefused, match=r"\.xlsx atau \.csv"):
        hub.bpjs_files.store_return(OPERATOR, "kpj.pdf", b"%PDF")
    token = hub.bpjs_files.store_return(OPERATOR, "kpj.csv", f"NIK;KPJ\n{loaded['nik']};26000000001\n1;2\n".encode())
    preview = hub.bpjs_files.preview_return(OPERATOR, token)
    assert preview.assigned == 1 and len(preview.invalid) == 1
    assert hub.register.search(AUDITOR, Query(status="aktif")).total == 0  # the preview saved nothing
    hub.bpjs_files.import_return(OPERATOR, token)
    history = hub.bpjs_files.history(AUDITOR)
    assert [(h["kind"], h["rows"], h["created_by"]) for h in history] == [("kpj", 2, "o"), ("export", 8, "o")]
    name, data = hub.bpjs_files.file(AUDITOR, history[0]["id"])
    assert name == "kpj.csv" and data.startswith(b"NIK;KPJ")
    assert hub.change_settings(ADMIN, {"quota": "24300", "silent_days": "7"}) == ["silent_days"]
    with pytest.raises(NotAllowed):
        hub.change_settings(OPERATOR, {"silent_days": "9"})
