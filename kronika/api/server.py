"""The HTTP server: routes, JSON answers, errors, request limits.

Why the standard library's ``ThreadingHTTPServer`` and not a web framework: the API is a
handful of read-only JSON endpoints over a local SQLite file for one analyst or a small
team; the standard server needs no new dependency, starts in milliseconds, and a thread
per connection is plenty when each answer is one indexed query. A larger deployment can
put any reverse proxy in front of it, or mount :func:`kronika.api.endpoints` functions in
a framework of its choice: they take a query string and return a JSON-able dict.

Limits: request bodies over :data:`~kronika.api.extraction.MAX_BODY_BYTES` are refused
(413) without being read, a request must name its body's length (411), pages hold at
most :data:`~kronika.api.endpoints.MAX_PAGE` records, and a connection idle for
:data:`SOCKET_TIMEOUT` seconds is closed.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kronika.api import endpoints
from kronika.api.errors import ApiError
from kronika.api.extraction import MAX_BODY_BYTES
from kronika.api.extraction import extract as extract_endpoint
from kronika.api.reader import StoreReader
from kronika.errors import KronikaError, UsageError
from kronika.web import asset

#: seconds a connection may stay silent before it is closed
SOCKET_TIMEOUT = 30
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765

_DOCUMENT = re.compile(r"^/api/documents/([^/]+)$")
_STATIC = re.compile(r"^/static/([A-Za-z0-9_.-]+)$")
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

_LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _is_loopback_ip(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: fixed GET routes: path -> handler(server, query string) -> JSON-able dict
GET_ROUTES: dict[str, Callable[["ApiServer", str], dict[str, Any]]] = {
    "/api/health": lambda s, q: endpoints.health(s.reader, q),
    "/api/documents": lambda s, q: endpoints.list_documents(s.reader, q),
    "/api/events": lambda s, q: endpoints.list_events(s.reader, q),
    "/api/sanctions": lambda s, q: endpoints.list_sanctions(s.reader, q),
    "/api/actors/lookup": lambda s, q: endpoints.lookup_actor(q),
    "/api/event-types": lambda s, q: endpoints.event_types(q),
}
POST_ROUTES = ("/api/extract",)


class Answer:
    """A response: status, body bytes, content type and extra headers."""

    __slots__ = ("status", "body", "content_type", "headers")

    def __init__(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = headers or {}

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> "Answer":
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return cls(status, body, "application/json; charset=utf-8", {"Cache-Control": "no-store", **(headers or {})})

    @classmethod
    def error(cls, e: ApiError) -> "Answer":
        return cls.json(e.to_record(), e.status, e.headers)


class ApiServer(ThreadingHTTPServer):
    """Kronika's HTTP server over one store; ``port=0`` picks a free port (tests)."""

    daemon_threads = True  # a hung client must not keep the process alive at exit
    # Why not the default (5): a page loads a few files and queries at once.
    request_queue_size = 64

    def __init__(self, reader: StoreReader, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                 quiet: bool = False, max_body: int = MAX_BODY_BYTES) -> None:
        self.reader = reader
        self.quiet = quiet
        self.max_body = max_body
        self.loopback = host in _LOCAL_NAMES or _is_loopback_ip(host)
        super().__init__((host, port), RequestHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if isinstance(host, bytes):
            host = host.decode()
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.reader.close()

    # ------------------------------------------------------------------ routing

    def _check_host(self, headers: Any) -> None:
        """On a loopback address, refuse requests that name another host.

        Why: a web page on another site can make the browser send requests to
        127.0.0.1 under a name it controls (DNS rebinding) and read the answers; such
        requests carry that name in ``Host``, so checking it keeps the local data local.
        """
        if not self.loopback:
            return
        host = (headers.get("Host") or "").strip().lower()
        if not host:
            return  # HTTP/1.0 clients may send none
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name.strip("[]") not in _LOCAL_NAMES:
            raise ApiError(403, f"Host {host!r}: this server answers only to localhost, 127.0.0.1 or [::1]")

    def answer(self, method: str, target: str, headers: Any, read_body: Callable[[int], bytes]) -> Answer:
        """The answer to one request (no sockets here: tests and other servers can call it)."""
        parts = urlsplit(target)
        path, query = parts.path, parts.query
        try:
            self._check_host(headers)
            if method in ("GET", "HEAD"):
                return self._get(path, query)
            if method == "POST" and path in POST_ROUTES:
                return self._extract(query, headers, read_body)
            if path in GET_ROUTES or path in POST_ROUTES or _DOCUMENT.match(path) or path == "/":
                allow = "POST" if path in POST_ROUTES else "GET, HEAD"
                raise ApiError(405, f"{method} is not allowed on {path}; use {allow}", headers={"Allow": allow})
            raise ApiError(404, f"no such endpoint: {path}")
        except ApiError as e:
            return Answer.error(e)
        except UsageError as e:
            return Answer.error(ApiError(400, str(e)))
        except KronikaError as e:
            return Answer.error(ApiError(500, str(e)))

    def _get(self, path: str, query: str) -> Answer:
        route = GET_ROUTES.get(path)
        if route is not None:
            return Answer.json(route(self, query))
        m = _DOCUMENT.match(path)
        if m:
            return Answer.json(endpoints.show_document(self.reader, unquote(m.group(1)), query))
        if path in ("/", "/index.html"):
            return self._asset("index.html")
        m = _STATIC.match(path)
        if m:
            return self._asset(m.group(1))
        if path in POST_ROUTES:
            raise ApiError(405, f"GET is not allowed on {path}; use POST", headers={"Allow": "POST"})
        raise ApiError(404, f"no such endpoint: {path}")

    def _asset(self, name: str) -> Answer:
        found = asset(name)
        if found is None:
            raise ApiError(404, f"no such file: {name}")
        body, kind = found
        headers = {"Cache-Control": "no-cache"}
        if name.endswith(".html"):
            headers["Content-Security-Policy"] = _CSP
        return Answer(200, body, kind, headers)

    def _extract(self, query: str, headers: Any, read_body: Callable[[int], bytes]) -> Answer:
        if headers.get("Transfer-Encoding"):
            raise ApiError(411, "send the body with a Content-Length (no chunked encoding)")
        raw = headers.get("Content-Length")
        if raw is None:
            raise ApiError(411, "a Content-Length is required")
        try:
            length = int(raw)
        except ValueError:
            raise ApiError(400, f"Content-Length {raw!r} is not a number", parameter="Content-Length") from None
        if length < 0:
            raise ApiError(400, "Content-Length is negative", parameter="Content-Length")
        if length > self.max_body:
            raise ApiError(413, f"the body is {length} bytes; at most {self.max_body} are accepted")
        body = read_body(length)
        if len(body) < length:
            raise ApiError(400, "the body ended before Content-Length bytes arrived", parameter="Content-Length")
        return Answer.json(extract_endpoint(body, headers.get("Content-Type", ""), query))


class RequestHandler(BaseHTTPRequestHandler):
    """Turns HTTP/1.1 requests into :meth:`ApiServer.answer` calls; no traceback reaches a client."""

    server: ApiServer
    protocol_version = "HTTP/1.1"  # keep-alive: a page and a benchmark reuse connections
    server_version = "Kronika"
    sys_version = ""
    timeout = SOCKET_TIMEOUT
    # Headers and body go out in two writes; without TCP_NODELAY the second waits for the
    # client's delayed ACK (~40 ms per request on Linux).
    disable_nagle_algorithm = True

    def _handle(self, method: str) -> None:
        body_read = False

        def read_body(n: int) -> bytes:
            nonlocal body_read
            body_read = True
            return self.rfile.read(n)

        # http.server decodes the request line as Latin-1; a client that sends a name in
        # raw UTF-8 (curl "...?text=Лукашенка") must get it back as it was meant.
        try:
            target = self.path.encode("latin-1").decode("utf-8")
        except UnicodeError:
            target = self.path
        try:
            ans = self.server.answer(method, target, self.headers, read_body)
        except Exception:  # noqa: BLE001 - a bug must give a 500, and the server go on
            print(f"kronika serve: error answering {method} {self.path}:", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            ans = Answer.error(ApiError(500, "internal error; see the server's log"))
        if not body_read and (self.headers.get("Content-Length", "0") not in ("", "0")
                              or self.headers.get("Transfer-Encoding")):
            self.close_connection = True  # an unread body would be taken for the next request
        self.send_response(ans.status)
        self.send_header("Content-Type", ans.content_type)
        self.send_header("Content-Length", str(len(ans.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for k, v in ans.headers.items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(ans.body)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._handle("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._handle("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle("PATCH")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        if not self.server.quiet:
            super().log_message(format, *args)


def make_server(db: str | Path | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                quiet: bool = False, max_body: int = MAX_BODY_BYTES) -> ApiServer:
    """A server over the store ``db`` (None: ``$KRONIKA_DB`` or ``./kronika.db``), not yet serving.

    Raises :class:`~kronika.errors.StoreError` when the store does not exist or cannot be
    read, and :class:`OSError` when the address cannot be bound.
    """
    return ApiServer(StoreReader(db), host, port, quiet=quiet, max_body=max_body)


@contextmanager
def running(db: str | Path | None = None, host: str = DEFAULT_HOST, port: int = 0, *,
            quiet: bool = True, max_body: int = MAX_BODY_BYTES) -> Iterator[ApiServer]:
    """A server answering in a background thread for the duration of a ``with`` block."""
    server = make_server(db, host, port, quiet=quiet, max_body=max_body)
    thread = threading.Thread(target=server.serve_forever, name="kronika-api", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


__all__ = ["Answer", "ApiServer", "DEFAULT_HOST", "DEFAULT_PORT", "RequestHandler", "SOCKET_TIMEOUT",
           "make_server", "running"]
