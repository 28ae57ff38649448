"""Benchmark: the console's dashboard and participant search with 24,300 participants from 64 offices, on
SQLite and on PostgreSQL (when the Debian postgresql package is there).

Server time per request is read from the console's own Server-Timing header (the time inside the app, from
the session lookup to the rendered page), for the HTML page and its JSON twin; median and p95 over repeated
requests. Target (issue 15): under 300 ms each. The figures are only meaningful on a machine that is not busy
with other work (the request times scale with the load).
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.roles import Actor, HubRole
from jamsos_desktop.hub.service import Hub

TOTAL = 24_300
ROUNDS = 25
PASSWORD = "bench-sandi-2026"
_TIMING = re.compile(r"app;dur=([0-9.]+)")


def _server_ms(client: TestClient, path: str) -> float:
    answer = client.get(path)
    assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])
    found = _TIMING.search(answer.headers["server-timing"])
    assert found
    return float(found.group(1))


def _sign_in(client: TestClient) -> None:
    page = client.get("/konsol/masuk").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    answer = client.post("/konsol/masuk", data={"csrf": token.group(1), "nama": "bench", "sandi": PASSWORD})
    assert answer.status_code == 200


def _measure(hub: Hub, emit: Callable[..., None], db: str) -> None:
    hub.accounts.add(Actor("lokal:bench", HubRole.ADMIN), name="bench", role=HubRole.AUDITOR, password=PASSWORD)
    client = TestClient(create_app(hub), base_url="http://bench")
    _sign_in(client)
    sample = client.get("/konsol/peserta.json").json()
    detail = sample["rows"][0]["id"]
    searches: dict[str, str] = {
        "dashboard": "/konsol/ringkasan",
        "dashboard_json": "/konsol/ringkasan.json",
        "search_all": "/konsol/peserta",
        "search_name": "/konsol/peserta?nama=siti",
        "search_nik": "/konsol/peserta?nik=2171000000000000",
        "search_kelurahan_status": "/konsol/peserta?kelurahan=21.71.10.1004&status=diterima",
        "search_page_100": "/konsol/peserta?hal=100",
        "participant_page": f"/konsol/peserta/{detail}",
    }
    for name, path in searches.items():
        _server_ms(client, path)  # warm
        times = sorted(_server_ms(client, path) for _ in range(ROUNDS))
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        emit(f"console.{db}.{name}", statistics.median(times), "ms", target="< 300 ms", ok=p95 < 300,
             p95=round(p95, 1), rounds=ROUNDS, participants=TOTAL)


def _loaded(folder: Path, db: str | None) -> Hub:
    from bench_hub import _bundles

    hub = Hub.open(data_dir=folder / "hub", db=db)
    hub.init(escrow_out=folder / "escrow.pem", escrow_passphrase=b"bench-escrow-passphrase")
    _bundles(hub, folder, [])  # the offices it makes are not needed here
    report = hub.import_paths([folder / "stick"])
    assert report.totals()["accepted"] == TOTAL, report.totals()
    with hub.store.write() as conn:  # planner statistics, as a running hub has them (PostgreSQL's autovacuum)
        conn.exec_driver_sql("ANALYZE")
    return hub


def bench(emit: Callable[..., None]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        hub = _loaded(Path(tmp) / "sqlite", None)
        try:
            _measure(hub, emit, "sqlite")
        finally:
            hub.close()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from hub.postgres import start_server

    server: Any = start_server()
    if server is None:
        emit("console.postgresql.skipped", 0, "", reason="install PostgreSQL: apt-get install postgresql")
        return
    try:
        with tempfile.TemporaryDirectory() as tmp:
            hub = _loaded(Path(tmp) / "pg", server.url(server.create_database()))
            try:
                _measure(hub, emit, "postgresql")
            finally:
                hub.close()
    finally:
        server.stop()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from run import emit as _emit

    bench(_emit)
