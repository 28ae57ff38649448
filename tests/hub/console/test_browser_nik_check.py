"""In a real browser: the duplicate screen's "bukan orang yang sama" decision names the office that mistyped the
NIK, and that office, and only it, finds a nik_check notice on its next receipt (downloaded from the Impor page
and read with the office's own device key).

The operator picks the first registration's office, not the form's default (the second), so the test fails if
the choice is lost between the form and the notice."""

from __future__ import annotations

import zipfile

import pytest
from selenium.webdriver.common.by import By

from jamsos_desktop import __version__
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.hubkeys import read_hub_identity
from jamsos_desktop.sync.receipt import Receipt

from ..helpers import BELIAN, TANJUNG_UNCANG, FakeOffice
from .served import ServedHub
from .steps import Operator

REASON = "Ditelepon kedua kantor: dua orang berbeda, Belian salah ketik NIK dari KK."


@pytest.fixture(scope="module")
def offices(served: ServedHub, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FakeOffice]:
    """Belian registers Siti; Tanjung Uncang registers Rina, another person, under the same NIK (and one more
    person, so its receipt has something else to say). Both offices are enrolled and their sticks imported."""
    folder = tmp_path_factory.mktemp("offices")
    hub = Hub.open(data_dir=served.data_dir)
    try:
        identity = read_hub_identity(hub.identity_file())
        belian = FakeOffice(folder / "belian", identity, BELIAN, name="Kantor Lurah Belian", seed=21,
                            app_version=__version__)
        uncang = FakeOffice(folder / "uncang", identity, TANJUNG_UNCANG, name="Kantor Lurah Tanjung Uncang",
                            seed=22, app_version=__version__)
        [siti] = belian.register(1)
        uncang.register(1, nik=siti["nik"], birth_date=siti["birth_date"], sex=siti["sex"])
        uncang.register(1)
        for office in (belian, uncang):
            hub.enrol(hub.read_enrolment(office.enrolment()))
        for name, office, accepted, duplicates in (("belian", belian, 1, 0), ("uncang", uncang, 1, 1)):
            (folder / f"{name}.jamsos").write_bytes(office.bundle())  # one import each: Belian's is the first
            totals = hub.import_paths([folder / f"{name}.jamsos"]).totals()
            assert (totals["accepted"], totals["duplicates"]) == (accepted, duplicates), totals
    finally:
        hub.close()
    return {"belian": belian, "uncang": uncang}


def _receipts(browser: Operator) -> list[bytes]:
    browser.menu("Impor")
    browser.field("buat-tanda-terima").click()
    with zipfile.ZipFile(browser.downloaded(".zip", starting="tanda-terima-")) as z:
        return [z.read(name) for name in z.namelist()]


def _receipt_for(office: FakeOffice, files: list[bytes]) -> Receipt:
    readable = []
    for data in files:
        try:
            readable.append(office.read_receipt(data))
        except Exception:  # noqa: BLE001 - the other office's receipt is sealed for the other device
            continue
    assert len(readable) == 1, "each office gets exactly one receipt"
    return readable[0]


def test_the_operator_names_the_office_that_mistyped_and_only_that_office_is_asked(
        browser: Operator, offices: dict[str, FakeOffice]) -> None:
    belian, uncang = offices["belian"], offices["uncang"]
    [siti] = belian.records.values()
    browser.sign_in("operator")
    browser.menu("Duplikat")
    browser.press("Tinjau")
    chooser = browser.driver.find_element(By.XPATH, "//fieldset[legend[contains(., 'salah ketik NIK')]]")
    assert "Pendaftaran kedua (Kelurahan Tanjung Uncang)" in chooser.text
    assert "Pendaftaran pertama (Kelurahan Belian)" in chooser.text
    assert browser.field("salah-second").is_selected()  # the default, which this test changes
    browser.field("keputusan-not_same").click()
    browser.field("salah-first").click()
    browser.fill("alasan", REASON)
    browser.shot("duplikat-bukan-orang-sama")
    browser.press("Simpan keputusan")
    assert any(m.startswith("Kasus #1 diputuskan: Bukan orang yang sama")
               and "Kantor yang salah ketik diminta memeriksa NIK" in m for m in browser.messages()), browser.messages()
    assert "Tidak ada NIK ganda yang menunggu." in browser.text and "operator" in browser.row(REASON[:20]).text

    files = _receipts(browser)
    assert len(files) == 2
    asked = [n for n in _receipt_for(belian, files).notices if n.kind == "nik_check"]
    [notice] = asked
    assert notice.participant_id == siti["id"]
    assert notice.data == {"other_kelurahan_name": "Tanjung Uncang"}
    assert "periksa KTP/KK" in notice.text and siti["nik"] not in notice.text
    quiet = _receipt_for(uncang, files)
    assert quiet.changes and [n for n in quiet.notices if n.kind == "nik_check"] == []
