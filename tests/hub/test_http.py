"""The HTTP API against a real uvicorn server on 127.0.0.1, with the office's httpx client."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.http_client import HubClient, HubRefusedUpload, HubUnavailable, upload_with_retry

from .conftest import free_port
from .helpers import BELIAN, TANJUNG_UNCANG


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the API is tested on SQLite; the store itself on both databases
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def _bundles(hub: Hub) -> int:
    with hub.store.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(schema.bundle)).scalar_one()


def _raw_request(base_url: str, head: bytes, body: bytes = b"", *, read: bool = True) -> bytes:
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + body)
        if not read:
            return b""
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def _post_head(length: int) -> bytes:
    return (f"POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {length}\r\nConnection: close\r\n\r\n").encode()


def test_upload_returns_the_receipt_and_a_resend_returns_it_again(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN)
    office.register(3)
    data = office.bundle()
    with HubClient(base_url) as client:
        assert client.health()["hub_id"] == hub.keys.device_id
        first = client.upload_bundle(data)
        assert first.status == "imported"
        receipt = office.read_receipt(first.receipt)
        assert [c.verdict for c in receipt.changes] == ["accepted"] * 3
        again = client.upload_bundle(data)
        assert again.status == "replay"
        assert office.read_receipt(again.receipt).manifest.bundle_id == receipt.manifest.bundle_id
        assert client.latest_receipt(office.device_id) == first.receipt
        assert client.latest_receipt("dev-aaaaaaaaaaaaaaaaaaaa") is None
    assert hub.report().total == 3


def test_an_upload_cut_off_midway_stores_nothing_and_a_retry_succeeds(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN)
    office.register(50)
    data = office.bundle()
    _raw_request(base_url, _post_head(len(data)), data[: len(data) // 2], read=False)  # the link drops
    time.sleep(0.5)
    assert _bundles(hub) == 0 and hub.report().total == 0
    with HubClient(base_url) as client:
        result = client.upload_bundle(data)
    assert result.status == "imported" and len(office.read_receipt(result.receipt).changes) == 50


def test_a_lost_answer_is_recovered_by_sending_the_whole_bundle_again(hub: Hub, make_office, base_url: str) -> None:
    office = make_office(BELIAN)
    office.register(5)
    data = office.bundle()
    _raw_request(base_url, _post_head(len(data)), data, read=False)  # sent whole, the answer never arrives
    deadline = time.monotonic() + 10
    while _bundles(hub) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    with HubClient(base_url) as client:
        result = client.upload_bundle(data)
    assert result.status == "replay"
    assert [c.seq for c in office.read_receipt(result.receipt).changes] == [1, 2, 3, 4, 5]


def test_refusals_come_back_with_the_reason_and_the_words(hub: Hub, make_office, base_url: str) -> None:
    stranger = make_office(TANJUNG_UNCANG, enrol=False)
    stranger.register(1)
    with HubClient(base_url) as client, pytest.raises(HubRefusedUpload) as refused:
        client.upload_bundle(stranger.bundle())
    assert (refused.value.status, refused.value.reason) == (403, "unknown_key")
    assert "Daftarkan perangkat" in refused.value.message
    with HubClient(base_url) as client, pytest.raises(HubRefusedUpload) as damaged:
        client.upload_bundle(b"\x89JAMSOS\r\n\x1a\n\x01MNFT")
    assert (damaged.value.status, damaged.value.reason) == (422, "truncated")
    answer = _raw_request(base_url, _post_head(10**10))
    assert answer.startswith(b"HTTP/1.1 413") and b"too_large" in answer
    assert _bundles(hub) == 0


def test_the_schema_the_report_page_and_news_by_get(hub: Hub, make_office, base_url: str, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [person] = office.register(1)
    with HubClient(base_url) as client:
        client.upload_bundle(office.bundle())
    schema_doc = httpx.get(f"{base_url}/openapi.json").json()
    body = schema_doc["paths"]["/api/v1/bundles"]["post"]["requestBody"]["content"]
    assert "application/octet-stream" in body and "/api/v1/receipts/{device_id}" in schema_doc["paths"]
    page = httpx.get(f"{base_url}/report")
    assert page.status_code == 200 and "Belian" in page.text and "text/html" in page.headers["content-type"]
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{person['nik']};12345678901\n")
    hub.import_kpj(tmp_path / "kpj.csv")
    with HubClient(base_url) as client:
        news = office.read_receipt(client.latest_receipt(office.device_id) or b"")
    assert [p.kpj_number for p in news.participants] == ["12345678901"]


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
