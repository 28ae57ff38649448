"""Participant use cases against a real office database: one transaction per change, outbox and audit."""

import json
import sqlite3

import pytest

from jamsos_desktop.domain.problems import RecordRefused
from jamsos_desktop.domain.roles import NotAllowed
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.participants import NotFound, WrongState
from jamsos_desktop.store import outbox


def _rows(services, table):
    with sqlite3.connect(services.office.db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_register_writes_participant_audit_and_held_outbox(services, valid_record):
    saved = services.participants.register(valid_record)
    assert saved.status == "ready" and saved.revision == 1
    record = services.participants.show(saved.id)
    assert record["full_name"] == "SITI AMINAH" and record["rt"] == "003"
    with services.office.db.read() as s:
        assert outbox.counts(s)["held"] == 1  # waiting for approval: no seq, not exported
        assert outbox.pending(s) == []


def test_a_failure_inside_the_transaction_leaves_nothing_behind(services, valid_record):
    before = {t: _rows(services, t) for t in ("participant", "audit_event", "outbox", "beneficiary")}
    with sqlite3.connect(services.office.db_path) as conn:
        # A real failure from SQLite itself, after the participant row was written in the same transaction.
        conn.execute("CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk'); END")
    record = {**valid_record, "beneficiaries": [{"name": "Budi", "relationship": "suami"}]}
    with pytest.raises(Exception, match="disk"):
        services.participants.register(record)
    after = {t: _rows(services, t) for t in before}
    assert after == before
    assert services.maintenance.check().ok


def test_approval_releases_one_gap_free_seq_and_supersedes_held(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.update(saved.id, {"address": "Jl. Melati 2"})
    services.participants.approve([saved.id])
    with services.office.db.read() as s:
        (entry,) = outbox.pending(s)
        assert entry.seq == 1 and entry.revision == 3 and '"status":"approved"' in entry.snapshot
        assert outbox.counts(s) == {"held": 0, "notice": 0, "queued": 1, "acked": 0, "superseded": 2}


def test_without_approval_records_leave_at_once(services, valid_record):
    services.settings.set("approval.required", "0")
    saved = services.participants.register(valid_record)
    assert saved.status == "approved"
    with services.office.db.read() as s:
        assert [e.seq for e in outbox.pending(s)] == [1]


def test_an_update_that_leaves_the_heirs_alone_does_not_list_them_as_changed(services, valid_record):
    record = {**valid_record, "beneficiaries": [{"name": "Budi", "relationship": "suami", "birth_date": "1978-01-02"}]}
    saved = services.participants.register(record)
    services.participants.update(saved.id, {"address": "Jl. Melati 2"})
    with sqlite3.connect(services.office.db_path) as conn:
        (details,) = conn.execute("SELECT details FROM audit_event WHERE action='update'").fetchone()
    assert list(json.loads(details)["changed"]) == ["address"]


def test_update_records_old_and_new_values(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.update(saved.id, {"phone": "081299998888"})
    with sqlite3.connect(services.office.db_path) as conn:
        details = conn.execute("SELECT details FROM audit_event WHERE action='update'").fetchone()[0]
    assert '"old":"+6281234567890"' in details and '"new":"+6281299998888"' in details


def test_same_nik_twice_is_refused_with_the_existing_name(services, valid_record):
    services.participants.register(valid_record)
    with pytest.raises(RecordRefused) as info:
        services.participants.register({**valid_record, "full_name": "Siti Lain"})
    assert "sudah terdaftar atas nama SITI AMINAH" in str(info.value)


def test_a_batch_is_all_or_nothing_and_names_each_record(services, valid_record):
    bad = {**valid_record, "nik": "2171024505800004", "rt": "abc"}
    with pytest.raises(RecordRefused) as info:
        services.participants.register_many([valid_record, bad])
    assert "data ke-2" in str(info.value) and "RT harus angka" in str(info.value)
    assert services.participants.count() == 0


def test_soft_delete_keeps_the_row_and_sends_a_delete_once_released(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.approve([saved.id])
    services.participants.delete(saved.id, reason="pindah")
    assert services.participants.count() == 0
    assert services.participants.count(ListFilter(include_deleted=True)) == 1
    with services.office.db.read() as s:
        assert [e.op for e in outbox.pending(s)] == ["upsert", "delete"]
    with pytest.raises(WrongState):
        services.participants.update(saved.id, {"address": "x"})


def test_deleting_a_never_released_record_sends_nothing(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.delete(saved.id, reason="salah_input")
    with services.office.db.read() as s:
        assert outbox.pending(s) == [] and outbox.counts(s)["held"] == 0
    # The NIK is free again for a correct registration.
    services.participants.register(valid_record)


def test_roles_are_enforced(services, valid_record):
    services.auth.create_operator(username="ani", display_name="Ani", password="operator1", role="operator")
    services.auth.login("ani", "operator1")
    saved = services.participants.register(valid_record)
    with pytest.raises(NotAllowed, match="tidak boleh menyetujui"):
        services.participants.approve([saved.id])


def test_reject_needs_a_reason_and_correction_makes_it_ready_again(services, valid_record):
    saved = services.participants.register(valid_record)
    with pytest.raises(RecordRefused):
        services.participants.reject(saved.id, reason=" ")
    services.participants.reject(saved.id, reason="Nama tidak sesuai KTP")
    assert services.participants.show(saved.id)["status"] == "rejected"
    assert services.participants.update(saved.id, {"full_name": "Siti Aminah Putri"}).status == "ready"


def test_search_by_part_of_name_nik_phone_and_address(services, valid_record):
    services.participants.register(valid_record)
    for text in ("amin", "SITI", "05800003", "0812345", "+6281234", "mawar", "si"):
        assert len(services.participants.search(text)) == 1, text
    assert services.participants.search("budi") == []


def test_unknown_id(services):
    with pytest.raises(NotFound):
        services.participants.show("nope")
