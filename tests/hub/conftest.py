"""Hub test fixtures: a hub with keys on SQLite AND on a real PostgreSQL server, fake offices, a settable clock."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import uvicorn

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.importer import ImportReport
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.hubkeys import HubIdentity, read_hub_identity

from .helpers import FakeOffice
from .postgres import SKIP_REASON, PostgresServer, start_server

ESCROW_PASSPHRASE = b"escrow-passphrase-for-tests"


class Clock:
    """A hub clock the test moves by hand (naive UTC, like the hub's own)."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = start_server()
    if server is None:
        pytest.skip(SKIP_REASON)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hub(tmp_path: Path, db_url: str, clock: Clock) -> Iterator[Hub]:
    h = Hub.open(data_dir=tmp_path / "hub", db=db_url, clock=clock)
    h.init(escrow_out=tmp_path / "escrow.pem", escrow_passphrase=ESCROW_PASSPHRASE)
    yield h
    h.close()


@pytest.fixture
def hub_identity(hub: Hub) -> HubIdentity:
    return read_hub_identity(hub.identity_file())


@pytest.fixture
def make_office(tmp_path: Path, hub: Hub, hub_identity: HubIdentity, clock: Clock) -> Callable[..., FakeOffice]:
    count = iter(range(1, 1000))

    def make(kelurahan_code: str, *, name: str = "Kantor Lurah", enrol: bool = True,
             version: str = "0.1.0") -> FakeOffice:
        n = next(count)
        office = FakeOffice(tmp_path / f"office{n}", hub_identity, kelurahan_code, name=f"{name} {n}", seed=n,
                            clock=clock, app_version=version)
        if enrol:
            hub.enrol(hub.read_enrolment(office.enrolment()))
        return office

    return make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def base_url(hub: Hub) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(hub), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def import_bytes(hub: Hub, folder: Path, *bundles: bytes, dry_run: bool = False) -> ImportReport:
    """Write the bundles as files into a new folder and import that folder."""
    folder.mkdir(parents=True, exist_ok=True)
    start = len(list(folder.iterdir()))
    for i, data in enumerate(bundles, start):
        (folder / f"bundle-{i:03d}.jamsos").write_bytes(data)
    return hub.import_paths([folder / f"bundle-{i:03d}.jamsos" for i in range(start, start + len(bundles))],
                            dry_run=dry_run)


def dump(hub: Hub) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every hub table, sorted: equal dumps mean nothing changed."""
    with hub.store.read() as conn:
        return {table.name: sorted(tuple(str(v) for v in row) for row in conn.execute(sa.select(table)))
                for table in schema.metadata.sorted_tables}
