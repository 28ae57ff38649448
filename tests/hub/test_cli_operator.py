"""`jamsos-hub` as a new operator meets it: an empty stick, a file that is not a bundle, what `devices` shows."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

from jamsos_desktop.domain.wilayah import batam
from jamsos_desktop.hub.report_html import render_html
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.hub.text import report_lines
from jamsos_desktop.sync.bundle import read_manifest, write_bundle
from jamsos_desktop.sync.bundlefile import bundle_file_name
from jamsos_desktop.sync.device_keys import device_encryption_public
from jamsos_desktop.sync.envelope import x25519_raw
from jamsos_desktop.sync.hubkeys import read_hub_identity

from .conftest import import_bytes
from .helpers import BELIAN, TANJUNG_UNCANG, FakeOffice
from .test_cli import _setup, run  # noqa: F401 - the shared CLI fixture and set-up


def test_importing_a_stick_with_no_bundle_says_so_and_succeeds(run, tmp_path: Path) -> None:  # noqa: F811
    _setup(run, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "foto.jpg").write_bytes(b"\xff\xd8 not a bundle")
    code, out, err = run("import", str(stick))
    assert code == 0, err
    assert f"Tidak ada bundle perubahan (.jamsos) di {stick}" in out
    assert "Kirim Data" in out  # what to do: have the office export to this stick
    assert "tak terduga" not in err
    code, out, _ = run("--json", "import", str(stick))
    assert code == 0 and json.loads(out)["totals"] == {
        "imported": 0, "replay": 0, "refused": 0, "accepted": 0, "deleted": 0, "older": 0, "already": 0,
        "rejected": 0, "duplicates": 0, "conflicts": 0, "forbidden": 0, "purged": 0,
        "revoked": 0}


def test_naming_a_file_that_is_not_a_bundle_is_a_refusal(run, tmp_path: Path) -> None:  # noqa: F811
    _setup(run, tmp_path)
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8 not a bundle")
    code, out, err = run("import", str(tmp_path / "foto.jpg"))
    assert code == 1 and "foto.jpg: DITOLAK" in out and "bukan bundle Jamsos" in out and "tak terduga" not in err


def _enrolled(run, tmp_path: Path, code: str, name: str):  # noqa: F811
    office = FakeOffice(tmp_path / name, read_hub_identity((tmp_path / "hub.json").read_bytes()), code, name=name)
    (tmp_path / f"{name}.json").write_bytes(office.enrolment())
    assert run("enrol", str(tmp_path / f"{name}.json"), "--yes")[0] == 0
    return office


def _hub_now(tmp_path: Path) -> Hub:
    return Hub.open(data_dir=tmp_path / "hubdata")


def test_devices_show_keys_version_and_what_was_last_received(run, tmp_path: Path) -> None:  # noqa: F811
    office = _setup(run, tmp_path)
    quiet = _enrolled(run, tmp_path, TANJUNG_UNCANG, "Kantor Lurah Tanjung Uncang")
    office.register(2)
    stick = tmp_path / "stick"
    stick.mkdir()
    data = office.bundle()
    (stick / bundle_file_name(read_manifest(data)[0])).write_bytes(data)
    assert run("import", str(stick))[0] == 0
    code, out, _ = run("--json", "devices")
    rows = {r["device_id"]: r for r in json.loads(out)}
    sent, idle = rows[office.device_id], rows[quiet.device_id]
    assert base64.b64decode(sent["encryption_public"]) == x25519_raw(device_encryption_public(office.identity))
    assert sent["app_version"] == "0.1.0" and sent["bundles"] == 1 and sent["last_source"] == "file"
    assert sent["last_received_at"] is not None
    assert (idle["bundles"], idle["last_received_at"], idle["last_source"]) == (0, None, None)
    code, out, _ = run("devices")
    assert "versi 0.1.0, bundle terakhir" in out and "lewat flashdisk, 1 bundle" in out
    assert "belum pernah mengirim bundle" in out


def test_the_app_version_is_that_of_the_newest_bundle_not_of_a_late_stick(hub: Hub, make_office,
                                                                           tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(1)
    old = office.bundle()
    office.register(1)
    new = write_bundle(kind="changes", identity=office.identity, recipients=office.hub.recipients(),
                       kelurahan_code=BELIAN, records=office.outbox, previous=office.previous, app_version="0.2.0",
                       created_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))
    import_bytes(hub, tmp_path / "new", new)
    import_bytes(hub, tmp_path / "old", old)  # the older stick arrives last
    assert hub.device_activity()[office.device_id].app_version == "0.2.0"


def test_receipts_are_written_only_for_offices_that_sync_by_stick(hub: Hub, make_office, tmp_path: Path) -> None:
    by_stick, online = make_office(BELIAN), make_office(TANJUNG_UNCANG)
    by_stick.register(2)
    [person] = online.register(1)
    import_bytes(hub, tmp_path / "in", by_stick.bundle())
    answer = hub.receive(online.bundle())  # what POST /api/v1/bundles does
    online.acknowledge(online.read_receipt(answer.receipt))
    csv = tmp_path / "kpj.csv"
    csv.write_text(f"NIK;KPJ\n{person['nik']};12345678901\n", encoding="utf-8")
    assert hub.import_kpj(csv).assigned == 1  # news for the online office
    assert [d.device_id for d in hub.online_waiting()] == [online.device_id]
    issued = hub.issue_receipts(tmp_path / "stick")
    assert [r.device_id for r in issued] == [by_stick.device_id]
    [file] = (tmp_path / "stick").iterdir()
    assert BELIAN in file.name
    assert hub.issue_receipts(tmp_path / "stick2") == [] and not list((tmp_path / "stick2").iterdir())
    fetched = hub.exchange(online.device_id, ack=None)  # the office app asks for its news itself (POST receipts)
    assert fetched is not None
    assert [p.kpj_number for p in online.read_receipt(fetched).participants] == ["12345678901"]
    assert hub.online_waiting() == []
    # An online office whose network is down for long can still be served by stick.
    online.register(1)
    import_bytes(hub, tmp_path / "in2", online.bundle())
    assert [r.device_id for r in hub.issue_receipts(tmp_path / "stick3")] == [online.device_id]


def test_receipts_command_names_the_online_offices_it_left_out(run, tmp_path: Path) -> None:  # noqa: F811
    office = _setup(run, tmp_path)
    [person] = office.register(1)
    hub = _hub_now(tmp_path)
    try:
        hub.receive(office.bundle())  # what POST /api/v1/bundles does
    finally:
        hub.close()
    (tmp_path / "kpj.csv").write_text(f"NIK,KPJ\n{person['nik']},12345678901\n")
    assert run("import-kpj", str(tmp_path / "kpj.csv"))[0] == 0  # news for the office
    code, out, _ = run("receipts", "--out", str(tmp_path / "stick"))
    assert code == 0 and "Kelurahan Belian" in out and "mengirim lewat HTTP" in out and "--include-online" in out
    assert "Tidak ada tanda terima baru untuk dibawa lewat flashdisk" in out
    assert not list((tmp_path / "stick").iterdir())
    code, out, _ = run("--json", "receipts", "--out", str(tmp_path / "stick"), "--include-online")
    assert code == 0 and [r["device_id"] for r in json.loads(out)["written"]] == [office.device_id]
    assert len(list((tmp_path / "stick").iterdir())) == 1


def test_the_report_lists_every_kelurahan_with_its_sending_state(hub: Hub, make_office, tmp_path: Path,
                                                                  clock) -> None:
    belian, uncang = make_office(BELIAN), make_office(TANJUNG_UNCANG)  # Tanjung Uncang never sends anything
    belian.register(1)
    import_bytes(hub, tmp_path / "a", belian.bundle())
    report = hub.report()
    states = {k["code"]: k for k in report.kelurahan_states}
    assert len(states) == len(batam().kelurahan) == 64
    assert states[BELIAN]["state"] == "sending" and states[BELIAN]["days"] == 0
    assert states[TANJUNG_UNCANG]["state"] == "never_sent"  # at once, not after 14 days
    assert {k["state"] for c, k in states.items() if c not in (BELIAN, TANJUNG_UNCANG)} == {"no_device"}
    assert {s["device_id"] for s in report.silent_offices} == {uncang.device_id}
    clock.advance(days=15)
    states = {k["code"]: k for k in hub.report().kelurahan_states}
    assert (states[BELIAN]["state"], states[BELIAN]["days"]) == ("silent", 15)
    lines = "\n".join(report_lines(hub.report()))
    assert "Kiriman kantor kelurahan (64): 0 mengirim dalam 14 hari terakhir, 1 diam lebih dari 14 hari, " \
           "1 terdaftar tetapi belum pernah mengirim, 62 belum punya perangkat terdaftar." in lines
    assert "Batam Kota       Belian                 DIAM: bundle terakhir" in lines and "(15 hari lalu)" in lines
    assert "Tanjung Uncang         BELUM PERNAH MENGIRIM" in lines
    assert "Nongsa" in lines and "belum ada perangkat terdaftar" in lines and "jamsos-hub enrol" in lines
    assert "Kiriman per kelurahan" in render_html(hub.report())


def test_report_figures_use_indonesian_number_punctuation(hub: Hub) -> None:
    hub.set_setting("quota", "24300")
    lines = report_lines(hub.report())
    assert lines[1] == ("Peserta aktif: 0 dari kuota 24.300 (0,0%); ber-KPJ 0, menunggu KPJ dari BPJS 0, belum "
                        "dikirim ke BPJS 0.")
