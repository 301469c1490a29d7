"""Distributed crawls: N crawl workers on any machines share one crawl through Redis, and one
ingester stores what they found in SQLite.

    newscrawler crawl SITE... --redis redis://HOST:6379/0       # one worker (on each machine)
    newscrawler ingest --redis redis://HOST:6379/0 -o DIR       # the one writer of news.db
    newscrawler crawl SITE... --workers 4                       # all of it on this machine

What each module owns:

- ``keys.py``: every Redis key, and how a URL is kept in the shared sets (``RedisKeys``).
- ``scripts.py``: the Lua scripts that change several keys at once (atomically).
- ``addon.py``: the add-on that turns a crawl into a worker when ``NEWSCRAWLER_REDIS_URL`` is
  set (``newscrawler crawl --redis``, ``scrapy crawl``, Scrapyd alike).
- ``worker.py``: a worker's membership of a run (``ClusterWorker``: join, heartbeat, idle,
  end), its output (``StreamPipeline``) and the end of its start requests (``StartDone``).
- ``frontier.py``: scrapy-redis's scheduler and dupefilter, with a run's own keys and the
  requests a worker took kept until they are done (``RedisScheduler``, ``RunDupeFilter``).
- ``politeness.py``: one request rate per host for the whole cluster (``SharedPoliteness``).
- ``state.py``: what a run skips, read from Redis (``RedisIncremental``), and how the
  ingester keeps it (``seed_state``, ``remember``).
- ``ingest.py``: the ingester (``Ingester``): the stream into the pipelines and the database.
- ``cluster.py``: ``--workers N`` on one machine, a private ``redis-server``, one worker's run.

The data flow, the failure behaviour and the keys are described in docs/distributed.md.
"""
