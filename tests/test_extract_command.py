"""``newscrawler extract`` on files and on a local HTTP server."""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscrawler.commands import extract as command

PAGES = Path(__file__).parent / "fixtures" / "pages"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newscrawler")
    command.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["extract", *argv])


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_file_input(capsys):
    assert command.run(parse(str(PAGES / "zh_gbk_meta.html"))) == 0
    [record] = lines(capsys.readouterr().out)
    assert list(record) == ["url", "title", "published_at", "body", "source", "channel",
                            "language"]
    assert record["url"] is None
    assert record["title"] == "全省防汛工作会议在杭州召开"
    assert record["published_at"] == "2018-05-28T09:54:00"
    assert record["source"] == "浙江日报"
    assert record["channel"] == "浙江要闻"
    assert record["language"] == "zh"
    assert record["body"].startswith("5月27日，全省防汛工作会议在杭州召开。")


def test_url_option_gives_address_and_url_date(capsys):
    url = "HTTP://www.Jiangxi.gov.cn/art/2018/5/28/art_5_1.html?utm_source=x"
    assert command.run(parse(str(PAGES / "url_date_only.html"), "--url", url)) == 0
    [record] = lines(capsys.readouterr().out)
    assert record["url"] == "http://www.jiangxi.gov.cn/art/2018/5/28/art_5_1.html"
    assert record["published_at"] == "2018-05-28"


def test_url_option_needs_a_single_input(capsys):
    page = str(PAGES / "url_date_only.html")
    assert command.run(parse(page, page, "--url", "http://example.gov/a.html")) == 2
    assert "single INPUT" in capsys.readouterr().err


def test_bad_input_is_reported_and_others_still_printed(tmp_path, capsys):
    missing = tmp_path / "missing.html"
    status = command.run(parse(str(missing), str(PAGES / "en_provincial_news.html"),
                               str(tmp_path)))
    captured = capsys.readouterr()
    assert status == 1
    assert [r["title"] for r in lines(captured.out)] == [
        "Sichuan steps up flood prevention along the Min River"]
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0] == f"newscrawler extract: error: {missing}: no such file"
    assert "is a directory" in errors[1]


def test_site_config_applies_selectors_and_timezone(tmp_path, capsys):
    site = tmp_path / "sichuan-en.toml"
    site.write_text(
        'name = "sichuan-en"\n'
        'start_urls = ["http://www.sc.gov.cn/en/index.html"]\n'
        "article_links = ['/en/news/']\n"
        'timezone = "Asia/Shanghai"\n'
        'language = "en"\n'
        "[selectors]\n"
        'title = "div.detail h1"\n'
        'body = "div.text"\n',
        encoding="utf-8",
    )
    assert command.run(parse(str(PAGES / "en_provincial_news.html"), "--site", str(site))) == 0
    [record] = lines(capsys.readouterr().out)
    assert record["published_at"] == "2018-05-28T09:54:31+08:00"
    assert record["body"].count("\n\n") == 2


def test_unknown_site_is_a_usage_error(capsys):
    assert command.run(parse(str(PAGES / "en_provincial_news.html"), "--site", "no-such")) == 2
    assert "no such site" in capsys.readouterr().err


class _Handler(BaseHTTPRequestHandler):
    pages = {"/zh/t20180528_1.html": ("text/html; charset=GBK", PAGES / "zh_gbk_meta.html")}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/zh/t20180528_1.html")
            self.end_headers()
            return
        entry = self.pages.get(self.path)
        if entry is None:
            self.send_error(404, "Not Found")
            return
        content_type, path = entry
        body = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_url_input_on_local_server(server, capsys):
    status = command.run(parse(f"{server}/moved", f"{server}/gone.html"))
    captured = capsys.readouterr()
    assert status == 1
    [record] = lines(captured.out)
    assert record["url"] == f"{server}/zh/t20180528_1.html"  # after the redirect
    assert record["title"] == "全省防汛工作会议在杭州召开"  # decoded as GBK
    assert record["source"] == "浙江日报"
    error = f"newscrawler extract: error: {server}/gone.html: HTTP 404 Not Found"
    assert captured.err.strip() == error


def test_unreachable_url(capsys):
    # port 9 (discard) on localhost: nothing listens there on a test machine
    assert command.run(parse("http://127.0.0.1:9/a.html")) == 1
    assert "cannot fetch" in capsys.readouterr().err
