"""Fixtures: a real demo portal served on 127.0.0.1, and one crawl of it per test session.

Crawls run in a subprocess (see helpers.py), exactly as a user runs them: Twisted's reactor
cannot be restarted inside one test process, and the subprocess also proves the command works.
Tests that only read what a crawl of the whole demo portal left use ``demo_crawl`` (crawled
once per session); tests that crawl again start from a copy of it (``crawled``).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer

from helpers import crawl, write_site

DEMO_SITES = ("demo-en", "demo-zh")


@pytest.fixture
def portal() -> DemoPortal:
    return DemoPortal()


@pytest.fixture
def server(portal: DemoPortal) -> Iterator[PortalServer]:
    with PortalServer(portal.render()) as running:
        yield running


@dataclass(frozen=True)
class DemoCrawl:
    """One crawl of both demo sites: its output folder, server and what it printed."""

    out: Path
    server: PortalServer
    requested: list[str]  # the paths this crawl asked the server for, in order
    result: subprocess.CompletedProcess[str]

    @property
    def db(self) -> Path:
        return self.out / "news.db"

    @property
    def base_url(self) -> str:
        return self.server.base_url


@pytest.fixture(scope="session")
def demo_server() -> Iterator[PortalServer]:
    with PortalServer(DemoPortal().render()) as running:
        yield running


@pytest.fixture(scope="session")
def demo_crawl(demo_server: PortalServer, tmp_path_factory: pytest.TempPathFactory
               ) -> DemoCrawl:
    """The session's crawl of both demo sites. Read it, never write to it."""
    tmp = tmp_path_factory.mktemp("demo-crawl")
    sites = [write_site(tmp, name, demo_server.base_url) for name in DEMO_SITES]
    mark = len(demo_server.requested)
    result = crawl(tmp / "out", *sites)
    assert result.returncode == 0, result.stderr[-3000:]
    return DemoCrawl(tmp / "out", demo_server, demo_server.requested[mark:], result)


@dataclass(frozen=True)
class Crawled:
    """A copy of the session's crawl to crawl again, as if the test had made the first."""

    out: Path
    sites: list[Path]
    server: PortalServer  # the session's: what a test serves differently is put back after it
    portal: DemoPortal  # the portal it serves, to change and serve again


@pytest.fixture
def crawled(demo_crawl: DemoCrawl, tmp_path: Path) -> Iterator[Crawled]:
    out = tmp_path / "out"
    shutil.copytree(demo_crawl.out, out)
    server = demo_crawl.server
    pages = server.pages
    sites = [write_site(tmp_path, name, server.base_url) for name in DEMO_SITES]
    try:
        yield Crawled(out, sites, server, DemoPortal())
    finally:
        server.set_pages(pages)
