"""Version skew for the trust work (issue 11): the real v0.1.0 release against this version, both ways, over a
stick and over HTTP. Offices and the hub never upgrade on the same day.

- A v0.1.0 office and this hub: the office gets exactly v0.1.0 receipts (no announcement), trusts the hub's
  previous-format identity file (and refuses the new one with a clear message), uploads unsigned over HTTP while
  `legacy_uploads` is 1, and is refused (401, with the hub's words) when it asks for news by an unsigned GET; its
  KPJ numbers still reach it with its next upload or stick, since unacknowledged news is carried again.
- This office and a v0.1.0 hub: the office writes exactly v0.1.0 bundles (the hub announced nothing), its request
  signatures are ignored, and it asks for news the v0.1.0 way (GET).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from jamsos_desktop.hub.api import create_app
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.sync.bundle import read_manifest
from jamsos_desktop.sync.bundlefile import read_bundle_file

from .previous import Release

BELIAN = "21.71.10.1004"
PASSWORD = "rahasia123"
ESCROW = "escrow-passphrase-for-tests"
OFFICE_ENV = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": PASSWORD}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


class OldOffice:
    """A v0.1.0 office, driven through its own `jamsos` command line."""

    def __init__(self, release: Release, folder: Path) -> None:
        self.release, self.folder = release, folder
        _ok(self.run("init", "--kelurahan", BELIAN, "--admin", "admin"))

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.release.jamsos("--data-dir", str(self.folder), *args, env=OFFICE_ENV)

    def register(self, records: list[dict], tmp: Path) -> list[str]:
        (tmp / "records.json").write_text(json.dumps(records), encoding="utf-8")
        _ok(self.run("add", str(tmp / "records.json")))
        _ok(self.run("approve", "--all-ready"))
        return [r["id"] for r in json.loads(_ok(self.run("--json", "list")))]

    def show(self, pid: str) -> dict:
        return json.loads(_ok(self.run("--json", "show", pid)))

    def set_hub_url(self, url: str) -> None:
        code = (f"from pathlib import Path\nfrom jamsos_desktop.services import Services\n"
                f"from jamsos_desktop.services.office import open_office\n"
                f"o = open_office(Path({str(self.folder)!r}), startup_backup=False)\ns = Services(o)\n"
                f"s.auth.login('admin', {PASSWORD!r})\ns.settings.set('sync.hub_url', {url!r})\no.close()\n")
        _ok(self.release.python(code))


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    h = Hub.open(data_dir=tmp_path / "hub")
    h.init(escrow_out=tmp_path / "escrow.pem", escrow_passphrase=ESCROW.encode())
    yield h
    h.close()


@pytest.fixture
def served(hub: Hub) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(hub), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _kpj(hub: Hub, tmp: Path, niks: list[str]) -> None:
    (tmp / "kpj.csv").write_text("NIK;KPJ\n" + "".join(f"{n};{30000000000 + i}\n" for i, n in enumerate(niks)))
    assert hub.import_kpj(tmp / "kpj.csv").assigned == len(niks)


def _old_office_enrolled(previous_release: Release, hub: Hub, tmp_path: Path) -> tuple[OldOffice, list[dict]]:
    office = OldOffice(previous_release, tmp_path / "office")
    _ok(office.run("device", "enrolment", "--out", str(tmp_path / "enrol.json")))
    hub.enrol(hub.read_enrolment((tmp_path / "enrol.json").read_bytes()))
    (tmp_path / "new-identity.json").write_bytes(hub.identity_file())
    refused = office.run("device", "trust-hub", str(tmp_path / "new-identity.json"), "--yes")
    assert refused.returncode == 1 and "reads" in refused.stderr and "Traceback" not in refused.stderr
    (tmp_path / "identity.json").write_bytes(hub.identity_file(previous_format=True))
    _ok(office.run("device", "trust-hub", str(tmp_path / "identity.json"), "--yes"))
    return office, synthetic_records(3, seed=31, kelurahan_code=BELIAN)


def test_a_v010_office_and_this_hub_over_a_stick(previous_release: Release, hub: Hub, tmp_path: Path) -> None:
    office, records = _old_office_enrolled(previous_release, hub, tmp_path)
    ids = office.register(records, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    _ok(office.run("bundle", "export", "--to", str(stick)))
    assert hub.import_paths([stick]).totals()["accepted"] == 3
    [first] = hub.issue_receipts(tmp_path / "r1")
    assert read_manifest(first.data)[0].reads is None  # exactly the v0.1.0 receipt
    _ok(office.run("receipt", "apply", str(next((tmp_path / "r1").glob("*.jamsos")))))
    _kpj(hub, tmp_path, [r["nik"] for r in records])
    [news] = hub.issue_receipts(tmp_path / "r2")
    _ok(office.run("receipt", "apply", str(next((tmp_path / "r2").glob("*.jamsos")))))
    shown = [office.show(pid) for pid in ids]
    assert all(s["status"] == "active" and len(s["kpj_number"]) == 11 for s in shown), shown


def test_a_v010_office_and_this_hub_over_http(previous_release: Release, hub: Hub, served: str,
                                              tmp_path: Path) -> None:
    office, records = _old_office_enrolled(previous_release, hub, tmp_path)
    ids = office.register(records[:2], tmp_path)
    office.set_hub_url(served)
    _ok(office.run("sync", "--once"))  # unsigned upload, accepted: the bundle's signature authenticates it
    assert hub.report().total == 2
    _kpj(hub, tmp_path, [r["nik"] for r in records[:2]])
    asked = office.run("sync", "--once")  # nothing to send: an unsigned GET for news
    assert asked.returncode == 1 and "perbarui aplikasi" in asked.stderr.lower()
    assert all(office.show(pid)["kpj_number"] in ("", None) for pid in ids)
    office.register(records[2:], tmp_path)
    _ok(office.run("sync", "--once"))  # its next upload brings the unacknowledged KPJ numbers with the receipt
    assert all(len(office.show(pid)["kpj_number"] or "") == 11 for pid in ids)


class OldHub:
    def __init__(self, release: Release, folder: Path, tmp: Path) -> None:
        self.release, self.folder = release, folder
        _ok(self.run("init", "--escrow-out", str(tmp / "old-escrow.pem")))
        _ok(self.run("identity", "--out", str(tmp / "old-identity.json")))
        self.identity = tmp / "old-identity.json"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.release.hub("--data-dir", str(self.folder), *args, env={"JAMSOS_HUB_ESCROW_PASSPHRASE": ESCROW})


@pytest.fixture
def new_office(tmp_path: Path) -> Iterator[Services]:
    office = open_office(tmp_path / "new-office", startup_backup=False)
    initialize(office, kelurahan=BELIAN, admin_username="admin", admin_password=PASSWORD, approval_required=False)
    services = Services(office)
    services.auth.login("admin", PASSWORD)
    yield services
    office.close()


def _enrol_with_old_hub(old: OldHub, office: Services, tmp: Path) -> list[str]:
    (tmp / "new-enrol.json").write_bytes(office.sync.enrolment())
    _ok(old.run("enrol", str(tmp / "new-enrol.json"), "--yes"))
    office.sync.trust_hub(old.identity)
    assert office.sync.hub_reads() == {}  # a v0.1.0 hub announces nothing
    saved = office.participants.register_many(synthetic_records(2, seed=41, kelurahan_code=BELIAN))
    return [s.id for s in saved]


def test_this_office_and_a_v010_hub_over_a_stick(previous_release: Release, new_office: Services,
                                                 tmp_path: Path) -> None:
    old = OldHub(previous_release, tmp_path / "old-hub", tmp_path)
    ids = _enrol_with_old_hub(old, new_office, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = new_office.sync.export_bundle(stick)
    manifest = read_manifest(read_bundle_file(exported.path))[0]
    assert manifest.reads is None and manifest.ack is None and not manifest.extra  # exactly v0.1.0
    _ok(old.run("import", str(stick)))
    _ok(old.run("receipts", "--out", str(tmp_path / "r1")))
    new_office.sync.apply_receipt_file(next((tmp_path / "r1").glob("*.jamsos")))
    niks = [new_office.participants.show(i, audit_view=False)["nik"] for i in ids]
    (tmp_path / "kpj.csv").write_text("NIK;KPJ\n" + "".join(f"{n};{40000000000 + i}\n" for i, n in enumerate(niks)))
    _ok(old.run("import-kpj", str(tmp_path / "kpj.csv")))
    _ok(old.run("receipts", "--out", str(tmp_path / "r2")))
    assert new_office.sync.apply_receipt_file(next((tmp_path / "r2").glob("*.jamsos"))).kpj_numbers == 2
    assert [new_office.participants.show(i)["status"] for i in ids] == ["active", "active"]


def test_this_office_and_a_v010_hub_over_http(previous_release: Release, new_office: Services,
                                              tmp_path: Path) -> None:
    old = OldHub(previous_release, tmp_path / "old-hub", tmp_path)
    ids = _enrol_with_old_hub(old, new_office, tmp_path)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "jamsos_desktop.hub", "--data-dir", str(old.folder), "serve",
                               "--port", str(port)], env=previous_release.env(), cwd=previous_release.root,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180  # a loaded machine starts a process slowly
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        new_office.settings.set("sync.hub_url", url)
        assert new_office.sync.sync_once().uploaded == 2  # signed headers are ignored by the old hub
        niks = [new_office.participants.show(i, audit_view=False)["nik"] for i in ids]
        (tmp_path / "kpj.csv").write_text("NIK;KPJ\n" + "".join(f"{n};{50000000000 + i}\n"
                                                                 for i, n in enumerate(niks)))
        _ok(old.run("import-kpj", str(tmp_path / "kpj.csv")))
        news = new_office.sync.sync_once()  # nothing to send: the v0.1.0 way, GET /api/v1/receipts/{device}
        assert news.receipt is not None and news.receipt.kpj_numbers == 2
        assert [new_office.participants.show(i)["status"] for i in ids] == ["active", "active"]
    finally:
        server.terminate()
        server.wait(10)
