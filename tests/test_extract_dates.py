"""Date forms, validation and formatting."""

from __future__ import annotations

from datetime import datetime

import pytest

from newscrawler.extract.dates import date_from_url, find_dates, format_stamp, is_plausible


@pytest.mark.parametrize("text, tz, expected", [
    ("2018-05-28 09:54:31", "Asia/Shanghai", "2018-05-28T09:54:31+08:00"),
    ("2018-05-28 09:54:31", None, "2018-05-28T09:54:31"),
    ("发布时间：2018-05-28 09:54  来源：浙江日报", "Asia/Shanghai", "2018-05-28T09:54:00+08:00"),
    ("2018年05月28日", "Asia/Shanghai", "2018-05-28"),
    ("2018年5月28日 09:54", None, "2018-05-28T09:54:00"),
    ("2018/05/28", None, "2018-05-28"),
    ("May 28, 2018", "America/New_York", "2018-05-28"),
    ("September 10, 2011 at 1:06 PM ET", "America/New_York", "2011-09-10T13:06:00-04:00"),
    ("28 May 2018", None, "2018-05-28"),
    ("Datum: 26. Januar 2022", None, "2022-01-26"),
    ("24.01.2022 - Meldung", None, "2022-01-24"),
    ("2016-12-23T16:42:59-05:00", "Asia/Shanghai", "2016-12-23T16:42:59-05:00"),
    ("2007-08-20-23:59:59", None, "2007-08-20T23:59:59"),
])
def test_forms(text, tz, expected):
    assert format_stamp(find_dates(text)[0], tz) == expected


def test_impossible_dates_are_rejected():
    assert find_dates("2018-02-30") == []
    assert find_dates("2018年13月1日") == []
    assert find_dates("31.04.2019") == []


def test_future_dates_are_implausible():
    now = datetime(2026, 11, 26)
    assert not is_plausible(find_dates("2027-01-01")[0], now)
    assert is_plausible(find_dates("2026-11-26 23:00")[0], now)


@pytest.mark.parametrize("url, expected", [
    ("http://www.zj.gov.cn/art/2018/5/28/art_1_2.html", "2018-05-28"),
    ("http://www.gov.cn/xinwen/2018-05/28/content_5294.htm", "2018-05-28"),
    ("https://www.nmg.gov.cn/zwyw/jrgz/201805/t20180528_2004628.html", "2018-05-28"),
    ("https://example.gov/news/2018/05/28/slug", "2018-05-28"),
])
def test_dates_in_urls(url, expected):
    stamp = date_from_url(url)
    assert stamp is not None and format_stamp(stamp) == expected


def test_url_without_date():
    assert date_from_url("https://example.gov/news/12345.html") is None
    assert date_from_url(None) is None
