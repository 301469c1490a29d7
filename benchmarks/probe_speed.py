"""Time extraction against trafilatura's ``extract()`` on the probe sets' pages, kind by kind.

    python benchmarks/probe_speed.py [--probes DIR] [--rounds N] [--from N] [--to N]

The probe sets (``benchmarks/probes/probeNN-{gov,web,zh}``, pages written for the project)
are shorter than the shared corpus's pages on average, so the fixed cost of a call weighs
more on them than in ``extraction_eval.py``'s full run. Each page is decoded once; ours
(``extract_article``: title, dates, body, source, channel) and ``extract()`` (body only, its
defaults) then take turns page by page, who goes first alternating, for ``--rounds`` rounds.
Printed per kind: pages, each one's summed seconds, and ours' speed as a share of
``extract()``'s (its seconds over ours; above 1 is faster). Both run in this one process, so
the ratio holds on a machine whose speed drifts; the absolute seconds do not travel.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_eval import REPO, Page, load, ours, trafilatura_plain  # noqa: E402

KINDS = ("gov", "web", "zh")
_SET_DIR = re.compile(r"probe(\d+)-(gov|web|zh)$")


def probe_pages(probes: Path, first: int = 0, last: int = 10**6) -> dict[str, list[Page]]:
    """Every page of the probe sets numbered ``first`` to ``last``, by kind."""
    pages: dict[str, list[Page]] = {kind: [] for kind in KINDS}
    for path in sorted(probes.iterdir()):
        match = _SET_DIR.match(path.name)
        if match and first <= int(match[1]) <= last:
            pages[match[2]].extend(load(path, ("wcxb-articles", "cwce-dev")))
    return pages


def time_kind(pages: list[Page], rounds: int) -> tuple[float, float]:
    """Summed seconds of ours and of ``extract()`` over ``rounds`` passes of ``pages``."""
    plain = trafilatura_plain()
    assert plain is not None, "trafilatura is not installed"
    spent = {"ours": 0.0, "extract": 0.0}
    runners = {"ours": ours, "extract": plain}
    turn = 0
    for _ in range(rounds):
        for page in pages:
            order = ("ours", "extract") if turn % 2 == 0 else ("extract", "ours")
            turn += 1
            for name in order:
                start = time.perf_counter()
                runners[name](page.html, page.url)
                spent[name] += time.perf_counter() - start
    return spent["ours"], spent["extract"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probes", type=Path, default=REPO / "benchmarks" / "probes")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--from", dest="first", type=int, default=0,
                        help="the first probe set's number (default: all)")
    parser.add_argument("--to", dest="last", type=int, default=10**6)
    args = parser.parse_args(argv)
    by_kind = probe_pages(args.probes, args.first, args.last)
    if not any(by_kind.values()):
        print(f"no probe sets under {args.probes}")
        return 0
    plain = trafilatura_plain()
    for kind in KINDS:  # a first pass warms imports and caches for both alike
        for page in by_kind[kind][:5]:
            ours(page.html, page.url)
            if plain is not None:
                plain(page.html, page.url)
    gc.collect()
    gc.freeze()  # (the pages and modules stay: no collection walks them mid-run)
    print(f"{'kind':5} {'pages':>5} {'ours s':>8} {'extract s':>9} {'speed':>6}")
    for kind in KINDS:
        if not by_kind[kind]:
            continue
        mine, theirs = time_kind(by_kind[kind], args.rounds)
        print(f"{kind:5} {len(by_kind[kind]):5} {mine:8.2f} {theirs:9.2f} {theirs / mine:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
