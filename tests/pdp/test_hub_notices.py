"""Purge notices and card revocations reach the city hub (changes level 2), with a real office and a real hub.

The hub erases a purged person's personal data the same way the office did (keeping the NIK, KPJ, coverage and
ledger months the programme's money needs), audits it, applies nothing twice, refuses a damaged bundle, and
never lets one kelurahan purge or revoke another's; `verify-card` at the hub says DICABUT for a reprinted card.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from jamsos_desktop.cards.token import TokenOutcome, sign_token
from jamsos_desktop.hub import audit
from jamsos_desktop.hub import schema as t
from jamsos_desktop.hub.errors import HubRefused
from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.services.status import office_status
from jamsos_desktop.store import outbox
from jamsos_desktop.sync.bundle import write_bundle
from jamsos_desktop.sync.identity import load_identity

from .conftest import ADMIN_PASSWORD, person
from .helpers import CityHub

PERSONAL = ("SITI AMINAH", "FATIMAH ZAHRA", "BUDI SANTOSO", "Mawar", "1980-05-05", "81234567890")
NIK = "2171024505800003"


@pytest.fixture
def city(office, tmp_path, clock) -> Iterator[CityHub]:
    hub = CityHub(tmp_path / "city")
    hub.now = clock.now.replace(tzinfo=None)
    hub.enrol(office)
    yield hub
    hub.close()


def _later(clock, city, **delta: float) -> None:
    clock.advance(**delta)
    city.now = clock.now.replace(tzinfo=None)


def _hub_dump(city: CityHub) -> str:
    """Every row of every hub table, as text."""
    with sqlite3.connect(city.folder / "hub.sqlite") as conn:
        return "\n".join(conn.iterdump())


def _sent_then_deleted(office: Services, city: CityHub) -> str:
    saved = office.participants.register(person())
    office.participants.approve([saved.id])
    city.round_trip(office)
    office.participants.delete(saved.id, reason="pindah")
    city.round_trip(office)
    return saved.id


def _hub_rows(city: CityHub, table: sa.Table, *where) -> list:
    with city.hub.store.read() as conn:
        return list(conn.execute(sa.select(table).where(*where)).all())


def _purged(office, city, clock) -> str:
    gone = _sent_then_deleted(office, city)
    for needle in PERSONAL:
        assert needle.upper() in _hub_dump(city).upper()  # the hub held them: the test would notice
    _later(clock, city, days=5 * 366)
    assert office.retention.purge().erased == [gone]
    return gone


def test_a_purge_reaches_the_hub_which_erases_the_person_and_keeps_the_money_keys(office, city, clock):
    gone = _purged(office, city, clock)
    with city.hub.store.read() as conn:
        months_before = conn.execute(sa.select(sa.func.count()).select_from(t.ledger)
                                     .where(t.ledger.c.nik == NIK)).scalar_one()
    assert city.round_trip(office) == 1  # the notice, released because this hub announced it reads notices
    with office.office.db.read() as s:
        counts = outbox.counts(s)
    assert counts["notice"] == 0 and counts["queued"] == 0  # answered on the receipt
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == gone)
    assert reg.full_name is None and reg.record is None and reg.purged_at == city.now
    assert reg.nik == NIK and reg.deleted_reason == "pindah"  # the key of the money, and the office's reason
    dump = _hub_dump(city).upper()
    for needle in PERSONAL:
        assert needle.upper() not in dump, needle
    (who,) = _hub_rows(city, t.person, t.person.c.nik == NIK)
    assert who.full_name == "[dihapus]"
    with city.hub.store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.ledger)
                            .where(t.ledger.c.nik == NIK)).scalar_one() == months_before
        check = audit.verify(conn)
    assert check.ok, check.problem
    rows = _hub_rows(city, t.audit, t.audit.c.action == "participant.purge")
    assert [(r.target, r.actor) for r in rows] == [(gone, office.settings.get("office.device_id"))]
    assert "pendaftaran" in json.loads(rows[0].detail)["erased"]


def test_a_purge_is_applied_once_whatever_comes_again(office, city, clock):
    gone = _purged(office, city, clock)
    sent = office.sync.export_bundle(city.folder)
    device = office.settings.get("office.device_id")
    first = city.hub.receive(sent.path.read_bytes(), device_id=device)
    assert first.report.result.counts()["purged"] == 1
    again = city.hub.receive(sent.path.read_bytes(), device_id=device)  # the same file again (a replay)
    assert again.report.status == "replay"
    office.sync.apply_receipt(first.receipt)
    assert office.sync.apply_receipt(first.receipt).already_applied
    assert len(_hub_rows(city, t.audit, t.audit.c.action == "participant.purge")) == 1
    assert len(_hub_rows(city, t.change, t.change.c.participant_id == gone, t.change.c.op == "purge")) == 1
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == gone)
    assert reg.purged_at is not None


def test_a_flipped_byte_is_refused_and_erases_nothing(office, city, clock):
    gone = _purged(office, city, clock)
    data = bytearray(office.sync.build_bundle()[0])
    data[len(data) // 2] ^= 0x01
    with pytest.raises(HubRefused):
        city.hub.receive(bytes(data), device_id=office.settings.get("office.device_id"))
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == gone)
    assert reg.full_name == "SITI AMINAH" and reg.purged_at is None
    assert city.round_trip(office) == 1  # the notice was kept and goes with the next good bundle
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == gone)
    assert reg.full_name is None


def test_a_purge_notice_alone_goes_over_http(office, city, clock):
    """With nothing else to send, the notice alone makes the round upload (the desktop's background sync)."""
    import socket
    import threading
    import time

    import uvicorn

    from jamsos_desktop.hub.api import create_app

    gone = _purged(office, city, clock)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(city.hub), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.02)
        office.settings.set("sync.hub_url", f"http://127.0.0.1:{port}")
        assert office.sync.pending_count() == 1 and office_status(office.office).queued == 1
        assert office.readiness.status().pending == 1  # Kirim Data offers the export
        done = office.sync.sync_once()
        assert done.uploaded == 1 and done.receipt is not None and done.receipt.accepted == 1
    finally:
        server.should_exit = True
        thread.join(10)
    assert office.sync.pending_count() == 0
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == gone)
    assert reg.full_name is None and reg.purged_at is not None


def _second_office(tmp_path: Path, clock, city: CityHub) -> Services:
    other = open_office(tmp_path / "other", clock=clock, startup_backup=False)
    initialize(other, kelurahan="21.71.02.1001", admin_username="admin", admin_password=ADMIN_PASSWORD)
    services = Services(other)
    services.auth.login("admin", ADMIN_PASSWORD)
    city.enrol(services)
    return services


def _forged(services: Services, lines: list[dict]) -> bytes:
    """A bundle genuinely signed by `services`' device (a stolen or misused PC of that office)."""
    hub = services.sync.hub()
    return write_bundle(kind="changes", identity=load_identity(services.office.keys_dir),
                        recipients=hub.recipients(), kelurahan_code=services.settings.get("office.kelurahan_code"),
                        records=lines, previous=None, app_version="0.2.0", reads={"manifest": 2, "changes": 2})


def test_another_kelurahan_can_neither_purge_nor_revoke(office, city, clock, tmp_path):
    saved = office.participants.register(person())
    office.participants.approve([saved.id])
    card = office.cards.print_cards([saved.id], tmp_path / "kartu.pdf")
    city.round_trip(office)
    token = sign_token(load_identity(office.office.keys_dir), serial=card.serials[0], participant_id=saved.id,
                       valid_until=office.office.today().replace(year=office.office.today().year + 1))
    attacker = _second_office(tmp_path, clock, city)
    at = clock.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [{"seq": 1, "op": "purge", "participant_id": saved.id, "revision": 99, "snapshot": {"id": saved.id},
              "at": at, "by": "penyusup", "reason": None},
             {"seq": 2, "op": "revoke", "participant_id": saved.id, "revision": 99,
              "snapshot": {"serials": card.serials, "replaced_by": None, "revoked_at": at}, "at": at,
              "by": "penyusup", "reason": None},
             {"seq": 3, "op": "revoke", "participant_id": "0f0e0d0c-aaaa-bbbb-cccc-000000000009", "revision": 1,
              "snapshot": {"serials": card.serials, "replaced_by": None, "revoked_at": at}, "at": at,
              "by": "penyusup", "reason": None}]
    got = city.hub.receive(_forged(attacker, lines), device_id=attacker.settings.get("office.device_id"))
    result = got.report.result
    assert len(result.forbidden) == 2 and result.purged == []  # both lines about the other kelurahan's person
    (reg,) = _hub_rows(city, t.participant, t.participant.c.participant_id == saved.id)
    assert reg.full_name == "SITI AMINAH" and reg.deleted_at is None and reg.purged_at is None
    events = _hub_rows(city, t.security_event, t.security_event.c.kind == "other_kelurahan")
    assert len(events) == 2
    check, _ = city.hub.cards.verify(token)  # the third line is kept under the attacker's own kelurahan only
    assert check.outcome is TokenOutcome.VALID, check.message
    attacker.office.close()


def test_a_reprinted_card_is_dicabut_at_the_hub(office, city, clock, tmp_path, pdf):
    import zxingcpp
    from PIL import Image

    saved = office.participants.register(person())
    office.participants.approve([saved.id])
    city.round_trip(office)
    first = office.cards.print_cards([saved.id], tmp_path / "kartu.pdf", layout="single")
    png = pdf.png(tmp_path / "kartu.pdf", 1, dpi=300)
    (token,) = [c.text for c in zxingcpp.read_barcodes(Image.open(png))]  # the real card's QR code
    check, office_name = city.hub.cards.verify(token)
    assert check.ok and office_name, check.message
    _later(clock, city, days=3)
    office.cards.print_cards([saved.id], tmp_path / "kartu-baru.pdf", layout="single")
    assert city.hub.cards.verify(token)[0].ok  # the hub has not heard yet
    assert city.round_trip(office) == 1
    check, _ = city.hub.cards.verify(token)
    day = (clock.now + dt.timedelta(hours=7)).strftime("%d-%m-%Y")
    assert check.outcome is TokenOutcome.REVOKED and not check.ok
    assert f"DICABUT pada {day}" in check.message and "1002-000002" in check.message, check.message
    assert first.serials[0] in check.message
    rows = _hub_rows(city, t.audit, t.audit.c.action == "card.revoke")
    assert [r.target for r in rows] == [first.serials[0]]
    city.hub.close()  # the city office's own command line, on the same hub
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_")}
    proc = subprocess.run([sys.executable, "-m", "jamsos_desktop.hub", "--data-dir", str(city.folder / "hub"),
                           "--db", f"sqlite:///{city.folder / 'hub.sqlite'}", "verify-card", token],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    words = " ".join(proc.stdout.split())
    assert f"Kartu {first.serials[0]} DICABUT pada {day}: sudah diganti oleh kartu 1002-000002" in words, words
    assert "Traceback" not in proc.stderr and "dev-" not in words


def test_a_deleted_persons_card_is_tidak_aktif_at_the_hub(office, city, clock, tmp_path):
    saved = office.participants.register(person())
    office.participants.approve([saved.id])
    card = office.cards.print_cards([saved.id], tmp_path / "kartu.pdf")
    city.round_trip(office)
    token = sign_token(load_identity(office.office.keys_dir), serial=card.serials[0], participant_id=saved.id,
                       valid_until=office.office.today().replace(year=office.office.today().year + 1))
    assert city.hub.cards.verify(token)[0].ok
    _later(clock, city, days=40)
    office.participants.delete(saved.id, reason="meninggal")
    city.round_trip(office)
    check, _ = city.hub.cards.verify(token)
    day = (clock.now + dt.timedelta(hours=7)).strftime("%d-%m-%Y")
    assert check.outcome is TokenOutcome.INACTIVE and not check.ok
    assert f"TIDAK AKTIF: pesertanya sudah dihapus dari program oleh kantor kelurahan sejak {day}" in check.message


def _hub_file_bytes(city: CityHub) -> bytes:
    """The hub's database as it lies on the disk: the file, its write-ahead log and free pages included."""
    return b"".join(p.read_bytes() for p in sorted(city.folder.glob("hub.sqlite*")) if p.is_file())


def test_the_erased_data_leaves_the_hub_file_on_the_disk_too(office, city, clock):
    """Not only the rows: the bytes of the SQLite file and its log (a stolen server disk, a copied file). The
    hub overwrites what it frees while erasing and then empties the write-ahead log."""
    _purged(office, city, clock)
    assert any(n.encode() in _hub_file_bytes(city) for n in PERSONAL)  # the file held them: this would notice
    city.round_trip(office)
    raw = _hub_file_bytes(city).upper()
    assert [n for n in PERSONAL if n.upper().encode() in raw] == []
    with city.hub.store.read() as conn:  # and the hub works on: a read and the chain check after the rewrite
        assert audit.verify(conn).ok
