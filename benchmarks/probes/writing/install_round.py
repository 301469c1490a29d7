"""Install a round of written pages as new sets, checking their hosts against earlier sets.

    python benchmarks/probes/writing/install_round.py STAGING PROBE_N LINKS_N \\
        GOV_PREFIXES WEB_PREFIXES ZH_PREFIXES LINK_PREFIXES

Each writer left ``STAGING/<prefix>/<id>.html`` and ``<id>.json`` (the layouts of
``probe_task.md`` and ``link_task.md``); prefixes are comma-separated (``rxg,rxh``). The pages
become ``probe<N>-gov``, ``probe<N>-web`` (``wcxb-articles/`` layout), ``probe<N>-zh``
(``cwce-dev/``) and ``links<N>``. A host that an earlier set used, or that two pages share, is
reported (``WARNING``): take such a page out before scoring, so that every page of the set is
of a site nobody here has seen.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from hosts import PROBES, host, pages

ENCODINGS = {"gb2312": "gbk"}  # (GB2312 pages use GBK's extra characters as often as not)


def _staged(staging: Path, prefix: str) -> list[Path]:
    return sorted((staging / prefix).glob(f"{prefix}[0-9][0-9].json"))


def main(argv: list[str]) -> int:
    if len(argv) != 8:
        print(__doc__)
        return 2
    staging, probe_n, links_n = Path(argv[1]), argv[2], argv[3]
    gov, web, zh, links = (a.split(",") for a in argv[4:8])
    earlier = {host(url) for _, url in pages()}
    seen: set[str] = set()

    def check(url: str, page_id: str) -> None:
        name = host(url)
        if name in earlier:
            print(f"WARNING {page_id}: {name} is an earlier set's site")
        if name in seen:
            print(f"WARNING {page_id}: {name} is another page's site in this round")
        seen.add(name)

    for kind, prefixes in (("gov", gov), ("web", web)):
        base = PROBES / f"probe{probe_n}-{kind}" / "wcxb-articles"
        (base / "html").mkdir(parents=True, exist_ok=True)
        (base / "ground-truth").mkdir(exist_ok=True)
        count = 0
        for meta in (m for p in prefixes for m in _staged(staging, p)):
            label = json.loads(meta.read_text("utf-8"))
            truth = label["ground_truth"]
            check(label["url"], meta.stem)
            out = {"url": label["url"],
                   "ground_truth": {k: truth.get(k) for k in ("title", "publish_date",
                                                              "main_content", "with", "without")},
                   "notes": label.get("notes", "")}
            (base / "ground-truth" / meta.name).write_text(
                json.dumps(out, ensure_ascii=False, indent=2) + "\n", "utf-8")
            (base / "html" / f"{meta.stem}.html.gz").write_bytes(
                gzip.compress(meta.with_suffix(".html").read_bytes(), mtime=0))
            count += 1
        print(f"probe{probe_n}-{kind}: {count} pages")
    base = PROBES / f"probe{probe_n}-zh" / "cwce-dev"
    (base / "pages").mkdir(parents=True, exist_ok=True)
    labels = []
    for meta in (m for p in zh for m in _staged(staging, p)):
        label = json.loads(meta.read_text("utf-8"))
        raw = meta.with_suffix(".html").read_bytes()
        raw.decode(ENCODINGS.get(label["encoding"], label["encoding"]))  # (fails loudly)
        check(label["url"], meta.stem)
        (base / "pages" / f"{meta.stem}.html").write_bytes(raw)
        labels.append({"id": meta.stem, "file": f"pages/{meta.stem}.html", "url": label["url"],
                       "encoding": label["encoding"], "title": label["title"],
                       "title_alternatives": label.get("title_alternatives") or [],
                       "published": label["published"], "body": label["body"],
                       "author": label.get("author"), "notes": label.get("notes", "")})
    (base / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n",
                                      "utf-8")
    print(f"probe{probe_n}-zh: {len(labels)} pages")
    base = PROBES / f"links{links_n}"
    base.mkdir(exist_ok=True)
    count = 0
    for meta in (m for p in links for m in _staged(staging, p)):
        label = json.loads(meta.read_text("utf-8"))
        check(label["url"], meta.stem)
        bad = [u for u, c in label["links"].items()
               if host(u) != host(label["url"]) or c not in ("article", "list", "other")]
        if bad:
            print(f"WARNING {meta.stem}: links of another host or class: {bad[:3]}")
        out = {"id": meta.stem, "url": label["url"], "language": label.get("language"),
               "modeled_on": label.get("modeled_on", ""), "links": label["links"]}
        (base / meta.name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                      "utf-8")
        (base / f"{meta.stem}.html").write_bytes(meta.with_suffix(".html").read_bytes())
        count += 1
    print(f"links{links_n}: {count} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
