"""newscrawler: crawl government news portals into SQLite and JSON lines."""

__version__ = "0.1.0"
