"""``scrapy crawl portal -a site=...`` (and Scrapyd's jobs): Scrapy's own command, exiting
with the run's status as ``newscrawler crawl`` does (newscrawler/exit_status.py).

Scrapy's command exits 0 whatever the run did, and 1 only when the crawl could not start.
Here the status is the one the run was judged with (``CrawlDatabase`` puts it in the stats:
1 for a failed run, 3 when another crawl held the database), and 2 for a crawl that could not
start (a setting refused at start, as ``newscrawler crawl`` says).
"""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler

from newscrawler import statkeys
from newscrawler.exit_status import ExitStatus


class Command(ScrapyCrawl):
    def _create_crawler(self, spidercls: object) -> Crawler:
        self.crawler = super()._create_crawler(spidercls)  # type: ignore[arg-type]
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        assert self.crawler_process is not None
        if self.crawler_process.bootstrap_failed:
            self.exitcode = ExitStatus.USAGE
            return
        stats = self.crawler.stats
        status = stats.get_value(statkeys.EXIT_STATUS) if stats is not None else None
        self.exitcode = int(status) if status is not None else ExitStatus.FAILED
