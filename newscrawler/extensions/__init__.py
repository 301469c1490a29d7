"""The project's Scrapy extensions, add-on and middleware, one module each:

- ``database.py``: ``CrawlDatabase``, the owner of the database, the crawl lock and the run
  row during a crawl;
- ``progress.py``: live progress on a terminal, periodic log lines otherwise;
- ``politeness.py``: robots.txt ``Crawl-delay`` honoured, and blocks told apart by type;
- ``startup.py``: the start-up objects frozen out of the garbage collector's view;
- ``addons.py``: components switched off by their setting are left out altogether.

Nothing is imported here: ``newscrawler.extensions.startup`` runs before Scrapy is imported.
"""
