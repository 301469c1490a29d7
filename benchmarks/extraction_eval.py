"""Measure article extraction on every labeled set of the shared corpus, ours beside the peers.

    python benchmarks/extraction_eval.py [--corpus PATH] [--only NAME] [--sets SET]
                                         [--out DIR] [--failures]

The corpus is read from ``<repo>/../shared/corpus`` unless ``--corpus`` says otherwise; a set
that is absent is skipped, and with no set at all the script says so and exits 0. Extractors:
ours, trafilatura (``bare_extraction`` with metadata, no comments: its default ``extract``),
readability-lxml (body and title), htmldate (dates only, ``find_date`` with its defaults plus
``original_date``) and, for its speed and body, trafilatura's plain ``extract()`` with its
defaults. Scores follow the corpus README, one set at a time:

* news-aeb: body shingle precision, recall and F1 (4-token shingles of ``\\w+``, case kept);
* gov: share of article pages with the title, published time, body start, body end and body
  length right;
* wcxb-articles: mean per-page bag-of-words body F1 (lower-cased ``\\w+``), title equal after
  normalizing whitespace, case, quotes and dashes, and the date right, wrong or missing over the
  pages with a labeled date;
* cwce-dev: body shingle F1 with every CJK ideograph a token, title equal to the label or an
  alternative (whitespace removed), published date (and minute where both have a time) right.

Every extractor gets the same decoded text (``decode_html`` of the page's bytes) and the page
URL. Pages per second is the number of pages divided by the wall time of the extractor's calls,
all sets, measured in this run with the extractors taking turns page by page. ``--out``
(default ``output/eval``) receives one JSON-lines file per extractor with every page's
prediction and scores, sorted, so two runs can be diffed.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newscrawler.extract import decode_html, extract_article  # noqa: E402
from newscrawler.extract.text import paragraphs  # noqa: E402

SETS = ("news-aeb", "gov", "wcxb-articles", "cwce-dev")


@dataclass
class Result:
    title: str | None = None
    published: str | None = None
    body: str | None = None


@dataclass
class Page:
    set: str
    id: str
    url: str | None
    html: str
    label: dict[str, Any] = field(repr=False)


Extractor = Callable[[str, str | None], Result]


# ---------------------------------------------------------------- extractors

def ours(html: str, url: str | None) -> Result:
    f = extract_article(html, url)
    return Result(f.title, f.published_at, f.body)


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: str, url: str | None) -> Result:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False)
        if doc is None:
            return Result()
        return Result(doc.title, doc.date, doc.text)

    return run


def readability_extractor() -> Extractor | None:
    try:
        from lxml import html as lxml_html
        from readability import Document
    except ImportError:
        return None

    def run(html: str, url: str | None) -> Result:
        try:
            doc = Document(html, url=url)
            summary = doc.summary(html_partial=True)
            title = doc.short_title()
        except Exception:  # readability raises on some malformed pages: score as empty
            return Result()
        root = lxml_html.fromstring(summary) if summary.strip() else None
        # the same block-aware text conversion as ours, so only the choice of text differs
        text = "\n\n".join(paragraphs(root)) if root is not None else None
        return Result(title, None, text)

    return run


def trafilatura_plain() -> Extractor | None:
    """trafilatura's ``extract()`` with its defaults (text only): the speed reference."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: str, url: str | None) -> Result:
        return Result(None, None, trafilatura.extract(html, url=url))

    return run


def htmldate_extractor() -> Extractor | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def run(html: str, url: str | None) -> Result:
        try:
            found = find_date(html, url=url, original_date=True)
        except Exception:
            found = None
        return Result(None, found or None, None)

    return run


#: Which fields each extractor produces; a missing field is not scored for it.
FIELDS = {
    "ours": {"title", "published", "body"},
    "trafilatura": {"title", "published", "body"},
    "readability": {"title", "body"},
    "htmldate": {"published"},
    "trafilatura-extract": {"body"},
}


# ---------------------------------------------------------------- metrics

_TOKEN = re.compile(r"\w+")
# CJK ideographs are one token each; other runs of word characters stay whole
_IDEO = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_TOKEN = re.compile(f"[{_IDEO}]|[^\\W{_IDEO}]+")


def shingles(text: str | None, token: re.Pattern[str] = _TOKEN) -> Counter[tuple[str, ...]]:
    tokens = token.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def shingle_scores(truth: str, pred: str | None,
                   token: re.Pattern[str] = _TOKEN) -> tuple[float | None, float]:
    """(precision or None for an empty prediction, recall) of one page."""
    t, p = shingles(truth, token), shingles(pred, token)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    precision = tp / (tp + fp) if p else None
    recall = tp / (tp + fn) if (tp + fn) else 0.0
    return precision, recall


def bow_scores(truth: str, pred: str | None) -> tuple[float, float, float]:
    """WCXB's per-page bag-of-words precision, recall and F1 of lower-cased ``\\w+`` tokens;
    an empty reference scores 1 only against an empty prediction."""
    t = Counter(_TOKEN.findall(truth.lower()))
    p = Counter(_TOKEN.findall((pred or "").lower()))
    if not t:
        return (1.0, 1.0, 1.0) if not p else (0.0, 0.0, 0.0)
    if not p:
        return 0.0, 0.0, 0.0
    tp = sum((t & p).values())
    precision, recall = tp / sum(p.values()), tp / sum(t.values())
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


_STRIP = re.compile(r"[\s\u00ad\u3000]+")


def norm(text: str | None) -> str:
    return _STRIP.sub("", text or "").casefold()


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                         "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u201f": '"', "\u2033": '"', "\u2010": "-", "\u2011": "-",
                         "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
                         "\u2212": "-"})


def wcxb_title_key(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES).split()).casefold()


def published_ok(label: str | None, pred: str | None) -> bool:
    """gov rule: with a labeled time the prediction starts with it, with a date the dates
    are equal, with none the prediction is empty."""
    if label is None:
        return not pred
    if not pred:
        return False
    if "T" in label:
        return pred.startswith(label)
    return pred[:10] == label


def cwce_published_ok(label: str, pred: str | None) -> bool:
    """cwce rule: the date equal, and the minute where both have a time."""
    if not pred or pred[:10] != label[:10]:
        return False
    if len(label) > 10 and len(pred) > 10:
        return pred[11:16] == label[11:16]
    return True


def gov_checks(label: dict, r: Result) -> dict[str, bool]:
    body = norm(r.body)
    size = len(body)
    return {
        "title": norm(r.title) == norm(label["title"]),
        "published": published_ok(label["published"], r.published),
        "body_first": norm(label["body_first"]) in body,
        "body_last": norm(label["body_last"]) in body,
        "length": 0.8 * label["body_chars"] <= size <= 1.25 * label["body_chars"],
    }


def date_outcome(label: str, pred: str | None) -> str:
    """right, wrong or missing: the prediction's date part against a labeled date."""
    if not pred:
        return "missing"
    return "right" if pred[:10] == label[:10] else "wrong"


def score(page: Page, r: Result) -> dict[str, Any]:
    """Per-page scores of one prediction under its set's rules."""
    lab = page.label
    if page.set == "news-aeb":
        p, rec = shingle_scores(lab["articleBody"], r.body)
        return {"P": p, "R": rec}
    if page.set == "gov":
        return gov_checks(lab, r)
    if page.set == "wcxb-articles":
        truth = lab["ground_truth"]
        p, rec, f1 = bow_scores(truth.get("main_content") or "", r.body)
        out: dict[str, Any] = {"P": p, "R": rec, "F1": f1,
                               "title": wcxb_title_key(r.title) == wcxb_title_key(truth["title"])}
        if truth.get("publish_date"):
            out["date"] = date_outcome(truth["publish_date"], r.published)
        return out
    if page.set == "cwce-dev":
        p, rec = shingle_scores(lab["body"], r.body, _CJK_TOKEN)
        titles = {norm(t) for t in [lab["title"], *lab.get("title_alternatives", [])] if t}
        out = {"P": p, "R": rec, "title": norm(r.title) in titles}
        if lab.get("published"):
            out["published"] = cwce_published_ok(lab["published"], r.published)
            out["date"] = date_outcome(lab["published"], r.published)
        return out
    raise ValueError(page.set)


# ---------------------------------------------------------------- corpus

def _gov(corpus: Path) -> Iterator[Page]:
    for label in json.loads((corpus / "gov" / "labels.json").read_text("utf-8")):
        if label.get("kind", "article") != "article":
            continue
        raw = (corpus / "gov" / label["file"]).read_bytes()
        yield Page("gov", label["id"], label.get("url"), decode_html(raw), label)


def _aeb(corpus: Path) -> Iterator[Page]:
    truth = json.loads((corpus / "news-aeb" / "ground-truth.json").read_text("utf-8"))
    for key in sorted(truth):
        raw = (corpus / "news-aeb" / "html" / f"{key}.html").read_bytes()
        yield Page("news-aeb", key, truth[key].get("url"), decode_html(raw), truth[key])


def _wcxb(corpus: Path) -> Iterator[Page]:
    base = corpus / "wcxb-articles"
    for path in sorted((base / "ground-truth").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        raw = gzip.decompress((base / "html" / f"{path.stem}.html.gz").read_bytes())
        yield Page("wcxb-articles", path.stem, label.get("url"), decode_html(raw), label)


def _cwce(corpus: Path) -> Iterator[Page]:
    for label in json.loads((corpus / "cwce-dev" / "labels.json").read_text("utf-8")):
        raw = (corpus / "cwce-dev" / label["file"]).read_bytes()
        yield Page("cwce-dev", label["id"], label.get("url"), decode_html(raw), label)


LOADERS = {"news-aeb": _aeb, "gov": _gov, "wcxb-articles": _wcxb, "cwce-dev": _cwce}
_MARKERS = {"news-aeb": "ground-truth.json", "gov": "labels.json",
            "wcxb-articles": "ground-truth", "cwce-dev": "labels.json"}


def load(corpus: Path, sets: tuple[str, ...] = SETS) -> list[Page]:
    pages: list[Page] = []
    for name in sets:
        if (corpus / name / _MARKERS[name]).exists():
            pages.extend(LOADERS[name](corpus))
    return pages


# ---------------------------------------------------------------- aggregation

def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(rows: list[dict[str, Any]], fields: set[str]) -> dict[str, dict[str, Any]]:
    """Set name -> metric name -> figure, from the per-page rows of one extractor."""
    by_set: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_set.setdefault(row["set"], []).append(row["scores"])
    out: dict[str, dict[str, Any]] = {}
    for name, scores in by_set.items():
        m: dict[str, Any] = {"pages": len(scores)}
        if "body" in fields and name in ("news-aeb", "cwce-dev"):
            P = _mean([s["P"] for s in scores if s["P"] is not None]) or 0.0
            R = _mean([s["R"] for s in scores]) or 0.0
            m.update({"body P": P, "body R": R, "body F1": 2 * P * R / (P + R) if P + R else 0.0})
        if "body" in fields and name == "wcxb-articles":
            m.update({"body P": _mean([s["P"] for s in scores]),
                      "body R": _mean([s["R"] for s in scores]),
                      "body F1": _mean([s["F1"] for s in scores])})
        if name == "gov":
            keys = [k for k, f in (("title", "title"), ("published", "published"),
                                   ("body_first", "body"), ("body_last", "body"),
                                   ("length", "body")) if f in fields]
            for k in keys:
                m[k.replace("_", " ")] = sum(s[k] for s in scores) / len(scores)
        if name in ("wcxb-articles", "cwce-dev") and "title" in fields:
            m["title"] = sum(s["title"] for s in scores) / len(scores)
        if name == "cwce-dev" and "published" in fields:
            dated = [s for s in scores if "published" in s]
            m["published"] = sum(s["published"] for s in dated) / len(dated) if dated else None
        if name in ("wcxb-articles", "cwce-dev") and "published" in fields:
            dated = [s["date"] for s in scores if "date" in s]
            for outcome in ("right", "wrong", "missing"):
                m[f"date {outcome}"] = dated.count(outcome) / len(dated) if dated else None
        seconds = sum(row["seconds"] for row in rows if row["set"] == name)
        m["pages/s"] = len(scores) / seconds if seconds else None
        out[name] = m
    return out


def evaluate(extractors: dict[str, Extractor], pages: list[Page]
             ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, float]]:
    """Per-page rows and the total wall time of each extractor's calls.

    The extractors take turns page by page, so a machine that slows down or speeds up
    during the run weighs on all of them alike and their speed ratio holds. Which one goes
    first rotates from page to page: the second to run on a page finds the caches it shares
    with the first warm (trafilatura's ``lru_cache``'d text functions serve ours and both
    trafilatura peers), which made whoever ran second 7% faster
    (ours against ``extract()`` on all 852 pages: 1.066 second, 0.992 first).
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in extractors}
    elapsed = dict.fromkeys(extractors, 0.0)
    names = list(extractors)
    for i, page in enumerate(pages):
        first = i % len(names)
        for name in names[first:] + names[:first]:
            fn = extractors[name]
            start = time.perf_counter()
            r = fn(page.html, page.url)
            seconds = time.perf_counter() - start
            elapsed[name] += seconds
            rows[name].append({"set": page.set, "id": page.id, **asdict(r),
                               "scores": score(page, r), "seconds": round(seconds, 5)})
    return rows, elapsed


def _cell(value: Any, metric: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}" if metric == "pages/s" else f"{value:.3f}"
    return str(value)


def table(summaries: dict[str, dict[str, dict[str, Any]]], speeds: dict[str, float],
          pages: list[Page]) -> str:
    """One table: a row per set and metric, a column per extractor."""
    names = list(summaries)
    counts = Counter(p.set for p in pages)
    lines = ["| set | metric | " + " | ".join(names) + " |",
             "|---|---|" + "---|" * len(names)]
    for name in SETS:
        if name not in counts:
            continue
        metrics: list[str] = []
        for summary in summaries.values():
            for metric in summary.get(name, {}):
                if metric != "pages" and metric not in metrics:
                    metrics.append(metric)
        for metric in metrics:
            cells = [_cell(summaries[e].get(name, {}).get(metric), metric) for e in names]
            lines.append(f"| {name} ({counts[name]}) | {metric} | " + " | ".join(cells) + " |")
    lines.append(f"| all ({len(pages)}) | pages/s | "
                 + " | ".join(f"{speeds[e]:.1f}" for e in names) + " |")
    return "\n".join(lines)


def _failures(name: str, rows: list[dict[str, Any]], pages: list[Page]) -> None:
    labels = {(p.set, p.id): p.label for p in pages}
    print(f"\n== {name}: pages that miss")
    for row in rows:
        s, missed = row["scores"], []
        if row["set"] == "gov":
            missed = [k for k, ok in s.items() if not ok]
        elif row["set"] == "news-aeb":
            p, rec = s["P"] or 0.0, s["R"]
            if (2 * p * rec / (p + rec) if p + rec else 0.0) < 0.9:
                missed = [f"P={p:.2f} R={rec:.2f}"]
        else:
            if "F1" in s and s["F1"] < 0.8:
                missed.append(f"F1={s['F1']:.2f}")
            if "P" in s and "F1" not in s and s["P"] is not None and s["R"] < 0.8:
                missed.append(f"P={s['P']:.2f} R={s['R']:.2f}")
            if s.get("title") is False:
                missed.append("title")
            if s.get("date") in ("wrong", "missing"):
                missed.append(f"date {s['date']}")
        if missed:
            lab = labels[(row["set"], row["id"])]
            want = lab.get("title") or lab.get("ground_truth", {}).get("title")
            print(f"  {row['set']}/{row['id'][:16]}: {', '.join(missed)}"
                  + (f"  title={row['title']!r} want {want!r}" if "title" in missed else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--only", choices=list(FIELDS), action="append",
                        help="run only this extractor (repeatable)")
    parser.add_argument("--sets", choices=SETS, action="append", help="only this set (repeatable)")
    parser.add_argument("--out", type=Path, default=REPO / "output" / "eval",
                        help="folder for the per-page results (default: output/eval)")
    parser.add_argument("--failures", action="store_true", help="list the pages that miss")
    args = parser.parse_args(argv)
    pages = load(args.corpus, tuple(args.sets or SETS))
    if not pages:
        print(f"corpus not found at {args.corpus}: nothing to measure")
        return 0
    warnings.simplefilter("ignore")
    extractors: dict[str, Extractor | None] = {
        "ours": ours, "trafilatura": trafilatura_extractor(),
        "readability": readability_extractor(), "htmldate": htmldate_extractor(),
        # the speed reference of the extraction issue: trafilatura's default extract()
        "trafilatura-extract": trafilatura_plain(),
    }
    counts = Counter(p.set for p in pages)
    print(", ".join(f"{n} {s}" for s, n in counts.items()) + " pages")
    args.out.mkdir(parents=True, exist_ok=True)
    summaries: dict[str, dict[str, dict[str, Any]]] = {}
    speeds: dict[str, float] = {}
    chosen: dict[str, Extractor] = {}
    for name, fn in extractors.items():
        if args.only and name not in args.only:
            continue
        if fn is None:
            print(f"{name}: not installed, skipped")
            continue
        chosen[name] = fn
    # the loaded corpus is not the extractors' garbage: kept out of the collector's way, so
    # that collections during the run cost what the extraction itself allocates
    gc.collect()
    gc.freeze()
    all_rows, elapsed = evaluate(chosen, pages)
    for name, rows in all_rows.items():
        speeds[name] = len(pages) / elapsed[name] if elapsed[name] else 0.0
        summaries[name] = summarize(rows, FIELDS[name])
        rows.sort(key=lambda r: (r["set"], r["id"]))
        with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        if args.failures:
            _failures(name, rows, pages)
    print()
    print(table(summaries, speeds, pages))
    print(f"\nper-page results: {args.out}/<extractor>.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
