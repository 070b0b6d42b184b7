"""Bad requests get JSON errors with the right status and the parameter named."""

from __future__ import annotations

import http.client
import socket

import pytest

from .apifixtures import Client


@pytest.mark.parametrize(("query", "parameter"), [
    ("since=2025-13", "since"),
    ("since=yesterday", "since"),
    ("until=2025-02-30", "until"),
    ("since=2025-06&until=2025-05", "until"),
    ("type=FLY", "type"),
    ("factuality=certain", "factuality"),
    ("language=english", "language"),
    ("limit=0", "limit"),
    ("limit=100000", "limit"),
    ("limit=ten", "limit"),
    ("offset=-1", "offset"),
    ("actr=USA", "actr"),
    ("actor=USA&actor=NOR", "actor"),
])
def test_bad_event_parameters_are_400_naming_the_parameter(client: Client, query: str, parameter: str) -> None:
    status, body = client.get("/api/events?" + query)
    assert status == 400
    assert body["error"]["status"] == 400
    assert body["error"]["parameter"] == parameter
    assert body["error"]["message"].startswith(parameter + ":")


def test_unknown_document_is_404(client: Client) -> None:
    status, body = client.get("/api/documents/ffffffffffffffff")
    assert status == 404
    assert body["error"]["parameter"] == "id"


def test_unknown_endpoint_is_404(client: Client) -> None:
    status, body = client.get("/api/eventz")
    assert status == 404 and "no such endpoint" in body["error"]["message"]
    status, body = client.get("/static/../kronika.db")
    assert status == 404
    status, body = client.get("/static/secret.py")
    assert status == 404


def test_wrong_method_is_405_with_allow(client: Client) -> None:
    status, body, headers = client.request("/api/events", method="POST", body=b"{}",
                                           headers={"Content-Type": "application/json"})
    assert status == 405 and headers["Allow"] == "GET, HEAD"
    status, body, headers = client.request("/api/extract")
    assert status == 405 and headers["Allow"] == "POST"
    status, body, headers = client.request("/api/events", method="DELETE")
    assert status == 405


def test_lookup_needs_text(client: Client) -> None:
    status, body = client.get("/api/actors/lookup")
    assert status == 400 and body["error"]["parameter"] == "text"
    status, body = client.get("/api/actors/lookup?text=Oslo&lang=fr")
    assert status == 400 and body["error"]["parameter"] == "lang"
    status, body = client.get("/api/actors/lookup?text=Oslo&date=2025-1-1")
    assert status == 400 and body["error"]["parameter"] == "date"


def test_overlong_values_are_refused(client: Client) -> None:
    status, body = client.get("/api/events?actor=" + "x" * 600)
    assert status == 400 and body["error"]["parameter"] == "actor"


def test_extract_body_too_large_is_413_without_reading_it(server) -> None:  # noqa: ANN001
    # The test server accepts 64 kB; announce more and send nothing: the answer must come
    # at once, from the header alone.
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    conn.putrequest("POST", "/api/extract")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(10 * 1024 * 1024))
    conn.endheaders()
    r = conn.getresponse()
    assert r.status == 413
    assert "at most 65536" in r.read().decode()
    assert r.getheader("Connection") == "close"
    conn.close()


def test_extract_without_length_is_411(server) -> None:  # noqa: ANN001
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=30) as s:
        s.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        head = s.recv(4096).decode()
    assert head.startswith("HTTP/1.1 411")


@pytest.mark.parametrize(("body", "ctype", "parameter"), [
    (b'{"text": "x", "published": "17.10.2025"}', "application/json", "published"),
    (b'{"text": "Oslo met Lima.", "lang": "de"}', "application/json", "lang"),
    (b'{"txt": "Oslo met Lima."}', "application/json", "txt"),
    (b'{"text": 5}', "application/json", "text"),
    (b'{"text": "   "}', "application/json", "text"),
    (b'{"text": "a", "html": "<p>b</p>"}', "application/json", "html"),
    (b'["text"]', "application/json", "body"),
    (b'{"text": ', "application/json", "body"),
    (b"\xff\xfe", "text/plain", "body"),
    (b"some text", "application/xml", "Content-Type"),
])
def test_bad_extract_requests(client: Client, body: bytes, ctype: str, parameter: str) -> None:
    status, answer, _ = client.request("/api/extract", method="POST", body=body, headers={"Content-Type": ctype})
    assert status in (400, 415)
    assert answer["error"]["parameter"] == parameter


def test_missing_store_is_refused_at_start(tmp_path) -> None:  # noqa: ANN001
    from kronika.api import make_server
    from kronika.errors import StoreError

    with pytest.raises(StoreError, match="no such store"):
        make_server(tmp_path / "absent.db", port=0)
    assert not (tmp_path / "absent.db").exists()


def test_raw_utf8_in_the_query_is_read_as_utf8(server) -> None:  # noqa: ANN001
    import json

    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=30) as s:
        s.sendall("GET /api/actors/lookup?text=Осло HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("utf-8"))
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert json.loads(body)["text"] == "Осло"


def test_requests_naming_another_host_are_refused(server) -> None:  # noqa: ANN001
    # what a page on another site reaching 127.0.0.1 through DNS rebinding would send
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    conn.request("GET", "/api/events", headers={"Host": "attacker.example:8765"})
    r = conn.getresponse()
    assert r.status == 403 and "localhost" in r.read().decode()
    for host in ("localhost", f"localhost:{server.server_address[1]}", "127.0.0.1:1"):
        conn.request("GET", "/api/health", headers={"Host": host})
        r = conn.getresponse()
        r.read()
        assert r.status == 200, host
    conn.close()
