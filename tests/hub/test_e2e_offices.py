"""End to end with two real offices (office services, their own databases and device keys) and the hub:
register in both (one NIK in both), export, hub import, duplicate reported, BPJS export, KPJ import, receipts
back, both offices show their KPJ numbers / the duplicate. Once over USB sticks, once over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize

from .helpers import BELIAN, TANJUNG_UNCANG

PASSWORD = "rahasia123"


@pytest.fixture
def db_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """USB flow on both databases (parametrised below); the HTTP flow on SQLite."""
    param = getattr(request, "param", "sqlite")
    if param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite'}"
        return
    server = request.getfixturevalue("postgres")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def open_offices(tmp_path: Path, hub: Hub) -> Iterator[Callable[[], tuple[Services, Services]]]:
    opened: list[Services] = []
    (tmp_path / "hub-identity.json").write_bytes(hub.identity_file())

    def make() -> tuple[Services, Services]:
        for code in (BELIAN, TANJUNG_UNCANG):
            office = open_office(tmp_path / f"office-{code}", startup_backup=False)
            initialize(office, kelurahan=code, admin_username="admin", admin_password=PASSWORD)
            svc = Services(office)
            svc.auth.login("admin", PASSWORD)
            hub.enrol(hub.read_enrolment(svc.sync.enrolment()))
            svc.sync.trust_hub(tmp_path / "hub-identity.json")
            opened.append(svc)
        return opened[0], opened[1]

    yield make
    for svc in opened:
        svc.office.close()


def _register(svc: Services, records: list[dict]) -> list[str]:
    saved = svc.participants.register_many(records)
    svc.participants.approve_all_ready()
    return [s.id for s in saved]


def _statuses(svc: Services, ids: list[str]) -> list[tuple[str, str, str]]:
    shown = [svc.participants.show(i, audit_view=False) for i in ids]
    return [(r["status"], r["kpj_number"] or "", r["status_reason"]) for r in shown]


def _scenario(svc_a: Services, svc_b: Services) -> tuple[list[str], list[str], dict]:
    people_a = synthetic_records(3, seed=11, kelurahan_code=BELIAN)
    people_b = synthetic_records(2, seed=12, kelurahan_code=TANJUNG_UNCANG)
    twice = {**people_a[0], "kelurahan_code": TANJUNG_UNCANG}  # the same person, registered again in Tanjung Uncang
    return _register(svc_a, people_a), _register(svc_b, [*people_b, twice]), {"nik": people_a[0]["nik"]}


def _kpj_file(path: Path, hub: Hub) -> Path:
    sheet = openpyxl.load_workbook(hub.export_bpjs(path.with_suffix(".xlsx")).path).active
    niks = [row[0].value for row in sheet.iter_rows(min_row=2)]
    path.write_text("NIK;KPJ\n" + "".join(f"{nik};{20000000000 + i}\n" for i, nik in enumerate(niks)))
    return path


def _check_offices(svc_a: Services, svc_b: Services, ids_a: list[str], ids_b: list[str]) -> None:
    a = _statuses(svc_a, ids_a)
    assert [s for s, _, _ in a] == ["active"] * 3 and all(len(k) == 11 for _, k, _ in a)
    b = _statuses(svc_b, ids_b)
    assert [s for s, _, _ in b] == ["active", "active", "duplicate"]
    assert b[2][1] == "" and "Belian" in b[2][2]
    assert svc_a.sync.pending_count() == 0 and svc_b.sync.pending_count() == 0
    coverage = svc_a.participants.show(ids_a[0], audit_view=False)["coverage_periods"]
    assert coverage and coverage[0]["funding_source"] == "APBD Kota Batam"


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_two_offices_over_usb_sticks(hub: Hub, open_offices, tmp_path: Path) -> None:
    svc_a, svc_b = open_offices()
    ids_a, ids_b, shared = _scenario(svc_a, svc_b)
    stick_a, stick_b = tmp_path / "stick-a", tmp_path / "stick-b"
    stick_a.mkdir()
    stick_b.mkdir()
    svc_a.sync.export_bundle(stick_a)
    svc_b.sync.export_bundle(stick_b)

    assert hub.import_paths([stick_a]).totals()["accepted"] == 3
    report = hub.import_paths([stick_b])
    assert report.totals()["accepted"] == 2
    [dup] = report.bundles[0].result.duplicates
    assert dup.nik == shared["nik"] and "Kelurahan Belian" in dup.text
    assert [d["first_kelurahan"] for d in hub.report().pending_duplicates] == ["Belian"]

    kpj = hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", hub))
    assert kpj.assigned == 5 and not kpj.unmatched and not kpj.invalid
    issued = hub.issue_receipts(stick_a)
    assert len(issued) == 2
    for svc, code in ((svc_a, BELIAN), (svc_b, TANJUNG_UNCANG)):
        [receipt] = stick_a.glob(f"jamsos-receipt-{code}-*.jamsos")
        assert not svc.sync.apply_receipt_file(receipt).already_applied
        assert svc.sync.apply_receipt_file(receipt).already_applied
    _check_offices(svc_a, svc_b, ids_a, ids_b)


def test_two_offices_over_http(hub: Hub, open_offices, base_url: str, tmp_path: Path) -> None:
    svc_a, svc_b = open_offices()
    ids_a, ids_b, _ = _scenario(svc_a, svc_b)
    for svc in (svc_a, svc_b):
        svc.settings.set("sync.hub_url", base_url)
        done = svc.sync.sync_once()  # signed upload, the receipt comes back and is applied
        assert done.uploaded == 3 and done.receipt is not None and not done.receipt.already_applied
    assert hub.report().total == 5 and len(hub.report().pending_duplicates) == 1
    assert hub.import_kpj(_kpj_file(tmp_path / "kpj.csv", hub)).assigned == 5
    for svc in (svc_a, svc_b):  # no new changes: the offices ask for news (and acknowledge it at once)
        news = svc.sync.sync_once()
        assert news.uploaded == 0 and news.receipt is not None and news.receipt.kpj_numbers >= 2
    _check_offices(svc_a, svc_b, ids_a, ids_b)
    with hub.store.read() as conn:  # every KPJ acknowledged: delivered
        assert not conn.execute(sa.select(sa.func.count()).select_from(schema.participant)
                                .where(schema.participant.c.news_pending.is_(True))).scalar_one()
    assert svc_a.sync.sync_once().receipt is not None  # nothing new: the latest receipt again, already applied
