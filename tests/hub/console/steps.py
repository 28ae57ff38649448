"""The operator's steps in the browser, so the tests read like the guide: sign in, open a page, fill, press."""

from __future__ import annotations

import time
from pathlib import Path

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from .served import PASSWORDS


class Operator:
    def __init__(self, driver: WebDriver, url: str, shots: Path, downloads: Path) -> None:
        self.driver, self.url, self.shots, self.downloads = driver, url, shots, downloads

    # --- moving around ------------------------------------------------------------------------------------
    def open(self, path: str) -> None:
        self.driver.get(self.url + path)
        self.wait_loaded()

    def wait_loaded(self) -> None:
        WebDriverWait(self.driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def sign_in(self, name: str, password: str | None = None) -> None:
        self.driver.delete_all_cookies()
        self.open("/konsol/masuk")
        self.fill("nama", name)
        self.fill("sandi", PASSWORDS.get(name, "") if password is None else password)
        self.press("Masuk")

    def sign_out(self) -> None:
        self.press("Keluar")

    def menu(self, label: str) -> None:
        self.driver.find_element(By.CSS_SELECTOR, "nav.side").find_element(By.LINK_TEXT, label).click()
        self.wait_loaded()

    # --- forms --------------------------------------------------------------------------------------------
    def field(self, element_id: str) -> WebElement:
        return self.driver.find_element(By.ID, element_id)

    def fill(self, element_id: str, value: str) -> None:
        box = self.field(element_id)
        box.clear()
        box.send_keys(value)

    def choose(self, element_id: str, label: str) -> None:
        Select(self.field(element_id)).select_by_visible_text(label)

    def attach(self, element_id: str, *files: Path) -> None:
        self.field(element_id).send_keys("\n".join(str(f) for f in files))

    def press(self, label: str, *, within: WebElement | None = None) -> None:
        """Press the button (or link styled as one) with this exact text, and wait for the next page."""
        scope = within or self.driver
        button = scope.find_element(By.XPATH, f".//button[normalize-space()='{label}'] | "
                                              f".//a[contains(@class,'button') and normalize-space()='{label}']")
        # Mark the current document; the next page is loaded once the mark is gone. (Chromium's "staleness" of
        # an old element sometimes surfaces as an inspector error instead of StaleElementReferenceException.)
        self.driver.execute_script("window.__jamsosOldPage = true;")
        button.click()
        WebDriverWait(self.driver, 60, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return window.__jamsosOldPage === undefined "
                                       "&& document.readyState === 'complete'"))

    # --- reading ------------------------------------------------------------------------------------------
    @property
    def path(self) -> str:
        return self.driver.current_url.removeprefix(self.url)

    @property
    def heading(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "h1").text

    @property
    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    def messages(self) -> list[str]:
        return [m.text for m in self.driver.find_elements(By.CSS_SELECTOR, "p.message")]

    def buttons(self) -> list[str]:
        return [b.text for b in self.driver.find_elements(By.CSS_SELECTOR, "main button")]

    def row(self, containing: str) -> WebElement:
        return self.driver.find_element(By.XPATH, f"//tr[td[contains(normalize-space(), '{containing}')]]")

    def shot(self, name: str) -> Path:
        """A 1366x768 screenshot of what the operator sees (the window, not the whole page)."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"hub-{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def downloaded(self, suffix: str, *, timeout: float = 60, starting: str = "") -> Path:
        """The newest finished download named `starting`...`suffix` (Chrome's .crdownload gone, size settled)."""
        deadline = time.monotonic() + timeout
        last: tuple[Path, int] | None = None
        while time.monotonic() < deadline:
            files = list(self.downloads.iterdir())
            done = [p for p in files if p.name.endswith(suffix) and p.name.startswith(starting)]
            if done and not any(p.name.endswith(".crdownload") for p in files):
                newest = max(done, key=lambda p: p.stat().st_mtime)
                size = newest.stat().st_size
                if size and last == (newest, size):
                    return newest
                last = (newest, size)
            time.sleep(0.3)
        raise AssertionError(f"no {suffix} file was downloaded")
