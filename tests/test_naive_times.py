"""A site without ``timezone``: its times are stored without an offset, the crawl says so once,
and the Parquet export does not call them UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newscrawler.demo.portal import Page
from newscrawler.demo.server import PortalServer

from helpers import crawl, db_rows, run_main

BODY = " ".join(f"The county opened its {n}th flood shelter, officials said, and more will "
                f"follow in district {n}." for n in range(1, 9))


def page(title: str, stamp: str) -> Page:
    return Page(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                f"<div class='info'>发布时间：{stamp}</div><div id='zoom'><p>{BODY} {title}</p>"
                "</div></body></html>".encode())


@pytest.mark.parametrize("timezone", [None, "Asia/Shanghai"])
def test_times_without_a_zone_are_not_exported_as_utc(tmp_path, timezone):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow "
                             "(pip install -e '.[parquet]')")
    pages = {"/news/index.html": Page(b"<html><body><a href='/art/1.html'>a</a>"
                                      b"<a href='/art/2.html'>b</a></body></html>"),
             "/art/1.html": page("Shelter one opens", "2018-05-28 09:54:31"),
             "/art/2.html": page("Shelter two opens", "2018年05月29日")}
    with PortalServer(pages) as server:
        site = tmp_path / "county.toml"
        site.write_text(f'name = "county"\nstart_urls = ["{server.base_url}/news/index.html"]\n'
                        "list_links = ['/news/index']\narticle_links = ['/art/']\n"
                        + (f'timezone = "{timezone}"\n' if timezone else ""), encoding="utf-8")
        result = crawl(tmp_path / "out", site, extra=("-s", "DOWNLOAD_DELAY=0"))
    assert result.returncode == 0, result.stderr[-3000:]
    warning = "newscrawler: warning: site county has no timezone: "
    assert result.stderr.count(warning) == (0 if timezone else 1)
    db = tmp_path / "out" / "news.db"
    stored = {r["title"]: r["published_at"]
              for r in db_rows(db, "SELECT title, published_at FROM articles")}
    offset = "+08:00" if timezone else ""
    assert stored == {"Shelter one opens": f"2018-05-28T09:54:31{offset}",
                      "Shelter two opens": "2018-05-29"}
    out = tmp_path / "a.parquet"
    assert run_main("export", "--db", db, "--format", "parquet", "-o", out).returncode == 0
    table = pq.read_table(out)
    rows = {r["title"]: (r["published_at"], r["published_at_local"]) for r in table.to_pylist()}
    printed = datetime(2018, 5, 28, 9, 54, 31)
    # the instant only where the offset is known; the printed time always, without a zone
    assert rows["Shelter one opens"] == (
        datetime(2018, 5, 28, 1, 54, 31, tzinfo=UTC) if timezone else None, printed)
    assert rows["Shelter two opens"] == (None, datetime(2018, 5, 29))
