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
# A government "article" of more than 20 MB is a file download, not a page.
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2
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
# Scrapy's robots.txt middleware, raising a type of its own for a blocked request.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawler.extensions.politeness.RobotsTxt": 100,
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
