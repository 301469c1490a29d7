"""Time article extraction against another revision in one process, and check its output.

    python benchmarks/extraction_ab.py REV [--corpus PATH ...] [--sets SET ...] [--rounds N]

REV (any git revision: ``HEAD``, ``main~3``, a commit) has its ``newscrawler`` package taken
out with ``git archive`` into a temporary directory under another name, so both versions of
``extract_article`` live in this process. They take turns page by page over the pages of the
shared corpus that ``extraction_eval.py`` reads (every set, or ``--sets``; ``--corpus`` names
another corpus, or several: ``--corpus benchmarks/probes/probe5*-gov``), *N* rounds, which
one goes first alternating: a machine that slows down or speeds up during the run weighs on
both alike, and neither always finds the caches warm. It prints each side's seconds and the
ratio (this checkout's time over REV's: below 1 is faster), and the pages whose fields differ
between the two, so a change meant to be faster and nothing else can be held to that.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_eval import REPO, SETS, load  # noqa: E402

sys.path.insert(0, str(REPO))
from newscrawler.extract import extract_article  # noqa: E402

#: The other revision's package is imported under this name.
OTHER = "newscrawler_rev"
_NAME = re.compile(r"\bnewscrawler(?=\.|\s|$)")


def other_extractor(rev: str, into: Path) -> Any:
    """``extract_article`` of revision *rev*, its package unpacked into *into* as
    :data:`OTHER` (absolute imports of ``newscrawler`` in it renamed)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "newscrawler"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / OTHER
    (into / "newscrawler").rename(package)
    for path in package.rglob("*.py"):
        path.write_text(_NAME.sub(OTHER, path.read_text("utf-8")), "utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(f"{OTHER}.extract").extract_article


def _fields(fields: Any) -> dict[str, Any]:
    # (the two revisions' enums are different classes: compare their values)
    return {k: getattr(v, "value", v) for k, v in asdict(fields).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="the git revision to compare with")
    parser.add_argument("--corpus", type=Path, nargs="+",
                        default=[REPO.parent / "shared" / "corpus"])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    pages = [page for corpus in args.corpus for page in load(corpus, tuple(args.sets))]
    if not pages:
        print(f"no corpus at {args.corpus}: nothing to measure (give --corpus PATH)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        other = other_extractor(args.rev, Path(tmp))
        differ = [p.id for p in pages
                  if _fields(extract_article(p.html, p.url)) != _fields(other(p.html, p.url))]
        ours_s = other_s = 0.0
        for r in range(args.rounds):
            for i, page in enumerate(pages):
                pair = ((extract_article, True), (other, False))
                for fn, mine in (pair if (i + r) % 2 else pair[::-1]):
                    start = time.perf_counter()
                    fn(page.html, page.url)
                    took = time.perf_counter() - start
                    if mine:
                        ours_s += took
                    else:
                        other_s += took
    print(f"{len(pages)} pages, {args.rounds} rounds: this checkout {ours_s:.2f} s, "
          f"{args.rev} {other_s:.2f} s, ratio {ours_s / other_s:.3f}")
    print(f"pages whose fields differ: {len(differ)}"
          + (f" ({', '.join(differ[:20])}{' …' if len(differ) > 20 else ''})" if differ else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
