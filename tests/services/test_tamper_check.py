"""Direct edits of the office database with sqlite3, behind the app's back, are named by `jamsos check`: each
participant row and operator account must equal the state its latest audit event records."""

import json
import sqlite3

import pytest

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store import audit
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def office20(services, valid_record):
    records = [{**valid_record, "nik": f"21710245058{i:05d}", "full_name": "Warga " + "ABCDEFGHIJKLMNOPQRST"[i - 1] * 2}
               for i in range(1, 21)]
    services.participants.register_many(records, confirm_warnings=False)
    services.auth.create_operator(username="ani", display_name="Ani", password="anisandi123", role="operator")
    assert services.maintenance.check().ok, services.maintenance.check().lines()
    return services


def _sql(services, *statements):
    services.office.db.dispose()
    with sqlite3.connect(services.office.db_path) as conn:
        for statement in statements:
            conn.execute(statement)


def _problems(services):
    report = services.maintenance.check()
    assert not report.ok
    assert report.chain_break is None  # the chain itself is intact: only the state check can see these
    return [m.text() for m in report.state_mismatches]


def test_raising_a_clerk_to_supervisor_is_named(office20):
    _sql(office20, "UPDATE operator SET role='supervisor' WHERE username='ani'")
    assert _problems(office20) == ["akun operator ani diubah di luar aplikasi (tidak sama dengan peristiwa audit "
                                   "terakhirnya)"]


def test_a_changed_nik_and_a_deleted_row_are_named(office20):
    _sql(office20, "UPDATE participant SET nik='2171024505899999' WHERE full_name='WARGA CC'",
         "DELETE FROM beneficiary WHERE participant_id IN (SELECT id FROM participant WHERE full_name='WARGA DD')",
         "DELETE FROM participant WHERE full_name='WARGA DD'")
    problems = _problems(office20)
    assert len(problems) == 2
    assert any("WARGA CC (NIK 2171024505899999) diubah di luar aplikasi" in p for p in problems)
    assert any("dihapus dari basis data tanpa peristiwa audit" in p for p in problems)


def test_a_row_added_behind_the_apps_back_is_named(office20):
    _sql(office20, "INSERT INTO operator (username, display_name, password_hash, role, active, created_at) "
                   "VALUES ('penyusup', 'X', 'x', 'admin', 1, '2026-01-01 00:00:00')")
    assert _problems(office20) == ["akun operator penyusup ada di basis data tanpa peristiwa audit"]


def test_cutting_the_last_events_is_named(office20):
    office20.participants.approve_all_ready()
    with office20.office.db.read() as s:
        last = audit.count(s)
    _sql(office20, f"DELETE FROM audit_event WHERE id > {last - 10}")  # the last 10 approvals
    problems = _problems(office20)
    assert len(problems) == 10 and all("diubah di luar aplikasi" in p for p in problems)


def test_an_approval_made_with_sql_is_named(office20):
    # a supervisor-free "approval": the chain is untouched, the row no longer matches its last event
    _sql(office20, "UPDATE participant SET status='approved' WHERE full_name='WARGA EE'")
    assert any("WARGA EE" in p for p in _problems(office20))


def test_a_database_from_before_states_gets_a_baseline_once(tmp_path, office20):
    office = office20.office
    _sql(office20, "UPDATE audit_event SET details=replace(details, '\"state\":', '\"old_state\":')")
    # re-hash the chain as an old database would be (no state anywhere)
    with sqlite3.connect(office.db_path) as conn:
        rows = conn.execute("SELECT id, at, operator, action, entity, entity_id, details FROM audit_event "
                            "ORDER BY id").fetchall()
        prev = audit.GENESIS
        for id_, at, operator, action, entity, entity_id, details in rows:
            import datetime as dt
            h = audit.event_hash(id=id_, at=dt.datetime.fromisoformat(at), operator=operator, action=action,
                                 entity=entity, entity_id=entity_id, details=details, prev_hash=prev)
            conn.execute("UPDATE audit_event SET prev_hash=?, hash=? WHERE id=?", (prev, h, id_))
            prev = h
    reopened = Services(open_office(office.data_dir, startup_backup=False))
    reopened.auth.login("admin", ADMIN_PASSWORD)
    report = reopened.maintenance.check()
    assert report.ok, report.lines()
    with sqlite3.connect(office.db_path) as conn:
        baseline = conn.execute("SELECT count(*) FROM audit_event WHERE action='state_baseline'").fetchone()[0]
    assert baseline == 20 + 2  # every participant and both operators, once
    Services(open_office(office.data_dir, startup_backup=False)).office.close()
    with sqlite3.connect(office.db_path) as conn:
        again = conn.execute("SELECT count(*) FROM audit_event WHERE action='state_baseline'").fetchone()[0]
    assert again == baseline
    reopened.office.close()


def test_check_on_the_command_line_names_the_row(tmp_path, valid_record):
    import subprocess
    import sys

    data = tmp_path / "office"
    env = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": ADMIN_PASSWORD, "JAMSOS_TEST_CHEAP_PASSWORDS": "1",
           "PATH": "/usr/bin:/bin"}

    def run(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data), *args],
                              input=stdin, capture_output=True, text=True, env=env, timeout=120)

    assert run("init", "--kelurahan", "21.71.02.1002", "--admin", "admin", "--plain").returncode == 0
    assert run("add", "-", stdin=json.dumps(valid_record)).returncode == 0
    assert run("check").returncode == 0
    with sqlite3.connect(data / "jamsos.sqlite") as conn:
        conn.execute("UPDATE participant SET mother_name='BUKAN IBUNYA'")
    proc = run("check")
    assert proc.returncode == 1
    assert "Jejak audit: utuh" in proc.stdout
    assert "peserta SITI AMINAH (NIK 2171024505800003) diubah di luar aplikasi" in proc.stdout


def test_bulk_registration_records_the_states_the_rows_have(services, valid_record):
    """register_many computes each new row's state from the values it inserted (store/state.stored_states):
    they must equal the states read back from the rows, whatever the record holds (beneficiaries in any order,
    empty dates and incomes, a kelurahan code, several programs), or `jamsos check` would name every one."""
    from jamsos_desktop.services.demo import synthetic_records
    from jamsos_desktop.store import state

    heirs = [{"name": "Budi", "relationship": "suami", "phone": "0813 1111 2222", "birth_date": "1978-01-02"},
             {"name": "Ani", "relationship": "anak", "phone": "", "birth_date": None}]
    records = [*synthetic_records(40, seed=7, kelurahan_code="21.71.02.1002"),
               {**valid_record, "nik": "2171024505800091", "beneficiaries": heirs, "declared_income": "1.500.000"},
               {**valid_record, "nik": "2171024505800092", "beneficiaries": [], "email": "", "kpj_number": ""}]
    saved = services.participants.register_many(records, confirm_warnings=False)
    assert services.maintenance.check().ok, services.maintenance.check().lines()
    with services.office.db.read() as s:
        read_back = state.participant_states(s, [x.id for x in saved])
        recorded = state.recorded_states(s)
    assert {pid: recorded[("participant", pid)] for pid in read_back} == read_back
