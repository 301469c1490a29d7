"""Measure the link classifier (newscrawler.linkclass) on the real portal pages of the corpus.

    python benchmarks/link_classes.py [--corpus PATH] [--labels FILE] [--failures] [--page ID]
    python benchmarks/link_classes.py --set benchmarks/probes/links01 [--failures]

Pages: the 6 portal home/list pages of ``gov/list_pages.json`` and the 21 article pages of
``gov/labels.json`` in ``<repo>/../shared/corpus`` (or ``--corpus``); without them the script
says so and exits 0. Labels: ``benchmarks/link_labels.json`` (how they were made is in its
``_about``): every same-site link of each page, keyed by its canonical URL, as article, list or
other. Each page is decoded and read as the crawl reads a list page (a Hanweb datastore's
records, which a script writes into the list, as markup: ``newscrawler.scriptlists.listing``)
and classified with ``classify_links(page, url)``; for the "article" and the "list" class the
script prints precision (of the links classed so, the share labeled so) and recall (of the
links labeled so, the share classed so), over all pages (every labeled link counts once per
page) and per page.
``--failures`` lists every disagreement with the classifier's reason.

``--set DIR`` scores a set of pages written for the project instead (``benchmarks/probes/
links01``: see its README), each page ``ID.html`` beside ``ID.json`` with its ``url`` and its
``links`` ({absolute URL: class}, canonicalized here as the crawl canonicalizes).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newscrawler.extract import decode_html
from newscrawler.linkclass import ARTICLE, LIST, OTHER, classify_links
from newscrawler.scriptlists import listing
from newscrawler.urls import canonicalize_url

REPO = Path(__file__).resolve().parent.parent
CLASSES = (ARTICLE, LIST)


def _files(corpus: Path) -> dict[str, Path]:
    files = {}
    for name in ("list_pages.json", "labels.json"):
        index = corpus / "gov" / name
        if index.exists():
            for entry in json.loads(index.read_text("utf-8")):
                files[entry["id"]] = corpus / "gov" / entry["file"]
    return files


def _written_set(folder: Path) -> tuple[dict[str, Path], dict[str, dict]]:
    """Pages and labels of a written set: ``ID.html`` and ``ID.json`` side by side."""
    files, labels = {}, {}
    for meta in sorted(folder.glob("*.json")):
        entry = json.loads(meta.read_text("utf-8"))
        page_id = entry.get("id") or meta.stem
        files[page_id] = meta.with_suffix(".html")
        labels[page_id] = {"url": entry["url"],
                           "links": {canonicalize_url(u): c for u, c in entry["links"].items()}}
    return files, labels


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def score(pairs: list[tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, labeled) per class from (label, prediction) pairs."""
    out = {}
    for cls in CLASSES:
        tp = sum(1 for lab, pred in pairs if lab == cls and pred == cls)
        out[cls] = (tp, sum(1 for _, pred in pairs if pred == cls),
                    sum(1 for lab, _ in pairs if lab == cls))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--labels", type=Path, default=REPO / "benchmarks" / "link_labels.json")
    parser.add_argument("--failures", action="store_true", help="list every disagreement")
    parser.add_argument("--page", help="only this page id")
    parser.add_argument("--set", type=Path, metavar="DIR",
                        help="a set of written pages (ID.html + ID.json) instead of the corpus")
    args = parser.parse_args(argv)
    if args.set:
        files, labels = _written_set(args.set)
        if not files:
            print(f"no ID.json pages in {args.set}")
            return 2
    else:
        files = _files(args.corpus)
        if not files:
            print(f"no gov corpus at {args.corpus}: nothing to measure (give --corpus PATH)")
            return 0
        labels = json.loads(args.labels.read_text("utf-8"))["pages"]
    all_pairs: list[tuple[str, str]] = []
    rows, failures = [], []
    seconds = 0.0
    for page_id, entry in labels.items():
        if args.page and page_id != args.page or page_id not in files:
            continue
        page, _ = listing(decode_html(files[page_id].read_bytes()))
        started = time.perf_counter()
        links = classify_links(page, entry["url"])
        seconds += time.perf_counter() - started
        predicted = {lk.url: lk for lk in links}
        pairs = []
        for url, label in entry["links"].items():
            link = predicted.get(url)
            pred = link.kind if link else OTHER
            pairs.append((label, pred))
            if pred != label:
                failures.append((page_id, label, pred, url, link.why if link else "not found",
                                 link.text if link else ""))
        all_pairs.extend(pairs)
        rows.append((page_id, len(pairs), score(pairs)))
    print(f"{'page':34} {'links':>5}  {'article P':>9} {'R':>6} ({'n':>3})  "
          f"{'list P':>6} {'R':>6} ({'n':>3})")
    for page_id, n, sc in rows:
        cells = []
        for cls in CLASSES:
            tp, pred, lab = sc[cls]
            cells.append(f"{_ratio(tp, pred):>9} {_ratio(tp, lab):>6} ({lab:>3})")
        print(f"{page_id:34} {n:>5}  {cells[0]}  {cells[1]}")
    total = score(all_pairs)
    print(f"\nall {len(rows)} pages, {len(all_pairs)} labeled links "
          f"({dict(Counter(lab for lab, _ in all_pairs))}), classified in {seconds:.2f} s")
    for cls, target in ((ARTICLE, 0.95), (LIST, 0.90)):
        tp, pred, lab = total[cls]
        p, r = (tp / pred if pred else 0.0), (tp / lab if lab else 0.0)
        met = "met" if p >= target and r >= target else "NOT met"
        print(f"{cls:8} precision {p:.3f} ({tp}/{pred})  recall {r:.3f} ({tp}/{lab})  "
              f"target >= {target}: {met}")
    if args.failures:
        print("\nlabel    -> classified  url | why | text")
        for page_id, label, pred, url, why, text in failures:
            print(f"{page_id[:12]} {label:7} -> {pred:7} {url} | {why} | {text[:50]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
