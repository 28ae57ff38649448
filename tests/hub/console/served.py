"""A real `jamsos-hub serve` on loopback over a real store, set up with the real command line, and a real
headless Chromium (Debian's chromium + chromium-driver through Selenium) at 1366x768 to drive it.

No browser is downloaded: without the Debian packages the browser tests skip with the command that installs
them. Screenshots go to a temporary folder, or to docs/screenshots/ with JAMSOS_UPDATE_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
BROWSER_SKIP = "install the browser: apt-get install chromium chromium-driver (or bash scripts/system-deps.sh test)"
PASSWORDS = {"admin": "admin-sandi-2026", "operator": "operator-sandi-2026", "auditor": "auditor-sandi-2026"}
SCREENSHOTS_DIR = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def browser_available() -> bool:
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


@dataclass
class ServedHub:
    """A hub data folder, the environment its commands run in, and (once started) its server."""

    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    url: str = ""
    process: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str, password: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**self.env, **({"JAMSOS_HUB_PASSWORD": password} if password else {})}
        result = subprocess.run([sys.executable, "-m", "jamsos_desktop.hub", *args], env=env, capture_output=True,
                                text=True, timeout=120, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise AssertionError(f"jamsos-hub {' '.join(args)} failed: {result.stdout}{result.stderr}")
        return result

    def start(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = (self.data_dir / "serve.log").open("wb")
        self.process = subprocess.Popen([sys.executable, "-m", "jamsos_desktop.hub", "serve", "--port", str(port)],
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError((self.data_dir / "serve.log").read_text())
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError("jamsos-hub serve did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def set_up_hub(folder: Path) -> ServedHub:
    """`jamsos-hub init` and one account per role, all through the real command line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMSOS_")}
    env.update(JAMSOS_HUB_DATA_DIR=str(folder / "hub"), JAMSOS_HUB_ESCROW_PASSPHRASE="escrow-passphrase-tests",
               JAMSOS_HUB_OPERATOR="penguji")
    served = ServedHub(folder / "hub", env)
    served.data_dir.mkdir(parents=True)
    served.cli("init", "--name", "Disnaker Kota Batam", "--escrow-out", str(folder / "escrow.pem"))
    for role, password in PASSWORDS.items():
        served.cli("operator", "add", role, "--role", role, password=password)
    return served


def new_browser(downloads: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--lang=id-ID", "--no-first-run", "--disable-extensions", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(1366, 768)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(1366 + 1366 - inner[0], 768 + 768 - inner[1])  # the page itself gets 1366x768
    driver.implicitly_wait(0)
    return driver
