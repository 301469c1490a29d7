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
