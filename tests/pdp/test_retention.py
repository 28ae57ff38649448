"""Retention purge: personal fields of records deleted or rejected long ago are erased everywhere in the
office database (row, heirs, outbox snapshots, audit details, search index, free pages), and the audit chain
still verifies; nothing else changes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

import pytest

from jamsos_desktop.domain.roles import NotAllowed
from jamsos_desktop.services.participants import WrongState
from jamsos_desktop.services.reports import AuditFilter
from jamsos_desktop.services.retention import PurgeRefused
from jamsos_desktop.store import outbox

from .conftest import person, sign_in
from .helpers import CityHub

ERASED = ("2171024505800003", "SITI AMINAH", "FATIMAH ZAHRA", "BUDI SANTOSO", "Mawar", "81234567890")


@pytest.fixture
def city(office, tmp_path) -> Iterator[CityHub]:
    hub = CityHub(tmp_path / "city")
    hub.enrol(office)
    yield hub
    hub.close()


def _raw_files(services) -> bytes:
    path = services.office.db_path
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _register_sent_and_deleted(office, city):
    """Siti is registered, approved, accepted by the city, then deleted (she moved) and that too is accepted."""
    saved = office.participants.register(person())
    office.participants.approve([saved.id])
    office.participants.update(saved.id, {"address": "Jl. Mawar No. 9"})  # old and new values in the audit
    office.participants.approve([saved.id])
    office.consent.record_received(saved.id)
    city.round_trip(office)
    office.participants.delete(saved.id, reason="pindah")
    city.round_trip(office)
    return saved.id


def test_purge_erases_personal_fields_everywhere_and_the_chain_still_verifies(office, city, clock):
    gone = _register_sent_and_deleted(office, city)
    clock.advance(days=400)
    kept = office.participants.register(person("2171021203900004", "Rahmat Hidayat", mother_name="Aminah",
                                               address="Jl. Kenanga 4", phone="081377776666",
                                               beneficiaries=[])).id
    office.participants.delete(kept, reason="salah_input")  # deleted later: still inside the period
    for needle in ERASED:
        assert needle.encode() in _raw_files(office)  # the test would notice them
    clock.advance(days=3 * 365)
    office.participants.show(gone)  # opened once more: a view event
    clock.advance(days=335)  # five years and a few days after the deletion

    plan = office.retention.plan()
    assert [c.participant_id for c in plan.due] == [gone] and plan.years == 5
    result = office.retention.purge()
    assert result.erased == [gone] and result.sealed_events >= 6

    report = office.maintenance.check()
    assert report.ok, report.lines()
    record = office.participants.show(gone, audit_view=False)
    assert record["nik"] == "" and record["full_name"] == "" and record["beneficiaries"] == []
    assert record["birth_date"] is None and record["mother_name"] == "" and record["phone"] == ""
    assert record["deleted_reason"] == "pindah" and record["kelurahan_code"] == "21.71.02.1002"
    raw = _raw_files(office)
    for needle in ERASED:
        assert needle.encode() not in raw, needle  # not in any page, free page or the write-ahead log
    assert office.participants.search("aminah") == []
    assert office.participants.show(kept, audit_view=False)["full_name"] == "RAHMAT HIDAYAT"  # untouched
    with sqlite3.connect(office.office.db_path) as conn:
        snapshots = [json.loads(s) for (s,) in conn.execute("SELECT snapshot FROM outbox WHERE participant_id=?",
                                                            (gone,))]
        assert snapshots and all(s == {"id": gone} for s in snapshots)
        details = [json.loads(d) for (d,) in conn.execute(
            "SELECT details FROM audit_event WHERE entity='participant' AND entity_id=?", (gone,))]
        assert all(d.get("dihapus_retensi") for d in details)
        update = next(d for d in details if "changed" in d)
        assert update["changed"]["address"] == "[dihapus]"
        (purge_event,) = conn.execute("SELECT details FROM audit_event WHERE action='purge'").fetchall()
        assert json.loads(purge_event[0])["participants"] == [gone]
        assert conn.execute("SELECT count(*) FROM consent_form WHERE participant_id=?", (gone,)).fetchone() == (1,)


def _sql(services, statement: str, *params: object) -> None:
    with sqlite3.connect(services.office.db_path) as conn:
        conn.execute(statement, params)


def test_an_erased_event_cannot_be_changed_again_nor_a_seal_forged(office, city, clock):
    gone = _register_sent_and_deleted(office, city)
    clock.advance(days=5 * 366)
    office.retention.purge()
    with sqlite3.connect(office.office.db_path) as conn:
        (event_id,) = conn.execute("SELECT id FROM audit_event WHERE entity_id=? AND action='create'",
                                   (gone,)).fetchone()
    _sql(office, "UPDATE audit_event SET operator='lurah' WHERE id=?", event_id)
    broken = office.maintenance.check().chain_break
    assert broken is not None and broken.event_id == event_id
    _sql(office, "UPDATE audit_event SET operator='admin' WHERE id=?", event_id)
    assert office.maintenance.check().ok
    # Details that are not exactly the erased form are refused even under a matching seal.
    with sqlite3.connect(office.office.db_path) as conn:
        (erased,) = conn.execute("SELECT details FROM audit_event WHERE id=?", (event_id,)).fetchone()
    _sql(office, "UPDATE audit_event SET details='{\"dihapus_retensi\":true,\"nik\":\"2171\"}' WHERE id=?", event_id)
    assert office.maintenance.check().chain_break.event_id == event_id
    _sql(office, "UPDATE audit_event SET details=?, operator='lurah' WHERE id=?", erased, event_id)
    # A seal made for the edited event (as someone hiding an edit would) breaks the purge event's digest.
    with office.office.db.read() as s:
        from jamsos_desktop.store.audit import event_hash
        from jamsos_desktop.store.models import AuditEvent

        ev = s.get(AuditEvent, event_id)
        forged = event_hash(id=ev.id, at=ev.at, operator=ev.operator, action=ev.action, entity=ev.entity,
                            entity_id=ev.entity_id, details=ev.details, prev_hash=ev.prev_hash)
    _sql(office, "UPDATE audit_seal SET seal=? WHERE event_id=?", forged, event_id)
    broken = office.maintenance.check().chain_break
    assert broken is not None and "segel" in broken.reason
    # And a seal row removed leaves its event unverifiable.
    _sql(office, "DELETE FROM audit_seal WHERE event_id=?", event_id)
    assert office.maintenance.check().chain_break.event_id == event_id


def test_rejected_records_count_from_the_verdict_and_unacknowledged_ones_wait(office, city, clock):
    rejected = office.participants.register(person()).id
    sign_in(office, "lurah", "lurah1234")
    office.participants.reject(rejected, reason="SK tidak terbaca, NIK 2171024505800003 tidak cocok")
    waiting = office.participants.register(person("2171021203900004", "Rahmat Hidayat")).id
    office.participants.approve([waiting])
    office.sync.export_bundle(city.folder)  # on a stick the city never received
    office.participants.delete(waiting, reason="keluar")
    clock.advance(days=5 * 366)
    plan = office.retention.plan()
    assert [c.participant_id for c in plan.due] == [rejected]
    assert [c.participant_id for c in plan.waiting] == [waiting]
    office.retention.purge()
    shown = office.participants.show(rejected, audit_view=False)
    assert shown["full_name"] == "" and shown["deleted_reason"] == "retensi"
    assert shown["status_reason"] == "SK tidak terbaca, NIK [dihapus] tidak cocok"
    assert office.participants.show(waiting, audit_view=False)["full_name"] == "RAHMAT HIDAYAT"
    with office.office.db.read() as s:
        counts = outbox.counts(s)
    assert counts["notice"] == 0  # the rejected record never left the office: nothing to tell the hub
    assert office.maintenance.check().ok
    with pytest.raises(WrongState):
        office.data_copy.write(rejected, city.folder / "salinan.pdf")


def test_the_hub_is_told_only_about_records_it_holds(office, city, clock):
    gone = _register_sent_and_deleted(office, city)
    clock.advance(days=5 * 366)
    office.retention.purge()
    with office.office.db.read() as s:
        assert outbox.counts(s)["notice"] == 1
        assert outbox.pending(s) == []  # held until a bundle goes to a hub that reads notices (test_hub_notices)
    assert office.participants.show(gone, audit_view=False)["revision"] == 6  # the purge is a change too


def test_dry_run_changes_nothing_and_only_supervisors_purge(office, city, clock):
    gone = _register_sent_and_deleted(office, city)
    clock.advance(days=5 * 366)
    before = _raw_files(office)
    plan = office.retention.plan()
    assert plan.due and office.participants.show(gone, audit_view=False)["full_name"] == "SITI AMINAH"
    assert b"SITI AMINAH" in before
    sign_in(office, "siti", "operator123")
    with pytest.raises(NotAllowed):
        office.retention.plan()
    with pytest.raises(NotAllowed):
        office.retention.purge()


def test_monthly_task_runs_once_a_month_as_the_system(office, city, clock):
    gone = _register_sent_and_deleted(office, city)
    sign_in(office, "siti", "operator123")  # an operator is signed in: the policy still runs
    assert office.retention.run_monthly_if_due() is not None  # first run: nothing due yet
    clock.advance(days=10)
    assert office.retention.run_monthly_if_due() is None
    clock.advance(days=5 * 366)
    result = office.retention.run_monthly_if_due()
    assert result is not None and result.erased == [gone]
    sign_in(office, "admin", "rahasia123")
    (event,) = [e for e in office.reports.audit_events(AuditFilter(action="purge"))
                if json.loads(e.details)["participants"]]
    assert event.operator == "system" and json.loads(event.details)["signed_in"] == "siti"


def test_a_broken_chain_stops_the_purge(office, city, clock):
    _register_sent_and_deleted(office, city)
    clock.advance(days=5 * 366)
    with sqlite3.connect(office.office.db_path) as conn:
        conn.execute("UPDATE audit_event SET operator='x' WHERE id=3")
    with pytest.raises(PurgeRefused, match="Jejak audit putus di peristiwa nomor 3"):
        office.retention.purge()


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """Offices opened after this wait 0.2 s, not 15 s, for a file another program keeps busy."""
    from jamsos_desktop.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)


def test_a_file_busy_at_the_rewrite_is_rewritten_by_the_next_run(short_busy_timeout, office, city, clock,
                                                                  monkeypatch):
    from jamsos_desktop.store import purge
    from jamsos_desktop.store import settings as settings_store

    gone = _register_sent_and_deleted(office, city)
    clock.advance(days=5 * 366)
    real_rewrite = purge.rewrite_file

    def rewrite_while_another_program_writes(db):
        other = sqlite3.connect(office.office.db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # e.g. a second copy of the app in the middle of an import
        try:
            return real_rewrite(db)
        finally:
            other.execute("ROLLBACK")
            other.close()

    monkeypatch.setattr(purge, "rewrite_file", rewrite_while_another_program_writes)
    assert office.retention.purge().erased == [gone]  # erased and committed; only the file rewrite waits
    assert office.participants.show(gone, audit_view=False)["full_name"] == ""
    with office.office.db.read() as s:
        assert settings_store.get(s, "pdp.rewrite_pending") == "1"

    monkeypatch.setattr(purge, "rewrite_file", real_rewrite)
    clock.advance(days=31)
    result = office.retention.run_monthly_if_due()
    assert result is not None and result.erased == []  # nothing new is due, the file is rewritten anyway
    with office.office.db.read() as s:
        assert settings_store.get(s, "pdp.rewrite_pending") == ""
    raw = _raw_files(office)
    for needle in ERASED:
        assert needle.encode() not in raw, needle
