"""The time zone of a host's country, where its country-code domain names one zone.

>>> country_timezone("www.nmg.gov.cn")
('Asia/Shanghai', '.cn')
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from importlib.resources import files
from zoneinfo import ZoneInfo

__all__ = ["COUNTRY_TIMEZONES", "COUNTRY_ZONE_SETS", "country_days", "country_timezone"]

#: Country-code domains whose country's sites keep one time zone, chosen where the tz
#: database lists more than one: China (Urumqi's clock is unofficial), Malaysia, Germany,
#: Ukraine, Argentina (their zones keep one offset) and New Zealand (the Chatham Islands, 600
#: people on their own clock: the country's sites run on Auckland's). Every other country of
#: one zone in the tz database counts too (:func:`country_timezone`); countries with several
#: (.us, .ca, .au, .ru, .br, .mx, .id, .kz, .es with the Canaries, .pt with the Azores, ...)
#: are left out on purpose: a wrong offset is worse than none.
COUNTRY_TIMEZONES: dict[str, str] = {
    "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "mo": "Asia/Macau", "tw": "Asia/Taipei",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur",
    "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ph": "Asia/Manila", "in": "Asia/Kolkata",
    "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu",
    "il": "Asia/Jerusalem", "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar",
    "tr": "Europe/Istanbul", "de": "Europe/Berlin", "at": "Europe/Vienna",
    "ch": "Europe/Zurich", "li": "Europe/Vaduz", "fr": "Europe/Paris", "be": "Europe/Brussels",
    "nl": "Europe/Amsterdam", "lu": "Europe/Luxembourg", "it": "Europe/Rome",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest", "si": "Europe/Ljubljana", "hr": "Europe/Zagreb",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "ee": "Europe/Tallinn", "lv": "Europe/Riga",
    "lt": "Europe/Vilnius", "ie": "Europe/Dublin", "uk": "Europe/London", "gr": "Europe/Athens",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "rs": "Europe/Belgrade",
    "ua": "Europe/Kyiv", "by": "Europe/Minsk", "is": "Atlantic/Reykjavik",
    "za": "Africa/Johannesburg", "eg": "Africa/Cairo", "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi", "jm": "America/Jamaica", "co": "America/Bogota",
    "pe": "America/Lima", "ar": "America/Argentina/Buenos_Aires", "uy": "America/Montevideo",
    "nz": "Pacific/Auckland",
}


#: Country-code domains sold to anyone as generic names (.io, .tv, .me, .ws for "website"):
#: a host directly under one says nothing of a country; one under a national second level
#: (``gov.ws``, ``com.co``) does.
GENERIC_CCTLDS = frozenset({"ac", "ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu",
                            "sh", "so", "tk", "to", "tv", "vc", "ws"})
_SECOND_LEVELS = frozenset({"gov", "go", "gob", "govt", "gouv", "gv", "mil", "edu", "ac", "org",
                            "com", "net", "nic", "or", "co"})


@cache
def _single_zone_countries() -> dict[str, str]:
    """Country codes (lower case) that the tz database's ``zone.tab`` (tzdata's copy) gives
    one zone."""
    try:
        table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):  # (tzdata is a dependency; a broken install)
        return {}
    zones: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code.lower(), []).append(zone)
    return {code: found[0] for code, found in zones.items() if len(found) == 1}


def country_timezone(host: str) -> tuple[str, str] | None:
    """``(IANA timezone, ".tld")`` of a host whose country-code domain has one zone
    (:data:`COUNTRY_TIMEZONES`, else the tz database's countries of one zone).

    >>> country_timezone("www.pmpresssecretariat.gov.ws")
    ('Pacific/Apia', '.ws')
    >>> country_timezone("startup.ws") is None
    True
    """
    labels = host.lower().rstrip(".").split(".")
    tld = labels[-1]
    if tld in GENERIC_CCTLDS and (len(labels) < 3 or labels[-2] not in _SECOND_LEVELS):
        return None
    zone = COUNTRY_TIMEZONES.get(tld) or (
        None if tld in COUNTRY_ZONE_SETS else _single_zone_countries().get(tld))
    return (zone, f".{tld}") if zone else None


#: The zones of countries that keep several, mainland and islands (their country-code domain
#: gives no one zone, but a moment may fall on the same day in all of them).
COUNTRY_ZONE_SETS: dict[str, tuple[str, ...]] = {
    "au": ("Australia/Perth", "Australia/Darwin", "Australia/Adelaide", "Australia/Brisbane",
           "Australia/Sydney", "Australia/Hobart", "Australia/Lord_Howe"),
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
           "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"),
    "ca": ("America/St_Johns", "America/Halifax", "America/Toronto", "America/Winnipeg",
           "America/Regina", "America/Edmonton", "America/Vancouver"),
    "br": ("America/Noronha", "America/Sao_Paulo", "America/Manaus", "America/Rio_Branco"),
    "mx": ("America/Cancun", "America/Mexico_City", "America/Chihuahua", "America/Hermosillo",
           "America/Tijuana"),
    "id": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    "es": ("Europe/Madrid", "Atlantic/Canary"),
    "pt": ("Europe/Lisbon", "Atlantic/Azores"),
}


def country_days(host: str, moment: datetime) -> set[date]:
    """The days an aware *moment* falls on across the zones of *host*'s country (one for a
    country of one zone; empty when its country-code domain is not known here).

    >>> from datetime import UTC
    >>> sorted(d.isoformat() for d in country_days("www.example.com.au",
    ...        datetime(2025, 2, 18, 22, 30, tzinfo=UTC)))
    ['2025-02-19']
    """
    tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
    one = country_timezone(host)
    zones = COUNTRY_ZONE_SETS.get(tld) or ((one[0],) if one else ())
    return {moment.astimezone(ZoneInfo(zone)).date() for zone in zones}
