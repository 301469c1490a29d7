"""Scrapy add-ons of the project (the ``ADDONS`` setting)."""

from __future__ import annotations

from typing import Any

__all__ = ["LeaveOutSwitchedOff"]

#: (Scrapy's base component setting, component, the setting that switches it on)
SWITCHED: tuple[tuple[str, str, str], ...] = (
    ("EXTENSIONS_BASE", "scrapy.extensions.remote_control.RemoteControl",
     "REMOTE_CONTROL_ENABLED"),
    ("DOWNLOADER_MIDDLEWARES_BASE", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
     "COOKIES_ENABLED"),
)


class LeaveOutSwitchedOff:
    """Take the components that their own setting switches off out of Scrapy's base lists.

    Scrapy 2.19 imports every component listed while it builds a component list, even one
    set to None or one that then refuses to run: the remote control brings in aiohttp (about
    80 ms), the cookies middleware tldextract (about 35 ms), a quarter of what a re-crawl that
    finds nothing new costs. Switching one on (``-s COOKIES_ENABLED=True``) keeps it listed.
    """

    def update_settings(self, settings: Any) -> None:
        for name, component, switch in SWITCHED:
            if settings.getbool(switch):
                continue
            base = settings.getdict(name)
            if base.pop(component, None) is not None:
                settings.set(name, base, priority="addon")
