"""Migration 0004 on a hub that already holds registrations, KPJ numbers and coverage (SQLite and PostgreSQL):
every person is made from what the hub knew, and the ledger from the coverage periods already told to offices."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa

from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.store import HubStore

T0 = dt.datetime(2026, 9, 1, 8, 0)


def _participant(pid: str, nik: str, kelurahan: str, *, deleted: dt.datetime | None = None,
                 exported: dt.datetime | None = None, received: dt.datetime = T0) -> dict:
    return {"participant_id": pid, "revision": 1, "device_id": "dev", "kelurahan_code": kelurahan, "nik": nik,
            "full_name": f"ORANG {pid}", "category": "rt_rw", "record": json.dumps({"nik": nik}),
            "first_received_at": received, "updated_at": received, "deleted_at": deleted,
            "deleted_reason": "pindah" if deleted else None, "bpjs_exported_at": exported, "news_pending": False,
            "owner_kelurahan": kelurahan}


def test_existing_registrations_kpj_and_coverage_become_persons_and_ledger_months(db_url: str) -> None:
    store = HubStore(db_url)
    try:
        store.migrate("0003")
        old = sa.MetaData()
        old.reflect(store.engine, only=["hub_participant", "hub_kpj", "hub_coverage"])
        p, k, cov = (old.tables[n] for n in ("hub_participant", "hub_kpj", "hub_coverage"))
        with store.write() as conn:
            conn.execute(sa.insert(p), [
                _participant("a", "2171010101800001", "21.71.10.1004", exported=T0),  # sent, KPJ, covered
                _participant("b", "2171010101800002", "21.71.10.1004", received=T0 + dt.timedelta(hours=1)),
                _participant("c", "2171010101800003", "21.71.10.1004", deleted=dt.datetime(2026, 10, 5)),  # moved
            ])
            conn.execute(sa.insert(k), [
                {"participant_id": "a", "nik": "2171010101800001", "kpj_number": "12345678901",
                 "imported_at": T0, "source": "kpj.xlsx"},
                {"participant_id": "c", "nik": "2171010101800003", "kpj_number": "12345678903",
                 "imported_at": T0, "source": "kpj.xlsx"}])
            conn.execute(sa.insert(cov), [
                {"participant_id": "a", "month_from": "2026-10", "month_to": "2026-12", "funding_source": "APBD",
                 "budget_year": 2026, "tariff": 16800, "created_at": T0},
                {"participant_id": "a", "month_from": "2027-01", "month_to": "2027-03", "funding_source": "APBD",
                 "budget_year": 2027, "tariff": 16800, "created_at": T0}])
        store.migrate()
        with store.read() as conn:
            people = {r.nik[-1]: r for r in conn.execute(sa.select(t.person))}
            months = conn.execute(sa.select(t.ledger.c.month, t.ledger.c.amount, t.ledger.c.kelurahan_code)
                                  .order_by(t.ledger.c.month)).all()
        assert set(people) == {"1", "2", "3"}
        assert (people["1"].home_participant_id, people["1"].placed_at, people["1"].ended_reason) == ("a", T0, None)
        assert (people["2"].placed_at, people["2"].accepted_at) == (None, T0 + dt.timedelta(hours=1))  # waits
        # Deleted but with a KPJ: kept, without a home, so a re-registration of the NIK finds its KPJ.
        assert (people["3"].home_participant_id, people["3"].ended_from) == (None, "2026-11")
        assert [m.month for m in months] == ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]
        assert {(m.amount, m.kelurahan_code) for m in months} == {(16800, "21.71.10.1004")}
    finally:
        store.dispose()
