"""The hub audit (hub/audit.py) on SQLite and PostgreSQL: every state change is recorded with who, when and what,
in the same transaction; the chain finds an edited or deleted entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import audit, schema
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.hub.service import Hub

from .conftest import import_bytes
from .helpers import BELIAN


def test_state_changes_are_recorded_with_who_and_what(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [person] = office.register(1)
    import_bytes(hub, tmp_path / "in", office.bundle(), dry_run=True)  # a dry run leaves no trace
    import_bytes(hub, tmp_path / "in2", office.bundle())
    hub.issue_receipts(tmp_path / "out")
    hub.export_bpjs(tmp_path / "bpjs.xlsx", actor="console:siti")
    (tmp_path / "kpj.csv").write_text(f"NIK;KPJ\n{person['nik']};12345678901\n")
    hub.import_kpj(tmp_path / "kpj.csv")
    hub.set_setting("quota", "25000")
    hub.set_setting("quota", "25000")  # no change, no entry
    with pytest.raises(HubRefused):
        hub.set_setting("quota", "banyak")  # refused, rolled back with its entry
    actions = [(e.action, e.actor) for e in reversed(hub.audit_entries())]
    local = hub.operator
    assert actions == [("hub.init", local), ("device.enrol", local), ("bundles.import", local),
                       ("receipts.issue", local), ("bpjs.export", "console:siti"), ("bpjs.import_kpj", local),
                       ("settings.change", local)]
    entries = {e.action: e for e in hub.audit_entries()}
    imported = entries["bundles.import"].detail
    assert imported["accepted"] == 1 and imported["device_id"] == office.device_id
    assert entries["settings.change"].detail == {"quota": {"from": "24300", "to": "25000"}}
    assert hub.check().ok and hub.check().count == 7


def test_the_chain_finds_edits_and_deletions(hub: Hub) -> None:
    with hub.store.write() as conn:
        for n in range(5):
            audit.record(conn, actor="lokal:uji", action="settings.change", target=f"k{n}", detail={"n": n})
    head = hub.check()
    assert head.ok and head.count == 6
    a = schema.audit
    for tamper, words in (
            (sa.update(a).where(a.c.seq == 3).values(detail='{"n": 9}'), "nomor 3"),
            (sa.delete(a).where(a.c.seq == 4), "nomor 4 hilang"),
            (sa.update(a).where(a.c.seq == 2).values(actor="lokal:lain"), "nomor 2")):
        with hub.store.write() as conn:
            saved = [dict(r._mapping) for r in conn.execute(sa.select(a))]
            conn.execute(tamper)
        broken = hub.check()
        assert not broken.ok and words in broken.problem
        with hub.store.write() as conn:  # put it back as it was
            conn.execute(sa.delete(a))
            conn.execute(sa.insert(a), saved)
        assert hub.check().ok


def test_the_local_operator_is_named_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(audit.OPERATOR_ENV, "  rina  ")
    assert audit.local_operator() == "lokal:rina"
    monkeypatch.delenv(audit.OPERATOR_ENV)
    assert audit.local_operator().startswith("lokal:") and len(audit.local_operator()) > 6
