"""Delivery that cannot be stolen or lost, with a real office (its services, database and device key) and the hub:
a receipt deleted from the stick, an anonymous GET, a lost HTTP answer and a gap in the receipt chain; every KPJ
number still reaches its office, and counts as delivered only once the office acknowledged it."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.sync.canonical import canonical_json
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.request_auth import sign_headers

from .helpers import BELIAN

PASSWORD = "rahasia123"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


@pytest.fixture
def office(tmp_path: Path, hub: Hub) -> Iterator[Services]:
    opened = open_office(tmp_path / "office", startup_backup=False)
    initialize(opened, kelurahan=BELIAN, admin_username="admin", admin_password=PASSWORD, approval_required=False)
    svc = Services(opened)
    svc.auth.login("admin", PASSWORD)
    hub.enrol(hub.read_enrolment(svc.sync.enrolment()))
    (tmp_path / "hub-identity.json").write_bytes(hub.identity_file())
    svc.sync.trust_hub(tmp_path / "hub-identity.json")
    yield svc
    opened.close()


def _register(svc: Services, n: int, seed: int) -> list[str]:
    return [s.id for s in svc.participants.register_many(synthetic_records(n, seed=seed, kelurahan_code=BELIAN))]


def _kpj(hub: Hub, svc: Services, tmp: Path, ids: list[str], start: int) -> None:
    niks = [svc.participants.show(i, audit_view=False)["nik"] for i in ids]
    (tmp / f"kpj{start}.csv").write_text("NIK;KPJ\n" + "".join(f"{n};{start + i}\n" for i, n in enumerate(niks)))
    assert hub.import_kpj(tmp / f"kpj{start}.csv").assigned == len(ids)


def _kpj_numbers(svc: Services, ids: list[str]) -> list[str]:
    return [svc.participants.show(i, audit_view=False)["kpj_number"] or "" for i in ids]


def _pending(hub: Hub) -> int:
    p = schema.participant.c
    with hub.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).where(p.news_pending.is_(True))).scalar_one())


def _receipts(hub: Hub) -> int:
    with hub.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(schema.receipt)).scalar_one())


def test_a_receipt_deleted_from_the_stick_still_brings_the_kpj(hub: Hub, office: Services, tmp_path: Path) -> None:
    ids = _register(office, 2, seed=61)
    for folder in ("stick", "r1", "r2", "r3"):
        (tmp_path / folder).mkdir()
    office.sync.export_bundle(tmp_path / "stick")
    hub.import_paths([tmp_path / "stick"])
    hub.issue_receipts(tmp_path / "r1")
    office.sync.apply_receipt_file(next((tmp_path / "r1").glob("*.jamsos")))
    _kpj(hub, office, tmp_path, ids, 60000000000)
    [lost] = hub.issue_receipts(tmp_path / "r2")
    for file in (tmp_path / "r2").iterdir():
        file.unlink()  # deleted from the stick on the way
    assert _pending(hub) == 2  # issued is not delivered
    [again] = hub.issue_receipts(tmp_path / "r3")  # the operator's routine run puts it on the stick again
    assert (again.bundle_id, again.again) == (lost.bundle_id, True)
    result = office.sync.apply_receipt_file(next((tmp_path / "r3").glob("*.jamsos")))
    assert result.kpj_numbers == 2 and all(len(k) == 11 for k in _kpj_numbers(office, ids))
    _register(office, 1, seed=62)
    (tmp_path / "stick2").mkdir()
    office.sync.export_bundle(tmp_path / "stick2")  # the bundle acknowledges the receipt applied
    hub.import_paths([tmp_path / "stick2"])
    assert _pending(hub) == 0


def _lost_exchange(base_url: str, hub: Hub, svc: Services) -> None:
    """The office asks for news, the hub answers, the answer never arrives."""
    link = svc.sync.ack_link()
    body = canonical_json({"ack": link._asdict() if link else None})
    headers = sign_headers(svc.sync.identity(), "POST", "/api/v1/receipts", body, now=hub.clock(), reads=READS)
    head = ("POST /api/v1/receipts HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
    before = _receipts(hub)
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head.encode() + body)
        deadline = time.monotonic() + 10
        while _receipts(hub) == before and time.monotonic() < deadline:
            time.sleep(0.05)
    assert _receipts(hub) == before + 1


def test_over_http_thieves_get_401_and_lost_answers_lose_nothing(hub: Hub, office: Services, base_url: str,
                                                                 tmp_path: Path) -> None:
    office.settings.set("sync.hub_url", base_url)
    ids = _register(office, 3, seed=63)
    assert office.sync.sync_once().uploaded == 3
    _kpj(hub, office, tmp_path, ids[:1], 70000000000)
    device = office.sync.identity().device_id
    assert httpx.get(f"{base_url}/api/v1/receipts/{device}").status_code == 401  # the id printed on every card
    assert httpx.post(f"{base_url}/api/v1/receipts", json={"ack": None}).status_code == 401
    assert _pending(hub) == 1

    _lost_exchange(base_url, hub, office)  # receipt 2 (KPJ of the first) issued, never seen by the office
    _kpj(hub, office, tmp_path, ids[1:2], 70000000010)
    _lost_exchange(base_url, hub, office)  # receipt 3 (both KPJ: the first is still unacknowledged), lost too
    _kpj(hub, office, tmp_path, ids[2:], 70000000020)
    done = office.sync.sync_once()  # receipt 4; receipts 2 and 3 missing from the chain are fetched first
    assert done.filled == 2 and done.receipt is not None and not done.receipt.missing_previous
    assert _kpj_numbers(office, ids) == ["70000000000", "70000000010", "70000000020"]
    assert _pending(hub) == 0  # acknowledged at once
    assert [s["status"] for s in (office.participants.show(i) for i in ids)] == ["active"] * 3


def test_a_receipt_found_late_on_a_stick_does_not_roll_news_back(hub: Hub, office: Services, tmp_path: Path) -> None:
    [pid] = _register(office, 1, seed=64)
    for folder in ("stick", "r1", "r2", "r3"):
        (tmp_path / folder).mkdir()
    office.sync.export_bundle(tmp_path / "stick")
    hub.import_paths([tmp_path / "stick"])
    [old] = hub.issue_receipts(tmp_path / "r1")  # this stick stays in a drawer
    _kpj(hub, office, tmp_path, [pid], 80000000000)
    [new] = hub.issue_receipts(tmp_path / "r2")  # carries the verdict's news: the KPJ
    applied = office.sync.apply_receipt_file(next((tmp_path / "r2").glob("*.jamsos")))
    assert applied.missing_previous and applied.kpj_numbers == 1  # the gap is noticed; nothing is lost
    late = office.sync.apply_receipt_file(next((tmp_path / "r1").glob("*.jamsos")))
    assert late.superseded and not late.already_applied
    assert _kpj_numbers(office, [pid]) == ["80000000000"]
    assert office.participants.show(pid)["status"] == "active"


def test_the_office_refuses_plain_http_to_another_computer(office: Services) -> None:
    from jamsos_desktop.services.sync import SyncProblem
    from jamsos_desktop.sync.http_client import HubUnavailable

    office.settings.set("sync.hub_url", "http://hub.invalid:8750")
    with pytest.raises(SyncProblem) as refused:
        office.sync.sync_once()
    assert "tanpa enkripsi" in str(refused.value) and "https://" in str(refused.value)
    office.settings.set("sync.allow_plain_http", "1")  # a closed network the city vouches for
    with pytest.raises(HubUnavailable):
        office.sync.sync_once()
