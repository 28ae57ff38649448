"""Case 4 of issue 11: uploads held open, trickled, oversized and many at once keep the hub's memory bounded and
its health check answering, against the real `jamsos-hub serve` in its own process (its memory is measured)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import free_port
from .helpers import FakeOffice
from .processes import hub_with_office, serving

MIB = 2**20
RSS_LIMIT_MB = 300


def _peak_rss_mb(pid: int) -> float | None:
    """The hub's peak memory (VmHWM) from Linux /proc; None on Windows, which has no /proc (under Wine the host's
    /proc is visible as Z:\\proc, but it knows Linux process ids, not Windows ones): the rest still runs there."""
    if sys.platform == "win32":
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], FakeOffice]]:
    if sys.platform != "win32" and not Path("/proc/self/status").exists():
        pytest.skip("measuring the hub's memory needs Linux /proc (not Windows: there the memory is not measured)")
    data, office = hub_with_office(tmp_path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with (tmp_path / "access.log").open("wb") as log, serving(  # uvicorn's access log: the status of every answer
            ["--data-dir", str(data), "serve", "--port", str(port), "--upload-timeout", "3"], base,
            output=log) as proc:
        yield base, proc, office


def _answered(proc: subprocess.Popen[bytes], tmp_path: Path) -> list[str]:
    """The status codes the hub logged for POST /api/v1/bundles."""
    text = (tmp_path / "access.log").read_text(errors="replace")
    return re.findall(r'"POST /api/v1/bundles HTTP/1.1" (\d{3})', text)


def _upload(base: str, *, length: int | None, send: int, hold: float, results: list[str]) -> None:
    """POST an anonymous body: `send` bytes, then hold the connection open up to `hold` seconds for the answer."""
    port = int(base.rsplit(":", 1)[1])
    head = "POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\nContent-Type: application/octet-stream\r\n"
    head += f"Content-Length: {length}\r\n" if length is not None else "Transfer-Encoding: chunked\r\n"
    block = b"\0" * MIB
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
            sock.sendall((head + "\r\n").encode())
            sent = 0
            while sent < send:
                sock.sendall(block if length is not None else b"100000\r\n" + block + b"\r\n")
                sent += MIB
            sock.settimeout(hold)  # send no more; wait for the hub's answer
            answer = sock.recv(200)
    except OSError:
        answer = b"(closed)"
    results.append(answer.split(b"\r\n", 1)[0].decode(errors="replace"))


def test_twelve_concurrent_oversized_uploads_keep_memory_bounded_and_health_answering(served, tmp_path: Path) -> None:
    base, proc, office = served
    results: list[str] = []
    workers = [threading.Thread(target=_upload, kwargs=dict(base=base, length=None, send=70 * MIB, hold=0,
                                                             results=results)) for _ in range(6)]
    workers += [threading.Thread(target=_upload, kwargs=dict(base=base, length=63 * MIB, send=8 * MIB, hold=20,
                                                              results=results)) for _ in range(6)]
    for w in workers:
        w.start()
    slowest, honest = 0.0, None
    while any(w.is_alive() for w in workers):
        started = time.monotonic()
        assert httpx.get(base + "/healthz", timeout=5).status_code == 200
        slowest = max(slowest, time.monotonic() - started)
        if honest is None:  # an honest office still gets its bundle in while all this goes on
            office.register(2)
            with office.client(base) as client:
                honest = client.upload_bundle(office.bundle()).status
        time.sleep(0.2)
    for w in workers:
        w.join()
    peak = _peak_rss_mb(proc.pid)
    assert peak is None or peak < RSS_LIMIT_MB, f"hub peaked at {peak:.0f} MB"
    assert honest == "imported"
    # A sender cut off while still sending may see the connection reset before it reads the answer ("(closed)");
    # the hub's own log has the answer it gave to each.
    assert len(results) == 12 and all(r.split(" ")[1:2] in (["413"], ["429"], ["408"]) or r == "(closed)"
                                       for r in results), results
    answered = _answered(proc, tmp_path)
    assert answered.count("200") == 1 and len(answered) == 13, answered
    assert set(answered) <= {"200", "413", "408", "429"} and "429" in answered
    assert answered.count("413") + answered.count("408") >= 2, answered
    memory = "not measured (Windows)" if peak is None else f"{peak:.0f} MB"
    print(f"peak RSS {memory}, slowest /healthz {slowest:.2f} s, answers {sorted(results)}")


def test_a_trickled_body_is_cut_off(served) -> None:
    base, _, _ = served
    port = int(base.rsplit(":", 1)[1])
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /api/v1/bundles HTTP/1.1\r\nHost: hub\r\nContent-Length: 100000\r\n\r\n")
        answer = b""
        for _ in range(60):
            try:
                sock.sendall(b"x")  # one byte every half second
            except OSError:
                break
            sock.settimeout(0.5)
            try:
                answer = sock.recv(200)
            except TimeoutError:
                continue
            break
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert time.monotonic() - started < 15
    assert httpx.get(base + "/healthz").status_code == 200
