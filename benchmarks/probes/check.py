"""Check a probe set's files before it is measured.

    python benchmarks/probes/check.py SETDIR

SETDIR holds ``wcxb-articles/`` (``html/<id>.html.gz`` and ``ground-truth/<id>.json``) or
``cwce-dev/`` (``pages/<id>.html`` and ``labels.json``), the layouts
``benchmarks/extraction_eval.py --corpus SETDIR`` scores. It checks the label fields and
that each label's title and body paragraphs occur in the page's text (tags, scripts and
whitespace left out), so a label can only hold what the page prints. It never runs the
extractor: a set is written without looking at what extraction makes of it. Exit status 0
when nothing is wrong, 1 otherwise (each problem printed).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from lxml import html

_CHARSET = re.compile(rb"charset=[\"']?([\w-]+)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_MINUTE = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d)?")


def page_text(raw: bytes, encoding: str | None) -> str:
    """The page's visible text with every whitespace removed."""
    text = raw.decode(encoding or "utf-8", errors="replace")
    root = html.fromstring(re.sub(r"<\?xml[^>]*>", "", text))
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    return squeeze(root.text_content())


def squeeze(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _gb(encoding: str) -> str:
    return "gb18030" if encoding.lower() in ("gbk", "gb2312") else encoding


def check_web(base: Path) -> list[str]:
    problems = []
    for path in sorted((base / "ground-truth").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        page = base / "html" / f"{path.stem}.html.gz"
        if not page.exists():
            problems.append(f"{path.stem}: no page")
            continue
        raw = gzip.decompress(page.read_bytes())
        declared = _CHARSET.search(raw[:3000])
        text = page_text(raw, declared.group(1).decode() if declared else None)
        truth = label.get("ground_truth") or {}
        problems += [f"{path.stem}: no {key}" for key in
                     ("title", "publish_date", "main_content", "with", "without")
                     if key not in truth]
        if not str(label.get("url", "")).startswith("http"):
            problems.append(f"{path.stem}: no http(s) url")
        if truth.get("publish_date") and not _DAY.fullmatch(truth["publish_date"]):
            problems.append(f"{path.stem}: publish_date is not YYYY-MM-DD")
        if squeeze(truth.get("title")) not in text:
            problems.append(f"{path.stem}: title not in the page")
        body = squeeze(truth.get("main_content"))
        problems += [f"{path.stem}: paragraph not in the page: {para[:60]}"
                     for para in (truth.get("main_content") or "").split("\n\n")
                     if squeeze(para) not in text]
        problems += [f"{path.stem}: 'with' snippet not in the body: {s}"
                     for s in truth.get("with", []) if squeeze(s) not in body]
        problems += [f"{path.stem}: 'without' snippet in the body or not in the page: {s}"
                     for s in truth.get("without", [])
                     if squeeze(s) in body or squeeze(s) not in text]
    return problems


def check_chinese(base: Path) -> list[str]:
    problems = []
    for label in json.loads((base / "labels.json").read_text("utf-8")):
        page = base / label["file"]
        if not page.exists():
            problems.append(f"{label['id']}: no page")
            continue
        encoding = _gb(label.get("encoding", "utf-8"))
        raw = page.read_bytes()
        try:
            raw.decode(encoding)
        except UnicodeDecodeError as error:
            problems.append(f"{label['id']}: does not decode as {encoding}: {error}")
        text = page_text(raw, encoding)
        if squeeze(label["title"]) not in text:
            problems.append(f"{label['id']}: title not in the page")
        if not _DAY_MINUTE.fullmatch(label.get("published") or ""):
            problems.append(f"{label['id']}: published is not YYYY-MM-DD[THH:MM]")
        problems += [f"{label['id']}: paragraph not in the page: {para[:40]}"
                     for para in label["body"].split("\n\n") if squeeze(para) not in text]
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().split("\n\n")[1])
        return 2
    base = Path(args[0])
    problems = []
    if (base / "wcxb-articles").exists():
        problems += check_web(base / "wcxb-articles")
    if (base / "cwce-dev").exists():
        problems += check_chinese(base / "cwce-dev")
    for problem in problems:
        print(problem)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
