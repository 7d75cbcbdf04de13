"""A local HTTP server for the fetch/sources tests (127.0.0.1 only; no test touches the internet)."""
from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PAGE = ("<html><head><title>Local</title></head><body><article><p>Ядерные учения прошли в среду, "
        "сообщило министерство обороны.</p></article></body></html>").encode("cp1251")
FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item><title>One</title><link>/page</link><description>Summary.</description></item></channel></rss>"


class Handler(http.server.BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    agents: list[str] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, code, body=b"", ctype="text/html; charset=windows-1251", headers=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up first (timeout tests)
            pass

    def do_GET(self):
        path = self.path
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        Handler.agents.append(self.headers.get("User-Agent", ""))
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/page":
            if self.headers.get("If-None-Match") == '"v1"':
                return self._send(304, ctype=None)
            return self._send(200, PAGE, headers=[("ETag", '"v1"'), ("Last-Modified", "Wed, 21 Feb 2023 18:00:00 GMT")])
        if path == "/feed":
            return self._send(200, FEED, "application/rss+xml")
        if path == "/loop":
            return self._send(302, ctype=None, headers=[("Location", "/loop")])
        if path == "/hop":
            return self._send(301, ctype=None, headers=[("Location", "/page")])
        if path == "/to-localhost":
            port = self.server.server_address[1]
            return self._send(302, ctype=None, headers=[("Location", f"http://localhost:{port}/page")])
        if path == "/to-file":
            return self._send(302, ctype=None, headers=[("Location", "file:///etc/passwd")])
        if path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(2000):
                    self.wfile.write(b"<p>" + b"x" * 4093 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if path == "/slow":
            time.sleep(3)
            return self._send(200, PAGE)
        if path == "/doc.pdf":
            return self._send(200, b"%PDF-1.4 ...", "application/pdf")
        if path.startswith("/private/"):
            return self._send(200, PAGE)
        if path == "/flaky":
            if Handler.hits[path] < 3:
                return self._send(503, b"busy", "text/plain")
            return self._send(200, PAGE)
        if path == "/down":
            return self._send(500, b"err", "text/plain")
        return self._send(404, b"nope", "text/plain")


@contextmanager
def serve() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


