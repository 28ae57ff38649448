"""`jamsos-hub serve` in its own process for tests that need the real command (memory, TLS, the old release):
a set-up hub with one enrolled office, starting the server, and waiting until it answers /healthz; and raw
HTTP/1.1 requests over a socket, for what an HTTP client will not send (half a body, a replay byte for byte)."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx

from jamsos_desktop.hub.service import Hub
from jamsos_desktop.sync.hubkeys import read_hub_identity
from tests.conftest import TIME_SCALE

from .conftest import ESCROW_PASSPHRASE
from .helpers import BELIAN, FakeOffice

# A loaded test machine starts a Python process slowly; under Wine (make test-windows) several times slower still.
START_S = 180 * TIME_SCALE


def hub_with_office(tmp_path: Path) -> tuple[Path, FakeOffice]:
    """A hub data folder with keys and one enrolled office of this version (Belian)."""
    data = tmp_path / "hub"
    hub = Hub.open(data_dir=data)
    try:
        hub.init(escrow_out=tmp_path / "escrow.pem", escrow_passphrase=ESCROW_PASSPHRASE)
        office = FakeOffice(tmp_path / "office", read_hub_identity(hub.identity_file()), BELIAN, app_version="0.2.0")
        hub.enrol(hub.read_enrolment(office.enrolment()))
    finally:
        hub.close()
    return data, office


def wait_healthy(url: str, *, verify: bool | ssl.SSLContext = True) -> bool:
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", verify=verify, timeout=1).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False


@contextmanager
def serving(argv: Sequence[str], url: str, *, output: IO[bytes] | int = subprocess.DEVNULL,
            verify: bool | ssl.SSLContext = True, **popen: Any) -> Iterator[subprocess.Popen[bytes]]:
    """Run `python -m jamsos_desktop.hub ARGV` until the block ends; AssertionError if it never answers."""
    proc = subprocess.Popen([sys.executable, "-m", "jamsos_desktop.hub", *argv], stdout=output,
                            stderr=subprocess.STDOUT, **popen)
    try:
        assert wait_healthy(url, verify=verify), "the hub did not start"
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def raw_request(base_url: str, head: bytes, body: bytes = b"", *, read: bool = True) -> bytes:
    """Send HEAD and BODY as they are to a loopback server; the whole answer, or b"" without reading it."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + body)
        if not read:
            return b""
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)
