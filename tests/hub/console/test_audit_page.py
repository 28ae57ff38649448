"""The console and the hub audit: what an operator does in the console lands in the hash-chained hub audit
(hub/audit.py) under the operator's name, and the Audit page shows the entries, whether the chain is whole, and
what offices tried and were refused (security events)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub

from ..conftest import import_bytes
from ..helpers import BELIAN
from .web import add_accounts, client, sign_in


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the HTTP face on SQLite; the audit itself runs on both databases elsewhere
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def test_console_actions_are_in_the_hub_audit_and_the_audit_page_shows_them(hub: Hub, make_office: Callable,
                                                                             tmp_path: Path) -> None:
    add_accounts(hub)
    office = make_office(BELIAN)
    office.register(1)
    admin = client(hub)
    token = sign_in(admin, "admin")
    answer = admin.post("/konsol/perangkat/cabut", data={"csrf": token, "perangkat": office.device_id,
                                                          "alasan": "komputer kantor dicuri"})
    assert answer.status_code == 200 and "dicabut" in answer.text
    answer = admin.post("/konsol/pengaturan", data={"csrf": token, "quota": "25000"})
    assert answer.status_code == 200
    refused = import_bytes(hub, tmp_path / "in", office.bundle())  # the stolen PC's stick, brought to the hub
    assert refused.bundles[0].reason == "revoked"

    auditor = client(hub)
    sign_in(auditor, "auditor")
    data = auditor.get("/konsol/audit.json").json()
    assert data["check"]["ok"] and data["check"]["count"] == len(data["entries"])
    done = [(e["actor"], e["action"], e["target"]) for e in reversed(data["entries"])]
    assert ("admin", "device.revoke", office.device_id) in done
    assert ("admin", "settings.change", "") in done
    assert done.index(("admin", "console.sign_in", "")) < done.index(("admin", "device.revoke", office.device_id))
    [event] = data["security_events"]
    assert event["kind"] == "revoked_device" and event["device_id"] == office.device_id
    page = auditor.get("/konsol/audit")
    assert page.status_code == 200
    assert "Rantai audit utuh" in page.text and "Perangkat kantor dicabut" in page.text
    assert "perangkat yang sudah dicabut mencoba mengirim" in page.text
    only = auditor.get("/konsol/audit.json", params={"tindakan": "device.revoke"}).json()["entries"]
    assert [e["action"] for e in only] == ["device.revoke"] and "dicuri" in str(only[0]["detail"])

    with hub.store.write() as conn:  # someone with database access softens the revocation's reason
        a = schema.audit
        seq = conn.execute(sa.select(a.c.seq).where(a.c.action == "device.revoke")).scalar_one()
        conn.execute(sa.update(a).where(a.c.seq == seq).values(detail='{"reason": "salah klik"}'))
    page = auditor.get("/konsol/audit")
    assert "AUDIT HUB RUSAK" in page.text and f"nomor {seq}" in page.text
    assert not auditor.get("/konsol/audit.json").json()["check"]["ok"]


def test_the_audit_page_needs_a_session(hub: Hub) -> None:
    add_accounts(hub)
    web = client(hub)
    assert web.get("/konsol/audit.json").status_code == 401
    page = web.get("/konsol/audit", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/konsol/masuk")
