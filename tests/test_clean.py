"""Normalization and fingerprints used by the clean pipeline (pure functions)."""

from __future__ import annotations

from newscrawler.urls import canonicalize_url
from pipelines.clean import content_fingerprint, normalize_body, normalize_line


def test_normalize_line_collapses_every_kind_of_space():
    line = "  发布时间：\u30002018-05-28\u00a0 09:54 \n"
    assert normalize_line(line) == "发布时间： 2018-05-28 09:54"
    assert normalize_line(" \u3000 ") is None


def test_normalize_body_keeps_paragraphs_apart():
    text = "First  para\nstill first.\r\n\r\n\n  Second\u00a0para. \n \n\nThird"
    assert normalize_body(text) == "First para still first.\n\nSecond para.\n\nThird"
    assert normalize_body("\n \n") is None


def test_fingerprint_ignores_spacing_case_and_punctuation_width():
    a = content_fingerprint("Title", "One, two.\n\nThree!")
    assert a == content_fingerprint("title", "One two\n\n  three")
    zh = content_fingerprint("标题", "第一段，内容。")
    assert zh == content_fingerprint("标题", "第一段,内容.")
    assert a != content_fingerprint("Title", "One, two.\n\nFour!")


def test_canonical_url_drops_fragments_and_tracking_parameters():
    assert canonicalize_url("HTTP://WWW.Gov.CN:80/a.htm?spm=x&b=2&a=1&utm_source=wx#p2") == (
        "http://www.gov.cn/a.htm?a=1&b=2")
    assert canonicalize_url("https://a.gov/x?from=timeline") == "https://a.gov/x"
    assert canonicalize_url("https://a.gov:8443/x?id=5") == "https://a.gov:8443/x?id=5"
    assert canonicalize_url("https://a.gov/x?ref=1", extra_tracking_params=("ref",)) == (
        "https://a.gov/x")


def test_session_ids_and_a_slash_after_a_file_name_are_folded():
    assert canonicalize_url("http://a.gov/x/1.html;jsessionid=0A1B2C") == "http://a.gov/x/1.html"
    assert canonicalize_url("http://a.gov/x/1.jsp;JSESSIONID=FF?id=2") == "http://a.gov/x/1.jsp?id=2"
    assert canonicalize_url("http://a.gov/x.php;phpsessid=9/?a=1") == "http://a.gov/x.php?a=1"
    assert canonicalize_url("http://a.gov/x/1.html/") == "http://a.gov/x/1.html"
    # a folder and a file may be two pages: only the server can fold them (by a redirect)
    assert canonicalize_url("http://a.gov/news/12/") == "http://a.gov/news/12/"
    assert canonicalize_url("http://a.gov/") == "http://a.gov/"
    # other path parameters name other pages
    assert canonicalize_url("http://a.gov/x;version=2/1.html") == "http://a.gov/x;version=2/1.html"
