"""The evaluation script's scoring follows the corpus README's rules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction_eval.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("extraction_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_shingles(ev):
    assert ev.shingles("") == {}
    assert ev.shingles("one, two!") == {("one", "two"): 1}  # 1 to 3 tokens: one shingle
    assert sum(ev.shingles("a b c d e").values()) == 2
    assert ev.shingles("A a") == {("A", "a"): 1}  # case kept


def test_page_scores(ev):
    truth = "one two three four five"
    assert ev.shingle_scores(truth, truth) == (1.0, 1.0)
    assert ev.shingle_scores(truth, None) == (None, 0.0)  # empty: no precision, recall 0
    precision, recall = ev.shingle_scores(truth, "one two three four five six")
    assert (precision, recall) == (2 / 3, 1.0)


def test_gov_matching_rules(ev):
    label = {"title": "Mes\u00adsen\u00adger Raum", "published": "2019-09-18T06:23",
             "body_first": "Erster Satz", "body_last": "letzter Satz.", "body_chars": 25}
    result = ev.Result("messenger  raum", "2019-09-18T06:23:00+02:00",
                       "Erster  Satz und\n\nein letzter Satz.")
    assert ev.gov_checks(label, result) == {
        "title": True, "published": True, "body_first": True, "body_last": True, "length": True}
    assert not ev.published_ok("2019-09-18T06:23", "2019-09-18")
    assert ev.published_ok("2019-09-18", "2019-09-18T06:23:00+08:00")
    assert ev.published_ok(None, None) and not ev.published_ok(None, "2019-09-18")


def test_missing_corpus_is_not_an_error(ev, tmp_path, capsys):
    assert ev.main(["--corpus", str(tmp_path / "none")]) == 0
    assert "nothing to measure" in capsys.readouterr().out


def test_wcxb_rules(ev):
    assert ev.bow_scores("The cat sat", "the CAT sat") == (1.0, 1.0, 1.0)  # lower-cased tokens
    assert ev.bow_scores("", "") == (1.0, 1.0, 1.0)  # empty reference: 1 only against empty
    assert ev.bow_scores("", "text") == (0.0, 0.0, 0.0)
    assert ev.bow_scores("a b", None) == (0.0, 0.0, 0.0)
    precision, recall, f1 = ev.bow_scores("a b c d", "a b x")
    assert (precision, recall) == (2 / 3, 0.5) and abs(f1 - 4 / 7) < 1e-9
    assert ev.wcxb_title_key("It\u2019s  a \u201cTest\u201d \u2013 Now") == "it's a \"test\" - now"
    assert ev.date_outcome("2024-05-01", "2024-05-01T10:00:00+02:00") == "right"
    assert ev.date_outcome("2024-05-01", "2024-05-02") == "wrong"
    assert ev.date_outcome("2024-05-01", None) == "missing"


def test_cwce_rules(ev):
    # every CJK ideograph is a token; other word runs stay whole
    assert ev.shingles("全省abc 会", ev._CJK_TOKEN) == {("全", "省", "abc", "会"): 1}
    assert ev.cwce_published_ok("2005-07-05T21:23:57", "2005-07-05T21:23:00+08:00")
    assert not ev.cwce_published_ok("2005-07-05T21:23:57", "2005-07-05T21:24:00")
    assert ev.cwce_published_ok("2005-07-05T21:23", "2005-07-05")  # only one has a time
    assert not ev.cwce_published_ok("2005-07-05", None)


def test_one_table_for_every_set(ev, tmp_path, capsys):
    """A small corpus of our own in the corpus layout: every set is scored in one table."""
    import gzip
    import json
    page = ("<html><head><title>Flood meeting held - City Portal</title></head><body>"
            "<h1>Flood meeting held</h1><p>Published: 2024-05-28</p><div class='article-content'>"
            "<p>The city held its flood meeting on Tuesday and set out the summer plan.</p>"
            "</div></body></html>")
    body = "The city held its flood meeting on Tuesday and set out the summer plan."
    (tmp_path / "news-aeb" / "html").mkdir(parents=True)
    (tmp_path / "news-aeb" / "html" / "a1.html").write_text(page)
    (tmp_path / "news-aeb" / "ground-truth.json").write_text(
        json.dumps({"a1": {"articleBody": body, "url": "https://example.org/a1"}}))
    (tmp_path / "wcxb-articles" / "html").mkdir(parents=True)
    (tmp_path / "wcxb-articles" / "ground-truth").mkdir()
    (tmp_path / "wcxb-articles" / "html" / "0001.html.gz").write_bytes(
        gzip.compress(page.encode()))
    (tmp_path / "wcxb-articles" / "ground-truth" / "0001.json").write_text(json.dumps(
        {"url": "https://example.org/w1", "ground_truth": {
            "title": "Flood meeting held", "publish_date": "2024-05-28", "main_content": body}}))
    out = tmp_path / "out"
    assert ev.main(["--corpus", str(tmp_path), "--only", "ours", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| news-aeb (1) | body F1 | 1.000 |" in printed
    assert "| wcxb-articles (1) | body F1 | 1.000 |" in printed
    assert "| wcxb-articles (1) | title | 1.000 |" in printed
    assert "| wcxb-articles (1) | date right | 1.000 |" in printed
    rows = [json.loads(line) for line in (out / "ours.jsonl").read_text().splitlines()]
    assert [(r["set"], r["id"]) for r in rows] == [("news-aeb", "a1"), ("wcxb-articles", "0001")]


def test_the_ab_script_times_two_revisions_and_compares_their_output(tmp_path):
    # one labeled page in a corpus of its own, this checkout against HEAD: both sides timed,
    # and the same fields (a clean checkout is HEAD)
    import json
    import subprocess

    page = Path(__file__).resolve().parent / "fixtures" / "pages" / "en_streamed_hidden.html"
    gov = tmp_path / "gov"
    gov.mkdir()
    (gov / "page.html").write_bytes(page.read_bytes())
    (gov / "labels.json").write_text(json.dumps(
        [{"id": "one", "file": "page.html", "url": "https://example.gov/news/1.html"}]))
    script = SCRIPT.with_name("extraction_ab.py")
    done = subprocess.run([sys.executable, str(script), "HEAD", "--corpus", str(tmp_path),
                           "--rounds", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("1 pages, 1 rounds: this checkout ") and " HEAD " in lines[0]
    assert float(lines[0].rsplit("ratio ", 1)[1]) > 0
    assert lines[1] == "pages whose fields differ: 0"
