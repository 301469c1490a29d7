"""Portals without hand-written regexes: crawl from a start URL, learn per site, read feeds
and sitemaps, propose a site config.

- ``zeroconf.py``: a site per host from URLs (``newscrawler crawl URL``), the timezone of a
  host's country, the sections list pages are followed in.
- ``learning.py``: :class:`LinkJudge`, the link classes of a zero-config crawl: the classifier
  (:mod:`newscrawler.linkclass`) overruled by what fetched pages of each address template were.
- ``feeds.py``: RSS/Atom items, sitemap entries, ``<link rel="alternate">`` and robots.txt
  ``Sitemap:`` discovery (pure).
- ``spider.py``: the portal spider's part of all this (a mixin).
- ``propose.py``: ``newscrawler sites new``: sample a portal, write a site file.
"""
