"""One Redis client per process and URL, with the timeouts a crawl wants."""

from __future__ import annotations

from typing import Any

__all__ = ["connect"]

_clients: dict[str, Any] = {}


def connect(url: str) -> Any:
    """A client of the Redis at *url* (``redis://host:6379/0``), checked with a PING.

    Raises ``redis.RedisError`` (a subclass of it) when it does not answer.
    """
    import redis

    client = _clients.get(url)
    if client is None:
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10,
                                      retry_on_timeout=True, health_check_interval=30)
        client.ping()
        _clients[url] = client
    return client
