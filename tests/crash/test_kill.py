"""Crash safety, measured: a real process registering participants is killed with SIGKILL 100 times.

After every kill the office opens without alarm, and: every registration the process reported as saved is
there, PRAGMA integrity_check is ok, the audit chain verifies, and outbox and participants agree.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize

KILLS = 100
WORKER = Path(__file__).with_name("worker.py")


def _wait_first_save(out_path: Path, timeout: float = 60.0) -> None:
    """Until the worker has saved once: the random delay then starts inside the stream of writes, however slow
    the machine is (a loaded CI machine may need more than the longest delay for the first save)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out_path.exists() and "\nSAVED " in out_path.read_text():
            return
        time.sleep(0.005)
    raise AssertionError("worker did not start saving")


def _round(zygote: subprocess.Popen, out_path: Path, seed: int, delay: float) -> list[str]:
    assert zygote.stdin and zygote.stdout
    zygote.stdin.write(f"go {seed} {out_path}\n")
    zygote.stdin.flush()
    pid = int(zygote.stdout.readline().split()[1])
    _wait_first_save(out_path)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    exit_line = zygote.stdout.readline().split()
    assert exit_line[:2] == ["EXIT", str(pid)]
    status = int(exit_line[2])
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "worker ended before the kill"
    return [ln.split()[1] for ln in out_path.read_text().splitlines() if ln.startswith("SAVED ")
            and len(ln.split()) == 2]


def _start_zygote(data_dir: Path, mode: str) -> subprocess.Popen:
    zygote = subprocess.Popen([sys.executable, str(WORKER), str(data_dir), mode], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert zygote.stdout and zygote.stdout.readline().strip() == "ZYGOTE"
    return zygote


POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX; Windows runs the "
                                                                "self-test")


@pytest.mark.slow
@POSIX_ONLY
def test_hundred_kills_lose_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    office = open_office(data_dir)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="rahasia123")
    office.close()
    zygote = _start_zygote(data_dir, "register")
    rng = random.Random(20261121)
    reported: set[str] = set()
    try:
        for kill in range(KILLS):
            reported.update(_round(zygote, tmp_path / f"out-{kill}.txt", kill + 1, rng.uniform(0.0, 0.25)))
            office = open_office(data_dir, startup_backup=False)
            try:
                assert office.startup.integrity_problems == [], f"after kill {kill + 1}"
                report = Services(office).maintenance.check()
                assert report.ok, f"after kill {kill + 1}: {report.lines()}"
                with office.db.read() as s:
                    stored = {r[0] for r in s.execute(text("SELECT nik FROM participant"))}
            finally:
                office.close()
            lost = reported - stored
            assert not lost, f"after kill {kill + 1}, reported saved but missing: {sorted(lost)[:5]}"
    finally:
        zygote.kill()
        zygote.wait()
    assert len(reported) >= KILLS, "every kill lands after a save, while registrations are being written"
    print(f"\n{KILLS} kills, {len(reported)} reported registrations, 0 lost")


@pytest.mark.slow
@POSIX_ONLY
def test_killed_exports_leave_the_outbox_intact_and_no_half_bundle(tmp_path: Path) -> None:
    from jamsos_desktop.sync.bundle import verify_bundle
    from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file

    data_dir, stick = tmp_path / "office", tmp_path / "stick"
    stick.mkdir()
    office = open_office(data_dir)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="rahasia123",
               approval_required=False)
    services = Services(office)
    services.auth.login("admin", "rahasia123")
    hub_file = tmp_path / "hub.json"
    hub_file.write_bytes(hub_identity_file(generate_hub_keys(), escrow_public=generate_escrow_key().public_key(),
                                           name="Hub Uji"))
    services.sync.trust_hub(hub_file)
    office.close()
    zygote = _start_zygote(data_dir, "export")
    rng = random.Random(5)
    saved: set[str] = set()
    try:
        for kill in range(20):
            saved.update(_round(zygote, tmp_path / f"out-{kill}.txt", kill + 1, rng.uniform(0.0, 0.4)))
            office = open_office(data_dir, startup_backup=False)
            services = Services(office)
            try:
                assert services.maintenance.check().ok, f"after kill {kill + 1}"
                # Nothing is acknowledged without a receipt: every saved change is still queued for the hub.
                assert services.sync.pending_count() >= len(saved)
                trusted = services.sync.trusted_keys()
                for bundle in stick.glob("*.jamsos"):  # whatever carries the final name is whole and valid
                    verify_bundle(bundle.read_bytes(), trusted_keys=trusted, kind="changes")
            finally:
                office.close()
    finally:
        zygote.kill()
        zygote.wait()
    assert list(stick.glob("*.jamsos")), "some exports should have finished between the kills"
