"""Anchored office audit history (hub/anchors.py), end to end with a real office and the hub.

The office's audit rows are edited with sqlite3 behind the app's back (events deleted from the middle and the
whole chain re-hashed and renumbered, so the office's own chain check passes), or the office database is put
back from an older copy; the next bundle is flagged as a security event (shown on the console's Ringkasan and
named by `jamsos-hub check`) and its data is imported all the same. An honest history is never flagged.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.cli import main as hub_main
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.services.sync import change_line
from jamsos_desktop.store import audit, outbox
from jamsos_desktop.sync.anchor import FIELD
from jamsos_desktop.sync.bundle import read_manifest, write_bundle
from jamsos_desktop.sync.bundlefile import read_bundle_file

from .helpers import BELIAN

PASSWORD = "rahasia123"


@pytest.fixture
def db_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """SQLite, and the main case on PostgreSQL too (parametrised below)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.sqlite'}"
        return
    server = request.getfixturevalue("postgres")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


class OfficePC:
    """A real office (its own database and device key) that can be closed, edited behind its back, reopened."""

    def __init__(self, folder: Path, hub: Hub, tmp: Path) -> None:
        self.folder, self.hub, self.tmp, self.sent = folder, hub, tmp, 0
        office = open_office(folder, startup_backup=False)
        initialize(office, kelurahan=BELIAN, admin_username="admin", admin_password=PASSWORD)
        self.svc = Services(office)
        self.svc.auth.login("admin", PASSWORD)
        hub.enrol(hub.read_enrolment(self.svc.sync.enrolment()))
        (tmp / "hub-identity.json").write_bytes(hub.identity_file())
        self.svc.sync.trust_hub(tmp / "hub-identity.json")

    def register(self, n: int, seed: int) -> None:
        self.svc.participants.register_many(synthetic_records(n, seed=seed, kelurahan_code=BELIAN))
        self.svc.participants.approve_all_ready()

    def send(self) -> tuple[dict, str]:
        """Export a bundle to a fresh stick and import it at the hub: (its manifest's audit field, the message)."""
        self.sent += 1
        stick = self.tmp / f"stick{self.sent}"
        stick.mkdir()
        exported = self.svc.sync.export_bundle(stick)
        manifest = read_manifest(read_bundle_file(exported.path))[0]
        [bundle] = self.hub.import_paths([stick]).bundles
        assert bundle.status == "imported", bundle.message
        return manifest.extra[FIELD], bundle.message

    def close(self) -> None:
        self.svc.office.close()

    def reopen(self) -> None:
        self.svc = Services(open_office(self.folder, startup_backup=False))
        self.svc.auth.login("admin", PASSWORD)


@pytest.fixture
def office(tmp_path: Path, hub: Hub) -> Iterator[OfficePC]:
    pc = OfficePC(tmp_path / "office", hub, tmp_path)
    yield pc
    pc.close()


def _rewrite_history(db_path: Path, drop: Callable[[int], bool]) -> None:
    """What an attacker with the database file does: delete events, renumber the rest, re-hash the whole chain
    (the hash formula is public; no key is needed)."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT id, at, operator, action, entity, entity_id, details FROM audit_event "
                            "ORDER BY id").fetchall()
        conn.execute("DELETE FROM audit_event")
        prev, new_id = audit.GENESIS, 0
        for old_id, at, operator, action, entity, entity_id, details in rows:
            if drop(old_id):
                continue
            new_id += 1
            h = audit.event_hash(id=new_id, at=dt.datetime.fromisoformat(at), operator=operator, action=action,
                                 entity=entity, entity_id=entity_id, details=details, prev_hash=prev)
            conn.execute("INSERT INTO audit_event (id, at, operator, action, entity, entity_id, details, prev_hash, "
                         "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (new_id, at, operator, action, entity, entity_id, details, prev, h))
            prev = h


def _security(hub: Hub) -> list[dict]:
    return [e.to_dict() for e in hub.security_events() if e.kind == "audit_history"]


def _verdicts(hub: Hub) -> list[str]:
    a = schema.audit_anchor.c
    with hub.store.read() as conn:
        return list(conn.execute(sa.select(a.verdict).order_by(a.id)).scalars())


def _hub_check(hub: Hub, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = hub_main(["--data-dir", str(hub.paths.data_dir), "--db", hub.store.url, "check"])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_an_audit_history_rewritten_behind_the_apps_back_is_flagged_and_its_data_kept(
        hub: Hub, office: OfficePC, capsys: pytest.CaptureFixture[str]) -> None:
    office.register(3, seed=61)
    first, message = office.send()
    assert first["last_id"] >= 8 and first["marks"] == [] and message == ""
    office.register(2, seed=62)
    office.close()
    _rewrite_history(office.svc.office.db_path, lambda event_id: 4 <= event_id <= 6)  # three from the middle
    office.reopen()
    assert office.svc.maintenance.check().chain_break is None  # the office's own chain check cannot see it

    office.register(1, seed=63)
    second, message = office.send()
    assert second["marks"] and second["marks"][0][0] == first["last_id"]  # it shows the anchored position...
    assert second["marks"][0][1] != first["head"]  # ...whose event is no longer the one the hub anchored
    assert "riwayat audit kantor ini tidak menyambung" in message
    assert _verdicts(hub) == ["start", "rewritten"]
    [event] = _security(hub)
    assert event["device_id"] == office.svc.sync.identity().device_id and event["kelurahan_code"] == BELIAN
    assert f"peristiwa audit nomor {first['last_id']}" in event["words"] and "diubah di luar aplikasi" in event["words"]
    assert hub.report().total == 6  # the flagged bundle's registrations are in the register all the same
    board = {r["name"]: r for k in hub.dashboard().kecamatan for r in k["kelurahan"]}  # the console's Ringkasan
    assert board["Belian"]["security_events"] == 1
    code, out = _hub_check(hub, capsys)
    assert code == 1 and "RIWAYAT AUDIT KANTOR TIDAK MENYAMBUNG" in out and "Belian" in out

    office.register(1, seed=64)  # from now on the office goes on honestly: its next bundle extends the new anchor
    office.send()
    assert _verdicts(hub) == ["start", "rewritten", "extends"] and len(_security(hub)) == 1


def test_an_honest_history_is_never_flagged(hub: Hub, office: OfficePC, capsys: pytest.CaptureFixture[str]) -> None:
    office.register(2, seed=71)
    office.send()
    lost = office.tmp / "lost-stick"  # a bundle on a stick that never reaches the hub
    lost.mkdir()
    office.register(1, seed=72)
    office.svc.sync.export_bundle(lost)
    office.svc.participants.register_many(synthetic_records(1, seed=73, kelurahan_code=BELIAN))
    office.svc.participants.approve_all_ready()
    third, message = office.send()
    assert len(third["marks"]) == 2 and message.startswith("bundle sebelumnya belum pernah diterima")
    office.register(1, seed=74)
    office.send()
    assert _verdicts(hub) == ["start", "extends", "extends"] and _security(hub) == []
    code, out = _hub_check(hub, capsys)
    assert code == 0 and "Riwayat audit setiap kantor menyambung" in out


def test_an_office_restored_from_an_older_backup_is_flagged(hub: Hub, office: OfficePC) -> None:
    office.register(2, seed=81)
    office.send()
    older = office.svc.maintenance.backup(office.tmp / "backup.sqlite")  # the app's own backup
    office.register(3, seed=82)
    office.send()
    office.svc.maintenance.restore(older)  # put back behind the hub's back; the office goes on working
    office.register(2, seed=83)
    office.send()
    verdicts = _verdicts(hub)
    assert verdicts[:2] == ["start", "extends"] and verdicts[2] in ("behind", "unproven")
    [event] = _security(hub)
    assert "cadangan lama" in event["words"]
    assert hub.report().total == 7  # the restored office's new registrations arrive all the same


def test_a_malformed_anchor_is_flagged_not_refused(hub: Hub, office: OfficePC, tmp_path: Path) -> None:
    office.register(1, seed=91)
    sync = office.svc.sync
    entries_data, _ = sync.build_bundle()
    manifest = read_manifest(entries_data)[0]
    with sync.office.db.read() as s:
        lines = [change_line(e) for e in outbox.pending(s)]
    data = write_bundle(kind="changes", identity=sync.identity(), recipients=sync.hub().recipients(),  # type: ignore[union-attr]
                        kelurahan_code=BELIAN, records=lines, previous=None, app_version=manifest.app_version,
                        reads=manifest.reads, extra={FIELD: {"last_id": "many", "head": "x", "marks": []}})
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "one.jamsos").write_bytes(data)
    [bundle] = hub.import_paths([tmp_path / "bad"]).bundles
    assert bundle.status == "imported" and bundle.result.counts()["accepted"] == 1
    [event] = _security(hub)
    assert "tidak terbaca" in event["words"] and json.dumps(event)  # kept as a security event


def test_an_office_that_stops_anchoring_is_flagged(hub: Hub, office: OfficePC) -> None:
    office.register(1, seed=95)
    office.send()
    office.close()
    with sqlite3.connect(office.svc.office.db_path) as conn:  # the hub's announcement removed behind the app's back
        conn.execute("DELETE FROM setting WHERE key = 'sync.hub_reads'")
    office.reopen()
    office.register(1, seed=96)
    stick = office.tmp / "no-anchor"
    stick.mkdir()
    exported = office.svc.sync.export_bundle(stick)
    assert FIELD not in read_manifest(read_bundle_file(exported.path))[0].extra
    [bundle] = hub.import_paths([stick]).bundles
    assert bundle.status == "imported" and "tidak menyambung" in bundle.message
    [event] = _security(hub)
    assert "tidak membawa riwayat audit" in event["words"]
    assert hub.report().total == 2
