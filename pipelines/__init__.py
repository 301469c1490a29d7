"""Item pipelines, in crawl order: clean, dedupe, neardup (reposts), sqlite.

They take items from wherever they come (a spider, or later a queue), keep their state in the
database, not in memory, and reach it through the crawl's owner of the database
(``newscrawler.extensions.database.CrawlDatabase.of(crawler)``), which commits and keeps the
JSON lines file in step.
"""
