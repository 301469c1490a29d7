"""Is a page an article, and how a run that stopped at a limit is told: pure functions."""

from __future__ import annotations

import pytest

from newscrawler.extensions.database import judge_run
from newscrawler.extensions.retryafter import retry_after
from newscrawler.limits import is_limit_reason, stopped_at
from newscrawler.pagecheck import not_html, soft_404, undecodable

PAGE = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>"


@pytest.mark.parametrize(("body", "content_type", "words"), [
    (b"%PDF-1.7\n...", "application/pdf", "a PDF document (Content-Type: application/pdf)"),
    (b"%PDF-1.7\n...", "text/html", "a PDF document (Content-Type: text/html)"),
    (b"\x89PNG\r\n\x1a\n\0\0", "text/html; charset=utf-8", "a PNG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0", None, "an Office document"),
    (b"PK\x03\x04\x14\0", "application/octet-stream", "a ZIP archive or Office document"),
    (b"{\"a\": 1}", "application/json", "a application/json file, not HTML"),
    (b"\0\x01\x02\x03\x04\x05" * 50, "text/html", "binary data"),
])
def test_files_are_not_html_pages(body, content_type, words):
    assert words in not_html(body, content_type)


@pytest.mark.parametrize("content_type", ["text/html", "application/octet-stream",
                                          "text/plain", None, "application/json"])
def test_html_is_html_whatever_its_type_says(content_type):
    assert not_html(PAGE, content_type) is None
    assert not_html(b"\xef\xbb\xbf  \n<html><body>x</body></html>", content_type) is None


def test_an_empty_or_plain_text_page_is_left_to_extraction():
    assert not_html(b"", "text/html") is None
    assert not_html("公告：系统维护".encode(), "text/plain; charset=utf-8") is None


@pytest.mark.parametrize(("title", "body"), [
    ("页面不存在", "对不起，您访问的页面不存在或已被删除！返回首页"),
    ("Page not found", "Sorry, the page you requested could not be found."),
    ("Error 404", "Back to the home page"),
    ("提示信息", "该信息已删除"),
    (None, "The page you are looking for no longer exists."),
])
def test_soft_404(title, body):
    assert soft_404(title, body)


def test_an_article_that_says_not_found_is_not_a_soft_404():
    body = ("Old bookmarks will show a Page not found message for a few days. " * 8).strip()
    assert soft_404("County website moves", body) is None
    assert soft_404("2024年404号文件解读", "关于印发" + "具体内容。" * 100) is None
    assert soft_404("Roads repaired", "Repairs on 404 roads finished.") is None
    assert soft_404("关于2024年第404号通知的说明", "简短的通知。") is None
    assert soft_404("404错误", "返回首页")


def test_undecodable_is_mostly_replacement_characters():
    assert undecodable("\ufffd" * 10, "\ufffd\ufffd ab") > 0.8
    assert undecodable("Title", "A few bad bytes \ufffd in a long text " * 3) is None
    assert undecodable(None, None) is None


def test_retry_after_reads_seconds_and_dates():
    assert retry_after(b"3") == 3.0
    assert retry_after(" 120 ") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


STATS = {"newscrawler/lists/parsed": 3, "newscrawler/limits/max_pages": 8.0,
         "newscrawler/limits/max_time": 7200.0, "newscrawler/limits/max_depth": 3.0,
         "newscrawler/limits/max_idle_lists": 5.0}
COUNTS = {"articles_new": 2, "articles_known": 0, "articles_updated": 0, "duplicates": 0,
          "failures": 0}


def test_limits_in_words():
    assert is_limit_reason("closespider_timeout") and not is_limit_reason("shutdown")
    assert stopped_at("closespider_pagecount", STATS) == "8 pages per run"
    assert stopped_at("closespider_timeout", STATS) == "time 2h00m"
    hit = {**STATS, "newscrawler/limits/max_depth/hit": 2,
           "newscrawler/limits/max_idle_lists/hit": 1}
    assert stopped_at("finished", hit) == "depth 3, 5 lists without new articles"
    assert stopped_at("finished", STATS) is None


def test_a_run_stopped_at_a_limit_is_not_interrupted():
    assert judge_run("closespider_timeout", COUNTS, STATS) == ("stopped at a limit: time 2h00m", 0)
    hit = {**STATS, "newscrawler/limits/max_depth/hit": 1}
    assert judge_run("finished", {**COUNTS, "failures": 2}, hit) == (
        "stopped at a limit: depth 3; 2 failed", 0)
    assert judge_run("shutdown", COUNTS, STATS) == ("interrupted (shutdown)", 1)
    # a limit does not hide a run where every article failed
    failed = {**STATS, "newscrawler/failures/article": 2}
    assert judge_run("closespider_pagecount", {**COUNTS, "articles_new": 0, "failures": 2},
                     failed)[1] == 1
