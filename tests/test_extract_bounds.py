"""``newscrawler extract`` is bounded: redirects only to http(s) on the page's own host and
port, a few of them; bodies and files of a size an article can have; a time limit."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawler import fetch

from helpers import run_cli, run_main

PAGE = (Path(__file__).parent / "fixtures" / "pages" / "en_provincial_news.html").read_bytes()
TITLE = "Sichuan steps up flood prevention along the Min River"


class Server:
    """A server of its own that answers each path as its test needs, and logs the paths."""

    def __init__(self, routes: dict) -> None:
        self.routes = routes
        self.requested: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requested.append(self.path)
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                    return
                route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def redirect(location: str):
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return answer


def page(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(PAGE)))
    handler.end_headers()
    handler.wfile.write(PAGE)


def endless(handler: BaseHTTPRequestHandler) -> None:
    """A body without a length that never ends (chunks of 1 MB), as a gzip bomb or a broken
    generator would send."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
    try:
        for _ in range(200):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:  # the client hung up, as it should
        pass


def declared_huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(500 * 1024 * 1024))
    handler.end_headers()
    handler.wfile.write(b"<html>")


def trickle(handler: BaseHTTPRequestHandler) -> None:
    """One byte every 0.1 s: each read is quick, the whole would take hours."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(PAGE)))
    handler.end_headers()
    try:
        for byte in PAGE:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


@pytest.fixture
def servers() -> Iterator[tuple[Server, Server]]:
    other = Server({"/page.html": page})
    main = Server({
        "/page.html": page,
        "/moved": redirect("/page.html"),
        "/to-ftp": redirect("ftp://127.0.0.1/page.html"),
        "/to-file": redirect("file:///etc/passwd"),
        "/to-other-port": redirect(f"{other.url}/page.html"),
        "/to-other-host": redirect(other.url.replace("127.0.0.1", "localhost") + "/page.html"),
        "/loop": redirect("/loop"),
        "/endless": endless,
        "/declared-huge": declared_huge,
        "/trickle": trickle,
    })
    for n in range(20):
        main.routes[f"/chain/{n}"] = redirect(f"/chain/{n + 1}")
    yield main, other
    main.close()
    other.close()


def extract(*args: str | Path):
    result = run_main("extract", *args)
    assert "Traceback" not in result.stderr
    return result


def test_a_redirect_on_the_same_host_is_followed(servers):
    main, _ = servers
    result = extract(f"{main.url}/moved")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == TITLE
    assert main.requested == ["/moved", "/page.html"]


@pytest.mark.parametrize(("path", "message"), [
    ("/to-ftp", "redirected to ftp://127.0.0.1/page.html: only http and https are followed"),
    ("/to-file", "redirected to file:///etc/passwd: only http and https are followed"),
    ("/to-other-port", "redirected to another port"),
    ("/to-other-host", "redirected to another host"),
    ("/loop", "redirect loop:"),
    ("/chain/0", f"more than {fetch.MAX_REDIRECTS} redirects (the last to /chain/6)"),
])
def test_a_redirect_out_of_bounds_is_refused(servers, path, message):
    main, other = servers
    result = extract(f"{main.url}{path}")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"newscrawler extract: error: {main.url}{path}: ")
    assert message.replace("/chain/6", f"{main.url}/chain/6") in result.stderr
    assert other.requested == []  # the other port (or host) was never asked
    assert len(main.requested) <= fetch.MAX_REDIRECTS + 1


def test_a_site_allows_redirects_within_its_domains(servers, tmp_path):
    main, other = servers
    site = tmp_path / "both.toml"
    site.write_text(f'name = "both"\nstart_urls = ["{main.url}/"]\nlist_links = ["/list"]\n'
                    'article_links = ["/page"]\nallowed_domains = ["localhost", "127.0.0.1"]\n',
                    encoding="utf-8")
    result = extract(f"{main.url}/to-other-host", "--site", site)
    # the host is allowed by the site, the port still is not
    assert result.returncode == 1 and "redirected to another port" in result.stderr


def test_a_body_without_end_is_cut_off_at_the_limit(servers):
    main, _ = servers
    started = time.monotonic()
    result = extract(f"{main.url}/endless", f"{main.url}/declared-huge")
    assert time.monotonic() - started < 20
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors[0].endswith("/endless: the body is larger than 20 MB: not an article page")
    assert errors[1].endswith("/declared-huge: the server sends 500 MB, more than 20 MB: not "
                              "an article page")


def test_a_trickling_server_meets_the_time_limit(servers):
    main, _ = servers
    started = time.monotonic()
    result = extract(f"{main.url}/trickle", "--timeout", "1")
    took = time.monotonic() - started
    assert result.returncode == 1
    assert "/trickle: timed out after 1 s (" in result.stderr
    assert took < 5, took


def test_a_local_input_must_be_a_regular_file_of_article_size(tmp_path):
    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.truncate(fetch.MAX_BYTES + 1)  # sparse: no disk used
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    started = time.monotonic()
    # in a process of its own with at most 2 GB: reading /dev/zero fails there, not here
    result = run_cli("extract", "/dev/zero", fifo, big, tmp_path, max_memory=2 << 30)
    assert time.monotonic() - started < 20  # neither /dev/zero nor the pipe was read on
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "newscrawler extract: error: /dev/zero: is a character device, not a regular file: "
        "give an HTML file",
        f"newscrawler extract: error: {fifo}: is a named pipe, not a regular file: give an "
        "HTML file",
        f"newscrawler extract: error: {big}: is 20,971,521 bytes, larger than 20 MB: not an "
        "article page",
        f"newscrawler extract: error: {tmp_path}: is a directory, not an HTML file",
    ]
