"""Scrapy settings for newscrawler, and the one place where every setting's default is.

Every setting can be overridden with ``-s NAME=VALUE``; the components read them without
defaults of their own.
"""

from newscrawler import __version__

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["newscrawler.spiders"]

# Politeness: an honest User-Agent, robots.txt obeyed, AutoThrottle on, offsite dropped.
USER_AGENT = f"newscrawler/{__version__} (+news archive crawler; Scrapy)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
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
ADDONS = {"newscrawler.extensions.addons.LeaveOutSwitchedOff": 0}
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

LOG_LEVEL = "INFO"
