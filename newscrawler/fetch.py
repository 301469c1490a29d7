"""One page for ``newscrawler extract`` and ``links``: an http(s) URL or a local file, bounded.

>>> body, content_type, url = fetch_page("https://www.nmg.gov.cn/a.html", timeout=30.0)
>>> body = read_page_file("page.html")          # PageError: not a file, too large...

A URL is fetched with redirects followed only to http(s), at most :data:`MAX_REDIRECTS`
of them, and only where the page could have come from: the same host (or its ``www.``
twin, or a domain of the site's ``allowed_domains``), on the same port or moving from
http's default port to https's. The body may not exceed *max_bytes* and the whole fetch
may not take more than *timeout* seconds (also a server that answers a byte at a time). A
local input must be a regular file no larger than *max_bytes* (``/dev/zero``, a pipe or a
directory is refused: :func:`newscrawler.files.read_regular_file`).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from newscrawler import __version__
from newscrawler.files import NotARegularFile, read_regular_file

__all__ = ["MAX_BYTES", "MAX_REDIRECTS", "TIMEOUT", "PageError", "fetch_page",
           "read_page_file"]

#: Seconds a fetch may take in all before it counts as unreadable.
TIMEOUT = 30.0
#: No article page is this big: larger bodies and files are refused, not cut.
MAX_BYTES = 20 * 1024 * 1024
#: Redirects followed for one URL (a moved article needs one or two).
MAX_REDIRECTS = 5
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK = 65536


class PageError(Exception):
    """A page that cannot be had; the message says why, for a user."""


def _mb(size: int) -> str:
    megabytes, rest = divmod(size, 1024 * 1024)
    return f"{megabytes} MB" if not rest else f"{size:,} bytes"


def read_page_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """``read_page_file("page.html", max_bytes=MAX_BYTES)``: the bytes of a local page."""
    try:
        return read_regular_file(path, max_bytes=max_bytes)
    except FileNotFoundError:
        raise PageError("no such file") from None
    except NotARegularFile as exc:
        if exc.kind == "a directory":
            raise PageError("is a directory, not an HTML file") from None
        if exc.kind:
            raise PageError(f"is {exc.kind}, not a regular file: give an HTML file") from None
        raise PageError(f"is {_mb(exc.size or 0)}, larger than {_mb(max_bytes)}: not an "
                        "article page") from None
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from None


def fetch_page(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
               allowed_domains: Iterable[str] = (), command: str = "extract",
               ) -> tuple[bytes, str | None, str]:
    """``fetch_page(url, timeout=30.0, max_bytes=MAX_BYTES, allowed_domains=())``: the body,
    its Content-Type and the final URL after redirects. *command* names the command in the
    User-Agent."""
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_Redirects(url, allowed_domains))
    request = urllib.request.Request(url, headers={
        "User-Agent": f"newscrawler/{__version__} (+{command} command)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise PageError(f"the server sends {_mb(int(length))}, more than "
                                f"{_mb(max_bytes)}: not an article page")
            body = bytearray()
            # read1: at most one read of the socket, so a trickling server meets the deadline
            while chunk := response.read1(_CHUNK):
                body += chunk
                if len(body) > max_bytes:
                    raise PageError(f"the body is larger than {_mb(max_bytes)}: not an "
                                    "article page")
                if time.monotonic() > deadline:
                    raise PageError(f"timed out after {timeout:g} s ({len(body):,} bytes "
                                    "received)")
            return bytes(body), response.headers.get("Content-Type"), response.geturl()
    except urllib.error.HTTPError as exc:
        raise PageError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise PageError(f"timed out after {timeout:g} s") from None
        raise PageError(f"cannot fetch: {exc.reason}") from None
    except TimeoutError:
        raise PageError(f"timed out after {timeout:g} s") from None
    except OSError as exc:
        raise PageError(f"cannot fetch: {exc}") from None


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    except ValueError:  # a port that is not a number
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def _twin(host: str) -> str:
    return host[4:] if host.startswith("www.") else f"www.{host}"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only within the bounds in the module's docstring."""

    # urllib's own limits stay above ours, so that ours speak
    max_redirections = MAX_REDIRECTS + 10
    max_repeats = MAX_REDIRECTS + 10

    def __init__(self, url: str, allowed_domains: Iterable[str]) -> None:
        super().__init__()
        self.scheme, self.host, self.port = _origin(url)
        self.domains = tuple(d.lower().lstrip(".") for d in allowed_domains)

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001 (urllib's)
        # before urllib's own check, which lets ftp:// through and words the rest its way
        location = headers.get("Location") or headers.get("URI")
        if location:
            target = urljoin(req.full_url, location)
            if urlsplit(target).scheme.lower() not in _DEFAULT_PORTS:
                raise PageError(f"redirected to {target}: only http and https are followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 (urllib's)
        visited = getattr(req, "redirect_dict", {})
        if newurl in visited or newurl == req.full_url:
            raise PageError(f"redirect loop: {newurl} again")
        if len(visited) >= MAX_REDIRECTS:
            raise PageError(f"more than {MAX_REDIRECTS} redirects (the last to {newurl})")
        scheme, host, port = _origin(newurl)
        if scheme not in _DEFAULT_PORTS:
            raise PageError(f"redirected to {newurl}: only http and https are followed")
        same_host = host in (self.host, _twin(self.host)) or any(
            host == d or host.endswith("." + d) for d in self.domains)
        if not same_host:
            raise PageError(f"redirected to another host ({newurl}); give that URL itself "
                            "if it is the page you want")
        upgrade = (self.port == _DEFAULT_PORTS.get(self.scheme)
                   and port == _DEFAULT_PORTS[scheme])
        if port != self.port and not upgrade:
            raise PageError(f"redirected to another port ({newurl}); give that URL itself "
                            "if it is the page you want")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
