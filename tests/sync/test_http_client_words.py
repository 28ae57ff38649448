"""What the office's HTTP client says when the way to Disnaker fails: a clerk's words, never an exception
name or a raw status code. Against real sockets on loopback (nothing listening; a server that answers 503 or
a bare 400)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jamsos_desktop.sync.http_client import HubClient, HubRefusedUpload, HubUnavailable

RAW = ("Error", "HTTP", "503", "400", "Hub ")


class _Answers(BaseHTTPRequestHandler):
    status = 503

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def answering() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_nobody_listening_says_the_connection_was_not_made_and_nothing_is_lost() -> None:
    with HubClient(f"http://127.0.0.1:{_free_port()}", timeout=2) as client, \
            pytest.raises(HubUnavailable) as caught:
        client.health()
    text = str(caught.value)
    assert "sambungan tidak terbentuk" in text and "tetap tersimpan" in text
    assert not any(word in text for word in RAW), text


@pytest.mark.parametrize(("status", "words"), [(503, "sedang sibuk"), (500, "sedang bermasalah")])
def test_a_server_in_trouble_is_named_without_its_status_code(answering: ThreadingHTTPServer, status: int,
                                                              words: str) -> None:
    answering.status = status  # type: ignore[attr-defined]
    with HubClient(f"http://127.0.0.1:{answering.server_address[1]}") as client, \
            pytest.raises(HubUnavailable) as caught:
        client.health()
    assert words in str(caught.value) and not any(word in str(caught.value) for word in RAW)


def test_a_refusal_without_a_reason_says_what_to_do(answering: ThreadingHTTPServer) -> None:
    answering.status = 400  # type: ignore[attr-defined]
    with HubClient(f"http://127.0.0.1:{answering.server_address[1]}") as client, \
            pytest.raises(HubRefusedUpload) as caught:
        client.health()
    text = str(caught.value)
    assert "hubungi Disnaker" in text and not any(word in text for word in RAW), text
