"""Item pipelines, in crawl order: clean, dedupe, sqlite, jsonlines.

They take items from wherever they come (a spider, or later a queue), and keep their state in
the database, not in memory.
"""
