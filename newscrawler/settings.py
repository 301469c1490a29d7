"""Scrapy settings for newscrawler, and the one place where every setting's default is.

Every setting can be overridden with ``-s NAME=VALUE``; the components read them without
defaults of their own.
"""

import os

from newscrawler import __version__

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]
# `scrapy crawl` exits with the run's status (newscrawler/scrapy_commands/crawl.py).
COMMANDS_MODULE = "newscrawler.scrapy_commands"

# Politeness: an honest User-Agent, robots.txt obeyed, AutoThrottle on, offsite dropped.
USER_AGENT = f"newscrawler/{__version__} (+news archive crawler; Scrapy)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
# Scrapy starts this many tasks for every response, whatever it yields; the pipelines are
# synchronous, so more than a few only cost time (100, Scrapy's default, was 318,000 tasks and
# about a seventh of a 3,000-article crawl: docs/distributed.md).
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# 429 and 503 answers' Retry-After is waited for, up to this many seconds; a longer wait is
# recorded as a failure that the next run tries again (newscrawler/extensions/retryafter.py).
NEWSCRAWLER_MAX_RETRY_AFTER = 120.0
# A page that failed for a reason another try may fix (a timeout, a 500) is fetched again by
# the next runs, even when no list page shows it any more, until it has failed in this many.
NEWSCRAWLER_RETRY_FAILED = 3

# The limits of one run (newscrawler/limits.py); a site file's max_pages, max_time,
# max_depth, max_idle_lists, max_redirects and max_page_size override them for its site.
# They stop every trap we know (endless calendars and pagination, redirect chains,
# decompression bombs) within a bounded number of requests. 0 switches one off.
CLOSESPIDER_PAGECOUNT = 20_000  # pages (responses) per run
CLOSESPIDER_TIMEOUT = 6 * 3600  # seconds per run
# List pages deeper than this (links from the start URLs) are fetched, and their articles,
# but their links to more list pages are not followed.
NEWSCRAWLER_MAX_DEPTH = 500
# The links of the Nth list page in a row (along a path of links) that shows no article
# link this run has not seen are not followed: calendars, empty pagination.
NEWSCRAWLER_MAX_IDLE_LISTS = 5
REDIRECT_MAX_TIMES = 10
# A government "article" of more than 10 MB, on the wire or unpacked (Scrapy applies the
# same limit to decompression), is a file download, not a page.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# robots.txt is read to this size (RFC 9309 asks for at least 500 KiB); the rest is ignored.
NEWSCRAWLER_ROBOTSTXT_MAXSIZE = 500 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 starts a remote-control HTTP server in every crawl: it runs Python code sent to a
# local port and writes a job file with its token to ~/.local/state/scrapy, which a killed run
# leaves behind. A scheduled crawler needs neither; -s REMOTE_CONTROL_ENABLED=True for debugging.
REMOTE_CONTROL_ENABLED = False
# Components switched off here are left out, not imported and refused
# (newscrawler/extensions/addons.py).
ADDONS = {"newscrawler.extensions.addons.LeaveOutSwitchedOff": 0,
          # a worker of a distributed crawl when NEWSCRAWLER_REDIS_URL is set
          "newscrawler.distributed.addon.Distributed": 10}
# Scrapy's robots.txt middleware, raising a type of its own for a blocked request and
# reading an unavailable robots.txt as RFC 9309 says; its retry middleware, honouring
# Retry-After; its redirect middlewares, telling loops, off-site and soft-404 redirects apart.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawler.extensions.politeness.RobotsTxt": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawler.extensions.retryafter.RetryAfter": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawler.extensions.redirects.MetaRefresh": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawler.extensions.redirects.Redirects": 600,
}
# Breadth-first: list pages before deep pagination, so the newest articles come first.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.dedupe.DedupePipeline": 200,
    "pipelines.neardup.NearDupPipeline": 250,
    "pipelines.sqlite.SQLitePipeline": 300,
}

# Where the results go. NEWSCRAWLER_DB ("" is <NEWSCRAWLER_OUTPUT_DIR>/news.db) and
# NEWSCRAWLER_JSONL ("" is <NEWSCRAWLER_OUTPUT_DIR>/articles.jsonl, "off" none); the
# CrawlDatabase extension (newscrawler/extensions/database.py) opens them.
NEWSCRAWLER_OUTPUT_DIR = "output"
NEWSCRAWLER_DB = ""
NEWSCRAWLER_JSONL = ""
# A batch is committed when it holds this many writes or is this many seconds old.
NEWSCRAWLER_BATCH_SIZE = 200
NEWSCRAWLER_COMMIT_INTERVAL = 1.0
# Query parameters dropped from URLs on top of utm_*, from, spm and the like.
NEWSCRAWLER_TRACKING_PARAMS: list[str] = []
# Near-duplicate reposts (newscrawler/reposts/): on or off, the similarity that marks one,
# and how many stored articles are compared with each new one.
NEWSCRAWLER_NEARDUP_ENABLED = True
NEWSCRAWLER_NEARDUP_THRESHOLD = 0.6
NEWSCRAWLER_NEARDUP_MAX_CANDIDATES = 8

EXTENSIONS = {
    # owns the database, the crawl lock and the run row: the spider and pipelines use it
    "newscrawler.extensions.database.CrawlDatabase": 100,
    # judges each run's health as its row is closed (CrawlDatabase calls it)
    "newscrawler.extensions.health.HealthChecks": 110,
    "newscrawler.extensions.progress.Progress": 500,
    "newscrawler.extensions.politeness.RobotsCrawlDelay": 510,
    # measures each download, so that one cancelled for its size is told apart
    "newscrawler.extensions.pagesize.PageSize": 520,
    "newscrawler.extensions.startup.TuneCollector": 900,
}
# Allocations between two young garbage collections during a crawl
# (newscrawler/extensions/startup.py); 0 leaves Python's default (700).
NEWSCRAWLER_GC_THRESHOLD = 10_000
# "live" (a terminal display), "log" (a line per site every interval) or "off".
NEWSCRAWLER_PROGRESS = "log"
NEWSCRAWLER_PROGRESS_INTERVAL = 60.0
# robots.txt Crawl-delay and Request-rate become the site's delay (Scrapy ignores them),
# capped so a robots.txt cannot stall a crawl for hours.
NEWSCRAWLER_ROBOTS_CRAWL_DELAY = True
NEWSCRAWLER_MAX_CRAWL_DELAY = 60.0

# Health checks (newscrawler/health/, docs/health.md): when the run's row is closed, the run
# is compared with the site's recent runs by the Spidermon monitor suite named here; a run a
# check fails is recorded `degraded` with the reasons and exits 4. The thresholds: a site
# file's [health] table overrides any key for its site; -s NEWSCRAWLER_HEALTH='{"key": v}'
# overrides the keys it names for a crawl.
NEWSCRAWLER_HEALTH_ENABLED = True
NEWSCRAWLER_HEALTH_SUITE = "newscrawler.health.monitors.HealthMonitorSuite"
NEWSCRAWLER_HEALTH = {
    # the site's norm: its latest runs that were ok and extracted at least min_articles
    # article pages (fewer tell nothing about coverage or bodies)
    "history_runs": 10,
    "min_articles": 5,
    # a field (title, publication date, publication time, body, source) found in this share
    # of the articles fewer than usual: 0.3 flags 100% -> 69%, not 100% -> 70%
    "coverage_drop": 0.3,
    # a site's first runs, with no norm yet: the least share of articles with a date, and
    # with a body of NEWSCRAWLER_HEALTH_MIN_BODY_CHARS (an article needs a title to be stored)
    "min_published": 0.5,
    "min_body": 0.8,
    # the share of bodies from the generic fallbacks (trafilatura, text density) rising by more
    "fallback_rise": 0.5,
    # stale: no new article for longer than stale_factor times the longest gap between runs
    # that found new ones (of the latest stale_gaps), and at least stale_min; stale_unknown
    # while fewer than three gaps are known
    "stale_factor": 1.5,
    "stale_min": "1d",
    "stale_unknown": "7d",
    "stale_gaps": 30,
    # more than this share of the article pages tried failed
    "max_failure_share": 0.5,
    # more list pages than ever gave no article link, and more than this share of them
    "max_empty_list_share": 0.25,
}
# A body of at least this many characters counts as one in the body coverage.
NEWSCRAWLER_HEALTH_MIN_BODY_CHARS = 100
# Alerts on a degraded run (newscrawler/health/alerts.py, Spidermon actions): an email when
# NEWSCRAWLER_ALERT_EMAIL_TO names someone, a JSON POST when NEWSCRAWLER_ALERT_WEBHOOK_URL is
# set. SMTP security: "" (plain, a local relay), "starttls" or "ssl".
NEWSCRAWLER_ALERT_EMAIL_TO: list[str] = []
NEWSCRAWLER_ALERT_EMAIL_FROM = "newscrawler@localhost"
NEWSCRAWLER_ALERT_SMTP_HOST = "localhost"
NEWSCRAWLER_ALERT_SMTP_PORT = 25
NEWSCRAWLER_ALERT_SMTP_USER = ""
NEWSCRAWLER_ALERT_SMTP_PASSWORD = ""
NEWSCRAWLER_ALERT_SMTP_SECURITY = ""
NEWSCRAWLER_ALERT_WEBHOOK_URL = ""
# Seconds an alert may take (the end of the crawl waits for it).
NEWSCRAWLER_ALERT_TIMEOUT = 10.0
# Alert on every degraded run (True), or once (False): a run degraded by no check that did not
# already fail in the site's previous run sends nothing (an hourly crawl of a redesigned
# portal would otherwise mail every hour until someone fixes its config).
NEWSCRAWLER_ALERT_REPEAT = False
# Distributed crawls (newscrawler/distributed/, docs/distributed.md): the Redis that workers and
# the ingester share ("" crawls alone; the environment variable of the same name gives the
# default), the prefix of its keys, the name of the run to join ("" is the site's running run
# or a new one; a name per schedule, e.g. the hour, keeps a late worker from starting another),
# a worker's id ("" is <host>:<pid>; give a fixed one to a worker that systemd restarts, so it
# takes back at once the requests it held), and the seconds without a heartbeat after which a
# worker counts as dead and its requests go back to the queue.
NEWSCRAWLER_REDIS_URL = os.environ.get("NEWSCRAWLER_REDIS_URL", "")
NEWSCRAWLER_REDIS_PREFIX = "newscrawler"
NEWSCRAWLER_RUN = ""
NEWSCRAWLER_WORKER_ID = ""
NEWSCRAWLER_WORKER_TIMEOUT = 30.0

LOG_LEVEL = "INFO"
