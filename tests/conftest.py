"""Fixtures: a real demo portal served on 127.0.0.1.

Crawls run in a subprocess (see helpers.py), exactly as a user runs them: Twisted's reactor
cannot be restarted inside one test process, and the subprocess also proves the command works.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer


@pytest.fixture
def portal() -> DemoPortal:
    return DemoPortal()


@pytest.fixture
def server(portal: DemoPortal) -> Iterator[PortalServer]:
    with PortalServer(portal.render()) as running:
        yield running
