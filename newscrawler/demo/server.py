"""Serve a dict of pages on 127.0.0.1 from a background thread.

>>> with PortalServer(DemoPortal().render()) as server:
...     server.base_url           # 'http://127.0.0.1:54321'
...     server.requested          # paths asked for so far, in order
"""

from __future__ import annotations

import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from newscrawler.demo.portal import Page

__all__ = ["PortalServer"]


class PortalServer:
    def __init__(self, pages: dict[str, Page], *, host: str = "127.0.0.1", port: int = 0,
                 delay: float | tuple[float, float] = 0.0) -> None:
        self.pages = pages
        # seconds before each answer, or (least, most) for a random one: a slow or remote portal
        self.delay = delay
        self.requested: list[str] = []
        self.times: list[float] = []  # time.monotonic() of each request, beside ``requested``
        self._lock = threading.Lock()
        self._httpd = _QuietServer((host, port), _handler(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def set_pages(self, pages: dict[str, Page]) -> None:
        """Replace what is served (a test changes the portal between crawls)."""
        self.pages = pages

    def start(self) -> PortalServer:
        # A short poll interval: stop() waits for the loop to notice (0.5 s by default).
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        daemon=True, name="portal-server")
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _record(self, path: str) -> None:
        with self._lock:
            self.requested.append(path)
            self.times.append(time.monotonic())


class _QuietServer(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: a crawl opening 16 connections at once
    # overflowed it, and the kernel dropped the extra SYNs, which the client sends again only
    # after 1 s (seen as pages answered a second late at the start of a crawl)
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        # A crawler that is killed or gives up drops its connections: not the server's error.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _handler(server: PortalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real portals do
        # Headers and body leave in two writes; with Nagle's algorithm the body of a second
        # request on a kept-alive connection waits for the client's delayed ACK (40 ms on
        # Linux), a stall real web servers do not have.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            server._record(self.path)
            if server.delay:
                time.sleep(server.delay if isinstance(server.delay, (int, float))
                           else random.uniform(*server.delay))
            page = server.pages.get(self.path.split("#", 1)[0])
            if page is None:
                page = server.pages.get(self.path.split("?", 1)[0])
            if page is None:
                page = Page(b"<html><body><h1>404 Not Found</h1></body></html>", status=404)
            self._send(page)

        def do_POST(self) -> None:  # noqa: N802
            """A form posted to a page set whose mapping answers forms (``pages.post(path,
            form)``, the form urlencoded); 405 elsewhere, as a static server answers."""
            form = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            server._record("POST " + self.path)
            post = getattr(server.pages, "post", None)
            page = post(self.path, form.decode("latin-1")) if post is not None else None
            if page is None:
                page = Page(b"<html><body><h1>405 Method Not Allowed</h1></body></html>",
                            status=405)
            self._send(page)

        def _send(self, page: Page) -> None:
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the crawl's own log says what was fetched

    return Handler
