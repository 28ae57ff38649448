"""The HTTP API against a real uvicorn server on 127.0.0.1, with the office's httpx client."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.formats import READS
from jamsos_desktop.sync.http_client import HubClient, HubRefusedUpload, HubUnavailable, upload_with_retry
from jamsos_desktop.sync.request_auth import sign_headers

from .conftest import free_port
from .helpers import BELIAN, TANJUNG_UNCANG
from .processes import raw_request


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the API is tested on SQLite; the store itself on both databases
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def _bundles(hub: Hub) -> int:
    with hub.store.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(schema.bundle)).scalar_one()


def _signed_head(office, data: bytes) -> bytes:
    """The head of the office's own signed upload of `data`."""
    headers = sign_headers(office.identity, "POST", "/api/v1/bundles", data, now=office.clock(), reads=READS)
    return _post_head(len(data)).replace(b"\r\n\r\n", b"".join(f"\r\n{k}: {v}".encode() for k, v in headers.items())
                                         + b"\r\n\r\n")


def _post_head(length: int) -> bytes:
    return (f"POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {length}\r\nConnection: close\r\n\r\n").encode()


def test_upload_returns_the_receipt_and_a_resend_returns_it_again(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.register(3)
    data = office.bundle()
    with office.client(base_url) as client:
        assert client.health()["hub_id"] == hub.keys.device_id
        first = client.upload_bundle(data)
        assert first.status == "imported"
        receipt = office.read_receipt(first.receipt)
        assert [c.verdict for c in receipt.changes] == ["accepted"] * 3
        assert receipt.manifest.reads == READS  # the hub announces to an office that announced
        again = client.upload_bundle(data)
        assert again.status == "replay"
        assert office.read_receipt(again.receipt).manifest.bundle_id == receipt.manifest.bundle_id
        assert client.latest_receipt(office.device_id) == first.receipt
        with pytest.raises(HubRefusedUpload) as other:
            client.latest_receipt("dev-aaaaaaaaaaaaaaaaaaaa")  # only its own receipts
        assert other.value.status == 403
    assert hub.report().total == 3


def test_a_v010_office_uploads_unsigned_and_gets_a_v010_receipt(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN)  # announces nothing, signs no request
    office.register(2)
    with HubClient(base_url) as client:
        result = client.upload_bundle(office.bundle())
        assert result.status == "imported" and read_manifest(result.receipt)[0].reads is None
        with pytest.raises(HubRefusedUpload) as refused:
            client.latest_receipt(office.device_id)  # a GET must be signed
        assert refused.value.status == 401 and "perbarui aplikasi" in refused.value.message
    hub.set_setting("legacy_uploads", "0")
    office.register(1)
    with HubClient(base_url) as client, pytest.raises(HubRefusedUpload) as off:
        client.upload_bundle(office.bundle())
    assert off.value.status == 401


def test_a_wrong_office_clock_is_corrected_from_the_hub(hub: Hub, make_office, base_url: str, clock) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.register(1)
    with office.client(base_url, clock=lambda: clock() - dt.timedelta(hours=7)) as client:  # set to WIB as UTC
        assert client.upload_bundle(office.bundle()).status == "imported"  # signed again with the hub's time
    with office.client(base_url) as client:
        client.clock_offset = dt.timedelta(hours=-7)
        assert client.exchange(None) is not None


def test_an_upload_cut_off_midway_stores_nothing_and_a_retry_succeeds(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.register(50)
    data = office.bundle()
    raw_request(base_url, _signed_head(office, data), data[: len(data) // 2], read=False)  # the link drops
    time.sleep(0.5)
    assert _bundles(hub) == 0 and hub.report().total == 0
    assert not list((hub.paths.data_dir / "incoming").glob("*"))  # its temporary file is gone too
    with office.client(base_url) as client:
        result = client.upload_bundle(data)
    assert result.status == "imported" and len(office.read_receipt(result.receipt).changes) == 50


def test_a_lost_answer_is_recovered_by_sending_the_whole_bundle_again(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN, version="0.2.0")
    office.register(5)
    data = office.bundle()
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:  # sent whole, the answer never arrives
        sock.sendall(_signed_head(office, data) + data)
        deadline = time.monotonic() + 10
        while _bundles(hub) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
    with office.client(base_url) as client:
        result = client.upload_bundle(data)
    assert result.status == "replay"
    assert [c.seq for c in office.read_receipt(result.receipt).changes] == [1, 2, 3, 4, 5]


def test_refusals_come_back_with_the_reason_and_the_words(hub: Hub, make_office, base_url: str) -> None:
    stranger = make_office(TANJUNG_UNCANG, enrol=False, version="0.2.0")
    stranger.register(1)
    with stranger.client(base_url) as client, pytest.raises(HubRefusedUpload) as refused:
        client.upload_bundle(stranger.bundle())
    assert (refused.value.status, refused.value.reason) == (401, "unauthenticated")
    office = make_office(BELIAN, version="0.2.0")
    with office.client(base_url) as client, pytest.raises(HubRefusedUpload) as damaged:
        client.upload_bundle(b"\x89JAMSOS\r\n\x1a\n\x01MNFT")
    assert (damaged.value.status, damaged.value.reason) == (422, "truncated")
    with office.client(base_url) as client, pytest.raises(HubRefusedUpload) as not_mine:
        client.upload_bundle(_other_bundle(make_office))  # another office's bundle under this office's signature
    assert (not_mine.value.status, not_mine.value.reason) == (403, "wrong_device")
    answer = raw_request(base_url, _post_head(10**10))
    assert answer.startswith(b"HTTP/1.1 413") and b"too_large" in answer
    assert _bundles(hub) == 0


def _other_bundle(make_office) -> bytes:
    other = make_office(BELIAN)
    other.register(1)
    return other.bundle()


def test_operator_pages_on_loopback_and_news_by_post_never_by_get(hub: Hub, make_office, tmp_path: Path) -> None:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(hub, operator_pages=True), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        while not server.started:
            time.sleep(0.02)
        office = make_office(BELIAN, version="0.2.0")
        [person] = office.register(1)
        with office.client(base_url) as client:
            office.apply(client.upload_bundle(office.bundle()).receipt)
        schema_doc = httpx.get(f"{base_url}/openapi.json").json()
        body = schema_doc["paths"]["/api/v1/bundles"]["post"]["requestBody"]["content"]
        assert "application/octet-stream" in body and "/api/v1/receipts/{device_id}" in schema_doc["paths"]
        page = httpx.get(f"{base_url}/report")
        assert page.status_code == 200 and "Belian" in page.text and "text/html" in page.headers["content-type"]
        assert httpx.get(f"{base_url}/report", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 403
        (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{person['nik']};12345678901\n")
        hub.import_kpj(tmp_path / "kpj.csv")
        with office.client(base_url) as client:
            stale = office.read_receipt(client.latest_receipt(office.device_id) or b"")
            assert stale.participants == ()  # a GET only reads what is stored: it issues nothing
            news = office.read_receipt(client.exchange(office.applied) or b"")
        assert [p.kpj_number for p in news.participants] == ["12345678901"]
    finally:
        server.should_exit = True
        thread.join(10)


def test_the_client_reports_an_unreachable_hub_and_retries_with_backoff() -> None:
    with HubClient(f"http://127.0.0.1:{free_port()}", timeout=2) as client, pytest.raises(HubUnavailable):
        client.health()
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(len(request.content))
        if len(calls) == 1:
            raise httpx.ConnectError("network down", request=request)
        if len(calls) == 2:
            return httpx.Response(503)
        return httpx.Response(200, content=b"receipt", headers={"X-Jamsos-Import": "replay"})

    slept: list[float] = []
    with HubClient("http://hub.example", transport=httpx.MockTransport(flaky)) as client:
        result = upload_with_retry(client, b"bundle-bytes", sleep=slept.append)
    assert (result.receipt, result.status) == (b"receipt", "replay")
    assert calls == [12, 12, 12] and len(slept) == 2 and slept[1] > slept[0]
