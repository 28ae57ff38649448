"""A Disnaker operator's whole job in a real browser, step by step as docs/hub.md tells it: enrol an office,
import its USB bundles (dry run first), resolve a duplicate, hand back the receipts, download the BPJS
workbook, upload the KPJ return and see the month's contribution; screenshots for the guide on the way."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from jamsos_desktop import __version__
from jamsos_desktop.hub import months
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.enrolment import read_enrolment
from jamsos_desktop.sync.hubkeys import read_hub_identity

from ..helpers import BELIAN, TANJUNG_UNCANG, FakeOffice
from .served import ServedHub
from .steps import Operator


@pytest.fixture(scope="module")
def offices(served: ServedHub, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FakeOffice]:
    """Two kelurahan offices of this version (they read notices) with real device keys that trust this hub;
    Tanjung Uncang registers one of Belian's people again (a duplicate)."""
    hub = Hub.open(data_dir=served.data_dir)
    try:
        identity = read_hub_identity(hub.identity_file())
    finally:
        hub.close()
    folder = tmp_path_factory.mktemp("offices")
    # Belian's clock is two minutes behind, so its bundle is the older one of the two uploaded together in step 2
    # and the hub imports it first (bundles written in the same second would go in the order of their random
    # device ids): Belian's registration of the shared person is the first, as step 3 decides.
    belian = FakeOffice(folder / "belian", identity, BELIAN, name="Kantor Lurah Belian", seed=11, app_version=__version__,
                        clock=lambda: dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2))
    uncang = FakeOffice(folder / "uncang", identity, TANJUNG_UNCANG, name="Kantor Lurah Tanjung Uncang", seed=12,
                        app_version=__version__)
    [shared] = belian.register(1)
    belian.register(7)
    uncang.register(4)
    uncang.register_record(shared)
    return {"belian": belian, "uncang": uncang}


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


def test_1_an_admin_enrols_both_offices_after_checking_the_fingerprint(browser: Operator, offices, tmp_path) -> None:
    browser.sign_in("admin")
    for key, office in offices.items():
        file = _write(tmp_path, f"pendaftaran-{key}.json", office.enrolment())
        browser.menu("Perangkat")
        browser.attach("berkas-pendaftaran", file)
        browser.press("Periksa berkas")
        fingerprint = read_enrolment(office.enrolment()).fingerprint
        assert browser.field("sidik-berkas").text == fingerprint
        if key == "belian":
            browser.shot("perangkat-sidik-jari")
            browser.fill("sidik", "0000 1111 2222 3333")  # a misheard fingerprint is refused
            browser.press("Daftarkan kantor")
            assert any("TIDAK SAMA" in m for m in browser.messages())
            assert "Kantor Lurah Belian" not in browser.text
            browser.attach("berkas-pendaftaran", file)
            browser.press("Periksa berkas")
        browser.fill("sidik", fingerprint.lower())
        browser.press("Daftarkan kantor")
        assert any("didaftarkan" in m for m in browser.messages())
    assert "Kantor Lurah Belian" in browser.text and "Kantor Lurah Tanjung Uncang" in browser.text
    browser.shot("perangkat")


def test_2_an_operator_imports_the_sticks_after_a_dry_run(browser: Operator, offices, tmp_path) -> None:
    stick = [_write(tmp_path, f"{key}.jamsos", office.bundle()) for key, office in offices.items()]
    browser.sign_in("operator")
    browser.menu("Impor")
    browser.attach("berkas-bundle", *stick)
    browser.press("Unggah dan periksa")
    assert browser.heading == "Pratinjau impor (uji coba)"
    assert "12 perubahan" not in browser.text and "1 ganda" in browser.text
    browser.shot("impor-pratinjau")
    browser.menu("Ringkasan")
    assert browser.driver.find_element(By.CSS_SELECTOR, ".card .big").text == "0"  # nothing saved by the dry run
    browser.menu("Impor")
    browser.attach("berkas-bundle", *stick)
    browser.press("Unggah dan periksa")
    browser.press("Impor sekarang")
    assert browser.heading == "Laporan impor"
    assert any("Impor selesai: 2 bundle diimpor, 12 perubahan diterima" in m for m in browser.messages())
    browser.shot("impor-laporan")
    browser.menu("Ringkasan")
    assert browser.driver.find_element(By.CSS_SELECTOR, ".card .big").text == "12"
    assert "Tanjung Uncang" in browser.row("Belian").find_element(By.XPATH, "ancestor::table").text


def test_3_the_operator_resolves_the_duplicate_with_a_reason(browser: Operator) -> None:
    browser.sign_in("operator")
    browser.menu("Duplikat")
    browser.press("Tinjau")
    first = browser.driver.find_element(By.CSS_SELECTOR, "section[aria-label='Pendaftaran pertama (di daftar)']")
    assert "Belian" in first.text and "Tanjung Uncang" not in first.text
    browser.shot("duplikat")
    browser.field("keputusan-keep_first").click()
    browser.fill("alasan", "ok")  # too short a reason is refused by the hub
    browser.press("Simpan keputusan")
    assert any("minimal 5 karakter" in m for m in browser.messages())
    browser.field("keputusan-keep_first").click()
    browser.fill("alasan", "Ditelepon: orangnya tinggal di Belian, Tanjung Uncang salah daftar.")
    browser.press("Simpan keputusan")
    assert any(m.startswith("Kasus #1 diputuskan: Pertahankan pendaftaran pertama.") for m in browser.messages())
    assert "Tidak ada NIK ganda yang menunggu." in browser.text and "operator" in browser.row("Ditelepon").text


def test_4_receipts_for_the_offices_sticks_carry_the_duplicate_decision(browser: Operator, offices) -> None:
    browser.sign_in("operator")
    browser.menu("Impor")
    browser.field("buat-tanda-terima").click()
    archive = browser.downloaded(".zip")
    with zipfile.ZipFile(archive) as z:
        files = [z.read(name) for name in z.namelist()]
    assert len(files) == 2
    for key, office in offices.items():
        readable = []
        for data in files:
            try:
                readable.append(office.read_receipt(data))
            except Exception:  # noqa: BLE001 - the other office's receipt is not for this device
                continue
        assert len(readable) == 1 and readable[0].changes
        [told] = [n for n in readable[0].notices if n.kind == "duplicate_decided"]  # the decision of step 3
        assert told.data["kept"] is (key == "belian") and "Ditelepon" in told.text


def test_5_the_bpjs_workbook_goes_out_and_the_kpj_return_comes_back(browser: Operator, tmp_path) -> None:
    browser.sign_in("operator")
    browser.menu("BPJS")
    browser.field("unduh-bpjs").click()
    workbook = browser.downloaded(".xlsx")
    sheet = load_workbook(workbook, read_only=True).active
    niks = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(niks) == 12 and all(isinstance(n, str) and len(n) == 16 for n in niks)
    answer = Workbook()
    answer.active.append(["NIK", "Nomor KPJ"])
    for i, nik in enumerate(niks[:10]):
        answer.active.append([nik, f"{26000000000 + i:011d}"])
    answer.active.append(["1234", "26000000099"])  # a bad row is named, never guessed
    kpj_file = tmp_path / "kpj-dari-bpjs.xlsx"
    answer.save(kpj_file)
    browser.menu("BPJS")
    browser.attach("berkas-kpj", kpj_file)
    browser.press("Unggah dan periksa")
    assert "10 KPJ baru" in browser.text and "NIK harus 16 digit angka." in browser.text
    browser.shot("bpjs-kpj")
    browser.press("Catat KPJ")
    assert any("10 nomor KPJ dicatat" in m for m in browser.messages())
    browser.menu("BPJS")
    assert "dikirim ke BPJS" in browser.text and "diterima dari BPJS" in browser.text
    browser.shot("bpjs")


def test_6_participants_are_found_with_a_masked_nik_and_revealing_it_is_logged(browser: Operator) -> None:
    browser.sign_in("auditor")
    browser.menu("Peserta")
    browser.choose("saring-status", "Aktif (ber-KPJ)")
    browser.press("Saring")
    assert "10 peserta ditemukan" in browser.text and "****" in browser.text
    browser.shot("peserta")
    browser.driver.find_element(By.CSS_SELECTOR, "table.grid tbody a").click()
    browser.wait_loaded()
    browser.press("Tampilkan NIK lengkap")
    assert len(browser.field("nik-lengkap").text) == 16
    assert any("tercatat di audit" in m for m in browser.messages())
    browser.shot("peserta-detail")


def test_7_the_months_contribution_shows_in_the_reports(browser: Operator) -> None:
    browser.sign_in("auditor")
    browser.menu("Laporan")
    month = browser.field("bulan").get_attribute("value")
    year, mon = int(month[:4]), int(month[5:])
    next_month = f"{year + mon // 12}-{mon % 12 + 1:02d}"  # coverage starts the month after the KPJ
    browser.fill("bulan", next_month)
    browser.press("Tampilkan")
    assert f"Rekap iuran bulan {next_month}: 10 peserta" in browser.text
    browser.shot("laporan")
    browser.driver.find_element(By.LINK_TEXT, "Unduh PDF").click()
    assert browser.downloaded(".pdf").read_bytes().startswith(b"%PDF")


def test_8_an_admin_changes_a_setting_and_an_auditor_cannot(browser: Operator) -> None:
    browser.sign_in("admin")
    browser.menu("Pengaturan")
    browser.fill("set-silent_days", "7")
    browser.press("Simpan pengaturan")
    assert any("Pengaturan disimpan" in m for m in browser.messages())
    browser.shot("pengaturan")
    browser.sign_in("auditor")
    browser.menu("Pengaturan")
    assert browser.buttons() == [] and browser.field("set-silent_days").get_attribute("readonly") is not None


def test_9_an_auditor_reads_the_days_actions_in_the_hub_audit(browser: Operator) -> None:
    browser.sign_in("auditor")
    browser.menu("Audit")
    assert any("Rantai audit utuh" in m for m in browser.messages())
    assert "admin" in browser.row("Perangkat kantor didaftarkan").text
    assert "operator" in browser.row("Bundle kantor diimpor").text
    assert "silent_days" in browser.row("Pengaturan diubah").text
    browser.shot("audit")
    Select(browser.field("tindakan")).select_by_visible_text("Pengaturan diubah")
    browser.press("Tampilkan")
    shown = browser.driver.find_elements(By.CSS_SELECTOR, "#audit tbody tr")
    assert shown and all("Pengaturan diubah" in r.text for r in shown)


TODAY = dt.datetime.now(dt.UTC).date()  # the served hub runs on the real clock
COVERED = months.next_after(TODAY)  # KPJ numbers recorded today: cover starts next month
PERIOD_FROM, PERIOD_TO = months.add(COVERED, 1), months.add(COVERED, 6)


def test_10_an_admin_opens_the_next_funded_period_and_an_operator_cannot(browser: Operator) -> None:
    browser.sign_in("operator")
    browser.menu("Kuota")
    assert "Buka periode" not in browser.buttons()
    browser.sign_in("admin")
    browser.menu("Kuota")
    browser.fill("mulai", "bulan depan")  # a month written wrongly is refused and the form keeps what was typed
    browser.fill("kuota-baru", "24300")
    browser.fill("anggaran", "2449440000")
    browser.field("yakin").click()
    browser.press("Buka periode")
    assert any("tidak terbaca: tulis TTTT-BB" in m for m in browser.messages())
    assert browser.field("kuota-baru").get_attribute("value") == "24300"
    browser.fill("mulai", PERIOD_FROM)
    browser.field("yakin").click()
    browser.press("Buka periode")
    assert any(f"Periode {PERIOD_FROM} s.d. {PERIOD_TO} dibuka: kuota 24.300 orang" in m for m in browser.messages())
    assert "Rp2.449.440.000" in browser.row(PERIOD_TO).text and "admin" in browser.row(PERIOD_TO).text
    browser.shot("kuota")


def test_11_an_operator_deactivates_a_person_who_died(browser: Operator) -> None:
    browser.sign_in("auditor")
    browser.menu("Peserta")
    browser.choose("saring-status", "Aktif (ber-KPJ)")
    browser.press("Saring")
    browser.driver.find_element(By.CSS_SELECTOR, "table.grid tbody a").click()
    browser.wait_loaded()
    assert "Status program" in browser.text and "Nonaktifkan" not in browser.buttons()  # an auditor has no form
    page = browser.path
    browser.sign_in("operator")
    browser.open(page)
    browser.driver.find_element(By.TAG_NAME, "summary").click()
    browser.choose("alasan", "Meninggal dunia")
    browser.fill("tanggal", "31-31-2026")
    browser.fill("keterangan", "Surat keterangan kematian 474.3/88/Kel.Blk/2026")
    browser.press("Nonaktifkan")
    assert any("'31-31-2026'" in m for m in browser.messages())
    assert browser.field("keterangan").get_attribute("value").startswith("Surat keterangan")  # nothing typed lost
    browser.fill("tanggal", f"{TODAY:%d-%m-%Y}")
    browser.shot("peserta-nonaktifkan")
    browser.press("Nonaktifkan")
    assert any(f"tidak ditanggung lagi mulai bulan {COVERED}" in m for m in browser.messages())
    assert browser.field("status-program").text.startswith(f"Nonaktif mulai {COVERED}: Meninggal dunia")
    browser.menu("BPJS")
    browser.field("unduh-penonaktifan").click()
    listed = browser.downloaded(".xlsx", starting="penonaktifan-bpjs-")
    rows = list(load_workbook(listed, read_only=True).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][6] == "Meninggal dunia" and "474.3/88" in rows[0][12]


def test_12_the_months_bill_is_matched_against_the_ledger_before_it_is_kept(browser: Operator, tmp_path) -> None:
    sent = next(p for p in browser.downloads.iterdir() if p.name.startswith("pendaftaran-kolektif-bpjs-"))
    niks = [row[0] for row in load_workbook(sent, read_only=True).active.iter_rows(min_row=2, values_only=True)]
    bill = Workbook()
    bill.active.append(["No", "NIK", "Nama", "Bulan", "Iuran (Rp)"])
    for i, nik in enumerate(niks[:10], 1):
        bill.active.append([i, nik, "", COVERED, 16_800])
    bill_file = tmp_path / f"tagihan-{COVERED}.xlsx"
    bill.save(bill_file)
    browser.sign_in("operator")
    browser.menu("BPJS")
    browser.fill("bulan-tagihan", COVERED)
    browser.attach("berkas-tagihan", bill_file)
    browser.press("Unggah dan cocokkan")
    assert browser.heading == f"Pencocokan tagihan bulan {COVERED} (uji coba)"
    assert browser.field("selisih").text == "Rp16.800"  # the person who died is billed for that month
    assert "Ditagih tetapi tidak ditanggung kota: 1" in browser.text and "Meninggal dunia" in browser.text
    browser.shot("bpjs-tagihan")
    browser.press("Simpan ke riwayat")
    assert any(f"Tagihan bulan {COVERED} disimpan" in m for m in browser.messages())
    browser.menu("BPJS")
    assert f"Tagihan {COVERED}: Rp168.000 ditagih, buku hub Rp151.200, 9 cocok" in browser.text
    browser.sign_in("auditor")
    browser.menu("Audit")
    for label in ("Periode pendanaan dibuka", "Peserta dinonaktifkan", "Tagihan BPJS dicocokkan dan disimpan"):
        assert label in browser.text
    assert "operator" in browser.row("Peserta dinonaktifkan").text and "admin" in browser.row("Periode pendanaan").text


def test_13_a_person_who_moved_is_transferred_from_the_duplicate_screen(browser: Operator, served: ServedHub,
                                                                         offices, tmp_path) -> None:
    moved = list(offices["belian"].records.values())[1]  # registered again by Tanjung Uncang after a move
    offices["uncang"].register_record(moved)
    stick = _write(tmp_path, "uncang-2.jamsos", offices["uncang"].bundle())
    hub = Hub.open(data_dir=served.data_dir)
    try:
        assert hub.import_paths([stick]).totals()["duplicates"] == 1
    finally:
        hub.close()
    browser.sign_in("operator")
    browser.menu("Duplikat")
    browser.press("Tinjau")
    browser.field("keputusan-transfer").click()
    browser.fill("alasan", "Surat pindah dari Belian ke Tanjung Uncang, ditelepon kedua kantor.")
    browser.press("Simpan keputusan")
    assert any("pindah dari Kelurahan Belian ke Kelurahan Tanjung Uncang" in m for m in browser.messages())
    assert "Pindah kelurahan (KPJ dan tanggungan ikut)" in browser.text
