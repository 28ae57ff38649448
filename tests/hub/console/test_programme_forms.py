"""The programme's forms over plain HTTP (no browser): opening a funded period (admin), deactivating a person,
the deactivation list, and the BPJS bill with its dry-run preview (operator). Each is refused without the CSRF
token and for a role without the right, keeps what was typed when refused, and is audited under the operator's
name."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from pathlib import Path

import openpyxl
import pytest

from jamsos_desktop.hub import audit
from jamsos_desktop.hub.service import Hub

from ..conftest import Clock, import_bytes
from ..helpers import BELIAN
from .web import add_accounts, client, sign_in

NOV = dt.datetime(2026, 11, 20, 3, 0)


@pytest.fixture
def db_url(tmp_path: Path) -> str:  # the HTTP face on SQLite; the use cases run on both databases elsewhere
    return f"sqlite:///{tmp_path / 'hub.sqlite'}"


def _audit(hub: Hub, action: str) -> list[audit.AuditEntry]:
    with hub.store.read() as conn:
        return audit.entries(conn, limit=1000, action=action)


def _covered(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> list[dict]:
    """Three Belian people accepted, sent to BPJS and given a KPJ: covered in December 2026."""
    clock.now = NOV
    add_accounts(hub)
    hub.set_setting("coverage_months", "1")
    belian = make_office(BELIAN)
    people = sorted(belian.register(3, declared_income=None), key=lambda r: r["nik"])
    import_bytes(hub, tmp_path / "a", belian.bundle())
    hub.export_bpjs(tmp_path / "bpjs.xlsx")
    kpj = tmp_path / "kpj.csv"
    kpj.write_text("NIK;Nomor KPJ\n" + "".join(f"{p['nik']};{i:011d}\n" for i, p in enumerate(people, 1)),
                   encoding="utf-8")
    hub.import_kpj(kpj)
    return people


def _pid(web, nik_masked_name: str) -> str:
    rows = web.get("/konsol/peserta.json", params={"nama": nik_masked_name}).json()["rows"]
    assert len(rows) == 1
    return str(rows[0]["id"])


PERIOD = {"mulai": "2027-01", "bulan": "6", "kuota": "24.300", "anggaran": "Rp2.449.440.000", "yakin": "ya"}


def test_an_admin_opens_a_period_and_others_cannot(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    _covered(hub, make_office, clock, tmp_path)
    for role in ("auditor", "operator"):
        web = client(hub)
        token = sign_in(web, role)
        refused = web.post("/konsol/kuota/periode", data={**PERIOD, "csrf": token})
        assert refused.status_code == 403 and "tidak boleh membuka periode pendanaan" in refused.text
    web = client(hub)
    token = sign_in(web, "admin")
    assert web.post("/konsol/kuota/periode", data=PERIOD).status_code == 403  # no CSRF token
    assert hub.programme.periods() == []
    unchecked = web.post("/konsol/kuota/periode", data={**PERIOD, "yakin": "", "csrf": token})
    assert unchecked.status_code == 422 and "Centang pernyataan" in unchecked.text
    assert 'value="2027-01"' in unchecked.text and hub.programme.periods() == []  # what was typed is kept
    wrong = web.post("/konsol/kuota/periode", data={**PERIOD, "mulai": "Januari", "csrf": token})
    assert wrong.status_code == 422 and "tidak terbaca: tulis TTTT-BB" in wrong.text and 'value="Januari"' in wrong.text

    opened = web.post("/konsol/kuota/periode", data={**PERIOD, "csrf": token})
    assert opened.status_code == 200 and "Periode 2027-01 s.d. 2027-06 dibuka: kuota 24.300 orang" in opened.text
    assert "diperpanjang untuk 3 peserta" in opened.text
    [period] = hub.programme.periods()
    assert (period.quota, period.budget, period.opened_by) == (24_300, 2_449_440_000, "admin")
    assert [e.actor for e in _audit(hub, "period.open")] == ["admin"]
    again = web.post("/konsol/kuota/periode", data={**PERIOD, "mulai": "2027-03", "csrf": token})
    assert again.status_code == 422 and "bertumpang tindih" in again.text and len(hub.programme.periods()) == 1


def test_an_operator_deactivates_a_person_who_died_and_the_list_goes_to_bpjs(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    people = _covered(hub, make_office, clock, tmp_path)
    auditor = client(hub)
    sign_in(auditor, "auditor")
    pid = _pid(auditor, people[0]["full_name"])
    page = auditor.get(f"/konsol/peserta/{pid}")
    assert "Status program" in page.text and "Nonaktifkan" not in page.text  # an auditor sees no form
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    form = {"alasan": "meninggal", "tanggal": "15-11-2026", "keterangan": "Surat kematian 474.3/112/2026"}
    refused = auditor.post(f"/konsol/peserta/{pid}/nonaktifkan", data={**form, "csrf": token})
    assert refused.status_code == 403 and "tidak boleh menonaktifkan peserta" in refused.text

    web = client(hub)
    token = sign_in(web, "operator")
    assert web.post(f"/konsol/peserta/{pid}/nonaktifkan", data=form).status_code == 403
    bad = web.post(f"/konsol/peserta/{pid}/nonaktifkan", data={**form, "tanggal": "31-02-2026", "csrf": token})
    assert bad.status_code == 422 and "31-02-2026" in bad.text and "474.3/112/2026" in bad.text  # note kept
    future = web.post(f"/konsol/peserta/{pid}/nonaktifkan", data={**form, "tanggal": "01-01-2027", "csrf": token})
    assert future.status_code == 422 and "belum terjadi" in future.text
    short = web.post(f"/konsol/peserta/{pid}/nonaktifkan", data={**form, "keterangan": "x", "csrf": token})
    assert short.status_code == 422 and "minimal 5 karakter" in short.text
    assert hub.programme.person(people[0]["nik"])["status"] != "nonaktif"

    done = web.post(f"/konsol/peserta/{pid}/nonaktifkan", data={**form, "csrf": token})
    assert done.status_code == 200 and "tidak ditanggung lagi mulai bulan 2026-12" in done.text
    assert "Nonaktif mulai 2026-12: Meninggal dunia" in done.text and "474.3/112/2026 (oleh operator)" in done.text
    assert hub.programme.person(people[0]["nik"])["status"] == "nonaktif"
    [entry] = _audit(hub, "person.deactivate")
    assert entry.actor == "operator" and entry.detail == {"reason": "meninggal", "on": "2026-11-15", "from": "2026-12"}

    listed = web.post("/konsol/bpjs/penonaktifan", data={"csrf": token})
    assert listed.status_code == 200 and "penonaktifan-bpjs-" in listed.headers["content-disposition"]
    rows = list(openpyxl.load_workbook(io.BytesIO(listed.content), read_only=True).active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == [people[0]["nik"]] and rows[1][6] == "Meninggal dunia"
    history = web.get("/konsol/bpjs.json").json()["history"]
    assert (history[0]["kind"], history[0]["rows"], history[0]["created_by"]) == ("deactivation", 1, "operator")
    assert "Penonaktifan: 1 peserta" in web.get("/konsol/bpjs").text
    assert [e.actor for e in _audit(hub, "bpjs.export_deactivations")] == ["operator"]


def _bill(path: Path, people: list[dict], amounts: list[int]) -> Path:
    path.write_text("NIK;Nama;Iuran\n" + "".join(f"{p['nik']};{p['full_name']};{a}\n"
                                                for p, a in zip(people, amounts, strict=False)), encoding="utf-8")
    return path


def test_the_bill_is_previewed_then_kept_in_the_history(hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    a, b, c = _covered(hub, make_office, clock, tmp_path)
    bill = _bill(tmp_path / "tagihan-desember.csv", [a, b], [16_800, 20_000])
    auditor = client(hub)
    token = sign_in(auditor, "auditor")
    with bill.open("rb") as f:
        refused = auditor.post("/konsol/bpjs/tagihan", data={"csrf": token, "bulan": "2026-12"},
                               files={"berkas": (bill.name, f, "text/csv")})
    assert refused.status_code == 403 and "tidak boleh mengunduh dan mengunggah berkas BPJS" in refused.text

    web = client(hub)
    token = sign_in(web, "operator")
    with bill.open("rb") as f:
        preview = web.post("/konsol/bpjs/tagihan", data={"csrf": token, "bulan": "2026-12"},
                           files={"berkas": (bill.name, f, "text/csv")})
    assert preview.status_code == 200 and "Pencocokan tagihan bulan 2026-12 (uji coba)" in preview.text
    assert "Rp36.800" in preview.text and "Rp50.400" in preview.text and "Rp13.600" in preview.text
    assert "Ditanggung kota tetapi tidak ditagih: 1" in preview.text and "Iuran berbeda" in preview.text
    assert c["nik"] not in preview.text  # NIKs masked
    assert web.get("/konsol/bpjs.json").json()["history"] == [] and _audit(hub, "bpjs.import_bill") == []
    upload = re.search(r'name="unggahan" value="([^"]+)"', preview.text).group(1)  # type: ignore[union-attr]
    assert web.post("/konsol/bpjs/tagihan/simpan", data={"unggahan": upload, "bulan": "2026-12"}).status_code == 403

    saved = web.post("/konsol/bpjs/tagihan/simpan", data={"csrf": token, "unggahan": upload, "bulan": "2026-12"})
    assert saved.status_code == 200 and "Tagihan bulan 2026-12 disimpan di riwayat BPJS" in saved.text
    [kept] = web.get("/konsol/bpjs.json").json()["history"]
    assert (kept["kind"], kept["rows"], kept["created_by"], kept["file_name"]) == ("bill", 2, "operator", bill.name)
    assert kept["summary"]["difference"] == 36_800 - 50_400 and kept["summary"]["not_billed"] == 1
    [entry] = _audit(hub, "bpjs.import_bill")
    assert entry.actor == "operator" and entry.detail["month"] == "2026-12"
    again = web.post("/konsol/bpjs/tagihan/simpan", data={"csrf": token, "unggahan": upload, "bulan": "2026-12"})
    assert "Unggahan ini sudah tidak ada" in again.text and len(web.get("/konsol/bpjs.json").json()["history"]) == 1


def test_a_bill_without_known_columns_or_month_is_refused_in_words(
        hub: Hub, make_office, clock: Clock, tmp_path: Path) -> None:
    _covered(hub, make_office, clock, tmp_path)
    web = client(hub)
    token = sign_in(web, "operator")
    cases = (("NOMOR ORANG;SIAPA;UANG\n", "2026-12", "baris judul kolom"),
             ("NIK;Nama;UANG\n", "2026-12", "Judul yang ada: 'NIK', 'Nama', 'UANG'"),
             ("NIK;Nama;Iuran\n", "Desember", "tulis TTTT-BB"))
    for header, month, words in cases:
        odd = tmp_path / "tagihan.csv"
        odd.write_text(header + "2171011111110001;Siti;16800\n", encoding="utf-8")
        with odd.open("rb") as f:
            answer = web.post("/konsol/bpjs/tagihan", data={"csrf": token, "bulan": month},
                              files={"berkas": (odd.name, f, "text/csv")})
        shown = html.unescape(answer.text)
        assert answer.status_code == 200 and words in shown, re.findall(r"<p class=.message.*", shown)
        assert "--mapping" not in shown and ("ubah judul kolomnya" in shown or month == "Desember")
    assert not any((hub.paths.data_dir / "console-kpj").iterdir())  # refused uploads are not kept
