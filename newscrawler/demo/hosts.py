"""A resolver that answers 127.0.0.1 for the demo portal's host names, so the demo portal can
be crawled under a government domain (``www.demo.gov.cn``), whose country gives a crawl
without a config its timezone. Nothing is sent to any other machine for these names; every
other name is resolved as usual.

    newscrawler crawl http://www.demo.gov.cn:8765/ \\
        -s TWISTED_DNS_RESOLVER=newscrawler.demo.hosts.DemoHosts

The names are :data:`DEMO_HOSTS`; the environment variable ``NEWSCRAWLER_DEMO_HOSTS`` (names
separated by spaces) replaces them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer

__all__ = ["DEMO_HOSTS", "DemoHosts"]

DEMO_HOSTS = ("www.demo.gov.cn", "demo.gov.cn")


class DemoHosts(CachingThreadedResolver):
    """Scrapy's resolver, with the demo portal's names on 127.0.0.1 (``TWISTED_DNS_RESOLVER``)."""

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:  # noqa: N802
        names = os.environ.get("NEWSCRAWLER_DEMO_HOSTS", "").split() or DEMO_HOSTS
        if name.lower() in names:
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)
