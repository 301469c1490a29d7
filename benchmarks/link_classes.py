"""Measure the link classifier (newscrawler.linkclass) on the real portal pages of the corpus.

    python benchmarks/link_classes.py [--corpus PATH] [--labels FILE] [--failures] [--page ID]

Pages: the 6 portal home/list pages of ``gov/list_pages.json`` and the 21 article pages of
``gov/labels.json`` in ``<repo>/../shared/corpus`` (or ``--corpus``); without them the script
says so and exits 0. Labels: ``benchmarks/link_labels.json`` (how they were made is in its
``_about``): every same-site link of each page, keyed by its canonical URL, as article, list or
other. Each page is decoded as the crawl decodes it and classified with
``classify_links(page, url)``; for the "article" and the "list" class the script prints
precision (of the links classed so, the share labeled so) and recall (of the links labeled so,
the share classed so), over all pages (every labeled link counts once per page) and per page.
``--failures`` lists every disagreement with the classifier's reason.
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
    args = parser.parse_args(argv)
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
        text = decode_html(files[page_id].read_bytes())
        started = time.perf_counter()
        links = classify_links(text, entry["url"])
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
