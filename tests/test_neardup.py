"""Near-duplicate reposts: the text measures, the SQLite index, and the pipeline in a crawl."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta

import pytest

from newscrawler.demo.portal import DemoArticle, DemoPortal
from newscrawler.demo.server import PortalServer
from newscrawler.items import NewsArticle
from newscrawler.reposts import RepostIndex, published_before
from newscrawler.reposts import text as neardup
from newscrawler.storage import Storage
from newscrawler.storage.reader import open_reader
from newscrawler.storage.search import search

from helpers import REPO, crawl, db_rows, write_site

ORIGINAL = ("（编号7）5月23日，台州市召开营商环境工作推进会，部署下一阶段重点任务。"
            "会议指出，要把营商环境作为重要抓手，确保339项目标任务按期完成。\n\n"
            "据统计，今年以来全省营商环境相关投资同比增长21%，总体运行平稳。"
            "台州市将安排专项资金475万元，支持营商环境重点项目建设。\n\n"
            "下一步，各地各部门要加强协调配合，形成工作合力，推动营商环境取得新成效。"
            "目前，台州市已有442个乡镇纳入试点范围，群众满意度明显提升。")


def test_shingles_ignore_punctuation_width_and_case():
    assert neardup.tokens("Hello, 世界! ＡＢ２０２４") == ["hello", "世", "界", "ab2024"]
    half = ORIGINAL.replace("，", ",").replace("。", ".").replace("%", "％")
    assert neardup.shingles(half) == neardup.shingles(ORIGINAL)
    assert neardup.shingles("Flood PREVENTION, drills held in Lishui today!") == \
        neardup.shingles("flood prevention drills held in lishui today")


def test_band_keys_are_the_same_in_every_process():
    # Python's hash() of a str changes with each process; the index must not depend on it.
    code = ("import json, sys; from newscrawler.reposts import text as n; "
            "print(json.dumps(n.band_keys(n.minhash(n.shingles(sys.argv[1])))))")
    keys = [json.loads(subprocess.run([sys.executable, "-c", code, ORIGINAL], check=True,
                                      capture_output=True, text=True, cwd=REPO,
                                      env={"PYTHONHASHSEED": seed}).stdout)
            for seed in ("1", "2")]
    assert keys[0] == keys[1] == neardup.band_keys(neardup.minhash(neardup.shingles(ORIGINAL)))
    assert len(keys[0]) == neardup.BANDS and len(set(keys[0])) == neardup.BANDS


def test_similarity_of_reposts_and_of_look_alikes():
    paragraphs = ORIGINAL.split("\n\n")
    original = neardup.shingles(ORIGINAL)
    reposts = {
        "source line": ORIGINAL + "\n\n（来源：浙江日报）",
        "header": "本报讯（记者 王磊）\n\n" + ORIGINAL,
        "paragraph dropped": "\n\n".join(paragraphs[:2]),
        "punctuation": ORIGINAL.replace("，", ", ").replace("。", ". "),
    }
    for change, text in reposts.items():
        assert neardup.similarity(original, neardup.shingles(text)) >= 0.8, change
    look_alike = ("（编号8）5月24日，宁波市召开营商环境工作座谈会，听取企业意见建议。"
                  "会议要求，要把营商环境作为一把手工程，抓好12项重点改革。\n\n"
                  "今年以来，宁波市新设市场主体同比增长9%，企业开办时间压缩至1天。")
    assert neardup.similarity(original, neardup.shingles(look_alike)) < 0.2
    assert neardup.similarity(original, frozenset()) == 0.0


@pytest.fixture
def store(tmp_path):
    storage = Storage.open(tmp_path / "news.db")
    yield storage
    storage.close()


def _store(storage: Storage, index: RepostIndex | None, n: int, body: str,
           published_at: str | None = None) -> tuple[int, int]:
    """Store an article the way the pipelines do; returns (id, duplicate_of or 0)."""
    duplicate_of = None
    if index is not None:
        duplicate_of = index.check(body, published_at, f"{n:040d}").duplicate_of
    article_id = storage.add_article(NewsArticle(
        url=f"https://a.gov.cn/{n}.html", site="a", title=f"t{n}", body=body,
        published_at=published_at, fingerprint=f"{n:040d}", duplicate_of=duplicate_of))
    return article_id, duplicate_of or 0


def test_every_copy_points_at_the_first_stored_one(store):
    index = RepostIndex(store)
    first, _ = _store(store, index, 1, ORIGINAL)
    _, dup = _store(store, index, 2, ORIGINAL + "\n\n（来源：浙江日报）")
    assert dup == first
    # A copy of the copy (closest to article 2) still points at article 1.
    _, dup = _store(store, index, 3, "【转载】\n\n" + ORIGINAL + "\n\n（来源：浙江日报）")
    assert dup == first
    other, dup = _store(store, index, 4, "温州市部署防汛防台工作，要求各地落实责任，"
                                         "加强水库巡查，及时转移危险区域群众，确保安全度汛。" * 2)
    assert dup == 0
    index.catch_up()
    store.commit()
    rows = db_rows(store.path, "SELECT id, duplicate_of FROM articles ORDER BY id")
    assert [(r["id"], r["duplicate_of"]) for r in rows] == [(1, None), (2, 1), (3, 1), (4, None)]
    keys = db_rows(store.path, "SELECT article_id, count(*) AS n FROM neardup_keys "
                               "GROUP BY article_id ORDER BY article_id")
    assert [(r["article_id"], r["n"]) for r in keys] == [(i, neardup.BANDS) for i in (1, 2, 3, 4)]
    assert other == 4


def test_an_earlier_published_copy_becomes_the_root(store):
    index = RepostIndex(store)
    repost, _ = _store(store, index, 1, ORIGINAL + "\n\n（来源：浙江日报）",
                       "2024-05-23T18:00:00+08:00")
    again, dup = _store(store, index, 2, "【转载】\n\n" + ORIGINAL, "2024-05-24")
    assert dup == repost
    original, dup = _store(store, index, 3, ORIGINAL, "2024-05-23T09:00:00+08:00")
    assert dup == 0
    later, dup = _store(store, index, 4, ORIGINAL.replace("。", "."), "2024-05-25")
    assert dup == original  # the re-rooting was done before article 4 was compared
    index.catch_up()
    store.commit()
    rows = db_rows(store.path, "SELECT id, duplicate_of FROM articles ORDER BY id")
    assert [(r["id"], r["duplicate_of"]) for r in rows] == [
        (repost, original), (again, original), (original, None), (later, original)]


def test_a_formulaic_notice_with_other_figures_is_not_a_repost(store):
    # Same wording, another week's numbers: the text alone would call it a repost.
    other_week = (ORIGINAL.replace("7", "8").replace("5月23日", "5月30日")
                  .replace("339", "412").replace("21%", "17%").replace("475", "380")
                  .replace("442", "468"))
    assert neardup.similarity(neardup.shingles(ORIGINAL), neardup.shingles(other_week)) >= 0.6
    assert not neardup.figures_agree(neardup.figures(ORIGINAL), neardup.figures(other_week))
    index = RepostIndex(store)
    first, _ = _store(store, index, 1, ORIGINAL)
    _, dup = _store(store, index, 2, other_week)
    assert dup == 0
    _, dup = _store(store, index, 3, ORIGINAL + "\n\n（来源：浙江日报，2024年5月24日）")
    assert dup == first


def test_published_before():
    assert published_before("2024-05-23T09:00:00+08:00", "2024-05-23T02:00:00+00:00")
    assert not published_before("2024-05-23T10:00:00+08:00", "2024-05-23T02:00:00+00:00")
    assert published_before("2024-05-22", "2024-05-23T00:30:00+08:00")
    assert not published_before("2024-05-23", "2024-05-23T10:00:00+08:00")  # same day
    assert not published_before(None, "2024-05-23")
    assert not published_before("2024-05-22", None)
    assert not published_before("soon", "2024-05-23")


def test_index_catches_up_with_articles_stored_without_it(store):
    # As after an upgrade from schema version 1: articles, no keys.
    first, _ = _store(store, None, 1, ORIGINAL)
    _store(store, None, 2, "短讯。")
    store.commit()
    index = RepostIndex(store)
    assert index.catch_up() == 2
    assert index.catch_up() == 0
    _, dup = _store(store, index, 3, ORIGINAL.replace("。", "."))
    assert dup == first
    assert index.sketch("短讯。").keys == ()  # too short to judge: never matched


def test_benchmark_set_meets_the_targets_on_a_small_sample():
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import neardup_benchmark as bench
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    result = bench.run(bench.build_set(240, seed=3), threshold=neardup.DEFAULT_THRESHOLD)
    assert result["should"] > 150
    assert result["precision"] >= 0.95 and result["recall"] >= 0.95, result


# -- in a crawl -----------------------------------------------------------------------------


def _portal_with_reposts() -> tuple[DemoPortal, list[tuple[DemoArticle, DemoArticle]]]:
    portal = DemoPortal()
    zh = next(a for a in portal.articles if a.edition == "zh" and a.channel == "xwdt"
              and len(a.paragraphs) >= 3)
    en = next(a for a in portal.articles if a.edition == "en" and a.channel == "news"
              and len(a.paragraphs) >= 4 and a.id != 1000 and not a.date_only)
    zh_copy = replace(
        zh, id=2900, channel="zcwj", title="【转载】" + zh.title.replace("工作", "工作情况"),
        published=zh.published + timedelta(hours=3), source="浙江日报",
        paragraphs=[p.replace("，", ",").replace("。", ".") for p in zh.paragraphs[:-1]]
        + ["（来源：浙江日报）"])
    en_copy = replace(
        en, id=1900, channel="policies", title="Reposted: " + en.title,
        published=en.published + timedelta(hours=5), source="Xinhua",
        paragraphs=["HANGZHOU, May 28 (Xinhua) --"] + en.paragraphs[:2] + en.paragraphs[3:]
        + ["Source: Zhejiang Daily"])
    portal.articles += [zh_copy, en_copy]
    return portal, [(zh, zh_copy), (en, en_copy)]


@pytest.mark.slow
def test_crawl_marks_reposts_and_keeps_them_searchable(tmp_path):
    portal, pairs = _portal_with_reposts()
    with PortalServer(portal.render()) as server:
        sites = [write_site(tmp_path, name, server.base_url) for name in ("demo-en", "demo-zh")]
        result = crawl(tmp_path / "on", *sites)
        off = crawl(tmp_path / "off", *sites, extra=("-s", "NEWSCRAWLER_NEARDUP_ENABLED=False"))
        base = server.base_url
    assert result.returncode == 0, result.stderr[-3000:]
    assert off.returncode == 0, off.stderr[-3000:]

    db = tmp_path / "on" / "news.db"
    rows = {r["url"]: r for r in db_rows(db, "SELECT id, url, title, duplicate_of FROM articles")}
    assert len(rows) == 68  # the portal's 66 and both reposts: a repost is stored
    marked = {}
    for original, copy in pairs:
        # Whichever the crawl met first, the copy points at the earlier published original.
        root, repost = rows[base + original.path], rows[base + copy.path]
        assert repost["duplicate_of"] == root["id"] and root["duplicate_of"] is None
        marked[repost["url"]] = root["id"]
    assert {url: r["duplicate_of"] for url, r in rows.items() if r["duplicate_of"]} == marked

    found = [int(n) for n in re.findall(r"'newscrawler/neardup/found': (\d+)", result.stderr)]
    assert sum(found) == 2
    # Logged once per crawl, as a repost or (met before its original) as the original's find.
    assert re.search(r"(Repost|Original) of article \d+", result.stderr)

    reader = open_reader(db)
    for _, copy in pairs:
        hits = search(reader, copy.title)
        assert [h.url for h in hits] == [base + copy.path]
    reader.close()

    # Switched off: nothing marked, no index written, the same articles stored.
    off_db = tmp_path / "off" / "news.db"
    assert db_rows(off_db, "SELECT count(*) AS n, count(duplicate_of) AS d FROM articles") == \
        [{"n": 68, "d": 0}]
    assert db_rows(off_db, "SELECT count(*) AS n FROM neardup_keys") == [{"n": 0}]
    assert "newscrawler/neardup" not in off.stderr
    # The JSON lines file is an append-only log: a line holds the mark the article had when
    # it was written (a copy stored before its original got its mark later, in the database).
    lines = [json.loads(line) for line in
             (tmp_path / "on" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 68
    assert all(line["duplicate_of"] in (None, marked.get(line["url"])) for line in lines)


def test_threshold_setting_is_checked(tmp_path):
    with PortalServer(DemoPortal(en=3, zh=0, extras=False).render()) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        result = crawl(tmp_path / "out", site, extra=("-s", "NEWSCRAWLER_NEARDUP_THRESHOLD=1.5"))
    assert result.returncode == 2, result.stderr[-2000:]
    message = "NEWSCRAWLER_NEARDUP_THRESHOLD must be in (0, 1], got 1.5"
    assert f"demo-en: the crawl failed: {message}" in result.stderr
    assert f"error: {message}" in result.stdout  # the summary's outcome column


def test_refresh_reindexes_a_changed_article(tmp_path):
    portal = DemoPortal(en=4, zh=0, extras=False)
    out = tmp_path / "out"
    with PortalServer(portal.render()) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        assert crawl(out, site).returncode == 0
        changed = portal.articles[0]
        before = db_rows(out / "news.db", "SELECT id FROM articles WHERE title = ?",
                         (changed.title,))[0]["id"]
        old_keys = _keys(out, before)
        changed.paragraphs[:] = [
            f"Rewritten paragraph {i}: the council corrected the figures it published on the "
            f"harbour works, the school meals scheme and the flood defences, item {i * 7}."
            for i in range(6)]
        server.set_pages(portal.render())
        result = crawl(out, site, extra=("--refresh",))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "'newscrawler/neardup/reindexed': 1" in result.stderr
    body = db_rows(out / "news.db", "SELECT body FROM articles WHERE id = ?", (before,))[0]["body"]
    assert body.startswith("Rewritten paragraph 0")
    sketch = RepostIndex(Storage.open(tmp_path / "scratch.db")).sketch(body)
    assert _keys(out, before) == set(sketch.keys) != old_keys


def _keys(out, article_id: int) -> set[int]:
    return {row["key"] for row in db_rows(out / "news.db", "SELECT key FROM neardup_keys "
                                          "WHERE article_id = ?", (article_id,))}
