"""Dates: forms, validation, formatting, labels, and which date a page is published on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from lxml import html

from newscrawler.extract import extract_article
from newscrawler.extract.dateline import PLAIN, PUBLISHED, UPDATED, WRITTEN, printed_dates
from newscrawler.extract.dates import date_from_url, find_dates, format_stamp, is_plausible
from newscrawler.extract.published import closing_stamp, tail_stamp


@pytest.mark.parametrize("text, tz, expected", [
    ("2018-05-28 09:54:31", "Asia/Shanghai", "2018-05-28T09:54:31+08:00"),
    ("2018-05-28 09:54:31", None, "2018-05-28T09:54:31"),
    ("发布时间：2018-05-28 09:54  来源：浙江日报", "Asia/Shanghai", "2018-05-28T09:54:00+08:00"),
    ("2018年05月28日", "Asia/Shanghai", "2018-05-28"),
    ("2018年5月28日 09:54", None, "2018-05-28T09:54:00"),
    ("2018/05/28", None, "2018-05-28"),
    ("May 28, 2018", "America/New_York", "2018-05-28"),
    # a time after "@", as blog and police templates print it
    ("13 February 2024 @ 5:40 PM", None, "2024-02-13T17:40:00"),
    ("September 10, 2011 at 1:06 PM ET", "America/New_York", "2011-09-10T13:06:00-04:00"),
    ("28 May 2018", None, "2018-05-28"),
    ("Datum: 26. Januar 2022", None, "2022-01-26"),
    ("24.01.2022 - Meldung", None, "2022-01-24"),
    # a time after a Scandinavian, Finnish, Polish connector, dotted or not
    ("11. juni 2024 kl. 10.00", None, "2024-06-11T10:00:00"),
    ("6.6.2024 klo 14.30", None, "2024-06-06T14:30:00"),
    ("12 kwietnia 2024 r., godz. 14:30", None, "2024-04-12T14:30:00"),
    # ... and after a dotted date without one (those locales dot both), but not a decimal
    ("Julkaisuaika 6.6.2024 14.30", None, "2024-06-06T14:30:00"),
    ("Stand 6.6.2024 14.305 Punkte", None, "2024-06-06"),
    # ... not a dotted number after a date without one
    ("May 3, 2024 12.50", None, "2024-05-03"),
    # Croatian genitives; "listopada" is Croatian October with the day's dot, Polish
    # November without it; Croatian dots the year before its time too
    ("Objavljeno: 31. svibnja 2024.", None, "2024-05-31"),
    ("Objavljeno: 31. listopada 2024. u 14:30", None, "2024-10-31T14:30:00"),
    ("5 listopada 2024 r.", None, "2024-11-05"), ("12. studenoga 2024.", None, "2024-11-12"),
    # Icelandic and Estonian month names after the day's dot
    ("27. júní 2024", None, "2024-06-27"), ("Birt 3. febrúar 2023 kl. 09:00", None,
                                              "2023-02-03T09:00:00"),
    ("5. juuni 2024", None, "2024-06-05"), ("12. detsember 2023", None, "2023-12-12"),
    # a moment given with its offset: told in the site's zone (the site's day), or as given
    ("2016-12-23T16:42:59-05:00", "Asia/Shanghai", "2016-12-24T05:42:59+08:00"),
    ("2016-12-23T16:42:59-05:00", None, "2016-12-23T16:42:59-05:00"),
    ("2024-05-27T23:30:00Z", "Australia/Sydney", "2024-05-28T09:30:00+10:00"),
    # ... but midnight with an offset is a date stored alone: its day stays
    ("2024-05-28T00:00:00-04:00", "America/Chicago", "2024-05-28T00:00:00-04:00"),
    ("2007-08-20-23:59:59", None, "2007-08-20T23:59:59"),
    # a month's name between dots or dashes, the year's last two digits after the same mark
    # (a magazine's edition line) or four after a dot
    ("N° Edição: 2334 | 22.Ago.14 - 20:00", None, "2014-08-22T20:00:00"),
    ("28-May-18", None, "2018-05-28"), ("Published on 25.Jun.2019", None, "2019-06-25"),
    # Albanian month names
    ("14 Nëntor 2024, 14:35", None, "2024-11-14T14:35:00"), ("3 Dhjetor 2023", None, "2023-12-03"),
    # a notice's formula with the era after the month
    ("Dated this 11th day of March, A.D., 2024.", None, "2024-03-11"),
    # ... or between slashes, with the whole year (a forum's "on 22/Apr/2025")
    ("Posted by the editor on 14/Mar/2024", None, "2024-03-14"),
    ("3/Nov/19 08:15", None, "2019-11-03T08:15:00"),
    # the Maghreb's month names, beside the Hijri date the country observed (a day off the
    # Umm al-Qura table's)
    ("الثلاثاء 13 ربيع الأول 1446 - 17 شتنبر 2024", None, "2024-09-17"),
    ("12 جوان 2024", None, "2024-06-12"),
    # the Ethiopian calendar's day and year in Ethiopic numerals (5 Megabit 2016)
    ("ቀን፡ መጋቢት ፭ ቀን ፳፻፲፮ ዓ.ም", None, "2024-03-14"),
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
    ("http://politics.people.com.cn/n1/2024/0601/c1001-40247.html", "2024-06-01"),
    ("https://www.nmg.gov.cn/zwyw/jrgz/201805/t20180528_2004628.html", "2018-05-28"),
    ("https://example.gov/news/2018/05/28/slug", "2018-05-28"),
    ("https://www.example.gov.hk/gia/general/202403/05/P2024030500351.htm", "2024-03-05"),
    # a daily's edition folder, the year last, where one order only is a date
    ("http://www.daily.example.com.pa/archivo/05152012/nac03.html", "2012-05-15"),
])
def test_dates_in_urls(url, expected):
    stamp = date_from_url(url)
    assert stamp is not None and format_stamp(stamp) == expected


def test_url_without_date():
    assert date_from_url("https://example.gov/news/12345.html") is None
    # (an edition folder whose day and month read either way gives none)
    assert date_from_url("http://www.daily.example.com.pa/archivo/05062012/nac03.html") is None
    assert date_from_url(None) is None


@pytest.mark.parametrize("text, expected", [
    # month names in other languages, ordinals and "de"
    ("Publicado el 28 de mayo de 2018", "2018-05-28"),
    ("28 de mayo del 2018", "2018-05-28"),
    # the month first, as Colombia prints it on a date line
    ("Bogotá D.C., marzo 21 de 2024", "2024-03-21"),
    ("le 1er mai 2018 à 14h30", "2018-05-01T14:30:00"),
    ("mis en ligne le 3 févr. 2021", "2021-02-03"),
    ("pubblicato il 28 maggio 2018 alle 9:30", "2018-05-28T09:30:00"),
    ("12 de março de 2019 às 10:20", "2019-03-12T10:20:00"),
    ("gepubliceerd op 28 mei 2018", "2018-05-28"),
    ("3 mrt 2020", "2020-03-03"),
    ("Dec. 09, 2025", "2025-12-09"),
    ("December 15th 2025", "2025-12-15"),
    ("31 May, 2023", "2023-05-31"),
    # Russian, Ukrainian and Polish dates put the month in the genitive; Korean
    ("Опубликовано 7 сентября 2019 в 08:05", "2019-09-07T08:05:00"),
    ("7 września 2019 o 08:05", "2019-09-07T08:05:00"),
    # ... and some CMSs the nominative, in capitals too (Greek drops the accents there)
    ("Τρίτη, 09 Οκτώβριος 2007 13:52", "2007-10-09T13:52:00"),
    ("ΤΡΙΤΗ, 09 ΟΚΤΩΒΡΙΟΣ 2007", "2007-10-09"), ("09 Октябрь 2007", "2007-10-09"),
    ("5 Травень 2012", "2012-05-05"),
    ("7 вересня 2019 р.", "2019-09-07"),
    ("Data publikacji: 7 września 2019", "2019-09-07"),
    ("2019년 9월 7일 08:05", "2019-09-07T08:05:00"),
    # two-digit years
    ("Veröffentlicht: 07.03.19", "2019-03-07"),
    ("05/28/18", "2018-05-28"),
    ("28.05.99", "1999-05-28"),
    ("05.28.2024", "2024-05-28"),  # dotted, month first: a day over 12 says so
    ("09:54, May 28, 2018", "2018-05-28T09:54:00"),  # the time first, then a comma
    ("1:06 PM, May 28, 2018", "2018-05-28T13:06:00"),
    # numbers with the year last: a part over 12 is the day; a 12-hour clock is US order
    ("28/05/2018", "2018-05-28"),
    ("9/17/2004", "2004-09-17"),
    ("7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
    ("28-05-2018", "2018-05-28"),
    # full-width digits, a stamp split over elements
    ("２０１９年０９月０７日", "2019-09-07"),
    ("2019 年 09 月 07 日 08:05:32", "2019-09-07T08:05:32"),
    ("2019 年 09 月 07 日 08 : 05", "2019-09-07T08:05:00"),
    ("2019 - 09 - 07 08:05", "2019-09-07T08:05:00"),
    ("28.05.2018 - 14:00", "2018-05-28T14:00:00"),
    ("28 May 2018 — 09:54", "2018-05-28T09:54:00"),
    # Chinese times: hours and minutes in characters, a weekday or 下午 before the time
    ("2021年11月24日 15时42分", "2021-11-24T15:42:00"),
    ("2021年11月24日15時42分30秒", "2021-11-24T15:42:30"),
    ("2021年11月24日（星期三） 15:42", "2021-11-24T15:42:00"),
    ("2024-06-01 周六 09:30", "2024-06-01T09:30:00"),
    ("2021年11月24日 下午3:42", "2021-11-24T15:42:00"),
    ("2021年11月24日 中午12:10", "2021-11-24T12:10:00"),
    ("2018年5月28日 第3版", "2018-05-28"),
    # a weekday in words between the date and the time, in any language
    ("18 Mayıs 2006 Perşembe, 15:42", "2006-05-18T15:42:00"),
    ("18. Mai 2006, Donnerstag, 15:42 Uhr", "2006-05-18T15:42:00"),
    ("18 de mayo de 2006, jueves, 15:42", "2006-05-18T15:42:00"),
    ("May 18, 2006 Thursday at 3:42 PM", "2006-05-18T15:42:00"),
    ("2024-05-18 (Sat) 15:42", "2024-05-18T15:42:00"),
    ("18 мая 2006, четверг, 15:42", "2006-05-18T15:42:00"),
    ("18 May 2006, Thursday 15 people", "2006-05-18"),
    ("Jumanne, 17 Machi 2015 09:14", "2015-03-17T09:14:00"),  # Swahili
    # Serbian in Cyrillic and Latin letters, its genitive too; Macedonian and Bulgarian
    ("уторак, 14. мај 2024.", "2024-05-14"),
    ("3. априла 2024.", "2024-04-03"),
    ("Objavljeno: 14. septembra 2024.", "2024-09-14"),
    ("12 септември 2024", "2024-09-12"),
    ("5 декември 2023 г.", "2023-12-05"),
    # Maltese, with its "of" ("ta'"), and Irish, a two-word month among them
    ("28 ta' Marzu 2024", "2024-03-28"), ("5 ta’ Ġunju 2023", "2023-06-05"),
    ("14 Márta 2024", "2024-03-14"), ("3 Meán Fómhair 2024", "2024-09-03"),
    # Georgian, its genitive too
    ("03 მაისი, 2024", "2024-05-03"),
    ("3 მაისის 2024", "2024-05-03"),
    # Azerbaijani and Uzbek in Latin letters ("İyun" with its dotted capital), Armenian
    # genitives
    ("24 Aprel 2025, 15:30", "2025-04-24T15:30:00"),
    ("5 İyun 2024", "2024-06-05"),
    ("3 Sentabr 2024", "2024-09-03"),
    ("05 դեկտեմբերի, 2024", "2024-12-05"),
    # the nominative month Joomla prints in Croatian
    ("Ponedjeljak, 15 Ožujak 2010 12:34", "2010-03-15T12:34:00"),
    # the time in a field of its own after the date's
    ("วันที่ข่าว : 12 สิงหาคม 2553 \xa0เวลา : 14:20 น.", "2010-08-12T14:20:00"),
    ("Date: 28/08/2010 Time: 14:20", "2010-08-28T14:20:00"),
    ("日期：2024-05-28 时间：09:30", "2024-05-28T09:30:00"),
    # Chinese numerals, as official documents sign
    ("二〇二四年五月二十一日", "2024-05-21"),
    ("二○二四年十二月三十一日", "2024-12-31"),
    ("一九九九年十月一日", "1999-10-01"),
    # Japan's era and Taiwan's Republic years
    ("令和6年5月28日", "2024-05-28"),
    ("令和6年（2024年）5月28日", "2024-05-28"),  # the Western year in brackets too
    ("2024年（令和6年）5月28日", "2024-05-28"),  # ... or the era's after the Western one
    ("令和元年5月1日", "2019-05-01"),
    ("平成31年4月30日 10:00", "2019-04-30T10:00:00"),
    ("發布日期：民國113年5月28日", "2024-05-28"),
    ("發布日期：113-05-28", "2024-05-28"),  # a Republic year as a date field's value
    ("發布日期\n113-05-28\n發布單位", "2024-05-28"),  # ... in a field table's cell under it
    ("發布日期 113-05-28", "2024-05-28"),  # ... or right after its label, a list's "<span>"
    ("發布時間：113/05/28 14:30", "2024-05-28T14:30:00"),
    ("113年5月28日", "2024-05-28"),  # the Republic year alone, with its month and day
    # Iran's Solar Hijri calendar, in Persian text: the year first in Persian digits, or a
    # Persian month's name
    ("تاریخ انتشار: ۱۴۰۳/۰۲/۲۶ - ۱۰:۳۲", "2024-05-15T10:32:00"),
    ("چهارشنبه ۲۶ اردیبهشت ۱۴۰۳", "2024-05-15"),
    ("یکشنبه ۱ فروردین ۱۴۰۴", "2025-03-21"),
    # the lunar Hijri calendar of Saudi official pages (Umm al-Qura), in Arabic text: a
    # month's name, or numbers with the era's mark; a Gregorian day beside it is the one
    ("تاريخ النشر: 02 رجب 1445 هـ", "2024-01-14"),
    ("الموافق 1445/11/07 هـ", "2024-05-15"),
    ("نشر في 02/07/1445هـ 10:30", "2024-01-14T10:30:00"),
    ("الأحد 7 جمادى الآخرة 1446 هـ - 9 ديسمبر 2024 م", "2024-12-09"),
    # Nepal's Bikram Sambat, in Devanagari text: month names, or a year 2060-2099 in numbers
    ("बिहीबार, पुस १२, २०८०", "2023-12-28"),
    ("प्रकाशित मिति: २०८० फागुन २४", "2024-03-07"),
    ("प्रकाशित मिति : २०८१-०२-०८", "2024-05-21"),
    ("मंसिर २१, २०८२ / December 8, 2025", "2025-12-08"),
    ("प्रकाशित: २०२४-०५-२१", "2024-05-21"),  # a Gregorian year, in Devanagari digits
    # the weekday before numbers that read either way says their order (Drupal's default
    # "Thu, 03/07/2024 - 11:40": 7 March; 3 July 2024 was a Wednesday)
    ("Submitted by admin on Thu, 03/07/2024 - 11:40", "2024-03-07T11:40:00"),
    ("Wed, 03/07/2024", "2024-07-03"),
    ("2024 ජූනි 14 සිකුරාදා", "2024-06-14"),  # Sinhala: the year first
    ("18 ოქტ, 2023 16:24", "2023-10-18T16:24:00"),  # a Georgian month abbreviated
    # the English months in Tamil, Telugu, Kannada, Malayalam and Gujarati letters
    ("பதிவு: டிசம்பர் 02, 2019 04:15 AM", "2019-12-02T04:15:00"),
    ("నవంబర్ 5, 2024", "2024-11-05"), ("ನವೆಂಬರ್ 5, 2024", "2024-11-05"),
    ("15 മാർച്ച് 2024", "2024-03-15"), ("15 માર્ચ 2024", "2024-03-15"),
    ("jeu. 07/03/2024", "2024-03-07"),
    # Japanese and Korean: a weekday in parentheses, the hour alone, 시/분, 오후, dotted days
    ("令和6年5月28日（火）14時", "2024-05-28T14:00:00"),
    ("令和6年6月3日（月曜日）14時00分", "2024-06-03T14:00:00"),
    ("2024년 7월 3일(수요일) 10시", "2024-07-03T10:00:00"),
    ("2024年5月28日（星期二）8点", "2024-05-28T08:00:00"),
    ("2024년 7월 3일 10시 30분", "2024-07-03T10:30:00"),
    ("2024년 7월 3일(수) 오후 3:20", "2024-07-03T15:20:00"),
    ("2024. 7. 3. 10:00", "2024-07-03T10:00:00"),
    ("2024年5月28日 24小时", "2024-05-28"),  # a duration, not a time
    # a word for "year" between the date and its time (Russian, Ukrainian, Polish), "ore"
    ("28 мая 2024 года, 13:00", "2024-05-28T13:00:00"),
    ("28.05.2024 г. 13:00", "2024-05-28T13:00:00"),
    ("28 травня 2024 року о 13:00", "2024-05-28T13:00:00"),
    ("28 maja 2024 r., 13:00", "2024-05-28T13:00:00"),
    ("28 maggio 2024 ore 14:30", "2024-05-28T14:30:00"),
    ("2018-05-28. 12 people came", "2018-05-28"),
    # "of" and dashes between the day, the month's name and the year; Turkish, Indonesian
    ("28th of May, 2024", "2024-05-28"),
    # a two-digit year first after an apostrophe: a Japanese paper's "'19/3/14"
    ("'19/3/14", "2019-03-14"),
    ("’19/03/14 09:00", "2019-03-14T09:00:00"),
    # a notice's formula: "Dated this 14th day of March, 2025"
    ("Dated this 14th day of March, 2025", "2025-03-14"),
    ("28-May-2024 09:54", "2024-05-28T09:54:00"),
    ("28 Mayıs 2024", "2024-05-28"),
    ("14 AĞUSTOS 2024", "2024-08-14"),
    ("28 Maret 2024", "2024-03-28"),
    ("3 Disember 2024", "2024-12-03"),
    # a zone's name after the time gives its offset; only names with one offset, in capitals
    ("Tue, 28 May 2024 09:54:31 GMT", "2024-05-28T09:54:31+00:00"),
    ("May 28th, 2024 at 9:54 a.m. EDT", "2024-05-28T09:54:00-04:00"),
    ("28 May 2024 09:54 (HKT)", "2024-05-28T09:54:00+08:00"),
    ("2024-05-28 09:54 UTC+8", "2024-05-28T09:54:00+08:00"),
    ("2024-05-28 09:54 GMT+05:30", "2024-05-28T09:54:00+05:30"),
    ("2024-05-28 09:54 CST", "2024-05-28T09:54:00"),  # China's or the US Central
    ("2024-05-28 09:54 wet weather", "2024-05-28T09:54:00"),
    # Nordic, Finnish, Czech, Slovak, Catalan, Slovenian and Hungarian dates
    ("Udgivet 28. maj 2024", "2024-05-28"),
    ("28 augusti 2024", "2024-08-28"),
    ("28. toukokuuta 2024", "2024-05-28"),
    ("28. května 2024", "2024-05-28"),
    ("28. 5. 2024", "2024-05-28"),
    # the nominative Czech and Polish CMSs print; July's name begins like June's
    ("Úterý, 14 říjen 2008 09:15", "2008-10-14T09:15:00"), ("12 lipiec 2021", "2021-07-12"),
    ("2 červenec 2019", "2019-07-02"), ("2 červen 2019", "2019-06-02"),
    ("28 de maig de 2024", "2024-05-28"),
    ("2024. május 28. 10:30", "2024-05-28T10:30:00"),
    # Arabic month names, Egyptian and Levantine, in Arabic-Indic digits too
    ("20 مايو 2025", "2025-05-20"), ("٢٠ مايو ٢٠٢٥", "2025-05-20"),
    ("15 تشرين الثاني 2024", "2024-11-15"), ("4 آذار 2025", "2025-03-04"),
    # "ET" is the US Eastern zone's offset on that day; Indonesia's WIB
    ("May 28, 2024 10:54 am ET", "2024-05-28T10:54:00-04:00"),
    ("January 8, 2024 10:54 am ET", "2024-01-08T10:54:00-05:00"),
    ("28 Mei 2024 10:54 WIB", "2024-05-28T10:54:00+07:00"),
    ("Updated 3:12 PM EDT, May 29, 2025", "2025-05-29T15:12:00-04:00"),  # time, zone, date
    # ... without the comma after a 12-hour clock or a zone (local TV stations' sites)
    ("Published: 6:45 PM PST November 7, 2023", "2023-11-07T18:45:00-08:00"),
    ("6:45 PM November 7, 2023", "2023-11-07T18:45:00"),
    # Thailand's Buddhist Era, 543 years ahead, with a Thai month name
    ("วันที่ 28 พฤษภาคม 2567", "2024-05-28"),
    ("28 มิถุนายน พ.ศ. 2567 เวลา 09:54", "2024-06-28T09:54:00"),
    ("วันที่ 28 พ.ค. 2567 เวลา 10:30 น.", "2024-05-28T10:30:00"),  # the month abbreviated
    ("วันที่ 28/05/2567", "2024-05-28"),  # in numbers, the day first
    ("วันที่ 28 พ.ค. 68", "2025-05-28"),  # the year's last two digits
    # Romanian, Greek (in capitals, without accents), Hebrew, Hindi, Bengali (in its
    # digits), Urdu; Lithuanian's and Latvian's year-first dates, Latvian's dot after a year
    ("Marți, 8 octombrie 2024", "2024-10-08"),
    ("19 Σεπτεμβρίου 2024", "2024-09-19"), ("19 ΣΕΠΤΕΜΒΡΙΟΥ 2024", "2024-09-19"),
    ("7 בינואר 2025", "2025-01-07"),
    ("प्रविष्टि तिथि: 15 जनवरी 2025 6:10PM", "2025-01-15T18:10:00"),
    ("২৩ জুন ২০২৪", "2024-06-23"), ("๑๒ มิถุนายน ๒๕๖๗", "2024-06-12"), ("15 جنوری 2025", "2025-01-15"),
    ("2024 m. birželio 6 d.", "2024-06-06"), ("2025. gada 13. februārī", "2025-02-13"),
    ("13.02.2025. 14:36", "2025-02-13T14:36:00"),
    # Basque: the year's "-ko", the month's genitive, the day's "-a" or "-ean"
    ("2024ko maiatzaren 8a - 09:15", "2024-05-08T09:15:00"),
    ("2023ko azaroaren 30ean", "2023-11-30"),
    # the year first before an English month's name, as some offices date their releases
    ("Date: 2024 August 21", "2024-08-21"), ("2024 Aug. 9 at 10:30", "2024-08-09T10:30:00"),
    # British times with a dot, before a zone or a 12-hour clock only
    ("Mon 4 Mar 2024 14.22 GMT", "2024-03-04T14:22:00+00:00"),
    ("4 March 2024 3.30pm", "2024-03-04T15:30:00"),
    # ... or after a dotted date, where it ends the line (not a number with its unit)
    ("28.05.2024 14.22", "2024-05-28T14:22:00"), ("28.05.2024 14.22 Euro", "2024-05-28"),
    # a dotted date closing a sentence ("Stand: 28.05.2024.")
    ("Stand: 28.05.2024.", "2024-05-28"),
])
def test_more_forms(text, expected):
    assert format_stamp(find_dates(text)[0]) == expected


def test_ambiguous_order_is_marked_guessed():
    assert find_dates("03/04/2019") == []  # only for callers that settle the order
    (stamp,) = find_dates("03/04/2019", guess=True)
    assert stamp.guessed and stamp.moment == datetime(2019, 3, 4)
    assert not find_dates("03/04/2019 10:00 AM")[0].guessed
    assert not find_dates("13/04/2019")[0].guessed
    # two-digit years follow the same order as four-digit ones (they used to read day first)
    (stamp,) = find_dates("07/09/19", guess=True)
    assert stamp.guessed and stamp.moment == datetime(2019, 7, 9)


@pytest.mark.parametrize("text", ["Python 3.10.12", "version 1.2.18", "he was 10 out of 20",
                                  "本校創立113年歷史悠久",
                                  # a year-first date in Latin text: no Solar Hijri day;
                                  # no Hijri month without its era's mark or its name
                                  "Ref. 1403/02/26", "رقم 1445/11/07"])
def test_not_dates(text):
    assert find_dates(text) == []


def test_long_text_finds_the_same_dates_as_short_pieces():
    pieces = ["Published 28 de mayo de 2018.", "Updated 2019-09-07 08:05.", "bis zum 31.1.2022"]
    filler = "Lorem ipsum dolor sit amet, 1234 consectetur. " * 100
    text = filler.join(pieces)
    assert [format_stamp(s) for s in find_dates(text)] == [
        "2018-05-28", "2019-09-07T08:05:00", "2022-01-31"]


def test_month_name_in_url():
    stamp = date_from_url("https://example.org/blog/2023/october/03/wine-styles/")
    assert stamp is not None and format_stamp(stamp) == "2023-10-03"


@pytest.mark.parametrize("text, kind", [
    ("发 布 时 间：2019年09月07日 08:05:32", PUBLISHED),
    ("来源：新华网发布时间：2019-09-07", PUBLISHED),
    ("发表于 2005-9-15 11:46:00", PUBLISHED),
    ("本贴由大卫于2005年8月12日16:12:21", PUBLISHED),
    ("本贴由 大卫 于2005年8月12日16:12:21在", PUBLISHED),
    ("时　间：2019-09-07", PUBLISHED),
    ("Posted on Nov 21, 2018", PUBLISHED),
    # a blog's byline, a weekday before the date or not
    ("Posted by Lt. Dana Whitfield on 12/05/2024", PUBLISHED),
    ("Submitted by jwatts on Tue, 05/28/2024 - 09:54", PUBLISHED),
    ("The Upwork Team\nPublished\n|\nOct 10, 2025", PUBLISHED),
    ("Publié le 28 mai 2018", PUBLISHED),
    ("Gepubliceerd op 28 mei 2018", PUBLISHED),
    # ... a weekday between the label and the date, in a sentence too
    ("Dit bericht is gepubliceerd op maandag 12 februari 2024.", PUBLISHED),
    ("Published on Monday, 12 February 2024", PUBLISHED),
    ("Veröffentlicht am Montag, 12. Februar 2024", PUBLISHED),
    ("Updated Tue. 13 February 2024", UPDATED),
    # Portuguese and Catalan: "Publicado em", "Publicada a", "Publicat el"
    ("Publicado em: 07-05-2024", PUBLISHED), ("Publicada a 7 de maio de 2024", PUBLISHED),
    ("Publicat el 07/05/2024", PUBLISHED),
    # "Update" as the kind of a page ("Legal Update", "Client Update") labels no revision
    ("Legal Update March 04 2025", PLAIN), ("Update: March 5, 2025", UPDATED),
    # Japanese and Korean: posted, registered; updated, modified
    ("公開日：2024年5月28日", PUBLISHED), ("등록일 2024.05.28. 14:30", PUBLISHED),
    ("登録日：2008年9月12日", PUBLISHED), ("Dodano: 14 marca 2008, godz. 18:47", PUBLISHED),
    ("更新日：2024年5月29日", UPDATED), ("수정일 2024.05.29.", UPDATED),
    # Hindi, Romanian, Greek, Turkish, Russian, Arabic, Hebrew
    ("प्रकाशित: 28 मई 2025, 10:54 AM", PUBLISHED), ("अपडेटेड: 28 मई 2025, 04:10 PM", UPDATED),
    ("Publicat la 8 octombrie 2024", PUBLISHED), ("Actualizat 9 octombrie 2024", UPDATED),
    ("Δημοσιεύθηκε 19 Σεπτεμβρίου 2024", PUBLISHED),
    ("Güncelleme: 04.12.2024", UPDATED), ("Опубликовано 28 мая 2024", PUBLISHED),
    ("Megjelent: 2019. november 10., 19:42", PUBLISHED),
    ("วันที่ลงข่าว : 14 พฤศจิกายน 2567", PUBLISHED),
    ("Yayınlanma: 12.08.2018 21:45", PUBLISHED),
    ("تاريخ النشر: 15 أكتوبر 2024", PUBLISHED), ("עודכן לאחרונה 8 בינואר 2025", UPDATED),
    # Persian; Polish "Aktualizacja" beside "Opublikowano" (a story's footer)
    ("تاریخ انتشار: ۱۴۰۳/۰۲/۲۶ - ۱۰:۳۲", PUBLISHED),
    ("Opublikowano: 23 września 2019, 14:37", PUBLISHED),
    ("Aktualizacja: 24 września 2019, 08:10", UPDATED),
    ("發佈日期：2024-03-05", PUBLISHED),
    ("成文日期：2024-05-20", WRITTEN),
    # a disclosure table's field in brackets, its value on the next line
    ("[发布日期]\n2024-08-06", PUBLISHED), ("【成文日期】\n2024-08-02", WRITTEN),
    ("生成日期：2023-05-11", WRITTEN),
    ("Created on May 5, 2024", WRITTEN),
    ("Last Updated:\nAugust 1, 2025", UPDATED),
    ("Content current as of:\n03/15/2024", UPDATED),
    ("Stand: 12.03.2024", UPDATED),
    # an editor's dated note on what changed, its date closed by a colon
    ("Editor’s Note, December 19, 2025: We’ve added shoes from our winter guide.", UPDATED),
    ("Actualizado el 28 de mayo de 2018", UPDATED),
    ("更 新 时 间：2019-09-07", UPDATED),
    ("By Kathryn Smith Mar 5, 2025", PLAIN),
    ("作出处罚决定的日期 2024年7月8日", PLAIN),
    # "dated" opening its line labels the date; inside a sentence it does not
    ("Dated: 5 March 2024", PUBLISHED), ("by an order dated February 6, 2024", PLAIN),
])
def test_labels(text, kind):
    (item,) = printed_dates(text)
    assert item.kind == kind


def test_a_label_belongs_to_the_nearest_date():
    items = printed_dates("Posted on Nov 21, 2018 Updated at Dec 10, 2025")
    assert [i.kind for i in items] == [PUBLISHED, UPDATED]


@pytest.mark.parametrize("text, moment, timed", [
    # a date line's time on the next line, or a release's time a few lines under it (the
    # headline between)
    ("March 20, 2024\n2:00 p.m.", datetime(2024, 3, 20, 14, 0), True),
    ("March 20, 2024\nFederal Reserve issues FOMC statement\nFor release at 2:00 p.m. EDT",
     datetime(2024, 3, 20, 14, 0), True),
    ("5 March 2024\nMinister opens new bridge\nEmbargoed until 00:01",
     datetime(2024, 3, 5, 0, 1), True),
    # any other time under the headline is not the date's: an event's, a sentence's
    ("March 20, 2024\nCouncil meets\nThe meeting starts at 2:00 p.m.", datetime(2024, 3, 20),
     False),
    ("March 20, 2024\na\nb\nc\nFor release at 2:00 p.m.", datetime(2024, 3, 20), False),
    # a field table's time in a row of its own, the label over its value
    ("提供日\n2024年6月3日\n提供時間\n14時00分\n提供部局", datetime(2024, 6, 3, 14, 0), True),
    ("Date\n3 June 2024\nTime\n14:00", datetime(2024, 6, 3, 14, 0), True),
    ("Date\n3 June 2024\nContact\n14:00", datetime(2024, 6, 3), False),
])
def test_a_date_lines_time_from_the_lines_under_it(text, moment, timed):
    (item,) = printed_dates(text)
    assert (item.stamp.moment, item.stamp.has_time) == (moment, timed)


@pytest.mark.parametrize("text", ["[accessed 2019-06-18]", "建立于:2004年10月6日",
                                  "send views on or before May 6, 2024",
                                  "市民可於二○二四年五月六日或之前提交意見",
                                  "请于2024年5月6日前报送",
                                  # a Republic-year shape that is no date field's value
                                  "編號 113-05-28", "編號\n113-05-28",
                                  # the start of a range or of a rule's force
                                  "本办法自2024年5月1日起施行", "2024年7月6日至9月1日",
                                  "令和6年7月6日（土曜日）から9月1日まで",
                                  "2024년 7월 6일부터",
                                  # both ends of a period
                                  "一、施工时间：2025年3月15日至2025年8月31日。",
                                  "Consultation: 1 May 2024 to 31 May 2024",
                                  "Ausstellung 12.04.2024 – 30.06.2024"])
def test_other_dates_are_left_out(text):
    assert printed_dates(text) == []


def test_a_label_before_another_date_is_not_this_dates_label():
    (item,) = printed_dates("Call for proposals open until July 31\nJuly 22, 2017")
    assert item.kind == PLAIN


def test_tail_date_line_takes_the_time_line_after_it():
    paras = ["The Government today launched a consultation.", "Ends/Tuesday, March 5, 2024",
             "Issued at HKT 12:30", "NNNN"]
    assert format_stamp(tail_stamp(paras)) == "2024-03-05T12:30:00"
    assert tail_stamp(["A long paragraph without any date in it at all."]) is None
    # a short closing sentence that names a day talks about it: no date line
    assert tail_stamp(["The council passed the act.", "Das Gesetz tritt am 1. Juli 2009 in Kraft.",
                       "It takes effect on 1 July 2009."]) is None
    assert format_stamp(tail_stamp(["The council passed the act.", "Paris, le 3 avril 2008"])) \
        == "2008-04-03"


def test_a_release_is_dated_by_its_end_mark_in_the_page_text():
    page = html.fromstring("<html><body><div><p>The text.</p></div><div>Ends/Tuesday, May 28,"
                           " 2024<br>Issued at HKT 15:30</div><div>NNNN</div></body></html>")
    assert format_stamp(closing_stamp(page)) == "2024-05-28T15:30:00"
    # ... the mark that dates itself on its line, not "NNNN" over the list of the office's
    # other releases under it
    listed = html.fromstring("<html><body><div><p>The text.</p>Ends/Friday, September 20, "
                             "2024<br>Issued at HKT 18:30<br>NNNN</div><table><tr><td>13.9.2024"
                             "</td><td><a href='/press_240913.html'>Draft plan amended</a></td>"
                             "</tr></table></body></html>")
    assert format_stamp(closing_stamp(listed)) == "2024-09-20T18:30:00"
    # a forum's replies, each signature set apart by a rule, are not a release's end
    forum = html.fromstring("<html><body><p>First post.</p><p>------</p><p>Signature</p>"
                            "<p>发布时间 2005/07/23 10:46:32 by reader</p></body></html>")
    assert closing_stamp(forum) is None


def test_a_date_line_takes_the_time_printed_on_the_line_under_it():
    for text, expected in [("发布时间：2024-06-01\n09:30", "2024-06-01T09:30:00"),
                           ("2021年11月24日（星期三）\n香港時間15時42分", "2021-11-24T15:42:00"),
                           ("Stand: 14.05.2024\n14.00 Uhr", "2024-05-14T14:00:00"),
                           # a number under a date line is not its time
                           ("Stand: 14.05.2024\n10.50 Euro mehr", "2024-05-14")]:
        (item,) = printed_dates(text)
        assert format_stamp(item.stamp) == expected, text


def test_a_date_alone_in_parentheses_is_a_date_line():
    (item,) = printed_dates("（2024-05-21）")
    assert item.line
    (item,) = printed_dates("（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）")
    assert not item.line


@pytest.mark.parametrize("text, line", [
    # a sentence going on after the date's comma to its full stop: an event's date
    ("Ab Montag, 19. Februar 2024, wird die Hauptstraße zwischen dem Kirchweg und dem "
     "Rathausplatz für den Durchgangsverkehr voll gesperrt.", False),
    # a release's dateline: its fields set apart by a dash after the comma, or short
    ("RIYADH, May 28, 2024, SPA -- Saudi Arabia's non-oil exports rose 4.7% in March "
     "compared with the same month last year, data released today showed.", True),
    ("NAIROBI, 14 February 2025 – The Alliance today launched an appeal for US$18 million "
     "to support 1.2 million people in northern Kenya.", True),
    ("Berlin, 28.05.2018, Pressemitteilung", True),
    # ... or with a colon before the text, the year without a comma before it
    ("Imphal, March 14 2024: The development authority has launched a fresh drive to clear "
     "the floating biomass from the western portions of the lake.", True),
])
def test_a_date_in_a_sentence_is_not_a_date_line(text, line):
    (item,) = printed_dates(text)
    assert item.line is line


def test_a_thread_whose_posts_each_end_with_a_date_line_has_no_tail_date():
    # the last date line dates the last reply, not the text (a forum thread read whole)
    paras = ["影片的故事非常简单，讲述一个母亲争取回儿子抚养权的经历。",
             "〓 留言板 发布时间 2005/05/17 22:11:42 by 眉间尺 〓",
             "很喜欢片中迷离的音乐。", "------------------------------",
             "〓 留言板 发布时间 2005/07/23 10:46:32 by 卧室秋风 〓"]
    assert tail_stamp(paras) is None
    assert format_stamp(tail_stamp(paras[2:])) == "2005-07-23T10:46:32"


# ---------------------------------------------------------------- pages: which date wins

PAGES = Path(__file__).parent / "fixtures" / "pages" / "dates"
NOW = datetime(2026, 11, 26, 12, 0)


@pytest.mark.parametrize("page, url, tz, expected", [
    # a "date" meta that is the CMS's modification day, "Page last reviewed" under the
    # text: the date line under the headline, not the revision
    ("en_updated_and_published.html", None, None, "2023-03-03"),
    # only "Content current as of: 03/15/2024" under the text: that, as the fallback
    ("en_content_current_as_of.html", None, None, "2024-03-15"),
    # month names in other languages; a later "mis à jour" date and a later meta lose
    ("es_fecha_en_letras.html", None, None, "2018-05-28"),
    ("fr_communique.html", None, None, "2019-03-01T14:30:00"),
    # two-digit year
    ("de_kurzes_jahr.html", None, None, "2019-03-07"),
    # a <time> of a news ticker above the story loses to the byline's date line
    ("en_stray_time.html", None, None, "2024-05-05"),
    # the URL's date is the original; the meta date of a later republication loses
    ("en_url_original_date.html", "https://example.org/2019/03/14/water-bill", None,
     "2019-03-14"),
    # 发 布 时 间 with odd spacing, the stamp split over spans, a regenerated meta date
    ("zh_split_stamp.html", None, "Asia/Shanghai", "2019-09-07T08:05:32+08:00"),
    # a press release dated only after its text, with the time on the next line
    ("en_press_release_ends.html", None, "Asia/Hong_Kong", "2024-03-05T12:30:00+08:00"),
    ("zh_hant_press_release_ends.html", None, "Asia/Hong_Kong", "2024-03-05T12:30:00+08:00"),
    # a disclosure table prints 成文日期 (written) and 发布日期 (posted): the posting
    ("zh_written_and_published.html", None, None, "2024-05-21"),
    # ... or two of the document's own days (成文日期, 发文日期) and a PubDate of one of them:
    # that one is the posting's, not the earlier signature's
    ("zh_two_document_days.html", None, None, "2023-09-14T10:20:00"),
])
def test_published_on_pages(page, url, tz, expected):
    fields = extract_article((PAGES / page).read_bytes(), url, timezone=tz, now=NOW)
    assert fields.published_at == expected


def _page(head: str, body: str) -> str:
    return (f"<html><head>{head}</head><body><div class='post'>{body}"
            "<p>Beat the butter and sugar until pale, then add the eggs one by one.</p>"
            "<p>Bake for forty minutes.</p></div></body></html>")


def test_date_line_beats_a_distant_declared_date_but_not_a_modified_one():
    head = ("<title>Lemon cake</title>"
            "<meta property='article:published_time' content='2025-06-12T10:00:00Z'>"
            "<meta property='article:modified_time' content='2025-11-03T10:00:00Z'>")
    printed = _page(head, "<h1>Lemon cake</h1><p>By Ann</p><p>November 2, 2022</p>")
    assert extract_article(printed, now=NOW).published_at == "2022-11-02"
    modified = _page(head, "<h1>Lemon cake</h1><p>By Ann</p><p>November 3, 2025</p>")
    assert extract_article(modified, now=NOW).published_at == "2025-06-12T10:00:00+00:00"
    # a day apart is a time zone, not another date
    near = _page(head, "<h1>Lemon cake</h1><p>By Ann</p><p>June 11, 2025</p>")
    assert extract_article(near, now=NOW).published_at == "2025-06-12T10:00:00+00:00"
    # above the headline a later date may be a banner's "today"; an earlier one is not (a
    # law firm's "Client Alert | January 22, 2025" over its headline, the CMS's date later)
    above = _page(head, "<p>November 20, 2026</p><h1>Lemon cake</h1><p>By Ann</p>")
    assert extract_article(above, now=NOW).published_at == "2025-06-12T10:00:00+00:00"
    above = _page(head, "<p>November 2, 2022</p><h1>Lemon cake</h1><p>By Ann</p>")
    assert extract_article(above, now=NOW).published_at == "2022-11-02"


def test_a_declared_day_without_a_time_yields_to_the_day_printed_under_the_headline():
    # a CMS that stores its local day's publication as the UTC day before: two days without
    # a time, a day apart; the page prints its own under the headline
    head = ("<title>More bus services for new town</title>"
            "<meta name='article:published_time' content='2025-01-14'>")
    page = _page(head, "<h1>More bus services for new town</h1><div class='date'>15 Jan 2025"
                       "</div><p>Residents will benefit from two new bus services.</p>")
    assert extract_article(page, now=NOW).published_at == "2025-01-15"
    # ... a declared moment a day away stays: the same moment on another clock
    timed = head.replace("2025-01-14", "2025-01-14T18:00:00Z")
    page = _page(timed, "<h1>More bus services for new town</h1><div class='date'>15 Jan 2025"
                        "</div><p>Residents will benefit from two new bus services.</p>")
    assert extract_article(page, now=NOW).published_at == "2025-01-14T18:00:00+00:00"


def test_a_utc_moment_the_day_before_yields_to_the_printed_day_another_meta_gives():
    # Hobart's 09:45 on the 12th declared as 23:45Z on the 11th; the page prints the 12th
    # under its headline and Dublin Core's date says the 12th too: the site's own day
    head = ("<title>New ambulance stations</title><meta name='dcterms.date' content='2024-04-12'>"
            "<meta property='article:published_time' content='2024-04-11T23:45:00+00:00'>")
    body = ("<h1>New ambulance stations</h1><p class='release-date'>12 April 2024</p>"
            "<p>Two new ambulance stations will open on the North-West Coast.</p>")
    assert extract_article(_page(head, body), now=NOW).published_at == "2024-04-12"
    # ... without the second date, the UTC moment stands (labels take either day)
    alone = head.replace("<meta name='dcterms.date' content='2024-04-12'>", "")
    assert extract_article(_page(alone, body), now=NOW).published_at == (
        "2024-04-11T23:45:00+00:00")


def test_a_time_element_that_prints_the_day_its_utc_moment_falls_on_locally_gives_that_day():
    # an embargoed release out at 00:01 BST: <head> and the <time>'s datetime say 23:01Z the
    # day before, the <time> itself prints "22 May 2024", the day its readers saw
    head = ("<title>One in four targeted by scammers</title><meta property="
            "'article:published_time' content='2024-05-21T23:01:00.000Z'>")
    body = ("<p class='eyebrow'>Press release <time datetime='2024-05-21T23:01:00.000Z'>22 May "
            "2024</time></p><h1>One in four targeted by scammers</h1><p>One in four adults "
            "has been targeted by scammers on messaging apps, new research finds.</p>")
    assert extract_article(_page(head, body), "https://bank.example.com/news/scams",
                           now=NOW).published_at == "2024-05-22"
    # ... on the country's clock where the host has one
    assert extract_article(_page(head, body), "https://bank.example.co.uk/news/scams",
                           now=NOW).published_at == "2024-05-22T00:01:00+01:00"
    # ... but a <time> that prints the UTC day leaves the moment as declared
    same = body.replace("22 May 2024", "21 May 2024")
    assert extract_article(_page(head, same), "https://bank.example.com/news/scams",
                           now=NOW).published_at == "2024-05-21T23:01:00+00:00"


def test_a_revision_labelled_after_its_date_is_no_publication():
    # (a ministry's page in Turkish: "16.05.2025 İçerik Güncellendi" over the headline, the
    # publication only after the text; Japanese writes "2024年10月18日更新" so)
    text = "".join(f"<p>Bakanlık, kene ile temas halinde çıplak elle müdahale edilmemesi "
                   f"uyarısında bulundu; {n}. bölgede vaka sayısı arttı.</p>" for n in range(8))
    body = ("<div class='guncelleme'><span>16.05.2025 İçerik Güncellendi</span></div>"
            "<h1><span>Kene uyarısı: Keneyi çıplak elle koparmayın</span></h1>"
            f"<div class='metin'>{text}</div><div><span>Yayınlanma Tarihi: 14.05.2025 10:24"
            "</span></div>")
    head = ("<title>Kene uyarısı</title><meta property='og:title' content='KKKA Uyarısı: "
            "Keneyi Çıplak Elle Koparmayın'>")
    assert extract_article(_page(head, body), now=NOW
                           ).published_at.startswith("2025-05-14")
    japanese = ("<p>2024年10月18日更新</p><h1>ナイトZOOを開催します</h1><p>動物公園では、夜間"
                "特別開園を実施します。</p><p>発表日 2024年10月15日</p>")
    assert extract_article(_page("<title>ナイトZOO</title>", japanese), now=NOW
                           ).published_at.startswith("2024-10-15")
    # ... or in brackets after it, whatever follows on the line ("Datum: 16.11.2023
    # (aktualizace) | Zveřejněno: 14.11.2023")
    czech = ("<h1>MPO otevírá druhou výzvu na úspory energie</h1><p class='meta'><span>Datum: "
             "16.11.2023 (aktualizace)</span> | <span>Zveřejněno: 14.11.2023</span></p>"
             f"<div class='text'>{text}</div>")
    title = "<title>MPO otevírá druhou výzvu na úspory energie</title>"
    assert extract_article(_page(title, czech), now=NOW
                           ).published_at.startswith("2023-11-14")


def test_an_articles_own_footer_dates_it_after_its_credits_line():
    # a regional broadcaster's Drupal node: the date only in the <footer> of the <article>,
    # under a credits line of names ("Reportage: Jelle Deroo en Sien Vermeulen"); a "read
    # also" card in the text carries another item's date
    text = "".join(f"<p>De stad plaatst verplaatsbare zandschermen op het strand; de proef in "
                   f"zone {n} loopt tot de zomer en wordt daarna geëvalueerd.</p>"
                   for n in range(6))
    card = ("<div class='related-inline'><div>Lees ook</div><article><a href='/nieuws/storm'>"
            "<h4>Storm blaast zand tot op de Wapenplaats</h4><span>03/11/2023</span></a>"
            "</article></div>")
    page = ("<html><head><title>Zandschermen</title></head><body><main><article>"
            "<h1>Oostende test zandschermen</h1><div class='body'>"
            f"{text[:400]}{card}{text[400:]}</div><div class='credits'>Reportage: Jelle Deroo "
            "en Sien Vermeulen</div><footer class='node__footer'><div class='node__submitted'>"
            "12/03/2024 - 17:20</div><div class='tags'><a href='/tags/strand'>Strand</a></div>"
            "</footer></article></main><footer class='site-footer'>© 2024</footer></body></html>")
    assert extract_article(page, "https://tv.example.be/nieuws/zandschermen", now=NOW
                           ).published_at == "2024-03-12T17:20:00"


def test_a_utc_moment_the_day_before_yields_to_the_printed_day_the_address_gives():
    # "Posted on July 9, 2024" under the headline, the address dated the 9th, <head>'s
    # 23:41Z on the 8th (09:41 in Brisbane): the site's own day
    head = ("<title>Man charged</title>"
            "<meta property='article:published_time' content='2024-07-08T23:41:05+00:00'>")
    body = ("<h1>Man charged</h1><p>Posted on <span class='entry-date'>July 9, 2024</span></p>"
            "<p>A man will appear in court today charged with armed robbery.</p>")
    url = "https://police.example/moretonbay/2024/07/09/man-charged/"
    assert extract_article(_page(head, body), url, now=NOW).published_at == "2024-07-09"
    # ... an address without the day: the UTC moment stands (labels take either day)
    assert extract_article(_page(head, body), "https://police.example/man-charged/",
                           now=NOW).published_at == "2024-07-08T23:41:05+00:00"


def test_a_moment_no_clock_of_the_country_puts_on_the_printed_day_yields_to_it():
    # "Date: 28th November 2024" under the headline of a British council's release, <head>'s
    # 16:42Z on the 27th: the 27th on every clock of the country, so no zone explains the
    # gap (the draft was saved the evening before): the day the page prints
    head = ("<title>Charging hubs funded</title><script type='application/ld+json'>"
            '{"@type": "NewsArticle", "datePublished": "2024-11-27T16:42:00+00:00"}</script>')
    body = ("<h1>Charging hubs funded</h1><p class='meta'>Date: 28th November 2024</p>"
            "<p>Funding has been confirmed for fourteen new charging hubs.</p>")
    url = "https://www.county.gov.uk/article/9231/Charging-hubs-funded"
    assert extract_article(_page(head, body), url, now=NOW).published_at == "2024-11-28"
    # ... on a host of no known country a zone may explain it: the declared moment stands
    assert extract_article(_page(head, body), "https://charging.example/hubs",
                           now=NOW).published_at == "2024-11-27T16:42:00+00:00"


def test_a_printed_publication_time_beats_another_minute_of_the_same_day_in_head():
    # PubDate 10:30, "发布时间：2023-07-18 10:32" printed under the headline, both on the
    # site's clock: the page's own
    head = "<title>市政府召开常务会议</title><meta name='PubDate' content='2023-07-18 10:30'>"
    body = ("<h1>市政府召开常务会议</h1><div class='info'><span>发布时间：2023-07-18 10:32</span>"
            "<span>来源：市政府办公室</span></div><p>7月17日，市政府召开常务会议。</p>")
    assert extract_article(_page(head, body), now=NOW).published_at == "2023-07-18T10:32:00"
    # ... a head time with its offset is another clock's: it stands unless it is the same
    # moment
    zoned = head.replace("2023-07-18 10:30", "2023-07-18T10:30:00+08:00")
    assert extract_article(_page(zoned, body), now=NOW).published_at == (
        "2023-07-18T10:30:00+08:00")


def test_a_date_line_beats_a_declared_creation_day():
    # JSON-LD dateCreated alone: the CMS draft's day, not the publication the page prints
    head = ("<title>More paramedics</title><script type='application/ld+json'>"
            '{"@type": "WebPage", "dateCreated": "2024-05-24T09:12:00+10:00", '
            '"dateModified": "2024-05-28T06:00:00+10:00"}</script>')
    page = _page(head, "<h1>More paramedics</h1><p>Tuesday, 28 May 2024</p>")
    assert extract_article(page, now=NOW).published_at == "2024-05-28"
    published = head.replace("dateCreated", "datePublished")
    page = _page(published, "<h1>More paramedics</h1><p>Tuesday, 28 May 2024</p>")
    assert extract_article(page, now=NOW).published_at == "2024-05-24T09:12:00+10:00"


def test_a_declared_day_the_page_prints_as_the_documents_own_yields_to_its_posting():
    # PubDate holds the day the notice was written (成文日期), the table prints the later
    # posting day (发布日期) too
    head = "<title>关于印发管理办法的通知</title><meta name='PubDate' content='2025-03-28'>"
    table = ("<table><tr><th>成文日期：</th><td>2025-03-28</td><th>发布日期：</th>"
             "<td>2025-04-02</td></tr></table>")
    page = _page(head, table + "<h1>关于印发管理办法的通知</h1>")
    assert extract_article(page, now=NOW).published_at == "2025-04-02"
    # without the written day in the table, the declared day stands (a later printed
    # posting day is a regenerated page's)
    table = table.replace("2025-03-28", "2025-03-27")
    page = _page(head, table + "<h1>关于印发管理办法的通知</h1>")
    assert extract_article(page, now=NOW).published_at == "2025-03-28"


def test_a_date_and_time_right_over_the_headline_beat_a_declared_draft_time():
    # the template prints "14.03.2018 11:05" over the headline; the meta holds the draft's
    # creation, 17 hours before, in the same zone: no zone explains the gap
    head = ("<title>Паводок</title>"
            "<meta property='article:published_time' content='2018-03-13T17:40:00+06:00'>")
    page = _page(head, "<span class='date'>14.03.2018 11:05</span><h3>Аким провёл совещание</h3>")
    assert extract_article(page, now=NOW).published_at == "2018-03-14T11:05:00"
    # hours apart that a zone explains, or a date without a time over the headline (a
    # banner's "today" may be that), leave the declared time
    near = page.replace("11:05", "05:10")
    assert extract_article(near, now=NOW).published_at == "2018-03-13T17:40:00+06:00"
    banner = page.replace("14.03.2018 11:05", "14.03.2018")
    assert extract_article(banner, now=NOW).published_at == "2018-03-13T17:40:00+06:00"


def test_a_sidebars_dated_links_still_say_how_the_site_prints_dates():
    # the list of other pages goes from the text, but its "28/02/2012" says day first
    rows = "".join(f"<p class='rightnews'><span>{d}/02/2012</span><br><a href='/n/{d}'>News "
                   f"{d}</a></p>" for d in (28, 14, 9))
    page = _page("<title>Appeal total</title>", "<h1>Appeal total</h1><p>12/03/2012</p>").replace(
        "</body>", f"<div class='right'><h3>Latest news</h3>{rows}</div></body>")
    fields = extract_article(page, now=NOW)
    assert fields.published_at == "2012-03-12"
    assert "News 28" not in fields.body


def test_updated_date_near_headline_is_the_fallback():
    page = _page("<title>Lemon cake</title>", "<h1>Lemon cake</h1><p>Last updated: May 6, 2025</p>")
    assert extract_article(page, now=NOW).published_at == "2025-05-06"


def test_publication_label_away_from_headline_beats_an_update_near_it():
    steps = "".join(f"<p>Step {n}: beat the butter and sugar until pale and fluffy, then "
                    f"fold in the flour a spoonful at a time.</p>" for n in range(1, 12))
    page = _page("<title>Lemon cake</title>",
                 "<h1>Lemon cake</h1><p>Last updated: May 6, 2025</p>" + steps
                 + "<p class='info'>Originally published on March 3, 2023</p>"
                 + "".join(f"<p>Note {n}: the cake keeps for {n + 2} days in a tin.</p>"
                           for n in range(1, 6)))
    assert extract_article(page, now=NOW).published_at == "2023-03-03"


def test_a_dashed_date_read_day_first_stays_so_on_a_british_page():
    page = _page("<title>x</title>", "<p>04-06-2024</p>").replace("<html>", '<html lang="en-GB">')
    assert extract_article(page, now=NOW).published_at == "2024-06-04"


def test_guessed_order_follows_the_url():
    page = _page("<title>Wine styles</title>", "<h1>Wine styles</h1><p>03/10/2023</p>")
    url = "https://example.org/blog/2023/october/03/wine-styles"
    assert extract_article(page, url, now=NOW).published_at == "2023-10-03"
    assert extract_article(page, now=NOW).published_at == "2023-03-10"
    british = page.replace("<html>", "<html lang='en-GB'>")
    assert extract_article(british, now=NOW).published_at == "2023-10-03"


def test_printed_date_takes_the_time_of_a_declared_date_on_the_same_day():
    head = ("<title>Lemon cake</title>"
            "<meta property='article:published_time' content='2022-11-02T08:15:00Z'>")
    page = _page(head, "<h1>Lemon cake</h1><p>Published: November 2, 2022</p>")
    assert extract_article(page, now=NOW).published_at == "2022-11-02T08:15:00+00:00"


def test_a_declared_day_without_a_time_takes_the_time_printed_for_it():
    head = "<title>全市防汛会议召开</title><meta name='PubDate' content='2023-12-05'>"
    page = _page(head, "<h1>全市防汛会议召开</h1><p>发布时间：2023-12-05 15:23　来源：市水利局</p>")
    assert extract_article(page, timezone="Asia/Shanghai",
                           now=NOW).published_at == "2023-12-05T15:23:00+08:00"
    # the URL's earlier day too; a time printed for another day is not taken
    url = "https://www.x.gov.cn/art/2023/12/4/art_1_2.html"
    other = _page(head, "<h1>全市防汛会议召开</h1><p>2023-12-04 09:10</p>")
    assert extract_article(other, url, timezone="Asia/Shanghai",
                           now=NOW).published_at == "2023-12-04T09:10:00+08:00"
    later = _page(head, "<h1>全市防汛会议召开</h1><p>更新时间：2023-12-07 15:23</p>")
    assert extract_article(later, timezone="Asia/Shanghai", now=NOW).published_at == "2023-12-05"
    # ... and the time of a line of fields over the headline, its date and time in spans
    fields = _page("<title>Fahrgastrechte gestärkt</title><meta name='PublishDate' "
                   "content='14/05/2024'>",
                   "<div><span>Rat der EU</span><span>Pressemitteilung</span><span>14. Mai "
                   "2024</span><span>11:45</span></div><h1>Fahrgastrechte gestärkt</h1>"
                   "<p>Der Rat hat heute seinen Standpunkt festgelegt.</p>")
    assert extract_article(fields, timezone="Europe/Brussels",
                           now=NOW).published_at == "2024-05-14T11:45:00+02:00"


def test_an_update_label_near_the_headline_beats_a_date_in_a_caption():
    page = _page("<title>Beijing opens a new bridge</title>",
                 "<h1>Beijing opens a new bridge</h1><p>Source: China Daily | Updated: May 28, "
                 "2018 09:54</p><p>Workers check the bridge before it opened on May 27, 2018, "
                 "in the city's east.</p>")
    assert extract_article(page, now=NOW).published_at == "2018-05-28T09:54:00"


def test_a_publication_told_in_a_sentence_yields_to_the_date_line_under_the_headline():
    # a statistics release: "25 Oct 2024" under the headline; the text tells of an earlier
    # release ("the flash estimate released on 1 October 2024"), which dated the page
    page = _page("<title>Release of 3rd Quarter 2024 Public Housing Data</title>",
                 "<h1>Release of 3rd Quarter 2024 Public Housing Data</h1><div>25 Oct 2024</div>"
                 "<p>1. The Resale Price Index rose from 192.0 in 2nd Quarter 2024 to 197.9 in "
                 "3rd Quarter 2024, in line with the flash estimate released on 1 October "
                 "2024.</p><p>2. Resale transactions rose by 4.4% over the quarter.</p>")
    assert extract_article(page, now=NOW).published_at == "2024-10-25"


def test_the_order_of_a_numeric_date_follows_the_text_language_when_none_is_declared():
    page = ("<html><head><title>Obras de pavimentación</title></head><body><h1>Obras de "
            "pavimentación en el barrio San Lorenzo</h1><p>Publicado el 12/08/2025</p><p>La "
            "Municipalidad inició este martes las obras de pavimentación del barrio, según "
            "informó el intendente a los vecinos.</p></body></html>")
    assert extract_article(page, now=NOW).published_at == "2025-08-12"


def test_a_notices_period_under_its_headline_does_not_date_it():
    page = _page("<title>关于开展春季植树造林活动的通知</title>",
                 "<h1>关于开展春季植树造林活动的通知</h1><p>各乡镇人民政府：</p>"
                 "<p>一、施工时间：2025年3月15日至2025年8月31日。</p>"
                 + "<p>二、各乡镇要按照县里的统一部署，认真组织好本辖区的植树造林工作，"
                   "落实责任，确保苗木成活率达到百分之九十以上。</p>" * 8
                 + "<p>发布时间：2025-03-11 16:20</p>")
    assert extract_article(page, now=NOW, timezone="Asia/Shanghai").published_at == \
        "2025-03-11T16:20:00+08:00"


def test_a_publication_label_under_the_text_beats_an_update_over_it():
    page = _page("<title>Bridge approved</title>",
                 "<h1>Bridge approved</h1><div>Updated 3:12 PM EDT, May 29, 2025</div>"
                 "<p>The council voted on Thursday to approve the plan for the new bridge.</p>"
                 "<div>Published 10:01 AM EDT, May 28, 2025</div>")
    assert extract_article(page, now=NOW).published_at == "2025-05-28T10:01:00-04:00"


def test_a_publication_sentence_under_the_text_beats_a_related_lists_date_over_it():
    # the page's only date of its own is a sentence after the text; a list of other news with
    # their dates comes before the article in the page
    page = _page("<title>New trees for the west side</title>",
                 "<ul class='more'><li><a href='/n/1'><span>9 februari 2024</span> Nieuwe "
                 "speeltuin geopend</a></li><li><a href='/n/2'><span>7 februari 2024</span> "
                 "Afvalpas vervangen</a></li></ul><h1>New trees for the west side</h1>"
                 "<p>De gemeente plant deze winter ruim 1.200 nieuwe bomen in de wijken van "
                 "het westen van de stad, de grootste plantactie tot nu toe.</p>"
                 "<p class='publicatiedatum'>Dit bericht is gepubliceerd op maandag 12 februari "
                 "2024.</p>")
    assert extract_article(page, now=NOW).published_at == "2024-02-12"


def test_htmldate_is_the_last_resort():
    # a <time> inside a sentence of the footer: not ours to take, htmldate's to find
    page = _page("<title>Lemon cake</title>",
                 "<h1>Lemon cake</h1><footer><p>Baked on <time>May 5, 2019</time> in our "
                 "kitchen, with lemons from the garden.</p></footer>")
    assert extract_article(page, now=NOW).published_at == "2019-05-05"
    bare = _page("<title>Lemon cake</title>", "<h1>Lemon cake</h1>")
    assert extract_article(bare, now=NOW).published_at is None
    # htmldate's last resort is the modification meta: not a publication date
    modified = _page("<title>Lemon cake</title><meta property='article:modified_time' "
                     "content='2025-02-07T12:00:00Z'>", "<h1>Lemon cake</h1>")
    assert extract_article(modified, now=NOW).published_at is None


def test_a_date_inside_a_sentence_is_not_the_pages():
    # the only date the page prints is an event's, in a sentence: no publication date
    page = ("<html lang='en'><head><title>Council to vote on the new bridge</title></head><body>"
            "<main><h1>Council to vote on the new bridge</h1><p>The city council will vote on "
            "the plan for a new bridge across the river on June 5, 2026, after two years of "
            "public hearings.</p><p>Residents can comment on the plan until the end of the "
            "month at the town hall or online.</p></main></body></html>")
    fields = extract_article(page, "https://www.example.gov/news/council-bridge-vote",
                             now=datetime(2026, 11, 26))
    assert fields.published_at is None


@pytest.mark.parametrize(("heading", "line"), [
    ("1　日時", "平成29年10月21日（土曜日）・22日（日曜日）　午前10時から午後4時まで"),
    ("（一）活动时间", "2024年6月15日 上午9:00"),
    ("Date and time:", "Saturday, June 15, 2024, 10 a.m. to 4 p.m."),
])
def test_a_date_under_an_event_times_heading_is_the_events(heading, line):
    # a notice's numbered "Date and time" heading over the event's day: the page's own
    # date is its update line under the headline, not the event's
    page = ("<html><head><meta charset='utf-8'><title>Environment fair</title></head><body>"
            "<h1>Environment fair</h1><p>更新日：2017年10月5日</p>"
            f"<p>{'The city holds its environment fair again this year. ' * 4}</p>"
            f"<h2>{heading}</h2><p>{line}</p><h2>2　会場</h2><p>Civic plaza</p></body></html>")
    assert extract_article(page, now=NOW).published_at == "2017-10-05"


def test_a_readers_comment_does_not_date_the_page():
    # the article prints no date; the comment under it does, in a <time datetime>
    page = ("<html lang='en'><head><title>Why the library moved</title></head><body><main>"
            "<article><h1>Why the library moved</h1><p>The town library moved to the old "
            "post office building because the roof of the old one could not be repaired.</p>"
            "<p>The new building has room for a children's corner and a study hall.</p>"
            "</article><section id='comments'><div class='comment' itemscope "
            "itemtype='https://schema.org/Comment'><span itemprop='author'>Ann</span> "
            "<time datetime='2025-06-03T19:22:00-04:00' itemprop='dateCreated'>June 3, 2025"
            "</time><p itemprop='text'>Great news for the kids!</p></div></section></main>"
            "</body></html>")
    fields = extract_article(page, "https://www.example.org/blog/why-the-library-moved",
                             now=datetime(2026, 11, 26))
    assert fields.published_at is None


def test_a_date_after_a_tag_on_a_short_line_dates_the_page():
    # more before the date than a date line allows (the topic's tag), but no sentence
    page = ("<html lang='pt'><head><title>Governo aprova programa de arrendamento</title></head>"
            "<body><main><div class='date-area'><span class='tag'>Infraestruturas e Habitação"
            "</span> <span class='date'>2024-09-12 às 18h05</span></div><h1>Governo aprova "
            "programa de arrendamento</h1><p>O Conselho de Ministros aprovou hoje o decreto-lei "
            "que cria o Programa de Arrendamento Acessível Jovem, destinado a apoiar jovens até "
            "aos 35 anos.</p></main></body></html>")
    fields = extract_article(page, "https://www.portugal.gov.pt/pt/gc24/comunicacao/noticia?i=1",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-09-12T18:05:00"


def test_an_hatom_published_stamp_dates_the_page():
    # an old blog template: the date header, and the post's time in hAtom's <abbr>
    page = ("<html lang='en'><head><title>Towpath Tales: First lock of the season</title></head>"
            "<body><h2 class='date-header'>Monday, December 5, 2011</h2><div class='post'>"
            "<h3 class='post-title'>First lock of the season</h3><div class='post-body'><p>We "
            "took the boat through the first lock of the season this morning, with ice still "
            "on the towpath.</p></div><div class='post-footer'>posted by Margaret at <abbr "
            "class='published' title='2011-12-05T15:30:00-06:00'>3:30 PM</abbr></div></div>"
            "</body></html>")
    fields = extract_article(page, "https://towpath.example.com/2011/12/first-lock.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2011-12-05T15:30:00-06:00"


@pytest.mark.parametrize(("line", "url", "more", "published"), [
    # a 12-hour clock says month first, but the address files the page under May
    ("Published: 12/05/2024 09:40 AM", "https://www.example.in/news/2024/05/heat-wave.html",
     "", "2024-05-12T09:40:00"),
    # nothing but the page's other dates, one of which reads day first only
    ("Published 03/04/2025", "https://news.example.edu.au/research-grant", "20/03/2025",
     "2025-04-03"),
    ("Published 03/04/2025", "https://news.example.edu/research-grant", "03/20/2025",
     "2025-03-04"),
])
def test_the_order_of_a_numeric_date_follows_the_address_and_the_page(line, url, more,
                                                                      published):
    page = (f"<html lang='en'><head><title>Grant for the heat research team</title></head>"
            f"<body><main><h1>Grant for the heat research team</h1><p>{line}</p><p>The "
            f"team will study how cities cool down at night, the dean said on Monday.</p>"
            f"<p>The grant runs for three years.</p></main><aside><ul><li><a href='/a'>"
            f"Library hours extended</a> {more}</li></ul></aside></body></html>")
    assert extract_article(page, url, now=datetime(2026, 11, 26)).published_at == published


def test_a_date_under_a_signature_is_the_signing_day_taken_last():
    paras = ["各社区服务站要安排专人负责参保登记，做好政策宣传和解释工作。",
             "青山市人力资源和社会保障局", "二○一一年十月二十六日"]
    assert tail_stamp(paras) is None
    assert format_stamp(tail_stamp(paras, signed=True)) == "2011-10-26"
    # a release's end mark over its date is no signature
    release = ["The Government today launched a consultation.", "完", "2010年11月23日（星期二）"]
    assert format_stamp(tail_stamp(release)) == "2010-11-23"


def test_a_printed_local_time_over_a_utc_head_keeps_the_page_clock():
    # the page prints Israel's clock; <head> and <time> give the same moment in UTC
    page = ("<html lang='he'><head><title>שרב כבד בסוף השבוע</title><meta property="
            "'article:published_time' content='2020-06-14T18:35:00.000Z'></head><body>"
            "<main><h1>שרב כבד בסוף השבוע</h1><div class='date'><span>פורסם: </span><time "
            "datetime='2020-06-14T18:35:00.000Z'>14.06.20 , 21:35</time></div><p>גל חום כבד "
            "צפוי לפקוד את ישראל בסוף השבוע, כך פרסם הערב השירות המטאורולוגי.</p><p>בעמק "
            "הירדן צפויות טמפרטורות של 43 מעלות.</p></main></body></html>")
    fields = extract_article(page, "https://www.ynet.example/articles/0,7340,L-5.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2020-06-14T21:35:00+03:00"


@pytest.mark.parametrize(("meta", "published"), [
    # a meta that says only "date", a day off the <time> printed over the headline
    ("<meta name='date' content='2024-06-02'>", "2024-06-03"),
    # ... the site's publication meta stands (a date-only day may be a UTC midnight's)
    ("<meta property='article:published_time' content='2024-06-02'>", "2024-06-02"),
])
def test_a_printed_time_element_over_the_headline_outranks_a_bare_date_meta(meta, published):
    page = (f"<html lang='de'><head><title>Hitzeschutz 2024</title>{meta}</head><body><main>"
            "<article><header><p class='kicker'><span>Pressemitteilung</span> <time datetime="
            "'2024-06-03'>3. Juni 2024</time></p><h1>Hitzeschutz 2024: Ministerium startet "
            "Sommerkampagne</h1></header><p>Mit einer bundesweiten Informationskampagne will "
            "das Ministerium gefährdete Menschen schützen.</p><p>Die Kampagne läuft bis zum "
            "Ende des Sommers.</p></article></main></body></html>")
    fields = extract_article(page, "https://www.ministerium.example/presse/hitzeschutz.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


@pytest.mark.parametrize(("modified", "published"), [
    # the printed update is <head>'s revision ten hours on: the publication, 19:00Z the day
    # before, is 5am on the page's day
    ("2024-05-23T01:23:41.000Z", "2024-05-23T05:00:00+10:00"),
    # a revision that is not the printed update teaches nothing: <head>'s moment stands
    ("2024-05-23T03:00:00.000Z", "2024-05-22T19:00:00+00:00"),
])
def test_the_page_clock_is_learnt_from_its_printed_update(modified, published):
    # "Updated May 23, 2024 — 11.23am, first published 5.00am": a time alone for the
    # publication, the day only on the update's line
    page = ("<html lang='en'><head><title>Ferries to run until 2am</title><meta property="
            "'article:published_time' content='2024-05-22T19:00:00.000Z'><meta property="
            f"'article:modified_time' content='{modified}'></head><body><main><h1>Ferries "
            "to run until 2am</h1><p class='byline'><span>Updated <time datetime="
            "'2024-05-23T01:23:41.000Z'>May 23, 2024 — 11.23am</time></span>, <span>first "
            "published <time datetime='2024-05-22T19:00:00.000Z'>5.00am</time></span></p>"
            "<p>The ferries will run until 2am on Fridays and Saturdays for six months, the "
            "council said.</p><p>The trial starts next month.</p></main></body></html>")
    fields = extract_article(page, "https://news.example.com.au/ferries-20240522-p5.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


@pytest.mark.parametrize(("printed", "declared", "published"), [
    # an hour and a half: a zone of India's kind
    ("2024-05-28 15:00", "2024-05-28T09:30:00Z", "2024-05-28T15:00:00+05:30"),
    # the same clock: UTC
    ("2024-05-28 09:30", "2024-05-28T09:30:00Z", "2024-05-28T09:30:00+00:00"),
    # 7 minutes apart is no zone: the declared time stands
    ("2024-05-28 09:37", "2024-05-28T09:30:00Z", "2024-05-28T09:30:00+00:00"),
])
def test_a_printed_time_is_the_declared_moment_only_a_zone_away(printed, declared, published):
    page = (f"<html lang='en'><head><title>Council approves the budget</title><meta property="
            f"'article:published_time' content='{declared}'></head><body><main><h1>Council "
            f"approves the budget</h1><p class='date'>Published: {printed}</p><p>The council "
            f"approved the budget for next year on Tuesday evening.</p></main></body></html>")
    fields = extract_article(page, "https://news.example.org/council-budget",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


def test_a_time_in_brackets_after_the_date_is_its_time():
    assert [(s.moment, s.has_time) for s in find_dates("Dodano: 14.03.2012 [10:21]")] == [
        (datetime(2012, 3, 14, 10, 21), True)]
    assert [(s.moment, s.has_time) for s in find_dates("28.05.2024 (09:30)")] == [
        (datetime(2024, 5, 28, 9, 30), True)]
    # a bracket after the date that holds no clock adds nothing
    assert [s.has_time for s in find_dates("2024-05-28 (第3期)")] == [False]


def test_a_date_only_meta_takes_the_time_issued_under_the_release():
    page = ("<html lang='en'><head><title>CHP investigates local case of dengue fever</title>"
            "<meta name='date' content='2024-05-17'></head><body><div id='pressrelease'>"
            "<span id='PRHeadline'>CHP investigates local case of dengue fever</span>"
            "<div id='pressrelease_content'>The Centre for Health Protection is today "
            "investigating a local case of dengue fever and appealed to the community to "
            "maintain strict environmental hygiene.<br><br>The case involves a man aged 52 "
            "living in Tuen Mun, who has developed a fever since May 12.<br><br>"
            + "The public should prevent mosquito breeding and avoid mosquito bites. " * 8 +
            "</div><div "
            "id='pressrelease_footer'>Ends/Friday, May 17, 2024<br>Issued at HKT 16:30<br>"
            "</div><div>NNNN</div></div></body></html>")
    fields = extract_article(page, "https://www.info.gov.example/gia/general/202405/17/P1.htm",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-05-17T16:30:00"


def test_the_date_line_beside_a_sidebar_named_column_is_read():
    # a layout's main column is named after the sidebar beside it: the date line under the
    # headline is in it; the page's last line, "Last updated", is not the publication
    page = ("<html lang='en'><head><title>EPA announces clean school bus awards</title></head>"
            "<body><header><a href='/'>EPA</a></header><div class='l-sidebar'><div "
            "class='l-sidebar__main'><h1>EPA announces clean school bus awards</h1><p "
            "class='release-date'><span>Release Date:</span> October 27, 2022</p><p>LENEXA, "
            "KAN. – Today, the Environmental Protection Agency announced that 41 school "
            "districts will receive awards for new school buses.</p><p>The awards are part of "
            "a five-year programme.</p></div><div class='l-sidebar__aside'><h2>Related</h2>"
            "</div></div><div class='l-page__footer'><p><a href='/contact'>Contact Us</a> to "
            "ask a question.</p><div>Last updated on October 28, 2022</div></div></body></html>")
    fields = extract_article(page, "https://www.epa.example/newsreleases/school-buses",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2022-10-27"


def test_a_forum_members_join_date_is_not_the_post_date():
    page = ("<html lang='en'><head><title>Pico W drops off Wi-Fi - Raspberry Pi Forums</title>"
            "</head><body><div class='headerbar'><h1>Raspberry Pi Forums</h1></div><div "
            "id='page-body'><h2 class='topic-title'><a href='./viewtopic.php?t=3'>Pico W drops "
            "off Wi-Fi</a></h2><div class='post'><dl class='postprofile'><dt><a "
            "class='username'>gwen</a></dt><dd class='profile-joined'><strong>Joined:</strong> "
            "Sat Oct 15, 2022 7:02 pm</dd></dl><div class='postbody'><h3 class='first'>Pico W "
            "drops off Wi-Fi</h3><p class='author'>by gwen » Tue Mar 14, 2023 9:41 am</p><div "
            "class='content'>I've built a small weather logger with a Pico W and it drops off "
            "the network after about twenty minutes on battery, never on USB power.</div></div>"
            "</div></div></body></html>")
    fields = extract_article(page, "https://forums.raspberrypi.example/viewtopic.php?t=3",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2023-03-14T09:41:00"


@pytest.mark.parametrize(("meta", "published"), [
    # a mailing list's date kept at the last update, the page printing it as the update
    ("<meta name='sailthru.date' content='2021-08-03T14:12:44-04:00'>",
     "2019-11-21T07:00:00-05:00"),
    # the site's own publication time on the day of the update: a republished guide
    ("<meta property='article:published_time' content='2021-08-03T14:12:44-04:00'>",
     "2021-08-03T14:12:44-04:00"),
])
def test_a_head_date_that_is_the_revision_yields_to_the_declared_publication(meta, published):
    page = ("<html lang='en'><head><title>Sheet-Pan Chicken Thighs</title>" + meta +
            "<script type='application/ld+json'>{\"@type\": \"Recipe\", \"datePublished\": "
            "\"2019-11-21T07:00:00-05:00\", \"dateModified\": \"2021-08-03T14:12:44-04:00\"}"
            "</script></head><body><main><h1>Sheet-Pan Chicken Thighs</h1><p class='byline'>"
            "By Marisa Chen</p><div class='date'>Updated Aug. 3, 2021</div><p>Starting the "
            "chicken skin-side down on a preheated pan renders its fat quickly, and the fat "
            "then crisps the chickpeas.</p></main></body></html>")
    fields = extract_article(page, "https://www.recipes.example/sheet-pan-chicken",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


def test_a_bare_date_meta_at_the_revision_yields_to_the_publication_the_page_prints():
    # <meta name="date"> is the last save (JSON-LD's dateModified); the page's <time> and
    # JSON-LD's datePublished give the day before
    page = ("<html lang='de'><head><title>Regierungsrat genehmigt Hochwasserschutzprojekt</title>"
            "<meta name='date' content='2024-03-15T08:12:40+01:00'><script "
            "type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2024-03-14T10:00:00+01:00\", \"dateModified\": \"2024-03-15T08:12:40+01:00\"}"
            "</script></head><body><main><h1>Regierungsrat genehmigt Hochwasserschutzprojekt</h1>"
            "<time itemprop='datePublished' datetime='2024-03-14'>14.03.2024</time><p>Der "
            "Regierungsrat hat das Projekt zum Hochwasserschutz an der Dünnern genehmigt und "
            "den Kredit für die erste Etappe freigegeben.</p></main></body></html>")
    fields = extract_article(page, "https://so.example.ch/medien/hochwasserschutz",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-03-14T10:00:00+01:00"


@pytest.mark.parametrize(("declared", "printed", "published"), [
    # the page prints the seconds its PubDate leaves out ...
    ("2022-11-18 10:05", "2022-11-18 10:05:31", "2022-11-18T10:05:31"),
    # ... or the other way round: the finer of the two is kept
    ("2022-11-18 10:05:31", "2022-11-18 10:05", "2022-11-18T10:05:31"),
])
def test_the_seconds_of_one_minute_come_from_whichever_prints_them(declared, printed, published):
    page = ("<html><head><meta charset='utf-8'><title>制造业数字化转型若干措施政策解读</title>"
            f"<meta name='PubDate' content='{declared}'></head><body><h1>制造业数字化转型若干措施"
            f"政策解读</h1><div class='info'><span>来源 : 工业和信息化厅</span><span>时间 : "
            f"{printed}</span></div><div class='article'><p>近日，工业和信息化厅印发若干措施。"
            "为便于社会各界准确理解和把握政策内容，现就有关情况解读如下。</p></div></body></html>")
    fields = extract_article(page.encode(), "https://www.gd.example.cn/zcjd/content/post_1.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


@pytest.mark.parametrize(("footer", "published"), [
    # a blog's post footer gives the time under the date header, the author's name linked
    ("Posted by <a href='/about'>Medieval manuscripts</a> at 09:00 AM in <a href='/c'>"
     "Bestiaries</a>", "2023-03-23T09:00:00"),
    ("posted by Margaret at 3:30 PM", "2023-03-23T15:30:00"),
    # a footer without a time gives none
    ("Posted by Margaret in <a href='/c'>Bestiaries</a>", "2023-03-23"),
])
def test_a_post_footer_gives_the_time_of_the_date_header(footer, published):
    page = ("<html lang='en'><head><title>Lost leaves of a bestiary - Medieval manuscripts blog"
            "</title></head><body><div id='content'><h2 class='date-header'>23 March 2023</h2>"
            "<div class='entry'><h3 class='entry-header'>Lost leaves of a bestiary</h3><div "
            "class='entry-content'><p>Two fragments recovered from a sixteenth-century binding "
            "turn out to belong to a bestiary in our Royal collection.</p><p>We will publish "
            "images of both leaves later this year.</p></div><p class='entry-footer'>" + footer +
            "</p></div></div></body></html>")
    fields = extract_article(page, "https://blogs.example.uk/manuscripts/2023/03/lost-leaves.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


@pytest.mark.parametrize(("text", "moment"), [
    ("14 de julio de 2022 • 19:32", datetime(2022, 7, 14, 19, 32)),
    # Croatian dots the year before its "u"
    ("14.10.2021. u 18:30", datetime(2021, 10, 14, 18, 30)),
])
def test_a_time_after_a_bullet_or_a_dotted_year(text, moment):
    assert [(s.moment, s.has_time) for s in find_dates(text)] == [(moment, True)]


def test_a_time_element_printing_the_local_clock_tells_the_moment_so():
    # <head> and <time datetime> in UTC; the element prints Helsinki's clock, far from the
    # headline (a key points box between)
    points = "".join(f"<li>Kohta {i}: raitiotien rakentaminen jatkuu Vallilanlaaksossa.</li>"
                     for i in range(8))
    page = ("<html lang='fi'><head><title>Raitiotie valmistuu vuoden myöhässä | Yle</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\":"
            " \"2023-03-08T06:00:25.000Z\"}</script></head><body><main><h1>Raitiotie valmistuu"
            " vuoden myöhässä</h1><section class='key-points'><h2>Pääkohdat</h2><ul>" + points +
            "</ul></section><p class='byline'>Aino Laine</p><time class='date--published' "
            "datetime='2023-03-08T06:00:25.000Z'>8.3.2023 08:00</time><p>Helsingin "
            "raitiotien valmistuminen siirtyy noin vuodella, kertoo kaupunki.</p></main></body>"
            "</html>")
    fields = extract_article(page, "https://yle.example/a/74-20021", now=datetime(2026, 11, 26))
    assert fields.published_at == "2023-03-08T08:00:25+02:00"


def test_a_datelines_day_and_month_turn_a_twelve_hour_clocks_numbers():
    # Malaysia writes the day first beside a 12-hour clock; the dateline names 4 March
    page = ("<html lang='ms'><head><title>Harga ayam dijangka stabil menjelang Ramadan</title>"
            "</head><body><div class='col-md-8'><h1>Harga ayam dijangka stabil menjelang "
            "Ramadan</h1><div class='date'>04/03/2021 10:33 AM</div><p>KUALA LUMPUR, 4 Mac "
            "(Bernama) -- Harga ayam di pasaran dijangka kekal stabil menjelang Ramadan "
            "berikutan bekalan yang mencukupi.</p><p>Kementerian akan terus memantau harga di "
            "seluruh negara.</p></div></body></html>")
    fields = extract_article(page, "https://www.bernama.example/bm/news.php?id=1", now=NOW)
    assert fields.published_at == "2021-03-04T10:33:00"
    assert [s.moment for s in find_dates("4 Mac 2021")] == [datetime(2021, 3, 4)]


def test_the_declared_day_among_the_date_lines_under_the_headline_wins():
    # a court's case summary: the first date line under the headline is the hearing's; the
    # page prints the day <head> declares as well, on the judgment's line
    page = ("<html lang='en'><head><title>R. v. Doe - Supreme Court</title>"
            "<meta name='dcterms.issued' content='2024-10-04'></head><body><main>"
            "<h1>R. v. Doe</h1><dl><dt>Neutral citation</dt><dd>2024 SCC 34</dd>"
            "<dt>Appeal heard</dt><dd>February 13, 2024</dd><dt>Judgment rendered</dt>"
            "<dd>October 4, 2024</dd></dl><h2>Summary</h2><p>Police need reasonable suspicion "
            "before they use a drug-detection dog on a parcel held at a courier depot, the "
            "Court ruled.</p></main></body></html>")
    fields = extract_article(page, "https://court.example.ca/cb/2024/40588-eng.aspx",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-10-04"


def test_a_labelled_day_its_time_element_gives_too_beats_an_earlier_declared_day():
    # a parliament's committee report: JSON-LD dates the document (its sign-off), the page
    # labels its publication five days later, in a <time datetime> of that day
    page = ("<html lang='sv'><head><title>Medelhastighetsmätning - Riksdagen</title>"
            "<script type='application/ld+json'>{\"@type\": \"WebPage\", \"datePublished\": "
            "\"2024-11-07\"}</script></head><body><main><p class='doc-type'>Betänkande "
            "2024/25:TU4</p><h1>Medelhastighetsmätning</h1><ul class='doc-meta'><li>Publicerad "
            "<time datetime='2024-11-12'>12 november 2024</time></li><li>Debatt planerad "
            "<time datetime='2024-11-20'>20 november 2024</time></li></ul><p>Utskottet föreslår "
            "att riksdagen antar regeringens förslag om automatisk trafiksäkerhetskontroll.</p>"
            "</main></body></html>")
    fields = extract_article(page, "https://riksdag.example.se/dokument/betankande/hc01tu4/",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-11-12"


@pytest.mark.parametrize(("url", "published"), [
    # the host's country keeps one zone: 18:30Z is midnight of the printed day in India,
    # told on India's clock
    ("https://magazine.example.in/reportage/brine-and-debt", "2025-03-01T00:00:00+05:30"),
    ("https://news.example.nz/auckland/brine-and-debt", "2025-03-01T07:30:00+13:00"),
    # ... or keeps several that all put it on that day (Perth to Sydney: 02:30 to 05:30)
    ("https://www.example.com.au/news/brine-and-debt", "2025-03-01"),
    # the address spells the printed day, day first
    ("https://news.example.com/auckland/01-03-2025/brine-and-debt", "2025-03-01"),
    # neither: the UTC day alone is no evidence against the printed one
    ("https://magazine.example.com/reportage/brine-and-debt", "2025-02-28T18:30:00+00:00"),
])
def test_a_utc_moment_a_day_before_the_printed_day(url, published):
    page = ("<html lang='en'><head><title>Brine and Debt</title><meta property="
            "'article:published_time' content='2025-02-28T18:30:00Z'></head><body><article>"
            "<h1>Brine and Debt</h1><p class='byline'>By Meghna Pathak</p><p class='date'>1 "
            "March 2025</p><p>In the Little Rann of Kutch, the families who make much of the "
            "country's inland salt are being squeezed by loans and sanctuary rules.</p>"
            "</article></body></html>")
    assert extract_article(page, url, now=datetime(2026, 11, 26)).published_at == published


def test_a_labelled_day_the_day_after_a_date_only_declared_day_wins():
    # DC.date.issued a day early (a CMS storing the local day as the UTC day before); the
    # page and its <title> print the 14th
    page = ("<html lang='en'><head><title>Predator control planned: Media release 14 October "
            "2026</title><meta name='DC.date.issued' content='2026-10-13'></head><body><main>"
            "<h1>Predator control planned</h1><dl class='meta-date'><dt>Date:</dt><dd>14 "
            "October 2026</dd></dl><p>The department is planning aerial predator control across "
            "the national park this summer to protect native birds.</p></main></body></html>")
    assert extract_article(page, "https://conservation.example.org/news/predator-control/",
                           now=datetime(2026, 11, 26)).published_at == "2026-10-14"


def test_a_numbered_press_release_of_a_day_is_dated_by_it_not_by_its_decision():
    page = ("<html lang='de'><head><title>Erfolgreiche Verfassungsbeschwerde</title></head>"
            "<body><main><p class='dachzeile'>Pressemitteilung Nr. 68/2024 vom 15. August 2024"
            "</p><h1>Erfolgreiche Verfassungsbeschwerde</h1><p class='subline'>Beschluss vom 16. "
            "Juli 2024<br>1 BvR 1873/22</p><p>Mit heute veröffentlichtem Beschluss hat die "
            "Kammer einer Verfassungsbeschwerde stattgegeben.</p></main></body></html>")
    assert extract_article(page, "https://court.example.de/pm/2024/bvg24-068.html",
                           now=datetime(2026, 11, 26)).published_at == "2024-08-15"


def test_a_date_line_the_address_agrees_with_beats_a_date_only_meta_a_day_off():
    page = ("<html><head><meta charset='utf-8'><title>黄岩模具产业链上突围</title>"
            "<meta name='publishdate' content='2023-06-13'></head><body><div class='title'>"
            "<h1>黄岩模具产业链上突围</h1><div class='info'>2023-06-14 08:32:15  来源： 台州日报"
            "</div></div><div class='content'><p>本报讯　6月13日上午，在黄岩区北城街道一家模塑企业"
            "的生产车间内，一套汽车保险杠模具正在进行最后一轮试模。</p></div></body></html>")
    url = "http://news.example.com.cn/news/2023-06/14/content_7213486.htm"
    assert extract_article(page.encode(), url, now=datetime(2026, 11, 26)).published_at == (
        "2023-06-14T08:32:15")
    # without the address's word the meta stands
    other = "http://news.example.com.cn/news/content_7213486.htm"
    assert extract_article(page.encode(), other, now=datetime(2026, 11, 26)).published_at == (
        "2023-06-13")


def test_a_date_of_publication_in_a_record_table_after_the_text():
    # the page prints its date only in the document's record at the end, beside a later
    # "last update"; "the date of publication" as a noun phrase is a publication label
    page = ("<html lang='cs'><head><title>Kraj podpoří obecní knihovny | Kraj</title></head>"
            "<body><main><p class='kicker'>Tisková zpráva</p><h1>Kraj podpoří obecní knihovny"
            "</h1><div class='obsah'><p>Rada kraje schválila program na podporu obecních "
            "knihoven v obcích do dvou tisíc obyvatel. Žádosti lze podávat do 30. 4. 2024."
            "</p><p>Podpora pokryje nákup knih i vybavení studoven.</p>" + "<p>Knihovny v malých "
            "obcích jsou často jediným veřejným prostorem, kde se lidé potkávají, a kraj je "
            "proto chce udržet otevřené i tam, kde obec nemá peníze na knihovníka.</p>" * 6
            + "</div><div class='prilohy'>"
            "<h2>Přílohy</h2><ul><li><a href='/assets/File.ashx?id=1287655'>Pravidla programu"
            "</a> (PDF, 320 kB)</li></ul></div><div class='kontakt-media'><h2>Kontakt pro média"
            "</h2><p>Oddělení komunikace<br>tel.: +420 485 226 302</p></div><table "
            "class='info-dokument'><tr><th>Datum zveřejnění:</th><td>12. 3. 2024</td></tr><tr>"
            "<th>Poslední aktualizace:</th><td>18. 3. 2024 14:02</td></tr><tr><th>Zodpovídá:</th>"
            "<td>Oddělení komunikace</td></tr><tr><th>Rubrika:</th><td><a href='/tiskove-"
            "zpravy'>Tiskové zprávy</a></td></tr></table></main>"
            "<aside><h2>Další aktuality</h2><ul><li><span class='datum'>11. 3. 2024</span> "
            "<a href='/aktuality/hasici-n1287601.htm'>Hejtman ocenil dobrovolné hasiče</a></li>"
            "<li><span class='datum'>8. 3. 2024</span> <a href='/aktuality/ambulance-n1287512"
            ".htm'>Nemocnice otevřou nové ambulance</a></li></ul></aside></body></html>")
    assert extract_article(page, "https://kraj.example.cz/aktuality/knihovny-n1287650.htm",
                           now=datetime(2026, 11, 26)).published_at == "2024-03-12"


def test_a_time_on_a_line_with_a_name_before_it_tells_the_page_clock():
    # the paper prints Manila time after its name; <head> gives the same moment in UTC, the
    # evening before
    page = ("<html lang='en'><head><title>Colder days ahead as amihan strengthens</title><meta "
            "property='article:published_time' content='2025-01-22T21:34:12+00:00'></head><body>"
            "<h1>Colder days ahead as amihan strengthens</h1><div id='art_plat'><div "
            "id='art_author'>By: <a href='/byline/jane-cruz'>Jane Cruz</a> - Reporter / <a "
            "href='https://social.example/jcruz'>@jcruz</a></div><div id='art_time'><a "
            "href='/source/daily'>Harbour Islands Daily Inquirer</a> / 05:34 AM January 23, "
            "2025</div></div>"
            "<div id='article_content'><p>MANILA, Philippines — Cooler mornings are expected in "
            "the coming days as the northeast monsoon strengthens, the weather bureau said on "
            "Wednesday.</p></div></body></html>")
    assert extract_article(page, "https://news.example.net/2027418/colder-days-ahead",
                           now=datetime(2026, 11, 26)).published_at == "2025-01-23T05:34:12+08:00"


@pytest.mark.parametrize(("opening", "published"), [
    ("Bogotá (D.C.), 14 de mayo de 2024.- Ante el incremento de casos de dengue, el ministerio",
     "2024-05-14"),
    ("ROUYN-NORANDA, le 15 octobre 2024 – Le ministère des Transports annonce", "2024-10-15"),
    ("Lagos, March 4, 2025 — The federal ministry of health said on Tuesday", "2025-03-04"),
    # ... the date in brackets after the place, as American releases print it; an agency's
    # name in brackets is no date
    ("ATLANTA (Sept. 10, 2024) — The federal ministry of health said on Tuesday", "2024-09-10"),
    ("ATLANTA (AP) — The federal ministry of health said on Tuesday", None),
    ("ATLANTA (Sept. 10, 2024 update) — The federal ministry of health said", None),
    # a sentence that begins with a date is no dateline
    ("Yesterday, March 4, 2025 was the day the ministry of health said", None),
])
def test_a_releases_dateline_opening_its_text_dates_it_where_nothing_else_does(opening,
                                                                               published):
    page = ("<html><head><meta charset='utf-8'><title>Boletín de prensa</title></head><body>"
            "<div class='contenido'><h1>El ministerio fortalece la red de atención</h1><p>"
            + opening + " la ampliación de la red de atención en 23 departamentos.</p><p>Según el "
            "más reciente boletín epidemiológico, se han notificado miles de casos.</p></div>"
            "<aside><h2>Otros boletines</h2><ul><li><a href='/b/86'>Boletín 086</a></li></ul>"
            "</aside></body></html>")
    assert extract_article(page, "https://minsalud.example.gov.co/Paginas/boletin-087.aspx",
                           now=datetime(2026, 11, 26)).published_at == published


@pytest.mark.parametrize(("label", "published"), [
    # Thai "announced on", with the Buddhist Era's year; the visitor counter's start in the
    # menu over the headline is no date of the page
    ("ประกาศเมื่อ : 5 เมษายน 2567 เวลา 14:22 น.", "2024-04-05T14:22:00"),
    ("เผยแพร่เมื่อ 5 เมษายน 2567", "2024-04-05"),
    # ... where the page gives no date of its own, none
    ("โดย : สำนักงานประชาสัมพันธ์จังหวัด", None),
])
def test_a_thai_publication_label_and_a_visitor_counters_start(label, published):
    page = ("<html lang='th'><head><meta charset='utf-8'><title>ข่าวประชาสัมพันธ์</title></head>"
            "<body><table><tr><td><div class='menu'>สถิติผู้เข้าชม<br>วันนี้ 1,284 คน<br>"
            "เริ่มนับ 1 ตุลาคม 2555</div></td><td><div class='topic'>จังหวัดเตรียมความพร้อมจัดงาน"
            f"ประเพณีสงกรานต์ ประจำปี 2567</div><div class='date'>{label}</div><div class='detail'>"
            "<p>เมื่อวันที่ 4 เมษายน 2567 ที่ห้องประชุมศาลากลางจังหวัด รองผู้ว่าราชการจังหวัด"
            "เป็นประธานการประชุมคณะกรรมการจัดงานประเพณีสงกรานต์ ประจำปี 2567 เพื่อติดตามความพร้อม"
            "ของหน่วยงานที่เกี่ยวข้อง</p><p>ในปีนี้ จังหวัดร่วมกับเทศบาลนครและองค์กรปกครองส่วนท้องถิ่น"
            "ทุกแห่ง กำหนดจัดงานโดยเน้นสืบสานวัฒนธรรมและความปลอดภัยของนักท่องเที่ยว</p></div>"
            "</td></tr></table></body></html>")
    fields = extract_article(page, "https://www.province.example.go.th/news_detail.php?id=18431",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == published


@pytest.mark.parametrize("dated", ["1 Ramadan 1445H bersamaan 12 Mac 2024",
                                   "الثلاثاء ١ رمضان ١٤٤٥هـ الموافق 12 مارس 2024",
                                   # (its month by number, after a label and the weekday)
                                   "التاريخ: الثلاثاء 01/09/1445هـ الموافق 12/03/2024م"])
def test_a_signed_date_after_its_hijri_day_dates_a_statement_with_no_other(dated):
    # the Hijri day before the Gregorian one on the signature's date line: still a date line
    page = ("<html lang='ms'><head><meta charset='utf-8'><title>Kenyataan Media</title></head>"
            "<body><div class='article'><h1>Awas Penggunaan Logo Halal Palsu di Bazar</h1>"
            "<p>Jabatan mengingatkan orang ramai supaya berhati-hati dengan penggunaan logo halal "
            "palsu oleh peniaga di bazar sepanjang bulan ini.</p><p>Orang ramai dinasihatkan "
            "menyemak status pensijilan halal premis melalui aplikasi rasmi.</p>"
            # (a text long enough that its end is not near the headline)
            + "".join(f"<p>{n}. Pemantauan bersama jabatan agama negeri dan kementerian pada musim "
                      "perayaan tahun lalu mendapati masih terdapat peniaga yang menggunakan logo "
                      "halal tanpa pensijilan yang sah, termasuk logo yang telah tamat tempoh.</p>"
                      for n in range(3, 11)) +
            "<p><strong>KETUA PENGARAH HAL EHWAL ISLAM</strong><br>Jabatan Kemajuan Islam<br>"
            f"{dated}</p></div></body></html>")
    fields = extract_article(page, "https://www.agency.example.gov.my/index.php/kenyataan/5",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-03-12"


@pytest.mark.parametrize(("line", "kind"), [
    # Serbian, Macedonian and Bulgarian labels in Cyrillic: published, updated
    ("Објављено: 22.05.2024.", PUBLISHED), ("Објавено: 22.05.2024", PUBLISHED),
    ("Публикувано: 22.05.2024", PUBLISHED), ("Ажурирано: 22.05.2024.", UPDATED),
    ("Актуализирано: 22.05.2024", UPDATED),
])
def test_cyrillic_publication_and_update_labels(line, kind):
    assert [item.kind for item in printed_dates(line)] == [kind]


@pytest.mark.parametrize("text", ["06.03.2025. 07.03.2025.", "06. 03. 2025. 07. 03. 2025."])
def test_a_dotted_dates_year_is_not_the_year_of_a_year_first_date(text):
    # a published and an updated date side by side, the Latvian way (a dot after the year):
    # "2025. 07.03" is no date
    assert [s.moment.date().isoformat() for s in find_dates(text)] == ["2025-03-06",
                                                                        "2025-03-07"]


def test_a_sentence_opening_with_a_date_is_no_date_line_where_the_text_read_cuts_it():
    # the first paragraph tells of a ruling "On February 26, 2025, …" and runs past the text
    # read around the headline; the page declares and prints March 4 (under a kind of
    # page, "Legal Update", that is no revision's label)
    first = ("On February 26, 2025, the Court of Chancery issued a post-trial opinion holding "
             "that the board acted inequitably when it rejected a stockholder's nominations "
             "under bylaws adopted shortly after the stockholder disclosed its stake, and "
             "the decision gives further guidance on how such bylaws are reviewed. ") * 3
    page = ("<html><head><title>Court Narrows Reach of Advance Notice Bylaws</title>"
            '<script type="application/ld+json">{"@type": "Article", "datePublished": '
            '"2025-03-04"}</script></head><body><main><div class="meta"><span>Legal Update'
            "</span> <span>March 04 2025</span></div><h1>Court Narrows Reach of Advance Notice "
            f"Bylaws</h1><div class='rich-text'><p>{first}</p><p>{first}</p></div></main>"
            "</body></html>")
    fields = extract_article(page, "https://www.law.example.com/insights/2025/03/bylaws")
    assert fields.published_at == "2025-03-04"


def test_a_timestamp_in_a_scripts_code_is_no_publication_date():
    # a Next.js or CMS page's state, a comment widget's document.write: code, which no reader
    # sees (its "updated_at", "createdAt" are a record's, not the article's); the text after
    # a script is the page's and stays
    head = "<title>Basics of event planning</title>"
    body = ("<h1>Basics of event planning</h1><script>self.__next_f.push([1,\"{\\\"updated_at\\\":"
            "\\\"2025-11-27T11:20:07.390Z\\\",\\\"createdAt\\\":\\\"2023-07-28T02:14:58Z\\\"}\"])"
            "</script><p>Planning an event starts with its objective.</p>"
            "<p>Then comes the budget<script>document.write('<i>2018-02-24 10:15:59</i>')"
            "</script> and the venue.</p>")
    fields = extract_article(_page(head, body), "https://blog.example/event-planning", now=NOW)
    assert fields.published_at is None
    assert "Then comes the budget and the venue." in fields.body


_SIDEBAR = ('<aside class="col-4"><h3>Latest News</h3>'
            '<div class="article"><h4><a href="/news-detail/rwanda-and-zambia-agree">Rwanda and '
            'Zambia agree to reduce non-tariff barriers</a></h4><span><time '
            'datetime="2025-07-30">30 July 2025</time></span></div></aside>')
_RELEASE_TEXT = "".join(f"<p>Paragraph {n} of the release, on the programme for small "
                        "manufacturers and the support it gives them.</p>" for n in range(4))


def test_a_releases_signature_box_dates_it_before_a_sidebars_time():
    # the date printed only in a box named for the signature, under the text's container;
    # the sidebar's latest item beside its headline's link is another page's
    page = ("<html><head><title>MINICOM launches export readiness programme</title></head>"
            '<body><main><div class="article" itemscope="itemscope" '
            'itemtype="http://schema.org/Article"><h1 itemprop="headline">MINICOM launches '
            'export readiness programme</h1><div class="news-text" itemprop="articleBody">'
            f'{_RELEASE_TEXT}</div><div class="news-signature"><p>Kigali, 5th August 2025</p>'
            "<p><strong>Ministry of Trade and Industry</strong></p></div>"
            '<div class="social"><span>Share:</span></div></div></main>'
            f"{_SIDEBAR}</body></html>")
    fields = extract_article(page, "https://www.minicom.example/news-detail/export", now=NOW)
    assert fields.published_at == "2025-08-05"


def test_the_time_in_an_articles_own_footer_is_its_date():
    # Drupal's node footer ("Submitted by … on <time>"), inside the <article>: the node's own
    # time, not the page's footer
    head = "<title>Police urge safer riding</title>"
    body = ('<article><h1>Police urge safer riding</h1><footer class="node__meta">Submitted by '
            '<span>BPS Media</span> on <time datetime="2025-08-05T14:32:07-03:00">Tue, '
            f"08/05/2025 - 14:32</time></footer><div>{_RELEASE_TEXT}</div></article>"
            + _SIDEBAR.replace("2025-07-30", "2025-08-04").replace("30 July 2025",
                                                                    "Mon, 08/04/2025"))
    fields = extract_article(_page(head, body), "https://www.police.example.bm/press-release/ride",
                             now=NOW)
    assert fields.published_at == "2025-08-05T14:32:07-03:00"


_TEASERS = ('<aside class="sidebar"><h2>Latest news</h2>'
            '<div class="teaser"><a href="/news/2025-08/fees-change"><h3>Fees change from '
            '1 October</h3></a><p class="teaser__date">7 August 2025</p></div>'
            '<div class="teaser"><a href="/news/2025-07/place-names"><h3>New place names '
            'assigned</h3></a><p class="teaser__date">29 July 2025</p></div></aside>')


@pytest.mark.parametrize("details, expected", [
    # an <aside> "Page details" list under the text, its update after the publication
    ('<aside class="page-details"><h2>Page details</h2><dl><dt>Published</dt>'
     "<dd>11 August 2025</dd><dt>Last updated</dt><dd>19 August 2025</dd></dl></aside>",
     "2025-08-11"),
    # a sidebar's "Media release details", a plain "Date" term; the update in a list of its
    # own under the text
    ('<dl class="updated-date"><dt>Updated</dt><dd>6 August 2025</dd></dl>'
     '<aside class="layout__sidebar"><div class="media-release-details"><h2>Media release '
     "details</h2><dl><dt>From</dt><dd>The Minister for Health</dd><dt>Date</dt>"
     "<dd>Monday 4 August 2025</dd><dt>Topic</dt><dd><a href='/news?topic=health'>Health"
     "</a></dd></dl></div></aside>", "2025-08-04"),
])
def test_a_details_list_dates_a_page_that_prints_its_date_nowhere_else(details, expected):
    # the only dates in the page's text are the sidebar teasers': a details list's term
    # labels the page's own
    page = ("<html><head><title>New elevation data now free to download</title></head>"
            "<body><main><article><h1>New elevation data now free to download</h1>"
            f"<div class='body'>{_RELEASE_TEXT}</div>{details}</article></main>"
            f"{_TEASERS}</body></html>")
    fields = extract_article(page, "https://www.agency.example.nz/news/elevation-data", now=NOW)
    assert fields.published_at == expected


@pytest.mark.parametrize(("rows", "over", "url", "published"), [
    # i-web's "Dettagli" table after the text: its plain "Data" dates the page, not the
    # display's end
    ("<tr><th>Data</th><td>28.03.2024</td></tr><tr><th>Pubblicazione fino al</th>"
     "<td>30.06.2024</td></tr><tr><th>Categoria</th><td>Ambiente</td></tr>", False,
     "https://www.citta.example.ch/aktuellesinformationen/1842731", "2024-03-28"),
    # a portal's record of a notice over its text: 標題, 更新日期 over 發布日期 (ROC years),
    # 點閱次數; the text starts under it
    ("<tr><th>標題</th><td>清潔隊啟動環境整頓工作</td></tr><tr><th>更新日期</th><td>113-07-25</td>"
     "</tr><tr><th>發布日期</th><td>113-07-22</td></tr><tr><th>點閱次數</th><td>412</td></tr>",
     True, "https://www.city.example.gov.tw/ch/news_detail.asp?id=1", "2024-07-22"),
])
def test_a_table_of_fields_is_the_pages_record_of_itself(rows, over, url, published):
    table = f"<table class='details'>{rows}</table>"
    page = ("<html><head><title>Notice</title></head><body><main><article>"
            f"<h2>清潔隊 最新消息</h2>{table if over else ''}<div class='body'>{_RELEASE_TEXT}"
            f"</div>{'' if over else table}</article></main></body></html>")
    fields = extract_article(page, url, now=NOW)
    assert fields.published_at == published
    if over:
        # (a record that labels the publication is no text; a plain "Data" may be the
        # text's own, an event's or an agreement's, and stays)
        assert fields.body.startswith("Paragraph 0 of the release")
        assert "412" not in fields.body


def test_a_timeline_table_keeps_its_rows():
    # a table whose row headings are days is the text's own (a timeline), not a record
    rows = "".join(f"<tr><th>{d} May 2024</th><td>Works on section {d} of the road</td></tr>"
                   for d in (6, 13, 20))
    page = ("<html><head><title>Road works</title></head><body><main><article>"
            f"<h1>Road works on the ring road</h1><div class='body'>{_RELEASE_TEXT}"
            f"<table>{rows}</table></div></article></main></body></html>")
    fields = extract_article(page, "https://www.city.example.org/news/road-works", now=NOW)
    assert "Works on section 13 of the road" in fields.body


def test_two_details_lists_are_a_listings_items():
    # each list dates another page (a listing's cards): neither is the page's date
    details = ('<aside class="page-details"><dl><dt>Published</dt><dd>11 August 2025</dd>'
               "</dl><dl><dt>Published</dt><dd>2 August 2025</dd></dl></aside>")
    page = ("<html><head><title>New elevation data now free to download</title></head>"
            "<body><main><article><h1>New elevation data now free to download</h1>"
            f"<div class='body'>{_RELEASE_TEXT}</div>{details}</article></main></body></html>")
    fields = extract_article(page, "https://www.agency.example.nz/news/elevation-data", now=NOW)
    assert fields.published_at not in ("2025-08-11", "2025-08-02")


def test_a_time_on_an_update_line_is_not_the_publication():
    # "Updated <time>" under the text, the publication only in the details list: the
    # <time> labelled an update is the revision's
    page = ("<html><head><title>Screening van to visit 38 towns</title></head>"
            "<body><main><article><h1>Screening van to visit 38 towns</h1>"
            f"<div class='body'>{_RELEASE_TEXT}</div><div class='page-details'><dl>"
            "<dt>Type</dt><dd>Media release</dd><dt>Date published</dt><dd>9 October 2025</dd>"
            "</dl></div></article><div class='updated-date'><p>Updated <time "
            "datetime='2025-10-10'>10 October 2025</time></p></div></main></body></html>")
    fields = extract_article(page, "https://www.health.example.au/news/screening-van", now=NOW)
    assert fields.published_at == "2025-10-09"


def test_a_pages_record_of_itself_dates_it_and_is_no_text():
    # Poland's "Metryczka" under the text: who wrote it, who posted it, when; the text goes
    # without it and the page is dated by it
    page = ("<html><head><title>6 mln zł dla sołectw</title></head><body><main><article>"
            f"<h1>6 mln zł dla sołectw</h1><div class='body'>{_RELEASE_TEXT}</div>"
            "<div class='news-details__metrics'><h2 class='sr-only'>Metryczka</h2><dl>"
            "<dt>Autor:</dt><dd>Departament Terenów Wiejskich</dd><dt>Opublikował:</dt>"
            "<dd>Kamil Wrona</dd><dt>Data publikacji:</dt><dd>16.04.2024 13:02</dd>"
            "<dt>Data modyfikacji:</dt><dd>17.04.2024 08:47</dd></dl></div></article></main>"
            f"{_TEASERS}</body></html>")
    fields = extract_article(page, "https://www.region.example.pl/wiadomosci/solectwa", now=NOW)
    assert fields.published_at == "2024-04-16T13:02:00"
    assert "Departament" not in fields.body and "Autor" not in fields.body
    assert fields.body.startswith("Paragraph 0 of the release")


@pytest.mark.parametrize("label", ["Medieninformation vom", "Presseinformation vom",
                                   "Pressemitteilung vom", "Pressemeldung vom"])
def test_an_offices_release_label_over_the_headline_outranks_a_bare_date_meta(label):
    # "Medieninformation vom 21.05.2025" over the headline, a "date" meta of the day after
    page = ("<html lang='de'><head><title>Rechnungsabschluss 2024</title><meta name='date' "
            "content='2025-05-22'></head><body><div id='content'><div class='pressdate'>"
            f"{label} 21.05.2025</div><h1>Rechnungsabschluss 2024: Stadt erzielt Überschuss"
            f"</h1>{_RELEASE_TEXT}</div></body></html>")
    fields = extract_article(page, "https://www.stadt.example.at/medienservice/126418.php",
                             now=NOW)
    assert fields.published_at == "2025-05-21"


@pytest.mark.parametrize(("dateline", "published"), [
    ("Zug, 12. März 2025", "2025-03-12"),
    ("<strong>Paris, le 3 mars 2025</strong>", "2025-03-03"),
    # a place and a date after the change the page labels is no issue of this text
    ("Zug, 20. März 2025", "2025-03-14T09:12:00"),
])
def test_a_releases_place_and_date_line_dates_it_where_the_page_labels_only_a_change(dateline,
                                                                                    published):
    # Plone's byline says only when the page last changed; the release's own line opening
    # its text, under a long lead (out of the headline's reach) and taken off the text as
    # a dateline, says when it was issued
    page = ("<html><head><meta charset='utf-8'><title>Tagesschule</title></head><body>"
            "<div id='content'><h1 class='documentFirstHeading'>Pilotprojekt Tagesschule "
            "startet</h1><div class='documentByLine'><span class='documentModified'><span>"
            "zuletzt verändert:</span> 14.03.2025 09:12</span></div><div class='documentDescription"
            " description'>Der Regierungsrat hat das Pilotprojekt «Tagesschule» bewilligt. Ab "
            "August 2025 bieten Schulen in drei Gemeinden ein Tagesschulangebot an. "
            + "Der Kanton beteiligt sich während vier Jahren an den Kosten. " * 6 + "</div>"
            "<div id='content-core'><div class='newsImageContainer'><img src='/i.jpg'><p "
            "class='discreet'>Mittagstisch im Schulhaus (Archivbild).</p></div><div "
            "id='parent-fieldname-text'><p>" + dateline + "</p>"
            "<p>Immer mehr Familien im Kanton sind auf eine verlässliche Betreuung ihrer Kinder "
            "über den ganzen Tag angewiesen, und die Angebote sind vielerorts ausgelastet.</p>"
            "<p>Am Pilot nehmen drei Schulhäuser teil. Insgesamt rund 420 Kinder werden an vier "
            "Tagen pro Woche in der Tagesschule unterrichtet und betreut.</p>"
            + "<p>Die Gemeinden berichten dem Kanton jedes Jahr über den Versuch, die Eltern "
              "werden zu Beginn und am Ende befragt.</p>" * 6 + "</div></div></div>"
            "</body></html>")
    assert extract_article(page, "https://www.kanton.example.ch/news/tagesschule",
                           now=datetime(2026, 11, 26)).published_at == published


@pytest.mark.parametrize(("signature", "published"), [
    ("MINISTRY OF FOREIGN AFFAIRS<br>REPUBLIC OF EXAMPLE<br>15 May 2024", "2024-05-15"),
    # signed after the change the page labels: no issue of this text
    ("MINISTRY OF FOREIGN AFFAIRS<br>REPUBLIC OF EXAMPLE<br>22 May 2024", "2024-05-20T09:12:00"),
])
def test_the_day_under_a_releases_signature_dates_it_where_the_page_labels_only_a_change(
        signature, published):
    # a list item of a portal CMS: <title> says only "News", the footer labels the page's
    # last change (US order), the release is signed at its end with its day
    page = ("<html><head><meta charset='utf-8'><title>News</title></head><body><div "
            "class='main'><p class='kicker'>PRESS RELEASE</p><h1>EXAMPLE AND ITS NEIGHBOUR "
            "HOLD BILATERAL CONSULTATIONS</h1><div class='text'>"
            + "<p>1. The two delegations held their first consultations on 14 May 2024 at the "
              "ministry and reviewed cooperation in trade, education and energy.</p>" * 4
            + f"<p>{signature}</p></div></div><ul class='side'><li><a href='/n?id=2'>Courtesy "
            "call by an ambassador</a><span>17/05/2024</span></li></ul><div class='foot'><p>"
            "Copyright 2024 Ministry of Foreign Affairs</p><p class='lastmod'>Last modified: "
            "5/20/2024 9:12 AM</p></div></body></html>")
    assert extract_article(page, "https://www.mofa.example/Lists/Press/news.aspx?id=1187",
                           now=datetime(2026, 11, 26)).published_at == published


def test_the_day_issued_by_dates_a_release_where_the_page_labels_only_its_change():
    # a Plone portal: "last modified" over the text, the release's day only under "Issued
    # by:" in its closing lines, which the text's trimming takes off with the contacts
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Inspectors find high "
            "non-compliance</title><meta name='DC.date.modified' content='2024-05-23T09:41:12"
            "+02:00'></head><body><div id='content'><h1>Inspectors find high non-compliance"
            "</h1><div class='documentByLine'><span>last modified</span> May 23, 2024 09:41 AM"
            "</div><div id='content-core'>"
            + "<p>Inspectors found that more than six in ten establishments visited were not "
              "complying with labour legislation after a two-week blitz.</p>" * 5
            + "<p><b>Enquiries:</b><br>Jane Roe – Spokesperson<br>Cell: 082 441 7305</p>"
            "<p><b>Issued by:</b> Department of Employment and Labour<br>21 May 2024</p>"
            "</div></div></body></html>")
    assert extract_article(page, "https://www.labour.example/inspectors-find-non-compliance",
                           now=datetime(2026, 11, 26)).published_at == "2024-05-21"


def test_a_line_saying_who_issued_the_release_on_which_day_dates_it():
    # the masthead prints today's date; the release's only day is in "Issued by … on …"
    # under its end mark
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Department steps up "
            "monitoring</title></head><body><div class='top'><span>Thursday, 20 March 2025"
            "</span></div><div class='logo'><h1>Department of Water</h1></div><div class='main'>"
            "<p class='label'>MEDIA STATEMENT</p><h2>Department steps up monitoring</h2>"
            + "<p>The department will step up compliance monitoring along the river system "
              "as the summer peak begins, its spokesperson said.</p>" * 5
            + "<div class='stmtFooter'><p>ENDS</p><p>Issued by the Department of Water on 07 "
            "November 2024</p><p>For more information contact: Jane Roe, 082 000 0000</p>"
            "</div></div></body></html>")
    assert extract_article(page, "https://www.water.example/media-statements/monitoring",
                           now=datetime(2026, 11, 26)).published_at == "2024-11-07"


@pytest.mark.parametrize(("stamp", "update"), [
    ("<time class='updated' datetime='2024-02-18T22:15:40+01:00'>18 février</time>", True),
    # hAtom's "updated" on the publication's own stamp: a forum's, a theme's
    ("<time class='updated' itemprop='datePublished' datetime='2024-02-18T21:07:33+01:00'>"
     "18 février</time>", False),
    ("<time class='entry-date published updated' datetime='2024-02-18T21:07:33'>Feb 18</time>",
     False),
])
def test_a_stamp_marked_as_the_publication_is_no_update_whatever_its_class(stamp, update):
    from lxml import html as lxml_html

    from newscrawler.extract.published import _updated_days
    root = lxml_html.fromstring(f"<html><body><div class='meta'>Posté le {stamp}</div></body>"
                                "</html>")
    assert bool(_updated_days(root)) is update


def test_a_posts_footer_of_fields_dates_it_and_is_no_text():
    # a Movable Type blog prints the day only in the line of fields under the post: the day,
    # the permalink, the writer, the categories
    page = ("<html><head><meta charset='utf-8'><title>Un puente impreso en 48 horas @ Blog"
            "</title></head><body><div class='entry'><h2>Un puente impreso en 48 horas</h2>"
            + "<p>Una impresora 3D de hormigón ha construido un puente peatonal de doce metros "
              "en apenas dos días, según explica la empresa que lo ha diseñado.</p>" * 5
            + "<p class='posted'># 21 de febrero de 2024 &#8212; <a href='/archivo/puente.html'>"
            "Enlace permanente</a> &#8212; Por <a href='/colaboradores/w'>@Wicho</a> &#8212; "
            "Archivado en: <a href='/t'>Tecnología</a>, <a href='/c'>Ciencia</a></p></div>"
            "</body></html>")
    fields = extract_article(page, "https://blog.example/archivo/tecnologia/puente.html",
                             now=datetime(2026, 11, 26))
    assert fields.published_at == "2024-02-21"
    assert "Enlace permanente" not in fields.body


def test_an_update_label_on_the_headlines_line_beats_the_day_a_notice_was_signed():
    # an old county portal labels when it put the notice online "更新时间" on the info line
    # under the headline; the notice is signed the day before, under its text
    page = ("<html><head><meta charset='utf-8'><title>县农业农村局关于开展春茶抽检工作的通知"
            "</title></head><body><table><tr><td class='main_ArticleTitle'><strong>县农业农村局"
            "关于开展春茶抽检工作的通知</strong></td></tr><tr><td class='main_ArticleInfo'>作者："
            "佚名&nbsp;&nbsp;文章来源：县农业农村局&nbsp;&nbsp;更新时间：2024-5-9 16:22:37</td>"
            "</tr><tr><td class='main_ArticleContent'>各乡镇农业服务中心：<br>"
            + "为进一步加强茶叶质量安全监管，保障消费者饮茶安全，决定开展春茶抽检。<br>" * 12
            + "县农业农村局<br>2024年5月8日</td></tr></table></body></html>")
    assert extract_article(page, "http://www.county.example.gov.cn/ShowArticle.asp?ArticleID=1",
                           now=datetime(2026, 11, 26)).published_at == "2024-05-09T16:22:37"


@pytest.mark.parametrize(("html_line", "day"), [
    ("<p>Zug, 12. März 2025</p>", "2025-03-12"),
    ("<div><b>Madrid, 3 de junio de 2025.</b></div>", "2025-06-03"),
    # a sentence that goes on after the date, a list's item, a link: no such line
    ("<p>Zug, 12. März 2025: Der Rat hat entschieden.</p>", None),
    ("<ul><li>Zug, 12. März 2025</li></ul>", None),
    ("<p><a href='/x'>Zug, 12. März 2025</a></p>", None),
])
def test_a_place_and_date_line_is_a_short_block_of_nothing_else(html_line, day):
    from lxml import html as lxml_html

    from newscrawler.extract.published import place_date_line
    stamp = place_date_line(lxml_html.fromstring(f"<html><body>{html_line}</body></html>"))
    assert (stamp.moment.date().isoformat() if stamp else None) == day


def test_a_head_date_the_page_labels_its_last_update_yields_to_the_labelled_publication():
    # <meta name="date"> and "Letzte Aktualisierung" over the headline give the 18th; the
    # release says under its text that it was made on the 14th
    text = "".join(f"<p>Die Landesregierung hat heute beschlossen, die Förderung {n} zu "
                   "erhöhen, wie die Landesrätin bei der Pressekonferenz mitteilte.</p>"
                   for n in range(1, 5))
    page = ("<html><head><meta name='date' content='2024-03-18T09:12:44+01:00'></head><body>"
            "<div class='seiteninfo'>Letzte Aktualisierung: 18.03.2024 | "
            "<a href='javascript:print()'>Seite drucken</a></div>"
            f"<h1>Mehr Geld für die Pflegeausbildung</h1>{text}"
            "<div class='erstellt'>Erstellt am 14. März 2024 von der Landespressestelle</div>"
            "</body></html>")
    fields = extract_article(page, "https://www.land.example.at/cms/beitrag/12961437/")
    assert fields.published_at == "2024-03-14"


def test_the_day_the_page_prints_beats_the_filing_day_in_its_address():
    # the address holds the day the item was filed; <head>, the <time> and the date line the
    # day it came out, in the page's own offset
    url = "https://www.paper.example.jp/national/20260506-OYT1T50214/"
    page = ("<html><head><meta property='article:published_time' "
            "content='2026-05-07T05:00:00+09:00'><title>温泉街で老舗旅館の廃業相次ぐ</title></head>"
            "<body><article><h1>温泉街で老舗旅館の廃業相次ぐ</h1><time datetime='2026-05-07T05:00'>"
            "2026/05/07 05:00</time><p>" + "温泉街で老舗旅館の廃業が相次いでいる。" * 8
            + "</p></article></body></html>")
    assert extract_article(page, url, now=NOW).published_at.startswith("2026-05-07")
    # ... a moment in UTC the day after the address's day is the local evening of that day
    us = ("<html><head><meta property='article:published_time' content='2025-10-24T04:58:00Z'>"
          "<title>Trustees vote to close four schools</title></head><body><article><h1>Trustees "
          "vote to close four schools</h1><time datetime='2025-10-24T04:58:00Z'>Published "
          "11:58 p.m. CDT Oct. 23, 2025</time><p>" + "The board voted 6-3 late on Thursday "
          "to close four under-enrolled elementary schools next year. " * 5
          + "</p></article></body></html>")
    assert extract_article(us, "https://www.paper.example.com/news/2025/10/23/trustees-vote/",
                           now=NOW).published_at.startswith("2025-10-23")


def test_a_page_named_by_its_day_beats_a_meta_date_that_is_the_pages_revision():
    # (a column's page named by its day, the writer's date printed only after the text,
    # <meta name="date"> the day the footer gives as the revision's)
    assert date_from_url("https://www.bureau.example.hk/tc/press/insiders/20250312.html"
                         ).moment.date().isoformat() == "2025-03-12"
    assert date_from_url("https://www.example.org/files/20251312.html") is None  # (no month 13)
    page = ("<html><head><meta name='date' content='2025-03-13'><title>幼小銜接</title></head>"
            "<body><h1>局中人語</h1><h2>幼小銜接：陪伴孩子愉快升上小一</h2>"
            "<p>" + "升小一是孩子成長的重要一步，家長可以及早準備。" * 6 + "</p>"
            "<p style='text-align:right'>2025年3月12日</p>"
            "<div class='lastrevision'>修訂日期：2025年3月13日</div></body></html>")
    fields = extract_article(page, "https://www.bureau.example.hk/tc/press/insiders/20250312.html",
                             now=NOW)
    assert fields.published_at == "2025-03-12"


def test_a_date_inside_the_headline_is_what_it_is_about_not_the_pages_date():
    text = ("<p>All applications for consular services must be booked online from that day, "
            "the mission said, and walk-in visits will end.</p>"
            "<p>Applicants who already hold appointments need not take any further action.</p>")
    page = ("<html><head><title>Online appointments mandatory from 1 April 2025 | High "
            "Commission</title></head><body><div class='press'>"
            "<h1>Online appointments mandatory from 1 April 2025</h1>"
            f"<div class='press-body'>{text}%s</div></div></body></html>")
    # the release's place and date after its text date it; the headline's day does not
    signed = "<p class='place-date'><strong>London<br>20 March 2025</strong></p>"
    assert extract_article(page % signed, now=NOW).published_at == "2025-03-20"
    assert extract_article(page % "", now=NOW).published_at is None
    # ... and a date line under the headline still counts
    dated = page.replace("</h1>", "</h1><p class='date'>Posted on 18 March 2025</p>")
    assert extract_article(dated % "", now=NOW).published_at == "2025-03-18"


def test_the_headlines_item_dates_itself_in_microdata_where_head_declares_no_date():
    # a news agency's date line in an <aside> over the headline (an aside is no text of
    # the page's: a sidebar's dates are other pages'), its <time> marked as the item's
    # datePublished; the sidebar's teaser, first on the page, is an item of its own
    teaser = ('<aside class="sidebar"><div itemscope itemtype="http://schema.org/NewsArticle">'
              '<a href="/russia/960398"><span itemprop="headline">Мост в Омске закроют на '
              'ремонт летом</span></a><time itemprop="datePublished" datetime="2024-05-14T16:10">'
              "16:10</time></div></aside>")
    body = ('<div class="article" itemscope itemtype="http://schema.org/NewsArticle">'
            '<meta itemprop="dateModified" content="2024-05-14T18:05:00+03:00">'
            '<aside class="meta"><a href="/russia/">В России</a> <time datetime="2024-05-14T17:32"'
            ' itemprop="datePublished"><a href="/news/2024/05/14">14 мая 2024</a> 17:32</time>'
            '</aside><h1 itemprop="headline">Движение по мосту ограничат на три месяца</h1>'
            + "".join(f"<p>Абзац {n} о ремонте моста и объездных маршрутах для водителей.</p>"
                      for n in range(4)) + "</div>")
    page = _page("<title>Движение по мосту ограничат на три месяца</title>", teaser + body)
    fields = extract_article(page, "https://www.agency.example.ru/russia/960412", now=NOW)
    assert fields.published_at == "2024-05-14T17:32:00"


def test_a_signature_box_named_in_the_sites_language_dates_the_page_by_its_own_line():
    # a Czech radio's story: the author, the source and the date and time on a line of
    # their own under the text, in a paragraph named "podpis" (signature)
    from newscrawler.extract.published import signature_stamp
    page = html.fromstring("<html><body><div class='text'><p>Odstavec o obnovení záplav.</p>"
                           "</div><p class='podpis'><strong>Jana Nováková</strong> | Zdroj: "
                           "Český rozhlas Brno<br />14. 3. 2015 11:42</p></body></html>")
    assert format_stamp(signature_stamp(page)) == "2015-03-14T11:42:00"


def test_an_opening_dateline_may_name_the_country_and_the_weekday_before_the_date():
    from newscrawler.extract.published import opening_dateline
    para = ("Monrovia, Liberia - Tuesday, March 12, 2024: The President of the Republic has "
            "dedicated the rehabilitated road corridor.")
    assert format_stamp(opening_dateline([para])) == "2024-03-12"
    # ... not a date further into a sentence
    assert opening_dateline(["Monrovia, the capital, said on March 12, 2024: the road is open."
                             ]) is None
    # ... and a place's name with an abbreviation's full stop
    para = ("ST. JOHN'S, Antigua (January 22, 2025) – Antigua and Barbuda welcomed 341,620 "
            "stayover visitors in 2024, the highest number in its history.")
    assert format_stamp(opening_dateline([para])) == "2025-01-22"
    # ... not a sentence's full stop before a date further on
    assert opening_dateline(["It rained. Then on January 22, 2025 – the road closed."]) is None


def test_a_publication_a_sentence_names_does_not_outrank_the_date_line_over_the_headline():
    # "News Release / 6/18/2024" over the headline; the text names the preliminary report
    # "published April 24, 2024"
    text = ("<p>The National Transportation Safety Board today issued two urgent safety "
            "recommendations on tank car valves.</p><p>The board's preliminary report, published "
            "April 24, 2024, found that the valve handle had been left unsecured.</p>"
            + "".join(f"<p>Paragraph {n} of the release on tank car safety.</p>" for n in range(4)))
    page = ("<html><head><title>NTSB Calls for Retrofit of Valve Handles</title></head><body>"
            "<main><p class='kind'>News Release</p><p class='date'>6/18/2024</p><h1>NTSB Calls "
            f"for Retrofit of Valve Handles</h1>{text}</main></body></html>")
    url = "https://www.board.example.gov/news/press-releases/Pages/NR20240618.aspx"
    assert extract_article(page, url, now=NOW).published_at == "2024-06-18"


def test_htmldates_day_that_the_template_marks_as_the_update_is_no_publication():
    # WordPress Avada's post meta: the update in a hidden span, the visible date only in an
    # ordinal form after the text; what htmldate finds is the update
    text = "".join(f"<p>Paragraph {n} of the reminder on filing income tax returns, which "
                   "the authority sends to every registered taxpayer in the country.</p>"
                   for n in range(8))
    page = _page("<title>GRA reminds taxpayers of the deadline</title>",
                 f"<h1>GRA reminds taxpayers of the deadline</h1>{text}<div class='meta'>"
                 "<span class='updated rich-snippet-hidden'>2024-03-21T09:47:15-04:00</span>"
                 "</div>")
    assert extract_article(page, "https://www.gra.example.gy/gra-reminds-taxpayers/",
                           now=NOW).published_at is None


def test_a_date_meta_the_article_footer_labels_the_update_yields_to_its_publication():
    # a city's press release: "Pressemeldung vom 05.09.2023 | zuletzt aktualisiert am
    # 06.09.2023" in the article's own footer, under a "date" meta of the 6th
    text = "".join(f"<p>Absatz {n} über den Umbau der Veloroute am Westring.</p>"
                   for n in range(5))
    page = ("<html><head><title>Veloroute 10: Umbau startet</title>"
            "<meta name='date' content='2023-09-06'></head><body><article><h1>Veloroute 10: "
            f"Umbau startet</h1><div class='text'>{text}</div><footer class='meldung__fuss'>"
            "<p>Pressemeldung vom 05.09.2023 | zuletzt aktualisiert am 06.09.2023</p>"
            "</footer></article></body></html>")
    fields = extract_article(page, "https://www.city.example.de/presse/meldung/123", now=NOW)
    assert fields.published_at == "2023-09-05"
    # ... while a footer that labels no update leaves the meta's date
    other = page.replace(" | zuletzt aktualisiert am 06.09.2023", "")
    assert extract_article(other, "https://www.city.example.de/presse/meldung/123",
                           now=NOW).published_at == "2023-09-06"



def test_an_indented_article_footer_with_its_share_row_is_still_its_own():
    # a WordPress entry footer, indented in the page's source: share buttons, "Geplaatst:
    # dinsdag 8 oktober 2024, 16:05", tags; the line under the headline labels the update
    text = "".join(f"<p>Alinea {n} over de kap van bomen langs de kade in de wijk.</p>"
                   for n in range(6))
    indent = "\n" + " " * 40
    footer = (f"<footer class='entry-footer'>{indent}<div class='share'>{indent}"
              f"<span>Deel dit bericht:</span>{indent}<a href='#'>Facebook</a>{indent}"
              f"<a href='#'>WhatsApp</a>{indent}</div>{indent}<div class='entry-meta'>"
              f"{indent}<span class='posted-on'>Geplaatst: dinsdag 8 oktober 2024, 16:05"
              f"</span>{indent}<span class='byline'> · Door <a href='#'>Redactie</a></span>"
              f"{indent}</div>{indent}<div class='tags'>Tags: <a href='#'>bomenkap</a>"
              f"</div>{indent}</footer>")
    page = ("<html lang='nl'><head><title>Bewoners boos over kap van bomen</title></head>"
            "<body><article><h2 class='entry-title'>Bewoners boos over kap van bomen</h2>"
            "<div class='entry-updated'>Laatst bijgewerkt: woensdag 9 oktober 2024 10:12</div>"
            f"<div class='entry-content'>{text}</div>{footer}</article></body></html>")
    url = "https://www.news.example.nl/nieuws/bewoners-boos/"
    assert extract_article(page, url, now=NOW).published_at == "2024-10-08T16:05:00"


def test_a_journal_page_is_dated_by_its_first_appearance_online_not_its_issue():
    # a medical journal's news story: the issue's date in citation_publication_date, in
    # JSON-LD and under the headline; Highwire's citation_online_date weeks earlier
    text = "".join(f"<p>Paragraph {n} on which medicines raise the risk of heat illness in "
                   "older patients during long heat waves.</p>" for n in range(6))
    head = ("<title>Clinicians rethink medicines in heat waves</title>"
            "<meta name='citation_publication_date' content='2024/03/26'>"
            "<meta name='citation_online_date' content='2024/03/06'>"
            '<script type="application/ld+json">{"@type": "ScholarlyArticle", '
            '"datePublished": "2024-03-26"}</script>')
    page = _page(head, "<h1>Clinicians rethink medicines in heat waves</h1>"
                 f"<div class='meta-date'>March 26, 2024</div>{text}")
    url = "https://journal.example.org/journals/news/fullarticle/2815532"
    assert extract_article(page, url, now=NOW).published_at == "2024-03-06"
    # ... an online date of the issue's day, or a later one, changes nothing
    for day in ("2024/03/26", "2024/04/02"):
        same = page.replace("2024/03/06", day)
        assert extract_article(same, url, now=NOW).published_at == "2024-03-26"


def test_a_line_the_window_cuts_short_after_a_dates_comma_is_a_sentence():
    # the text read around a headline ends inside a paragraph of <br>-set lines: the date
    # opening that line, a sentence after its comma, is an event's, not a date line
    text = ("22 August 2024\nOfficer justified in Taser use\nThe Authority found the officer "
            "justified.\nOn the afternoon of 9 October 2023, Police were called to a house i")
    lines = [i.stamp.moment.date().isoformat() for i in printed_dates(text, 15) if i.line]
    assert lines == ["2024-08-22"]
    # ... while a short line that ends the text read with a weekday or a second date is one
    for line in ("Güncelleme Tarihi: 19 Temmuz 2025, Cumartesi",
                 "Data di pubblicazione: 31 maggio 2024, ultimo aggiornamento 4 giugno 2024"):
        assert any(i.line for i in printed_dates(line, 0)), line


def test_words_before_a_date_on_a_line_the_window_cuts_short_make_it_a_sentence():
    # the text opens with "On 6 November 2024 the Home Office publish…", cut four words after
    # the date: with its "On" a sentence, not a date line; the date over the headline dates it
    text = ("Insights Nov 14, 2024\nFailure to prevent fraud: guidance published\nSummary\n"
            "On 6 November 2024 the Home Office publish")
    lines = [i.stamp.moment.date().isoformat() for i in printed_dates(text, 22) if i.line]
    assert lines == ["2024-11-14"]
    # ... while a Chinese line's fields before its date are no sentence
    line = "网易娱乐 留言板 发布时间 2005/07/23 10:46:32 by 卧室秋风"
    assert any(i.line for i in printed_dates(line, 0))


def test_a_line_under_the_headline_yields_to_the_declared_day_the_page_labels_its_publication():
    # a speech: "Delivered Thursday 12 September 2024" under the headline, DCTERMS.issued
    # of the 13th and "Published: 13 September 2024" after the text
    text = "".join(f"<p>Paragraph {n} of the speech on fairness in public services and "
                   "how complaints are handled.</p>" for n in range(6))
    head = ("<title>Fairness is not a form you fill in</title>"
            "<meta name='dcterms.issued' content='2024-09-13'>")
    body = ("<h1>Fairness is not a form you fill in</h1><dl><dt>Speaker</dt><dd>The Ombudsman"
            "</dd><dt>Delivered</dt><dd>Thursday 12 September 2024</dd></dl>"
            f"{text}<p class='meta'>Published: 13 September 2024</p>")
    url = "https://www.ombudsman.example.gov.au/speeches/fairness"
    assert extract_article(_page(head, body), url, now=NOW).published_at == "2024-09-13"
    # ... without that label, the day printed under the headline
    bare = body.replace("<p class='meta'>Published: 13 September 2024</p>", "")
    assert extract_article(_page(head, bare), url, now=NOW).published_at == "2024-09-12"


@pytest.mark.parametrize("line", [
    "Dnes je úterý 12. 3. 2024, svátek má Řehoř", "Today is Tuesday, 12 March 2024",
    "Heute ist Dienstag, 12.03.2024", "今天是2024年3月12日 星期二",
    # ... or "today:" ("Bugün: 18 Ocak 2024 Perşembe | Hicri: 6 Receb 1445")
    "Bugün: 18 Ocak 2024 Perşembe", "Today: Thursday 18 January 2024"])
def test_a_banners_today_is_no_date_of_the_page(line):
    assert printed_dates(line, 0) == []


def test_a_thai_news_posting_label_marks_the_publication():
    items = printed_dates("ลงข่าววันที่ 5 มิ.ย. 2567 เวลา 15:42 น. | จำนวนผู้เข้าชม 412 ครั้ง", 0)
    assert [(i.kind, format_stamp(i.stamp)) for i in items] == [
        (PUBLISHED, "2024-06-05T15:42:00")]


def test_a_turkish_news_date_label_marks_the_publication():
    items = printed_dates("Haber Tarihi: 15.01.2024 14:22 | Okunma: 1284", 0)
    assert [(i.kind, format_stamp(i.stamp)) for i in items] == [(PUBLISHED, "2024-01-15T14:22:00")]


def test_a_publication_label_over_a_hijri_day_then_the_gregorian_one_labels_the_second():
    # a ministry's SharePoint page: "تاريخ النشر: 1445/12/17 هـ - 2024/06/23 م", the Hijri
    # day written year first
    items = printed_dates("تاريخ النشر: 1445/12/17 هـ - 2024/06/23 م", 0)
    assert [(i.kind, i.line, format_stamp(i.stamp)) for i in items] == [
        (PUBLISHED, True, "2024-06-23")]


def test_the_box_a_page_prints_the_day_it_is_viewed_in_is_no_text_near_the_headline():
    # a regional paper's header prints the day the page is viewed, in the era calendar, in
    # a box named "today" (or "top_date", "current-date"): no date of the page is read there
    from newscrawler.extract.text import text_around
    for name in ("id='today'", "class='top_date'", "class='current-date'"):
        root = html.fromstring(
            f"<html><body><div id='wrapper'><p {name}>平成27年4月18日（土）</p><div "
            "class='newsDetail'><h2>八戸港のサバ水揚げ好調</h2><p>八戸港で今春のサバの水揚げが"
            "好調だ。</p></div></div></body></html>")
        text, _ = text_around(root, root.find(".//h2"))
        assert "平成27年" not in text and "八戸港で今春" in text, name


def test_a_date_two_rows_over_the_headline_past_a_spacer_row_is_near_it():
    # a Lotus Domino release: the date's row, "PRESS RELEASE", a spacer row of &nbsp;, the
    # headline's row; the footer's "Last Modified at" a week later
    rows = ("<tr><td align='right'><font size='2'>14 March 2019</font></td></tr><tr><td "
            "align='center'><b><u>PRESS RELEASE</u></b></td></tr><tr><td>&nbsp;</td></tr><tr><td "
            "align='center'><font size='2'><b>Ombudsman finds unjustified delays in pension "
            "applications</b></font></td></tr><tr><td>&nbsp;</td></tr><tr><td class='bodytext'>"
            + _RELEASE_TEXT + "</td></tr>")
    page = ("<html><head><title>Ombudsman - Press Releases</title></head><body><table><tr><td>"
            f"<table>{rows}</table></td></tr><tr><td><font size='1'>Last Modified at: "
            "21/03/2019 09:41:08 AM</font></td></tr></table></body></html>")
    fields = extract_article(page, "https://www.example.gov.cy/ombudsman.nsf/pr2019_14?"
                             "OpenDocument", now=NOW)
    assert (fields.published_at or "").startswith("2019-03-14")


def test_a_date_line_inside_the_headlines_element_after_it_dates_the_page():
    # PHPCMS's show template prints the date and source line in the h1, after the headline
    page = ("<html><head><title>叙州区首个数字化茶园示范基地建成投用_宜宾新闻网</title></head>"
            "<body><div class='banner'><span id='today_date'>2024年09月14日 星期六</span></div>"
            "<div class='content'><h1>叙州区首个数字化茶园示范基地建成投用<br><span>2024-09-12 "
            "08:31:22&nbsp;&nbsp;来源：宜宾日报&nbsp;&nbsp;点击：<span id='hits'></span></span>"
            "</h1><div class='article'><p>宜宾新闻网讯（记者 王思源）9月11日，叙州区首个数字化茶园"
            "示范基地正式建成投用，基地覆盖茶园面积约1200亩。</p><p>基地引入了土壤墒情监测、病虫害"
            "智能识别等系统，茶农可以通过手机实时查看茶园的温度、湿度和土壤养分情况。</p></div></div>"
            "</body></html>")
    fields = extract_article(page, "http://www.paper.example.cn/html/2024/xw_0912/298765.html",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-09-12")


def _dated_under_text(under: str) -> str:
    return ("<html><head><title>Edilizia agevolata: contributi a 612 famiglie</title></head>"
            '<body><div id="contenuto"><h1>Edilizia agevolata: contributi a 612 famiglie</h1>'
            f'<div class="news_testo">{_RELEASE_TEXT}</div>{under}'
            '<div class="news_correlate"><h3>Altre notizie</h3><ul><li><span>15.05.2023</span> '
            '<a href="/news/it/news.asp?id=681301">Maturità 2023, gli esami al via</a></li>'
            "</ul></div></div></body></html>")


def test_a_date_line_right_under_the_text_dates_a_release_that_prints_no_other():
    # a release's date printed only in a box of its own right under the text, after the
    # office's initials: its date and time
    page = _dated_under_text('<div class="news_firma">USP/mb</div><div class="news_data">'
                             "16.05.2023 13:42 | Ufficio stampa</div>")
    fields = extract_article(page, "https://www.provincia.example.it/news/news.asp?"
                             "news_action=4&news_article_id=681342", now=NOW)
    assert fields.published_at == "2023-05-16T13:42:00"


def test_a_date_line_under_the_rows_of_tags_and_share_buttons_dates_the_release():
    # a parliament's news: the text, its tags and share row (each link a line of its own),
    # then its only date line
    rows = ('<div class="tags"><span>Tag:</span> <a href="/tag/1">Bulog</a> <a href="/tag/2">'
            'Komisi IV</a> <a href="/tag/3">pangan</a></div><div class="share"><span>Bagikan:'
            '</span> <a href="https://facebook.com/x">Facebook</a> <a href="https://x.com/y">'
            "Twitter</a></div>")
    page = _dated_under_text(rows + '<div class="date">Selasa, 16-05-2023 / 16:29 WIB '
                             "Dilihat 1.802 kali</div>")
    fields = extract_article(page, "https://www.parlemen.example.go.id/berita/detail/id/49517",
                             now=NOW)
    assert fields.published_at.startswith("2023-05-16")
    # without the date line, the related list's day under the rows dates nothing
    fields = extract_article(_dated_under_text(rows), "https://www.parlemen.example.go.id/"
                             "berita/detail/id/49517", now=NOW)
    assert fields.published_at is None


def test_a_moment_in_utc_the_evening_before_a_releases_closing_day_is_that_day_at_home():
    # a South African agency's release: <head> declares 22:30Z on the 20th, the release
    # closes "-ENDS-" over "Pretoria, 21 June 2024"; on the country's clock, 00:30 on the 21st
    page = ("<html><head><meta property='article:published_time' "
            "content='2024-06-20T22:30:12+00:00'></head><body><article><h1>Filing season "
            f"opens</h1>{_RELEASE_TEXT}<p>-ENDS-</p><p><strong>Issued by:</strong> Media "
            "Office<br>Pretoria, 21 June 2024</p></article></body></html>")
    fields = extract_article(page, "https://www.revenue.example.gov.za/media-release/x/",
                             now=NOW)
    assert fields.published_at == "2024-06-21T00:30:12+02:00"


def test_the_day_by_the_headline_its_time_element_marks_beats_a_revised_date_meta():
    # a police press release: "Magdeburg, den <time itemprop=datePublished>14.03.2024</time>"
    # over the <h1>, a <meta name="date"> of the 15th that the footer labels the last change
    page = ("<html><head><meta name='date' content='2024-03-15T08:02:17+01:00'></head><body>"
            "<div class='news'><div class='meta'>\n<span>Nr.: 087/2024</span>\n<span>Magdeburg, "
            "den <time itemprop='datePublished' datetime='2024-03-14'>14.03.2024</time></span>"
            "\n</div>"
            f"<h1>Radfahrerin bei Unfall schwer verletzt</h1>{_RELEASE_TEXT}</div>"
            "<footer><p>Letzte Aktualisierung: 15.03.2024</p></footer></body></html>")
    fields = extract_article(page, "https://polizei.example.de/presse/pm-087-2024", now=NOW)
    assert fields.published_at == "2024-03-14"


def test_a_date_and_time_right_over_the_headline_beats_a_records_day_under_it():
    # an ombudsman's decision: its publication "12.1.2024 10.00" over the <h1>, the record's
    # fields under it (the decision's day, a term no label names a publication)
    page = ("<html><body><div class='uutinen'><p class='kategoria'>Ratkaisut</p>"
            "<p class='pvm'>12.1.2024 10.00</p><h1>Hyvinvointialue laiminlöi käsittelyajat</h1>"
            "<div class='tiedot'><dl><dt>Diaarinumero</dt><dd>EOAK/4172/2023</dd>"
            "<dt>Ratkaisupäivä</dt><dd>20.12.2023</dd></dl></div>"
            f"<div class='teksti'>{_RELEASE_TEXT}</div></div></body></html>")
    fields = extract_article(page, "https://www.ombudsman.example.fi/-/eoak-4172", now=NOW)
    assert fields.published_at == "2024-01-12T10:00:00"
    # a day alone over the headline is no such line: the one under it stays the page's
    page = page.replace("12.1.2024 10.00", "12.1.2024")
    fields = extract_article(page, "https://www.ombudsman.example.fi/-/eoak-4172", now=NOW)
    assert fields.published_at == "2023-12-20"


def test_a_closing_line_of_who_issued_a_release_and_the_day_dates_it_and_is_no_text():
    # a city's press office closes each release with its name and the day, set apart by a
    # middle dot, in the text's own box or under it; the related releases' dates are others'
    for inside in (True, False):
        line = ('<p class="pm-fuss">Presse- und Informationsamt der Stadt Lindenau &middot; '
                "11.04.2024</p>")
        page = ("<html><head><title>Neue Radstation am Marktplatz</title></head><body>"
                '<div id="inhalt"><h2>Neue Radstation am Marktplatz</h2><div class="pm-text">'
                + _RELEASE_TEXT + (line if inside else "") + "</div>" + ("" if inside else line)
                + '<ul class="related"><li><span>10.04.2024</span> <a href="/show/2">Sperrung der '
                "Kanalstraße</a></li></ul></div></body></html>")
        fields = extract_article(page, "https://www.lindenau.example.de/presse/show/1", now=NOW)
        assert fields.published_at == "2024-04-11", inside
        assert "Informationsamt" not in fields.body and "11.04.2024" not in fields.body
        assert fields.body.endswith("the support it gives them.")
    # a sentence that ends with a date is no such line
    from newscrawler.extract.dateline import is_issued_line
    line = "Die Beteiligung läuft bis zum 12. Mai. Eröffnet wird am · 11.04.2024"
    assert not any(is_issued_line(line, s) for s in find_dates(line))


@pytest.mark.parametrize("under", [
    # not a related post's date under a heading of its own, nor a date under a line of text
    "<h3>Similar posts</h3><p>16 May 2023</p><p>Guides</p>",
    '<div class="tools">Stampa | Invia notizia | PDF | Condividi su Facebook e Twitter o via '
    "e-mail a un amico</div><p>16.05.2023</p>",
    # nor the template's hidden update beside the date
    '<p>By GRA Communications | <span class="updated">2024-03-21T09:47:15</span></p>',
])
def test_a_date_under_a_heading_or_a_line_of_text_is_not_the_texts(under):
    from lxml import html

    from newscrawler.extract.published import _updated_days, under_text_stamp
    root = html.fromstring(_dated_under_text(under))
    paras = [f"Paragraph {n} of the release, on the programme for small manufacturers and the "
             "support it gives them." for n in range(4)]
    assert under_text_stamp(root, paras, NOW, skip=_updated_days(root)) is None
    # (the same lines straight under the text are read)
    assert under_text_stamp(html.fromstring(_dated_under_text("<p>16.05.2023</p>")), paras,
                            NOW) is not None


def test_the_labels_of_two_dates_whose_times_went_are_no_text():
    # "Publié le <time>…</time> – Mis à jour le <time>…</time>": the text reader may drop the
    # <time> elements; the labels left between the headline and the text are no paragraph
    from newscrawler.extract.dateline import is_bare_label
    assert is_bare_label("Publié le – Mis à jour le")
    assert is_bare_label("Publicerad · Uppdaterad")
    assert not is_bare_label("Publié le 3 octobre 2024 – Mis à jour le 7 octobre")


@pytest.mark.parametrize(("lead", "kind"), [
    # a deadline's "due" labels another kind of date; Italian's "due" is a number
    ("Payment due by ", None), ("Applications due: ", None),
    ('"finto carabiniere": arrestati due giovani\n', "plain"),
])
def test_due_labels_a_deadline_only_as_an_english_label(lead, kind):
    from newscrawler.extract.dateline import label_kind
    assert label_kind(lead) == kind


def test_created_labels_a_publication_in_czech_slovak_and_polish():
    from newscrawler.extract.dateline import PUBLISHED, label_kind
    for lead in ("Vytvořeno: ", "Vytvorené: ", "Utworzono: "):
        assert label_kind(lead) == PUBLISHED, lead


def test_the_day_the_address_and_a_published_label_say_beats_the_evening_before():
    # <head> declares 22:10 the evening before on the site's clock; the address and the
    # "Published:" line under the text both say the next day
    head = ("<title>WASA extends water schedule</title>"
            "<meta property='article:published_time' content='2016-03-13T22:10:05-04:00'>")
    page = (f"<html><head>{head}</head><body><h1>WASA extends water schedule</h1>"
            "<div class='field-body'>" + "".join(
                f"<p>Paragraph {n} on the water schedule, which the authority extended on "
                "Sunday as the dam fell below forty per cent of its capacity.</p>"
                for n in range(5)) + "</div><div class='submitted'><span property='dc:date'>"
            "Published: Monday, March 14, 2016</span></div></body></html>")
    url = "https://www.guardian.example.tt/news/2016-03-14/wasa-extends-water-schedule"
    assert extract_article(page, url, now=NOW).published_at == "2016-03-14"
    # (without the address's word, <head> stands)
    assert extract_article(page, "https://www.guardian.example.tt/node/1",
                           now=NOW).published_at.startswith("2016-03-13")


def test_a_publish_date_label_beats_a_release_date_inside_a_sentence():
    # "9. The CPI for February is scheduled to be released on March 7, 2025." closes the
    # text; "Publish Date：2025-02-07" is the page's label under it
    page = ("<html><head><title>Consumer Price Index for January 2025</title></head><body>"
            "<div class='title'><h3>Consumer Price Index for January 2025</h3></div><div "
            "class='essay'>" + "".join(
                f"<p>{n}. The index rose in January, driven by food and rents, the office "
                "said in its monthly release of price statistics.</p>" for n in range(1, 6))
            + "<p>6. The CPI for February 2025 is scheduled to be released on March 7, "
            "2025.</p></div><ul class='info'><li><span>Publish Date：</span><span>2025-02-07"
            "</span></li><li><span>Updated：</span><span>2025-02-10</span></li></ul>"
            "</body></html>")
    fields = extract_article(page, "https://stat.example.tw/News_Content.aspx?n=2418&s=1",
                             now=NOW)
    assert fields.published_at == "2025-02-07"


def test_a_date_under_the_signature_dates_a_release_with_a_table_of_dates():
    # an election commission's statement: a table of the by-election's key dates in the
    # text, the signature and the day it was issued (and the Hijri one) under it
    rows = "".join(f"<tr><td>{what}</td><td>{day}</td></tr>" for what, day in (
        ("Pengeluaran Writ", "Khamis, 13 Jun 2024"), ("Penamaan Calon", "Sabtu, 6 Julai 2024"),
        ("Hari Mengundi", "Sabtu, 20 Julai 2024")))
    page = ("<html><head><title>Kenyataan Media - SPR</title></head><body><main><h1>Tarikh "
            f"penting pilihan raya kecil</h1><div class='item'>{_RELEASE_TEXT}<table>{rows}"
            "</table><p>Pemilih boleh menyemak status mengundi melalui aplikasi MySPR Semak.</p>"
            "<p><strong>DATUK KAMARUL AZMAN BIN ISMAIL</strong><br>Setiausaha<br>Suruhanjaya "
            "Pilihan Raya Malaysia</p><p>12 Jun 2024 / 5 Zulhijjah 1445H</p></div></main>"
            "</body></html>")
    fields = extract_article(page, "https://www.spr.example.gov.my/ms/media/kenyataan-media/prk",
                             now=NOW)
    assert fields.published_at.startswith("2024-06-12")


def test_the_dateline_opening_the_text_beats_a_later_last_updated_label():
    # a state health department's release: "Baltimore, MD (August 13, 2024) – …" opens the
    # text; the footer labels the page's last change a day later
    page = ("<html><head><title>MDH confirms first West Nile case</title></head><body><main>"
            "<h1>MDH confirms first human West Nile virus case of 2024</h1><div class='body'>"
            "<p>Baltimore, MD (August 13, 2024) – The Maryland Department of Health today "
            "confirmed the state's first human case of West Nile virus infection for 2024.</p>"
            + _RELEASE_TEXT + "</div></main><footer><p>Page last updated: 8/14/2024</p>"
            "</footer></body></html>")
    fields = extract_article(page, "https://health.example.gov/newsroom/Pages/wnv.aspx", now=NOW)
    assert fields.published_at.startswith("2024-08-13")


def test_the_dateline_opening_the_text_under_its_subtitle_beats_a_later_modified_label():
    # a state agriculture department's release: a centred italic subtitle, then "ANNAPOLIS,
    # MD (March 11, 2025) – …"; the footer labels the page's last change three days later
    page = ("<html><head><title>MDA expands quarantine</title></head><body><main>"
            "<h1>Department Expands Beetle Quarantine to Four Additional Counties</h1>"
            "<div class='body'><p style='text-align:center'><em>Businesses moving regulated "
            "articles must obtain permits; residents asked to check vehicles</em></p>"
            "<p>ANNAPOLIS, MD (March 11, 2025) – The Department of Agriculture today announced "
            "that four additional counties have been added to the quarantine zone.</p>"
            + _RELEASE_TEXT + "</div></main><footer><p>Page last modified: 3/14/2025 9:18 AM"
            "</p></footer></body></html>")
    fields = extract_article(page, "https://ag.example.gov/pests/Pages/quarantine.aspx", now=NOW)
    assert fields.published_at.startswith("2025-03-11")


def test_a_prefectures_place_and_date_line_beats_its_update_read_day_first():
    # a French prefecture's release: "Mis à jour le 09/11/2023" (9 November) under the
    # headline, its lead, then the release's own "Saint-Denis, le 8 novembre 2023" over its
    # text
    lead = ("Face à la persistance du déficit de pluie, le préfet a signé un arrêté renforçant "
            "les mesures de restriction dans les communes de l’Ouest. ") * 3
    page = ("<html lang='fr'><head><title>Sécheresse : la zone Ouest en alerte renforcée</title>"
            "</head><body><main><h1>Sécheresse : la zone Ouest passe en alerte renforcée</h1>"
            f"<p class='date-maj'>Mis à jour le 09/11/2023</p><div class='chapo'><p>{lead}</p>"
            "</div><div class='texte'>"
            "<p><strong>Saint-Denis, le 8 novembre 2023</strong></p><p>Le préfet a décidé de "
            "placer la zone Ouest en alerte renforcée à compter du vendredi 10 novembre.</p>"
            + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.prefecture.example.gouv.fr/Actualites/"
                             "Communiques-de-presse/2023/Secheresse", now=NOW)
    assert fields.published_at.startswith("2023-11-08")


def test_a_date_opening_the_text_with_its_time_and_writer_before_a_dash_dates_it():
    # a medical society's news: no date in <head>, the text opening "November 14, 2023,
    # 2:41 p.m. Grace Whitfield — …"
    page = ("<html><head><title>Survey: Prior Authorization Still Costs Hours</title></head>"
            "<body><main><h1>Survey: Prior Authorization Still Costs Practices Hours</h1>"
            "<div class='text'><p><b>November 14, 2023, 2:41 p.m. Grace Whitfield</b> — Family "
            "physicians continue to spend large portions of each week on prior authorization."
            "</p>" + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.society.example.org/news/prior-auth.html",
                             now=NOW)
    assert fields.published_at.startswith("2023-11-14")


def test_a_korean_papers_approval_line_dates_it_before_its_revision():
    # an old ND Soft page: "승인 2018.11.27 17:42 | 수정 2018.11.28 09:15" under the headline,
    # today's date in the header
    page = ("<html><head><meta charset='utf-8'><title>청주시 시내버스 노선 개편 - 충청일보"
            "</title></head><body><table><tr><td class='today'>2018년 11월 29일 목요일</td></tr>"
            "</table><div id='view'><h3>청주시 시내버스 노선 전면 개편 확정</h3><div class='info'>"
            "신홍균 기자 | shin@daily.example.co.kr &nbsp; 승인 2018.11.27 17:42 &nbsp;|&nbsp; "
            "수정 2018.11.28 09:15 &nbsp;|&nbsp; 댓글 0</div><div id='text'>"
            + _RELEASE_TEXT + "</div></div></body></html>")
    fields = extract_article(page, "http://www.daily.example.co.kr/news/articleView.html?"
                             "idxno=548213", now=NOW)
    assert fields.published_at.startswith("2018-11-27T17:42")


def test_a_publication_set_in_brackets_after_the_text_beats_the_mastheads_today():
    # an island paper: today's date in the header, "［2024年11月18日　掲載］" under the text
    page = ("<html><head><meta charset='utf-8'><title>黒糖焼酎の出荷始まる｜南海日日新聞"
            "</title></head><body><div class='header-date'>2024年11月20日（水）</div>"
            "<div class='article'>"
            "<h2>黒糖焼酎の出荷始まる　新酒を島外へ</h2>" + _RELEASE_TEXT
            + "<p class='article-date'>［2024年11月18日　掲載］</p></div></body></html>")
    fields = extract_article(page, "https://www.paper.example.jp/local/88412.html", now=NOW)
    assert fields.published_at.startswith("2024-11-18")


def test_a_services_start_in_a_table_is_no_date_line_and_the_registered_day_dates_the_page():
    # a ward's notice: its update under the headline, a table whose "開始日" row gives the
    # service's start, the day the page was registered after the text
    page = ("<html><head><meta charset='utf-8'><title>電子図書館のサービスを開始します｜区</title>"
            "</head><body><div id='main'><h1>「電子図書館」のサービスを開始します</h1>"
            "<p class='update'>更新日：2024年2月20日</p><p>区立図書館では、インターネットを通じて"
            "電子書籍を借りて読むことができるサービスを開始します。</p><table><tr><th>開始日</th>"
            "<td>令和6年3月1日（金曜日）午前10時</td></tr><tr><th>対象</th><td>図書館の利用者カード"
            "をお持ちの方</td></tr></table>" + _RELEASE_TEXT
            + "<p class='regist'>登録日：2024年2月5日</p></div></body></html>")
    fields = extract_article(page, "https://www.city.example.lg.jp/information/1000084/1034567.html",
                             now=NOW)
    assert fields.published_at.startswith("2024-02-05")


def test_a_line_of_the_date_alone_over_the_text_beats_the_update_label():
    # a prefecture's release: the page header labels its last update, the release's own date
    # is a line over the issuing office and the text
    page = ("<html><head><meta charset='utf-8'><title>地下水保全月間の取組について - 熊本県"
            "</title></head><body><div id='main'><h1>令和6年度「くまもと地下水保全月間」の取組に"
            "ついて</h1><div class='content_header'><span>更新日：2024年6月10日更新</span></div>"
            "<div class='detail'><p class='date_line'>令和6年（2024年）6月3日</p>"
            "<p>熊本県環境保全課</p><p>"
            + "熊本県では、毎年8月を「くまもと地下水保全月間」と定め、県民の皆様に"
            "地下水の大切さを改めて認識していただく取組を行っています。" * 3
            + "</p>" + _RELEASE_TEXT
            + "</div></div></body></html>")
    fields = extract_article(page, "https://www.pref.example.jp/site/kankyo/199001.html",
                             now=NOW)
    assert fields.published_at.startswith("2024-06-03")


def test_a_labelled_publication_under_the_text_beats_the_mastheads_date():
    # a police site's masthead prints today's date by its logo, over the menu; the news item
    # labels its publication under the text
    menu = "".join(f"<li><a href='/ar/{n}.aspx'>{t}</a></li>" for n, t in (
        ("Default", "الرئيسية"), ("About", "عن الشرطة"), ("News", "الأخبار"),
        ("EServices", "الخدمات الإلكترونية")))
    page = ("<html><head><meta charset='utf-8'><title>شرطة عمان السلطانية - تفاصيل الخبر</title>"
            "</head><body><div id='header'><div class='logo'><img alt='شرطة' src='/logo.png'>"
            "</div><div class='hdate'>الثلاثاء 5 ذو الحجة 1445هـ - 11 يونيو 2024م</div></div>"
            f"<div id='menu'><ul>{menu}</ul></div><div id='main'><h2 class='newstitle'>شرطة عمان "
            "السلطانية تحذر من اتصالات احتيالية</h2><div class='newsbody'>"
            + _RELEASE_TEXT + "</div><span class='pubdate'>تاريخ النشر: 19/05/2024</span>"
            "</div></body></html>")
    fields = extract_article(page, "https://www.police.example.om/ar/NewsDetails.aspx?NID=21874",
                             now=NOW)
    assert fields.published_at.startswith("2024-05-19")


def test_an_events_time_as_a_field_of_the_notice_is_not_its_date():
    # a city's press release: its date and office over the headline, then the ceremony's
    # "日時：" field in the text
    page = ("<html><head><meta charset='utf-8'><title>連携協定を締結します - 長岡市</title></head>"
            "<body><div id='main'><p>報道発表資料</p><p class='houdou_date'>令和6年2月8日<br>"
            "長岡市 商工部 産業立地課</p><h1>市内高等教育機関と連携協定を締結します</h1><p>"
            + "長岡市は、市内の大学と連携し、地域課題解決型インターンシップを実施します。" * 3
            + "</p><h2>1 協定締結式の概要</h2><p>日時：令和6年2月15日（木曜日）午前10時30分から</p>"
            "<p>会場：長岡市役所 大手通庁舎</p>" + _RELEASE_TEXT + "</div></body></html>")
    fields = extract_article(page, "https://www.city.example.jp/houdou/r060208.html", now=NOW)
    assert fields.published_at.startswith("2024-02-08")


def test_a_dateline_with_its_date_in_square_brackets():
    page = ("<html><head><title>Hospital-at-home cut readmissions</title></head><body><main>"
            "<h1>Hospital-at-Home Program Cut Readmissions</h1><div class='body'><p><strong>New "
            "York, NY [March 14, 2024]</strong>—Older adults with heart failure treated at home "
            "were readmitted less often than those treated in the hospital, a study found.</p>"
            + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.hospital.example.org/newsroom/hah", now=NOW)
    assert fields.published_at.startswith("2024-03-14")


def test_a_notices_signature_day_beats_a_later_day_in_its_address():
    # a police bureau's notice, no date line: the signature's day under the text, the
    # portal's TRS address a day later (the day it went online)
    page = ("<html><head><meta charset='utf-8'><title>厦门市公安局关于加强冬季道路交通安全管理的"
            "通告_厦门市公安局</title></head><body>"
            "<div class='topdate'>今天是：2026年12月6日 星期日</div><div class='left'><ul>"
            "<li><a href='../../jqtb/202610/t20261021_2929960.htm'>警惕冒充公检法诈骗新变种</a>"
            "<span>10-21</span></li><li><a href='../../jqtb/202609/t20260930_2918702.htm'>国庆"
            "假期出行安全提示</a><span>09-30</span></li></ul></div><div class='content'>"
            "<div class='xl_title'>厦门市公安局关于加强冬季道路交通安全管理的通告</div>"
            + "".join(f"<p>{p}</p>" for p in (
                "为进一步加强冬季道路交通安全管理，预防和减少道路交通事故，现就有关事项通告如下：",
                "一、驾驶人应当遵守道路交通安全法律法规，按照操作规范安全驾驶、文明驾驶。" * 2,
                "二、遇雨雾天气，驾驶人应当降低行驶速度，保持安全车距，开启相应灯光。" * 2,
                *(f"{n}、第{n}类运输企业应当落实安全生产主体责任，加强车辆检查和驾驶人教育，"
                  "严禁疲劳驾驶和超速行驶，发现隐患及时整改。" for n in "三四五六七八九十")))
            + "<p style='text-align: right'>厦门市公安局</p>"
            "<p style='text-align: right'>2026年10月28日</p></div><div class='xl_xg'>相关信息<ul>"
            "<li><a href='../202606/t20260615_2841209.htm'>关于防范网购诈骗的提示</a> 2026-06-15"
            "</li><li><a href='../202511/t20251106_2690334.htm'>关于防范电信网络诈骗的通告</a> "
            "2025-11-06</li></ul></div></body></html>")
    fields = extract_article(page.encode(), "http://gaj.example.gov.cn/jwgk/tzgg/202610/"
                             "t20261029_2934571.htm", now=NOW)
    assert fields.published_at.startswith("2026-10-28")


def test_a_time_printed_before_the_day_keeps_the_label_before_it():
    # a police force's news item: "Updated: 09:12 18/10/2023" over "Published: 15:40
    # 17/10/2023", each time of day before its day
    page = ("<html><head><title>Burglar jailed | Example Police</title></head><body><main>"
            "<h1>Prolific burglar who targeted elderly residents jailed</h1>"
            "<div class='meta'><p>Updated: 09:12 18/10/2023</p><p>Published: 15:40 17/10/2023"
            "</p></div><div class='body'>" + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.police.example.uk/news/burglar-jailed", now=NOW)
    assert fields.published_at.startswith("2023-10-17")


@pytest.mark.parametrize("lead, kind", [
    ("Updated: 09:12 ", UPDATED), ("Published: 15:40 ", PUBLISHED),
    ("Posted 3:45 p.m. ", PUBLISHED), ("at 12.30 ", PLAIN)])
def test_a_clock_time_between_a_label_and_its_day(lead, kind):
    assert printed_dates(lead + "17/10/2023")[0].kind == kind


def test_a_sites_alert_banner_dates_the_notice_not_the_page():
    # a city's release dated only by its opening dateline; a site-wide alert over the header
    # says "COVID-19 update – March 8, 2021", the footer "Page last updated: March 15, 2021"
    page = ("<html><head><title>Vaughan to plant 18,000 trees</title></head><body>"
            "<div class='cov-alert' role='alert'><strong>COVID-19 update – March 8, 2021:"
            "</strong> Some City facilities remain closed.</div><main><h1>City to plant 18,000 "
            "trees under expanded urban forest program</h1><div class='body'><p>VAUGHAN, ON "
            "(March 11, 2021) – Council has approved an expanded urban forest program that will "
            "see 18,000 new trees planted across the city.</p>" + _RELEASE_TEXT
            + "</div></main><div class='feedback'><p>Page last updated: March 15, 2021</p>"
            "</div></body></html>")
    fields = extract_article(page, "https://www.city.example.ca/news/Pages/trees.aspx", now=NOW)
    assert fields.published_at.startswith("2021-03-11")


def test_a_scrolling_tickers_dates_are_other_items():
    # a regulator's table layout: a "What's New" marquee of other items' dates beside the
    # release, which is dated only by its opening dateline
    page = ("<html><head><title>Regulatory Authority</title></head><body><table><tr><td>"
            "<b>What's New</b><marquee direction='up'><a href='/hearings/1.htm'>Notice of "
            "Hearing - Fuel Charges Adjustment</a> (03-06-2019)<br><br><a href='/tenders/7.htm'>"
            "Tender Notice - Supply of IT Equipment</a> (27-05-2019)</marquee></td><td>"
            "<p><a href='/index.htm'>Home</a> &gt; <a href='/press.htm'>Press Releases</a> &gt; "
            "2019</p><p align='center'><b>PRESS RELEASE</b></p><p align='center'><b>Authority "
            "directs DISCOs to end unannounced load-shedding</b></p><p>Islamabad (June 04, 2019)"
            ": The Authority has directed all distribution companies to stop unannounced "
            "load-shedding during the heatwave.</p>" + _RELEASE_TEXT + "</td></tr></table>"
            "</body></html>")
    fields = extract_article(page, "https://www.regulator.example.org.pk/press/2019/pr-22.htm",
                             now=NOW)
    assert fields.published_at.startswith("2019-06-04")


def test_a_date_over_the_offices_name_in_its_own_box_beats_the_update_label():
    # a city's release: "更新日：2024年2月9日更新" under the headline; the release's own day
    # over the office's name after a line break, in a box of its own over the text
    page = ("<html><head><meta charset='utf-8'><title>電動小型バスの実証運行を開始します - 倉敷市"
            "</title></head><body><div id='tmp_contents'><h1>電動小型バスの実証運行を開始します"
            "</h1><div id='tmp_update'><p>ページ番号1012874　更新日：2024年2月9日更新</p></div>"
            "<div class='date_box'><p class='txt_right'>令和6年2月8日<br>倉敷市 交通政策課</p>"
            "<p class='txt_right'>【報道発表資料】</p></div><p>"
            + "倉敷市では、観光客の回遊性向上と中心市街地の交通渋滞の緩和を目的として、"
            "電動小型バスの実証運行を行います。" * 2
            + "</p>" + _RELEASE_TEXT + "</div></body></html>")
    fields = extract_article(page, "https://www.city.example.jp/site/kotsu/1012874.html",
                             now=NOW)
    assert fields.published_at.startswith("2024-02-08")


def test_bulgarian_labels_agreeing_with_the_article():
    items = printed_dates("Обновена: 15 март 2022, 09:12\nПубликувана: 14 март 2022, 17:48")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(UPDATED, 15), (PUBLISHED, 14)]


def test_a_swiss_news_records_date_field_is_its_publication():
    items = printed_dates("Kategorie\nMedienmitteilung\nDatum der Neuigkeit\n21. März 2024")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(PUBLISHED, 21)]


def test_a_publication_word_after_the_date_and_a_korean_papers_entered_label():
    # a regional paper's "2024年3月12日 掲載" under its text; a Korean paper's "입력" beside
    # its "수정"
    items = printed_dates("（松本健一）\n2024年3月12日 掲載\n")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(PUBLISHED, 12)]
    items = printed_dates("입력 2024-03-12 오후 5:41 | 수정 2024-03-13 09:10")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(PUBLISHED, 12), (UPDATED, 13)]


def test_an_events_when_in_its_box_under_the_headline_is_not_the_pages_date():
    # a Czech town's news item: the event box's "Termín:" under the headline, the item's own
    # "Vloženo:" (inserted) and "Aktualizováno:" after the text
    page = ("<html lang='cs'><head><title>Ukliďme Česko</title></head><body><div class='obsah'>"
            "<h1>Teplice se znovu zapojí do akce Ukliďme Česko</h1><div class='akce-info'><p>"
            "<strong>Termín:</strong> sobota 22. 3. 2025, 9:00–12:00</p><p><strong>Místo:"
            "</strong> Letná, Trnovany</p></div>" + _RELEASE_TEXT + "<p class='dok-upraveno'>"
            "Vloženo: 6. 3. 2025 | Aktualizováno: 10. 3. 2025</p></div></body></html>")
    fields = extract_article(page, "https://www.mesto.example.cz/aktuality/uklidme-cesko",
                             now=NOW)
    assert (fields.published_at or "").startswith("2025-03-06")


def test_a_mastheads_today_with_its_name_days_and_the_date_under_the_authors_line():
    # a local portal: the masthead's today and name days over the site's h1; the item's date
    # only after the text, under the author's line
    page = ("<html lang='hu'><head><title>Júniustól sűrűbben jár a 35-ös busz</title></head>"
            "<body><div class='fejlec'><span class='mai'>2024. május 22., szerda | Névnap: "
            "Júlia, Rita</span><h1>Pécs Ma</h1></div><div class='cikk'><h2>Júniustól sűrűbben "
            "jár a 35-ös busz a Misinára</h2><div class='szoveg'>" + _RELEASE_TEXT + "</div><div "
            "class='cikkinfo'><span class='szerzo'>Pécs Ma – Bognár Réka</span> <div class="
            "'datum'>2024. május 21., kedd 16:47</div></div></div></body></html>")
    fields = extract_article(page, "https://www.portal.example.hu/pecs/juniustol-surubben/",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-05-21")


def test_a_pair_of_labels_over_a_pair_of_dates():
    # vismo's "Vytvořeno / změněno:" (created / changed) under the text, and the same in English
    for line in ("Vytvořeno / změněno: 12. 2. 2025 / 17. 2. 2025",
                 "Created / updated: 12 February 2025 / 17 February 2025"):
        items = printed_dates(line)
        assert [(i.kind, i.stamp.moment.day) for i in items] == [(PUBLISHED, 12), (UPDATED, 17)]


def test_the_update_verb_after_a_date_labels_no_date_under_it():
    # a municipal CMS: "更新日：2024年3月15日更新" under the h1, the print button, then the
    # release's own day in the era calendar
    items = printed_dates("更新日：2024年3月15日更新\n印刷用ページを表示する\n令和6年3月12日\n"
                          "報道発表資料")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(UPDATED, 15), (PLAIN, 12)]


def test_a_khmer_date_in_khmer_digits():
    # a Cambodian ministry's letter closes with its place and day in Khmer
    found = find_dates("រាជធានីភ្នំពេញ ថ្ងៃទី១៣ ខែវិច្ឆិកា ឆ្នាំ២០២៤")
    assert [s.moment.date().isoformat() for s in found] == ["2024-11-13"]


def test_bengali_labels_of_the_publication_and_the_update():
    items = printed_dates("প্রকাশন তারিখ: 2024-05-21\nহালনাগাদ: 2024-05-22 14:05")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(PUBLISHED, 21), (UPDATED, 22)]
    # a Bangladeshi wire's update over the text and its "Bangladesh time" closing it, each
    # with the time as four digits and "hours" before the day
    items = printed_dates("আপডেট: ০১১৫ ঘণ্টা, জুন ১৯, ২০২৪\nবাংলাদেশ সময়: ২৩৪৫ ঘণ্টা, জুন ১৮, ২০২৪")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(UPDATED, 19), (PUBLISHED, 18)]


def test_a_thai_municipalitys_date_posted_label():
    items = printed_dates("โพสต์โดย : ฝ่ายประชาสัมพันธ์ | วันที่โพสต์ : 15 พ.ย. 2567 เวลา 10.42 น.")
    assert [(i.kind, i.stamp.moment.date().isoformat()) for i in items] == [
        (PUBLISHED, "2024-11-15")]


def test_faroese_labels_of_the_update_over_the_publication():
    items = printed_dates("Seinast dagført: 17. mars 2023 kl. 08.05\nBirt: 16. mars 2023 "
                          "kl. 14.22")
    assert [(i.kind, i.stamp.moment.day) for i in items] == [(UPDATED, 17), (PUBLISHED, 16)]


def test_a_slovak_published_label_after_the_text_dates_the_article():
    # a city paper: "Publikované 14. 6. 2022" on the author's line after the text, the
    # readers' comments and the sidebar dated too
    page = ("<html><head><meta charset='utf-8'><title>Okolie jazera čaká obnova</title></head>"
            "<body><h1>Okolie Štrkoveckého jazera čaká obnova</h1><div class='clanok'>"
            + _RELEASE_TEXT + "<p class='info'>Autor: <strong>Mária Kováčová</strong> | Foto: "
            "archív BN | Publikované 14. 6. 2022 | Zobrazené: 1 248x</p></div><div class="
            "'diskusia'><span class='cas'>15. 6. 2022 07:51</span><p>Konečne!</p></div>"
            "<ul class='dalsie'><li><a href='/clanok/most'>Most Apollo</a><span>13. 6. 2022"
            "</span></li></ul></body></html>")
    fields = extract_article(page, "http://www.paper.example.sk/clanok/okolie-jazera", now=NOW)
    assert fields.published_at.startswith("2022-06-14")


@pytest.mark.parametrize("opening, day", [
    ("IQALUIT, Nunavut (February 11, 2025) – The corporation today announced", "2025-02-11"),
    ("HALIFAX, Nova Scotia (March 3, 2024) – The province today announced", "2024-03-03"),
])
def test_a_dateline_with_the_provinces_name_before_the_bracket(opening, day):
    # a territorial corporation's release, dated only by its opening dateline; the
    # sidebar's other releases dated too
    page = ("<html><head><title>Solar project online</title></head><body><main>"
            "<h1>Community solar and battery project online</h1><div class='body'>"
            f"<p>{opening} that the project now supplies power to customers.</p>"
            + _RELEASE_TEXT + "</div></main><aside><div><span>January 29, 2025</span> "
            "<a href='/news/winter'>Winter conservation reminder</a></div></aside></body></html>")
    fields = extract_article(page, "https://www.energy.example.ca/news/solar-online", now=NOW)
    assert fields.published_at.startswith(day)


def test_a_date_closing_the_statement_over_its_media_contact_beats_the_sites_last_update():
    # an ombudsman's media statement: "Media Statement" as the h1 over the headline's h2,
    # the day in bold after the text over the media contact, the footer's "Last updated"
    page = ("<html><head><title>Ombudsman Western Australia - Media Statement - Annual Report "
            "2019–20</title><meta name='DC.Title' content='Media Statement - Annual Report "
            "2019–20'><meta name='DC.Publisher' content='Ombudsman Western Australia'>"
            "<meta name='DC.Date.Modified' content='2023-03-09'></head><body><div id='main'>"
            "<h1>Media Statement</h1><h2 class='ms-title'>Ombudsman’s 2019–20 Annual Report "
            "tabled in Parliament</h2>" + _RELEASE_TEXT + "<p class='ms-footer'><strong>25 "
            "September 2020</strong></p><p class='ms-contact'><strong>Media contact:</strong> "
            "Manager, Communications, (08) 9220 7555 or media@ombudsman.example.gov.au</p></div>"
            "<div id='footer'><p>Copyright | Privacy &nbsp; Last updated: 9 March 2023</p></div>"
            "</body></html>")
    fields = extract_article(page, "https://www.ombudsman.example.gov.au/Publications/MS.htm",
                             now=NOW)
    assert fields.published_at.startswith("2020-09-25")
    assert fields.title == "Ombudsman’s 2019–20 Annual Report tabled in Parliament"


def test_a_posts_meta_line_of_fields_after_the_text_dates_it():
    # a revenue authority's WordPress (Avada) post: "By … | <hidden update> July 5th, 2022 |
    # Categories: …" after the text, no other date but the related posts'
    page = ("<html><head><title>URA surpasses revenue target</title></head><body><main>"
            "<h1>URA surpasses FY 2021/22 revenue target</h1><div class='post-content'>"
            + _RELEASE_TEXT + "<p><strong>Ends</strong></p></div><div class='fusion-meta-info'>"
            "By <span class='vcard'><a href='/author/comms/'>Corporate Communications</a></span>"
            "<span class='sep'>|</span><span class='updated rich-snippet-hidden'>2022-07-06T08:"
            "14:27+03:00</span><span>July 5th, 2022</span><span class='sep'>|</span>Categories: "
            "<a href='/category/news/'>News</a>, <a href='/category/press/'>Press Releases</a>"
            "<span class='sep'>|</span></div></main><aside><ul><li><a href='/week'>Taxpayers "
            "Week launched</a> <span>July 8, 2022</span></li></ul></aside></body></html>")
    fields = extract_article(page, "https://www.revenue.example.go.ug/en/ura-surpasses-target/",
                             now=NOW)
    assert fields.published_at.startswith("2022-07-05")


def test_a_hidden_update_beside_the_shown_date_under_the_headline_is_passed_over():
    # an Avada post's meta line under the headline: "By … | <span class='updated
    # rich-snippet-hidden'>2025-03-07…</span><span>March 5th, 2025</span> | Press Releases"
    page = ("<html><head><title>PCC fines two firms</title></head><body><main>"
            "<h1>PCC fines two firms for failing to notify acquisition</h1><div class='fusion-"
            "meta-info'>By <span class='vcard'><a href='/author/cmo/'>PCC Communications</a>"
            "</span><span class='sep'>|</span><span class='updated rich-snippet-hidden'>"
            "2025-03-07T09:15:33+08:00</span><span>March 5th, 2025</span><span class='sep'>|"
            "</span><a href='/category/press-releases/'>Press Releases</a></div><div class='post-"
            "content'>" + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://www.competition.example.gov.ph/press-releases/fines/",
                             now=NOW)
    assert fields.published_at.startswith("2025-03-05")


_NEPALI_TEXT = "".join(f"<p>नगरपालिकाले सामुदायिक विद्यालयका विद्यार्थीका लागि दिवा खाजा कार्यक्रम {n} "
                       "वडामा विस्तार गर्ने निर्णय गरेको छ। कार्यक्रमका लागि बजेट छुट्याइएको छ।</p>"
                       for n in range(1, 5))
_ARABIC_TEXT = "".join(f"<p>أعلن المركز عن توقعات بهطول أمطار رعدية على المنطقة رقم {n} "
                       "مع رياح نشطة تثير الأتربة وتدني مدى الرؤية الأفقية.</p>"
                       for n in range(1, 5))


@pytest.mark.parametrize("page, day", [
    # a Nepali municipality's notice: the top bar's "today" in both calendars over the
    # headline, the publication only in Bikram Sambat (Devanagari digits) under it
    ("<html lang='ne'><head><title>दिवा खाजा कार्यक्रम विस्तार | नगरपालिका</title></head><body>"
     "<div class='top-bar'>आज: मंसिर २१, २०८२ / December 7, 2025</div><div class='content'>"
     "<h1>दिवा खाजा कार्यक्रम कक्षा ८ सम्म विस्तार</h1><div class='meta'>प्रकाशित मिति: "
     "बिहीबार, पुस १२, २०८०</div>" + _NEPALI_TEXT + "</div><aside><ul><li><a href='/n/2'>"
     "बजेट सार्वजनिक</a> <span>२०८० पुस ५</span></li></ul></aside></body></html>",
     "2023-12-28"),
    ("<html lang='ne'><head><title>सूचना</title></head><body><div class='content'>"
     "<h2>सार्वजनिक सुनुवाइ सम्बन्धी सूचना</h2><p class='date'>प्रकाशित मिति : २०८१-०२-०८</p>"
     + _NEPALI_TEXT + "</div></body></html>", "2024-05-21"),
    # a Saudi centre's news page: dated only in the Hijri calendar, the header's "today"
    # in both
    ("<html lang='ar' dir='rtl'><head><title>المركز الوطني - أخبار</title></head><body>"
     "<div class='header-date'>الأحد 7 جمادى الآخرة 1446 هـ - 8 ديسمبر 2024 م</div>"
     "<div class='article'><h2>أمطار رعدية على عدة مناطق</h2><div class='news-date'>"
     "تاريخ النشر: 02 رجب 1445 هـ</div>" + _ARABIC_TEXT + "</div></body></html>",
     "2024-01-14"),
    # an Ethiopian agency's story: dated only in the Ethiopian calendar, under the headline
    # and in its dateline ("ታኅሣሥ 9/2016" is 19 December 2023), the footer's "2016" its year
    ("<html lang='am'><head><title>የቡና ወጪ ንግድ ገቢ አስገኘ</title></head><body><div class="
     "'article'><h2>የቡና ወጪ ንግድ በአምስት ወራት ከ612 ሚሊዮን ዶላር በላይ ገቢ አስገኘ</h2><span class="
     "'date'>ታኅሣሥ 9/2016</span><p>አዲስ አበባ፤ ታኅሣሥ 9/2016(ኢዜአ)፦ ኢትዮጵያ በ2016 በጀት ዓመት "
     "የመጀመሪያዎቹ አምስት ወራት ወደ ውጭ ከላከችው ቡና ገቢ አገኘች።</p><p>የኢትዮጵያ ቡናና ሻይ ባለስልጣን "
     "የቡና ወጪ ንግድ ከዕቅዱ በላይ መከናወኑን አስታውቋል።</p></div><footer>© 2016 ኢዜአ</footer>"
     "</body></html>", "2023-12-19"),
], ids=["bikram-sambat-month-name", "bikram-sambat-numbers", "hijri-umm-al-qura", "ethiopian"])
def test_a_date_printed_only_in_another_calendar_is_converted(page, day):
    fields = extract_article(page, "https://www.portal.example.gov/news/1873", now=NOW)
    assert (fields.published_at or "").startswith(day)


def test_a_labelled_publication_after_the_text_beats_the_mastheads_today():
    # a regional portal's table layout: the masthead's "today" with the name days over the
    # headline, "Megjelent:" (published) under the text, the sidebar's later items dated
    text = "".join(f"<p>A mérkőzés {n}. szakaszában a hazai csapat nem talált kaput, a "
                   "vendégek kétszer is betaláltak.</p>" for n in range(1, 5))
    page = ("<html lang='hu'><head><title>Hazai pályán is kikapott a Haladás</title></head>"
            "<body><table><tr><td class='fejlec'><h1>Portál</h1><div class='datum'>2019. "
            "november 12., kedd – Jónás, Renátó napja</div></td></tr><tr><td class='cikk'>"
            "<h2>Hazai pályán is kikapott a Haladás</h2>" + text + "<div class='cikklab'>"
            "<span class='szerzo'>Kelemen Ádám</span><br><span class='megjelent'>Megjelent: "
            "2019. november 10., 19:42</span></div></td><td><div class='ido'>2019.11.12.</div>"
            "<a href='/cikk/busz'>Változik a menetrend</a></td></tr></table></body></html>")
    fields = extract_article(page, "https://www.portal.example.hu/cikk/haladas_vereseg",
                             now=NOW)
    assert (fields.published_at or "").startswith("2019-11-10")


def test_a_posts_meta_line_under_the_releases_contact_dates_it():
    # Avada's meta line after "ENDS" and the press contact: its hidden update and the
    # visible day in one field
    page = ("<html><head><title>FCCC warns traders</title></head><body><main><h2>FCCC Warns "
            "Traders Against Unjustified Price Increases</h2><div class='post-content'>"
            + _RELEASE_TEXT + "<p><strong>ENDS</strong></p><p><em>For more information, please "
            "contact the Communications Unit on 331 0822 or email comms@fccc.example.gov.fj</em>"
            "</p></div><div class='fusion-meta-info'>By <span class='vcard'><a href='/author/m/'>"
            "FCCC Media</a></span><span class='sep'>|</span><span class='updated rich-snippet-"
            "hidden'>2023-10-30T09:12:44+12:00</span><span>October 27th, 2023</span><span "
            "class='sep'>|</span><a href='/category/press/'>Press Releases</a><span class='sep'>|"
            "</span></div></main></body></html>")
    fields = extract_article(page, "https://fccc.example.gov.fj/fccc-warns-traders/", now=NOW)
    assert (fields.published_at or "").startswith("2023-10-27")


def test_a_themes_only_time_marked_entry_date_updated_is_the_posts():
    # tagDiv's Newspaper theme marks its one date "entry-date updated td-module-date", in
    # the author line after the text and the tags
    page = ("<html lang='et'><head><title>Väikekoolid ootavad selgust</title></head><body>"
            "<div class='td-header-top-menu'><div class='td_data_time'>kolmapäev, 20 märts 2024"
            "</div><ul><li><a href='/kontakt/'>Kontakt</a></li><li><a href='/reklaam/'>Reklaam"
            "</a></li></ul></div><div class='td-header-menu'><a href='/'><img src='/logo.png' "
            "alt='Lõuna-Eestlane'></a><ul><li><a href='/uudised/'>Uudised</a></li><li><a "
            "href='/sport/'>Sport</a></li><li><a href='/kultuur/'>Kultuur</a></li></ul></div>"
            "<div class='entry-crumbs'><a href='/'>Avaleht</a> › <a href='/category/uudised/'>"
            "Uudised</a></div><article><ul class='td-category'><li><a href='/category/uudised/'>"
            "Uudised</a></li></ul><h1>Väikekoolid ootavad selgust</h1><div class='td-post-"
            "content'>" + _RELEASE_TEXT + "</div><footer><ul class='td-tags'><li><a href='/tag/"
            "haridus/'>haridus</a></li></ul><div class='td-author-line'>Autor: <a href='/author/"
            "m/'>Marje Pihlak</a> <time class='entry-date updated td-module-date' datetime="
            "'2024-03-06T08:30:00+02:00'>06.03.2024</time></div></footer></article></body></html>")
    fields = extract_article(page, "https://www.paper.example.ee/vaikekoolid-ootavad-selgust/",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-03-06")


def test_a_themes_hidden_update_before_its_publication_is_not_the_date_line():
    # GeneratePress prints <time class="updated"> first, beside "entry-date published", and
    # hides it by its style sheet; no date in <head>
    page = ("<html><head><title>Agency intercepts cargo</title></head><body><article><header "
            "class='entry-header'><h1 class='entry-title'>Agency intercepts cargo at the port"
            "</h1><div class='entry-meta'><span class='posted-on'><time class='updated' "
            "datetime='2024-03-18T08:22:15+01:00' itemprop='dateModified'>March 18, 2024</time>"
            "<time class='entry-date published' datetime='2024-03-17T19:04:51+01:00' "
            "itemprop='datePublished'>March 17, 2024</time></span> <span class='byline'>by "
            "<span class='author vcard'>media</span></span></div></header><div class='entry-"
            "content'>" + _RELEASE_TEXT + "</div></article></body></html>")
    fields = extract_article(page, "https://agency.example.gov.ng/agency-intercepts-cargo/",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-03-17")


def test_a_themes_labelled_update_beside_its_publication_and_a_sidebar_class_on_body():
    # Newspack prints "Updated" before its <time class="updated">: shown, not hidden; the
    # body's "has-sidebar" class names the layout, not a sidebar around the article's <time>
    page = ("<html><head><title>Residents decry ferry cuts</title><meta property='article:"
            "published_time' content='2025-03-04T02:47:12+00:00'></head><body class='single "
            "has-sidebar'><main><header class='entry-header'><h1 class='entry-title'>Residents "
            "decry cuts to the ferry schedule</h1><div class='entry-meta'><span class='posted-"
            "on'><time class='entry-date published' datetime='2025-03-04T02:47:12+00:00'>March "
            "3, 2025</time><span class='updated-label'>Updated </span><time class='updated' "
            "datetime='2025-03-04T14:03:55+00:00'>March 4, 2025</time></span></div></header>"
            "<div class='entry-content'>" + _RELEASE_TEXT + "</div></main></body></html>")
    fields = extract_article(page, "https://paper.example.com/residents-decry-ferry-cuts/",
                             now=NOW)
    assert (fields.published_at or "").startswith("2025-03-03")


def test_numbers_that_read_either_way_on_a_day_first_regions_domain_are_day_first():
    # a Scottish health board's page (.scot): "Published: 12/09/2024" after the text
    page = ("<html lang='en'><head><title>News</title></head><body><h1>News</h1><h2 "
            "class='newstitle'>New community hospital ward opens</h2>" + _RELEASE_TEXT +
            "<p class='newsdate'>Published: 12/09/2024</p></body></html>")
    fields = extract_article(page, "https://www.healthboard.example.scot/News/?article=PROD_1",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-09-12")


def test_a_mastheads_today_in_bikram_sambat_is_no_date_of_the_page():
    # "आज:" (today) by the logo; the page prints no other date: none, not today's
    text = "".join(f"<p>महानगरपालिकाले सम्पदा क्षेत्रलाई प्लास्टिकमुक्त बनाउने अभियान {n} "
                   "सुरु गरेको छ। अभियान पुस मसान्तसम्म चल्नेछ।</p>" for n in range(1, 5))
    page = ("<html lang='ne'><head><title>प्लास्टिकमुक्त अभियान सुरु</title></head><body>"
            "<header><div class='site-name'>ललितपुर महानगरपालिका</div><div class='date-display'>"
            "आज: २०८१ मंसिर ७, शुक्रबार</div></header><main><h1>प्लास्टिकमुक्त अभियान सुरु</h1>"
            + text + "</main></body></html>")
    fields = extract_article(page, "https://www.city.example.gov.np/content/plastic", now=NOW)
    assert fields.published_at is None


def test_a_range_of_days_with_a_dash_is_no_two_digit_year():
    # "28 May-14 June 2024": the range's end, not 28 May 2014
    assert [format_stamp(d) for d in find_dates("from 28 May-14 June 2024")] == ["2024-06-14"]


def test_a_themes_post_time_in_the_articles_footer_beside_sidebar_cards_of_the_same_class():
    # tagDiv's Newspaper marks every date "entry-date updated": the post's in its footer with
    # the tags and the previous / next posts, the sidebar's beside their headlines' links
    cards = "".join(
        f"<div class='td_module_8'><h3 class='entry-title'><a href='/habari-{n}/'>Habari "
        f"nyingine ya mkoa namba {n} leo</a></h3><time class='entry-date updated td-module-"
        f"date' datetime='2022-01-19T0{n}:12:03+03:00'>Januari 19, 2022</time></div>"
        for n in range(1, 3))
    page = ("<html><head><title>Wakulima walalamikia malipo</title></head><body><div "
            "class='td-header-wrap'><div class='td-header-top-menu'><div class='td_data_time'>"
            "Jumatano, Januari 19, 2022</div><ul><li><a href='/kuhusu-sisi/'>Kuhusu Sisi</a>"
            "</li></ul></div><div class='td-header-sp-logo'><a href='/'><img src='/logo.png' "
            "alt='Blogu'></a></div><ul class='sf-menu'>" + "".join(
                f"<li><a href='/category/{c}/'>{c.upper()}</a></li>" for c in (
                    "habari", "michezo", "burudani", "biashara", "siasa")) + "</ul></div>"
            "<div class='td-main-content'><article><ul class='td-category'><li><a href='/"
            "category/habari/'>HABARI</a></li></ul><header class='td-post-title'><h1 class="
            "'entry-title'>Wakulima walalamikia malipo</h1><div class='td-post-views'>3,184"
            "</div></header><div class='td-post-content'>" + _RELEASE_TEXT
            + "</div><footer><ul class='td-tags'><li>TAGS</li><li><a href='/tag/korosho/'>"
            "korosho</a></li></ul><div class='td-post-byline-footer'>Imewekwa na <a href='/"
            "author/m/'>Mwandishi Wetu</a> <time class='entry-date updated td-module-date' "
            "datetime='2022-01-18T17:36:52+03:00'>Januari 18, 2022</time></div><div class='td-"
            "post-next-prev'><a href='/simba-yaichapa-mbeya-city-kwenye-ligi/'>Simba yaichapa "
            "Mbeya City kwenye mchezo wa ligi kuu uliochezwa jana jioni</a><a href='/bei-ya-"
            "mafuta/'>Bei ya mafuta ya kula yapanda tena katika masoko ya jiji la Dar es "
            "Salaam</a></div></footer></article></div><div class='td-main-sidebar'>" + cards
            + "</div></body></html>")
    fields = extract_article(page, "https://blog.example.co.tz/wakulima-walalamikia-malipo/",
                             now=NOW)
    assert (fields.published_at or "").startswith("2022-01-18")


def test_dates_closing_the_lines_of_a_news_list_over_the_headline_date_no_page():
    # an old provincial portal's side column of latest news, each title with its day in
    # brackets after it, over the headline's cell: none of them is the page's
    items = "".join(f"<tr><td><a href='news_detail.php?id={n}'>ข่าวประชาสัมพันธ์จังหวัด เรื่องที่ "
                    f"{n}</a> ({n + 10} ม.ค. 2568)</td></tr>" for n in range(1, 5))
    text = "".join(f"<p>ที่ประชุมคณะทำงานจังหวัดได้ติดตามมาตรการป้องกันหมอกควันและฝุ่นละออง "
                   f"ครั้งที่ {n} โดยมีหัวหน้าส่วนราชการเข้าร่วมประชุมอย่างพร้อมเพรียง</p>"
                   for n in range(1, 5))
    page = ("<html><head><title>จังหวัดตัวอย่าง</title></head><body><table><tr><td><table>"
            + items + "</table></td><td><table><tr><td class='news_topic'>ผู้ว่าราชการจังหวัด "
            "ประชุมติดตามมาตรการป้องกันหมอกควัน</td></tr><tr><td>" + text
            + "</td></tr></table></td></tr></table></body></html>")
    fields = extract_article(page, "http://www.province.example.go.th/news/news_detail.php?"
                             "id=99", now=NOW)
    assert not (fields.published_at or "").startswith("2025-01-1")


def test_a_releases_place_and_date_under_its_text_beats_a_header_widgets_day():
    # a central bank's header prints the day's exchange rates, dated, over the release's
    # h2; the release signs "Belgrade, 10 April 2025" under its text
    page = ("<html><head><title>Executive Board holds key policy rate at 5.75 percent - "
            "National Bank</title></head><body><div id='header'><h1>"
            "National Bank</h1><div id='rates'><h4>Official middle exchange rate</h4><p "
            "class='datum'>14.04.2025.</p><table><tr><td>EUR</td><td>117.1654</td></tr>"
            "</table></div></div><div id='content'><div class='path'><a href='/'>Home</a> &gt; "
            "Press releases</div><h2 class='naslov'>Executive Board holds key policy rate at "
            "5.75 percent</h2><div class='tekst'>" + _RELEASE_TEXT + "<p class='potpis'><em>"
            "Belgrade, 10 April 2025</em></p></div></div></body></html>")
    fields = extract_article(page, "https://www.bank.example.rs/en/showcontent/index.html?"
                             "id=20418", now=NOW)
    assert (fields.published_at or "").startswith("2025-04-10")


def test_of_two_publications_printed_the_one_dublin_core_dates_is_the_pages():
    # a journal's paper: "Published on 25.Jun.2019" and, nearer its headline, its
    # preprint's "first published 04.Apr.2019"; <head> declares DC.Date only
    page = ("<html><head><title>Efficacy of a meditation app</title><meta name='DC.Date' "
            "scheme='ISO8601' content='2019-06-25'></head><body><div class='info'><span>"
            "Published on</span> <span>25.Jun.2019</span> in Vol 7, No 6 (2019)</div><div "
            "class='preprint'>Preprints (earlier versions) of this paper are available at "
            "<a href='https://preprints.example.org/14273'>preprints.example.org/14273</a>, "
            "first published <span>04.Apr.2019</span>.</div><h1>Efficacy of a meditation app "
            "to reduce stress: randomized controlled trial</h1>" + _RELEASE_TEXT
            + "</body></html>")
    fields = extract_article(page, "https://journal.example.org/2019/6/e14273", now=NOW)
    assert (fields.published_at or "").startswith("2019-06-25")


def test_a_faroese_papers_written_label_after_the_text_beats_the_mastheads_today():
    # "Skrivað: … | Dagført: …" under the text; the masthead's "Hósdagur 14. mars 2019"
    page = ("<html lang='fo'><head><title>Býráðið samtykti nýggjan barnagarð</title></head>"
            "<body><div id='dagsins'>Hósdagur 14. mars 2019</div><div id='grein'><h1>Býráðið "
            "samtykti nýggjan barnagarð</h1>" + _RELEASE_TEXT + "<p class='info'>Skrivað: "
            "12.03.2019 kl. 15:47 | Dagført: 13.03.2019 kl. 09:02</p></div></body></html>")
    fields = extract_article(page, "http://www.paper.example.fo/tidindi/grein.php?id=11042",
                             now=NOW)
    assert (fields.published_at or "").startswith("2019-03-12T15:47")


def test_a_schedules_last_row_under_the_text_is_no_date_line():
    # a district office's release: a table of the collection days closes the text, then
    # "Erstellt: … | Zuletzt geändert: …"
    rows = "".join(f"<tr><td>Do., {d}.04.2024</td><td>Ort {d}</td><td>Parkplatz</td>"
                   "<td>8.00 - 11.30 Uhr</td></tr>" for d in (8, 10, 12, 16, 18))
    page = ("<html lang='de'><head><title>Schadstoffmobil tourt im April</title></head><body>"
            "<h1>Landkreis</h1><div class='content'><h2>Schadstoffmobil tourt im April</h2>"
            + _RELEASE_TEXT + "<table class='contenttable'><tr><th>Datum</th><th>Gemeinde</th>"
            "<th>Haltepunkt</th><th>Uhrzeit</th></tr>" + rows + "</table><p>Die Termine im Mai "
            "sind im Abfallkalender abgedruckt, der im Januar an alle Haushalte ging.</p><p>"
            "Fragen beantwortet die Abfallberatung im Landratsamt telefonisch.</p></div><div "
            "class='zusatzinfo'><p class='erstellt'>Erstellt: 05.03.2024 | Zuletzt geändert: "
            "11.03.2024</p></div></body></html>")
    fields = extract_article(page, "https://www.landkreis.example.de/Aktuelles/Schadstoffmobil.php",
                             now=NOW)
    assert not (fields.published_at or "").startswith("2024-04-")


def test_an_issues_number_and_date_in_the_masthead_date_a_page_that_prints_no_other():
    # a weekly's old issue pages: "第4184期　2024年5月12日（星期日）" by the logo, no date in
    # the story
    text = "".join(f"<p>【本報訊】香港一所長者中心與區內中學合作推行代際共融計劃，由中學生擔任"
                   f"小導師，教導長者使用手機拍照，第{n}段。</p>" for n in range(1, 5))
    page = ("<html><head><meta charset='utf-8'><title>公教報 - 長者學拍照</title></head><body>"
            "<table><tr><td class='logo'><img src='logo.gif' alt='公教報'></td><td class='issue'>"
            "第4184期　2024年5月12日（星期日）<br><a href='../4183/index.html'>上一期</a></td>"
            "</tr></table><table><tr><td><font size='5'><b>長者學拍照 學生當小導師</b></font>"
            "</td></tr><tr><td>" + text + "</td></tr></table></body></html>")
    fields = extract_article(page, "http://www.weekly.example.org.hk/4184/news_4184_03.html",
                             now=NOW)
    assert (fields.published_at or "").startswith("2024-05-12")


def test_a_banners_name_and_today_over_the_headline_yield_to_the_day_under_the_signature():
    # a government bar over the logo, "Official portal … · Tuesday, 14 May 2024" (a date
    # after a name: no date line, yet the banner's "today"), over a statement signed by its
    # director general on the 6th; no other date on the page
    page = ("<html><head><title>Media Statement - Water Agency</title></head><body><div "
            "class='gov-bar'>Official portal of the Government · Tuesday, 14 May 2024</div>"
            "<header><a href='/'>Water Agency</a></header><main><h1>Media Statement</h1><h3 "
            "style='text-align:center'>DAM LEVELS REMAIN LOW AHEAD OF DRY SEASON</h3>"
            + _RELEASE_TEXT + "<p>DIRECTOR GENERAL<br>Water Agency<br>6 May 2024</p></main>"
            "</body></html>")
    url = "https://www.water.example.gov.xx/en/media/statements/dam-levels"
    assert extract_article(page, url, now=NOW).published_at == "2024-05-06"
    # ... and with no signed day, the bar's is the only date the page prints
    unsigned = page.replace("<br>6 May 2024", "")
    assert extract_article(unsigned, url, now=NOW).published_at == "2024-05-14"


def test_a_posting_label_whose_date_the_verb_after_calls_an_update_is_the_update():
    # a Japanese prefecture's CMS: "掲載日：2024年6月3日更新" over the headline is the page's
    # last change; the press line under it, "令和6年5月22日　記者発表", its announcement
    items = printed_dates("掲載日：2024年6月3日更新\n県、森林学習の参加校を募集\n"
                          "令和6年5月22日　記者発表\n", 0)
    assert [(i.kind, format_stamp(i.stamp)) for i in items] == [
        (UPDATED, "2024-06-03"), (PUBLISHED, "2024-05-22")]
    page = ("<html><head><title>森林学習の参加校を募集します - 県</title></head><body><div id='"
            "tmp_contents'><p class='update'>掲載日：2024年6月3日更新</p><h1>森林学習の参加校を"
            "募集します</h1><p>令和6年5月22日　記者発表</p>" + "".join(
                f"<p>県では、子どもたちが森林にふれあい学ぶ取組を支援しています。第{n}項の"
                "内容をお知らせします。</p>" for n in range(4)) + "</div></body></html>")
    url = "https://www.pref.example.lg.jp/sec/36035a/mori.html"
    assert extract_article(page, url, now=NOW).published_at == "2024-05-22"


def test_a_courts_hearing_date_is_no_date_of_the_judgments_page():
    # a judgment summary's details: the hearing's day, then the judgment's, each a field of
    # its own (a term over its value, no colon)
    items = printed_dates("Harmon v The King\nCase number\nS47/2024\nHearing date\n14 May 2024"
                          "\nJudgment date\n11 September 2024\n", 0)
    assert [format_stamp(i.stamp) for i in items] == ["2024-09-11"]


@pytest.mark.parametrize("lead", ["Closing date: ", "Hearing date: ", "Deadline date: "])
def test_a_word_before_date_that_says_which_date_it_is_makes_no_publication_label(lead):
    # a bare "Date:" labels the page's date; "Closing date:" a consultation's end
    items = printed_dates(f"Public consultation on the harbour plan\n{lead}30 June 2024\n", 0)
    assert items == []
    assert [i.kind for i in printed_dates("Harbour plan\nDate: 3 June 2024\n", 0)] == [PUBLISHED]


def test_a_notices_dated_formula_after_its_text_beats_a_banners_today_over_it():
    # "Dated this 2nd day of April, A.D., 2024." closing a court's notice, under a header
    # cell printing the day the page was saved
    page = (Path(__file__).parent / "fixtures" / "pages" / "titles"
            / "en_notice_heading_goes_on.html").read_bytes()
    url = "https://www.courts.example.org/notices/2024/probate-registry-closure.html"
    assert extract_article(page, url, now=NOW).published_at == "2024-04-02"


def test_albanian_labels_of_the_update_and_the_publication():
    # an Albanian paper prints its update over its publication: "Përditësuar" the later,
    # "Publikuar" the page's date
    items = printed_dates("Përditësuar: 09 Nëntor 2023, 17:05\n"
                          "Publikuar: 08 Nëntor 2023, 13:48\n", 0)
    assert [(i.kind, format_stamp(i.stamp)) for i in items] == [
        (UPDATED, "2023-11-09T17:05:00"), (PUBLISHED, "2023-11-08T13:48:00")]



@pytest.mark.parametrize("label", ["Rok za prijavo", "Plazo de presentación", "Scadenza",
                                   "Bewerbungsfrist", "Date limite", "Prazo"])
def test_a_calls_deadline_field_over_the_text_is_no_publication(label):
    # a call for applications prints its deadline in a field right under the headline; its
    # publication date comes after the text ("Datum objave: 8. 3. 2024")
    page = ("<html><head><title>Javni razpis za šport 2024 | Občina</title></head><body>"
            "<main><h1>Javni razpis za sofinanciranje programa športa za leto 2024</h1>"
            f"<table class='info'><tr><th>Vrsta</th><td>Javni razpis</td></tr><tr><th>{label}"
            "</th><td>8. 4. 2024 do 12.00</td></tr></table>"
            + "<p>Občina objavlja javni razpis za sofinanciranje izvajanja letnega programa "
            "športa, za katerega je v proračunu namenjenih 186.500 evrov.</p>" * 4
            + "<p class='objava-date'>Datum objave: 8. 3. 2024</p></main></body></html>")
    fields = extract_article(page, "https://www.obcina.example.si/objava/911482", now=NOW)
    assert fields.published_at == "2024-03-08"


def test_a_sentence_opening_with_its_day_and_a_comma_is_no_dateline_for_a_names_dash():
    # "Joi, 13 martie 2025, la sediul Instituției Prefectului – Județul Constanța a avut loc
    # …": the meeting's day in a sentence that goes on in small letters (the dash is in an
    # office's name, not a wire's "RIYADH, May 28, 2024, SPA -- "); the post's <time> after
    # the text is the page's
    page = ("<html lang='ro'><body><article><h1 class='entry-title'>Măsuri pentru prevenirea "
            "incendiilor de vegetație</h1><div class='entry-content'><p>Joi, 13 martie 2025, la "
            "sediul Instituției Prefectului – Județul Constanța a avut loc ședința extraordinară "
            "a Comitetului Județean pentru Situații de Urgență.</p>"
            + "<p>Au fost stabilite măsuri pentru prevenirea incendiilor de vegetație uscată în "
            "toate localitățile județului, cu patrule comune și controale.</p>" * 3
            + "</div><footer class='entry-footer'><span class='posted-on'>Publicat la <time "
            "class='entry-date published' datetime='2025-03-14T11:27:05+02:00'>14 martie 2025"
            "</time></span></footer></article></body></html>")
    found = extract_article(page, "https://prefectura.example.ro/?p=4810",
                            now=datetime(2025, 3, 20))
    assert found.published_at.startswith("2025-03-14")


def test_an_incident_date_beside_the_release_date_is_no_publication():
    # a sheriff's release table: "Release Date: 11/19/2024" over "Incident Date: 11/16/2024"
    found = printed_dates("Release Date:\n11/19/2024\nIncident Date:\n11/16/2024")
    assert [(d.kind, d.stamp.moment.day) for d in found] == [(PUBLISHED, 19)]
    assert printed_dates("Meeting date: 11/16/2024") == []


def test_a_last_modification_in_spanish_is_an_update():
    found = printed_dates("12/02/2024\nÚltima modificación: 15/02/2024 13:22")
    assert [d.kind for d in found] == [PLAIN, UPDATED]


def test_a_sentence_the_text_read_cuts_short_after_its_date_is_no_date_line():
    # the lines around the headline are read to a length: "A partire da lunedì 15 aprile
    # 2024 la raccolta porta a port" is a sentence going on, cut there
    found = printed_dates("Titolo della notizia\nA partire da lunedì 15 aprile 2024 la "
                          "raccolta porta a port")
    assert [d.line for d in found] == [False]


def test_a_labelled_publication_on_its_addresss_day_beats_a_pubdate_of_the_evening_before():
    # TRS: PubDate 2024-08-11 18:20, "发布时间：2024-08-12 09:35" under the headline, the
    # address's t20240812: the page's two signs against <head>'s one
    text = "".join(f"<p>隆回县金银花产业第{n}段，种植面积持续扩大，带动农民增收。</p>"
                   for n in range(5))
    page = ("<html><head><meta name='PubDate' content='2024-08-11 18:20'><title>金银花丰收"
            "</title></head><body><h2>金银花丰收</h2><div class='info'><span>发布时间：2024-08-12 "
            f"09:35</span></div><div class='TRS_Editor'>{text}</div></body></html>")
    url = "http://www.county.example.gov.cn/lhyw/202408/t20240812_20471936.html"
    assert extract_article(page, url, now=NOW).published_at == "2024-08-12T09:35:00"
    # ... while on an address of the declared day, <head>'s later moment is kept
    other = url.replace("t20240812", "t20240811")
    assert extract_article(page, other, now=NOW).published_at != "2024-08-12T09:35:00"


def test_a_category_link_whose_name_ends_in_a_donation_word_is_no_donation_button():
    # a Hungarian treasury's record under the text: "Kategória: Családtámogatás" links to
    # /hirek/csaladtamogatas (family benefits), which holds "tamogatas" inside a compound;
    # the record stays the page's, and dates it
    rows = ("<tr><th>Közzététel</th><td>2024. október 24.</td></tr><tr><th>Utolsó módosítás"
            "</th><td>2024. október 28.</td></tr><tr><th>Kategória</th><td><a href='/hirek/"
            "csaladtamogatas'>Családtámogatás</a></td></tr>")
    page = ("<html lang='hu'><head><title>Korábban érkeznek az ellátások</title></head><body>"
            f"<main><article><h1>Korábban érkeznek az ellátások</h1><div class='body'>"
            f"{_RELEASE_TEXT}</div><table class='news-meta-table'>{rows}</table></article>"
            "</main></body></html>")
    fields = extract_article(page, "https://www.kincstar.example.hu/hirek/ellatasok", now=NOW)
    assert fields.published_at == "2024-10-24"
