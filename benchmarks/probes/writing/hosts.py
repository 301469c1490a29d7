"""The sites of every written set, for the writers of the next one to leave out.

    python benchmarks/probes/writing/hosts.py > /tmp/hosts.txt        # one host a line
    python benchmarks/probes/writing/hosts.py --ids                   # every page id used

A host is written without a leading ``www.`` (``www3.nhk.or.jp`` stays as it is).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

PROBES = Path(__file__).resolve().parent.parent


def host(url: str) -> str:
    name = (urlsplit(url).hostname or "").lower()
    return name.removeprefix("www.")


def pages() -> list[tuple[str, str]]:
    """(page id, page URL) of every page of every written set."""
    out = []
    for path in PROBES.glob("probe*/wcxb-articles/ground-truth/*.json"):
        out.append((path.stem, json.loads(path.read_text("utf-8"))["url"]))
    for path in PROBES.glob("probe*/cwce-dev/labels.json"):
        out.extend((e["id"], e["url"]) for e in json.loads(path.read_text("utf-8")))
    for path in PROBES.glob("links*/*.json"):
        out.append((path.stem, json.loads(path.read_text("utf-8"))["url"]))
    return out


def main(argv: list[str]) -> int:
    found = pages()
    if argv[1:] == ["--ids"]:
        print(" ".join(sorted({page_id for page_id, _ in found})))
    else:
        print("\n".join(sorted({host(url) for _, url in found} - {""})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
