"""The five cases of issue 11, tried as an attacker and as bad luck would, each reproduced as it was seen.

1. An enrolled office writes another kelurahan's participants (delete, hijack, a child dated 2031).
2. Anyone who knows a device id takes that office's receipts (and KPJ news); a lost answer loses them too.
3. A revoked device is brought back by an ordinary `enrol`.
4. (tests/hub/test_upload_limits.py) oversized, trickled and concurrent uploads.
5. The report and the API schema are open to anyone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.canonical import canonical_json
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.request_auth import sign_headers

from .conftest import dump, import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG
from .processes import raw_request


def _rows(hub: Hub, ids: list[str]) -> list[tuple[str, ...]]:
    p = schema.participant
    with hub.store.read() as conn:
        return [tuple(str(v) for v in r) for r in conn.execute(sa.select(p).where(p.c.participant_id.in_(ids))
                                                                 .order_by(p.c.participant_id))]


# --- 1. cross-office writes ------------------------------------------------------------------------------------
def test_an_office_cannot_change_delete_or_create_another_kelurahans_participants(
        hub: Hub, make_office, tmp_path: Path, clock) -> None:
    clock.now = dt.datetime(2026, 11, 30, 2, 0)
    a, b = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    victim, hijacked = a.register(2)
    import_bytes(hub, tmp_path / "a", a.bundle())
    a.acknowledge(a.read_receipt(hub.issue_receipts(tmp_path / "r0")[0].data))
    before = _rows(hub, [victim["id"], hijacked["id"]])

    child = {**b.new_records(1)[0], "kelurahan_code": BELIAN, "birth_date": "2015-06-01"}
    b.seq = 3
    lines = [
        {"seq": 1, "op": "delete", "participant_id": victim["id"], "revision": 50, "snapshot": victim,
         "at": "2026-11-30T01:00:00Z", "by": "b", "reason": "meninggal"},
        {"seq": 2, "op": "upsert", "participant_id": hijacked["id"], "revision": 2, "by": "b",
         "snapshot": {**hijacked, "full_name": "NAMA PALSU", "phone": "081299998888"}, "at": "2026-11-30T01:00:00Z"},
        {"seq": 3, "op": "upsert", "participant_id": child["id"], "revision": 1, "snapshot": child,
         "at": "2031-01-01T00:00:00Z", "by": "b"},
    ]
    report = import_bytes(hub, tmp_path / "b", b.bundle(lines))
    [bundle] = report.bundles
    counts = bundle.result.counts()
    assert (counts["accepted"], counts["deleted"], counts["forbidden"]) == (0, 0, 3)
    assert _rows(hub, [victim["id"], hijacked["id"]]) == before  # nothing of office A changed
    assert _rows(hub, [child["id"]]) == []
    [receipt] = hub.issue_receipts(tmp_path / "r1")
    verdicts = b.read_receipt(receipt.data).changes
    assert [v.verdict for v in verdicts] == ["rejected"] * 3
    assert "milik Kelurahan Belian" in (verdicts[0].reason or "") and "Belian" in (verdicts[1].reason or "")
    assert "2031" in (verdicts[2].reason or "") and "jam komputer" in (verdicts[2].reason or "")
    events = hub.report().security_events
    assert [(e["kind"], e["seq"]) for e in events] == [("future_date", 3), ("other_kelurahan", 2),
                                                        ("other_kelurahan", 1)]
    assert all(e["device_id"] == b.device_id and "Tanjung Uncang" in e["words"] for e in events)
    board = {r["name"]: r for k in hub.dashboard().kecamatan for r in k["kelurahan"]}  # the console's Ringkasan
    assert (board["Tanjung Uncang"]["security_events"], board["Belian"]["security_events"]) == (3, 0)

    # Office A's own later correction still counts, and A's news still goes to A.
    a.update(hijacked["id"], address="Jl. Pelita No. 3")
    import_bytes(hub, tmp_path / "a2", a.bundle())
    assert [v.verdict for v in a.read_receipt(hub.issue_receipts(tmp_path / "r2")[0].data).changes] == ["accepted"]
    with hub.store.read() as conn:
        owner = conn.execute(sa.select(schema.participant.c.device_id, schema.participant.c.owner_kelurahan)
                             .where(schema.participant.c.participant_id == hijacked["id"])).one()
    assert tuple(owner) == (a.device_id, BELIAN)


def test_dates_are_judged_by_the_hubs_clock(hub: Hub, make_office, tmp_path: Path, clock) -> None:
    office = make_office(BELIAN)
    clock.now = dt.datetime(2026, 11, 30, 10, 0)
    [almost] = office.new_records(1)
    almost["birth_date"] = "2011-12-01"  # 15 tomorrow, 14 at the hub today
    office.register_record(almost)
    office.outbox[-1]["at"] = "2026-12-01T06:00:00Z"  # 20 hours ahead: within a day, yet another day
    [ok] = office.register(1)
    office.outbox[-1]["at"] = "2026-12-01T09:59:00Z"
    office.register(1)
    office.outbox[-1]["at"] = "2026-12-01T10:01:00Z"  # more than a day ahead
    [bundle] = import_bytes(hub, tmp_path / "in", office.bundle()).bundles
    assert [n.seq for n in bundle.result.rejected] == [1] and "15 tahun" in bundle.result.rejected[0].text
    assert [n.seq for n in bundle.result.forbidden] == [3] and bundle.result.accepted == 1


# --- 2. receipts taken by anyone, lost answers ---------------------------------------------------------------
def _raw(base_url: str, method: str, path: str, headers: dict[str, str], body: bytes = b"", *,
         read: bool = True) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: hub\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return raw_request(base_url, head.encode(), body, read=read)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def test_anonymous_requests_get_401_and_a_lost_answer_loses_no_kpj(hub: Hub, make_office, base_url: str,
                                                                   tmp_path: Path, clock) -> None:
    office = make_office(BELIAN, version="0.2.0")
    [person] = office.register(1)
    with office.client(base_url) as client:
        office.apply(client.upload_bundle(office.bundle()).receipt)
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{person['nik']};12345678901\n")
    hub.import_kpj(tmp_path / "kpj.csv")
    thief = make_office(TANJUNG_UNCANG)
    before = dump(hub)

    device = office.device_id
    for method, path in (("GET", f"/api/v1/receipts/{device}"), ("POST", "/api/v1/receipts"),
                         ("POST", "/api/v1/bundles")):
        assert httpx.request(method, base_url + path).status_code == 401  # anonymous
        forged = sign_headers(thief.identity, method, path, b"", now=clock(), reads=READS)
        forged["X-Jamsos-Device"] = device  # someone else's key under this office's id
        assert httpx.request(method, base_url + path, headers=forged).status_code == 401
    assert dump(hub) == before  # nothing changed, nothing was marked delivered

    # The office asks for news; the hub answers, but the answer never arrives.
    body = canonical_json({"ack": office.applied._asdict() if office.applied else None})
    headers = sign_headers(office.identity, "POST", "/api/v1/receipts", body, now=clock(), reads=READS)
    _raw(base_url, "POST", "/api/v1/receipts", headers, body, read=False)
    with office.client(base_url) as client:
        replayed = _raw(base_url, "POST", "/api/v1/receipts", headers, body)
        assert replayed.startswith(b"HTTP/1.1 401")  # the same signed request twice: a replay
        news = client.exchange(office.applied)
        assert news is not None
        office.apply(news)
        assert office.kpj == {person["id"]: "12345678901"}
        client.exchange(office.applied)  # acknowledged: delivered now
    with hub.store.read() as conn:
        assert not conn.execute(sa.select(schema.participant.c.news_pending)).scalar_one()


def test_a_receipt_deleted_from_the_stick_is_carried_again(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN, version="0.2.0")
    [person, other] = office.register(2)
    import_bytes(hub, tmp_path / "in1", office.bundle())
    [first] = hub.issue_receipts(tmp_path / "stick1")
    office.apply(first.data)
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{person['nik']};12345678901\n")
    hub.import_kpj(tmp_path / "kpj.csv")
    [lost] = hub.issue_receipts(tmp_path / "stick2")
    for file in (tmp_path / "stick2").iterdir():
        file.unlink()  # deleted from the stick before it reached the office
    # Nothing new at the hub: the unacknowledged receipt goes on the stick again.
    [again] = hub.issue_receipts(tmp_path / "stick3")
    assert again.bundle_id == lost.bundle_id
    # And with new changes from the office (acknowledging only the first receipt), the next receipt carries it.
    office.update(other["id"], address="Jl. Baru 1")
    import_bytes(hub, tmp_path / "in2", office.bundle())
    [later] = hub.issue_receipts(tmp_path / "stick4")
    office.apply(later.data)
    assert office.kpj == {person["id"]: "12345678901"}
    office.register(1)
    import_bytes(hub, tmp_path / "in3", office.bundle())  # acknowledges `later`
    [last] = hub.issue_receipts(tmp_path / "stick5")
    assert office.read_receipt(last.data).participants == ()


# --- 3. revocation is final ----------------------------------------------------------------------------------
def test_a_revoked_device_stays_revoked_until_reinstated_with_a_reason(hub: Hub, make_office,
                                                                        tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(1)
    hub.revoke(office.device_id, reason="komputer kantor dicuri")
    with pytest.raises(HubRefused) as refused:
        hub.enrol(hub.read_enrolment(office.enrolment()))
    assert refused.value.reason == "revoked" and "dicabut" in refused.value.message
    assert "diaktifkan" not in refused.value.message
    [bundle] = import_bytes(hub, tmp_path / "in", office.bundle()).bundles
    assert (bundle.status, bundle.reason) == ("refused", "revoked")
    assert hub.report().security_events[0]["kind"] == "revoked_device"
    with pytest.raises(HubRefused):
        hub.reinstate(office.device_id, reason="  ")
    hub.reinstate(office.device_id, reason="komputer ditemukan, dipasang ulang dan diperiksa")
    assert import_bytes(hub, tmp_path / "in2", office.bundle()).bundles[0].status == "imported"
    actions = [(e.action, e.target) for e in hub.audit_entries()]
    assert ("device.revoke", office.device_id) in actions and ("device.reinstate", office.device_id) in actions


# --- 5. the report and the schema ----------------------------------------------------------------------------
def test_operator_pages_are_off_unless_enabled_for_loopback(hub: Hub, make_office, base_url: str) -> None:
    for path in ("/report", "/api/v1/report", "/openapi.json", "/docs"):
        assert httpx.get(base_url + path).status_code == 404
    assert httpx.get(base_url + "/healthz").status_code == 200
    app = create_app(hub, operator_pages=True)
    local = _asgi_get(app, ("127.0.0.1", 5000), "/api/v1/report", "/openapi.json")
    assert local[0].status_code == 200 and "/api/v1/bundles" in json.loads(local[1].text)["paths"]
    remote = _asgi_get(app, ("10.1.2.3", 5000), "/report", "/openapi.json")
    assert [r.status_code for r in remote] == [403, 403]


def _asgi_get(app: Any, client: tuple[str, int], *paths: str) -> list[httpx.Response]:
    """GET in-process, as if from `client` (address, port)."""
    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as http:
            return [await http.get(path) for path in paths]
    return asyncio.run(run())
