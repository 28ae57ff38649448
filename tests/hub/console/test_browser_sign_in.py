"""In a real browser: each role signs in and sees what it may do; wrong passwords are slowed down; an auditor
cannot change anything; signing out ends the session; the pages fit 1366x768 and work from the keyboard."""

from __future__ import annotations

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .served import PASSWORDS, ServedHub
from .steps import Operator


def test_every_role_signs_in_and_lands_on_the_dashboard(browser: Operator) -> None:
    for role in ("admin", "operator", "auditor"):
        browser.sign_in(role)
        assert browser.path == "/konsol/ringkasan" and browser.heading == "Ringkasan"
        assert role in browser.driver.find_element(By.CSS_SELECTOR, "header .who").text
        browser.sign_out()
        assert browser.path.startswith("/konsol/masuk") and "Anda sudah keluar." in browser.messages()
    browser.open("/konsol/ringkasan")
    assert browser.path.startswith("/konsol/masuk?lanjut=")  # the old session is gone


def test_the_sign_in_page_and_dashboard_screenshots(browser: Operator) -> None:
    browser.driver.delete_all_cookies()
    browser.open("/konsol/masuk")
    browser.shot("login")
    browser.sign_in("admin")
    browser.shot("ringkasan")
    width = browser.driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 1366, "the dashboard must not scroll sideways at 1366x768"


def test_wrong_passwords_are_refused_and_then_slowed_down(browser: Operator) -> None:
    for _ in range(3):
        browser.sign_in("operator", "salah-sandi-123")
        assert any("Nama petugas atau kata sandi salah" in m for m in browser.messages())
    assert "setelah" in browser.messages()[0]  # the third wrong one says when to try again
    browser.sign_in("operator")  # even the right password waits now
    assert browser.path.startswith("/konsol/masuk")
    assert any("Terlalu banyak kata sandi salah" in m for m in browser.messages())


def test_the_keyboard_alone_signs_in(browser: Operator) -> None:
    browser.driver.delete_all_cookies()
    browser.open("/konsol/masuk")
    active = browser.driver.switch_to.active_element
    assert active.get_attribute("id") == "nama"  # the name field has the focus
    active.send_keys("auditor", Keys.TAB, PASSWORDS["auditor"], Keys.ENTER)
    browser.wait_loaded()
    assert browser.heading == "Ringkasan"


def test_an_auditor_sees_no_buttons_that_change_anything_and_is_refused_when_posting(
        browser: Operator, served: ServedHub) -> None:
    browser.sign_in("auditor")
    browser.menu("Petugas")
    assert browser.heading == "Petugas konsol"
    assert "Tambah petugas" not in browser.text and browser.buttons() == []
    # the auditor's own session and CSRF token, posted by hand: still refused by role
    cookies = {c["name"]: c["value"] for c in browser.driver.get_cookies()}
    csrf = browser.driver.find_element(By.CSS_SELECTOR, "header input[name=csrf]").get_attribute("value")
    answer = httpx.post(served.url + "/konsol/petugas/tambah", cookies=cookies, data={
        "csrf": csrf, "nama": "penyusup", "peran": "admin", "sandi": "sandi-penyusup-1", "sandi2": "sandi-penyusup-1"})
    assert answer.status_code == 403 and "tidak boleh mengelola akun petugas" in answer.text
    assert "penyusup" not in served.cli("operator", "list").stdout


def test_an_admin_adds_an_operator_in_the_browser_who_can_then_sign_in(browser: Operator, served: ServedHub) -> None:
    browser.sign_in("admin")
    browser.menu("Petugas")
    browser.fill("baru-nama", "siti")
    browser.choose("baru-peran", "Operator")
    browser.fill("baru-sandi", "siti-sandi-2026")
    browser.fill("baru-sandi2", "siti-sandi-2026")
    browser.press("Tambah petugas")
    assert "Petugas siti dibuat sebagai Operator." in browser.messages()
    browser.shot("petugas")
    browser.fill("baru-nama", "budi")
    browser.fill("baru-sandi", "pendek1")
    browser.fill("baru-sandi2", "pendek1")
    browser.press("Tambah petugas")
    assert "Kata sandi minimal 10 karakter." in browser.messages()
    browser.sign_in("siti", "siti-sandi-2026")
    assert browser.heading == "Ringkasan"
    assert "siti" in served.cli("operator", "list").stdout


def _fill_new_operator(browser: Operator, name: str) -> None:
    browser.fill("baru-nama", name)
    browser.fill("baru-sandi", "sandi-penyusup-1")
    browser.fill("baru-sandi2", "sandi-penyusup-1")


def test_a_form_with_a_tampered_token_or_without_a_session_changes_nothing(browser: Operator,
                                                                           served: ServedHub) -> None:
    browser.sign_in("admin")
    browser.menu("Petugas")
    _fill_new_operator(browser, "penyusup")
    browser.driver.execute_script("document.querySelectorAll('input[name=csrf]').forEach(e => e.value = 'palsu')")
    browser.press("Tambah petugas")
    assert browser.heading == "Tidak dapat dilanjutkan" and "Formulir kedaluwarsa" in browser.text
    browser.open("/konsol/petugas")
    _fill_new_operator(browser, "penyusup")
    browser.driver.delete_cookie("jamsos_hub_sesi")  # the session is gone (signed out in another tab, say)
    browser.press("Tambah petugas")
    assert browser.path.startswith("/konsol/masuk") and "Silakan masuk dulu." in browser.messages()
    assert "penyusup" not in served.cli("operator", "list").stdout
