"""Feed reading: newscrawler's lxml reader (newscrawler.discovery.feeds.read_feed) against
feedparser, on feeds written the ways government portals write them.

    python benchmarks/feed_readers.py [--repeat N]

feedparser is not a dependency: install it beside (``pip install feedparser``) to compare;
without it only our reader runs. Each case has the links (absolute, in order) and dates a
reader must give; a reader scores a case when both are right. Speed: items per second over
a 2,000-item RSS feed, best of --repeat.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawler.discovery.feeds import read_feed  # noqa: E402

BASE = "https://www.x.gov.cn/rss.xml"
D1, D2 = date(2024, 5, 28), date(2024, 5, 27)
A1, A2 = "https://www.x.gov.cn/art/2024/5/28/art_1_1.html", "https://www.x.gov.cn/a/2.html"

CASES: dict[str, tuple[bytes, list[tuple[str, date | None]]]] = {
    "RSS 2.0": (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        b"<item><link>https://www.x.gov.cn/art/2024/5/28/art_1_1.html</link>"
        b"<pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate></item>"
        b"<item><link>https://www.x.gov.cn/a/2.html</link>"
        b"<pubDate>Mon, 27 May 2024 08:00:00 GMT</pubDate></item></channel></rss>",
        [(A1, D1), (A2, D2)]),
    "Atom": (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b'<entry><link rel="alternate" href="https://www.x.gov.cn/art/2024/5/28/art_1_1.html"/>'
        b"<published>2024-05-28T09:54:31+08:00</published></entry>"
        b'<entry><link href="https://www.x.gov.cn/a/2.html"/><updated>2024-05-27T08:00:00Z'
        b"</updated></entry></feed>",
        [(A1, D1), (A2, D2)]),
    "RSS 1.0 (RDF)": (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<item><link>https://www.x.gov.cn/art/2024/5/28/art_1_1.html</link>"
        b"<dc:date>2024-05-28T09:54:31+08:00</dc:date></item>"
        b"<item><link>https://www.x.gov.cn/a/2.html</link><dc:date>2024-05-27</dc:date>"
        b"</item></rdf:RDF>",
        [(A1, D1), (A2, D2)]),
    "relative links": (
        b'<rss version="2.0"><channel><item><link>/art/2024/5/28/art_1_1.html</link>'
        b"<pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate></item><item><link>a/2.html</link>"
        b"<pubDate>Mon, 27 May 2024 08:00:00 GMT</pubDate></item></channel></rss>",
        [(A1, D1), (A2, D2)]),
    "guid permalink only": (
        b'<rss version="2.0"><channel><item><guid>'
        b"https://www.x.gov.cn/art/2024/5/28/art_1_1.html</guid><pubDate>Tue, 28 May 2024 "
        b"09:54:31 +0800</pubDate></item><item><guid isPermaLink=\"false\">x-2</guid>"
        b"<link>https://www.x.gov.cn/a/2.html</link><pubDate>Mon, 27 May 2024 08:00:00 GMT"
        b"</pubDate></item></channel></rss>",
        [(A1, D1), (A2, D2)]),
    "unescaped & and CDATA": (
        b'<rss version="2.0"><channel><title>News & notices</title><item><title>R&D</title>'
        b"<link><![CDATA[https://www.x.gov.cn/art/2024/5/28/art_1_1.html]]></link>"
        b"<pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate></item><item><title>A & B"
        b"</title><link>https://www.x.gov.cn/a/2.html</link>"
        b"<pubDate>Mon, 27 May 2024 08:00:00 GMT</pubDate></item></channel></rss>",
        [(A1, D1), (A2, D2)]),
    "GBK declared, Chinese titles": (
        '<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><title>要闻</title>'
        "<item><title>全省防汛工作会议召开</title>"
        "<link>https://www.x.gov.cn/art/2024/5/28/art_1_1.html</link>"
        "<pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate></item><item><title>营商环境</title>"
        "<link>https://www.x.gov.cn/a/2.html</link><pubDate>2024-05-27 08:00:00</pubDate>"
        "</item></channel></rss>".encode("gbk"),
        [(A1, D1), (A2, D2)]),
    "Chinese date in pubDate": (
        '<rss version="2.0"><channel><item><link>https://www.x.gov.cn/art/2024/5/28/'
        "art_1_1.html</link><pubDate>2024年05月28日 09:54</pubDate></item><item><link>"
        "https://www.x.gov.cn/a/2.html</link><pubDate>2024/05/27</pubDate></item>"
        "</channel></rss>".encode(),
        [(A1, D1), (A2, D2)]),
}


def ours(body: bytes) -> list[tuple[str, date | None]]:
    return [(e.url, e.date) for e in read_feed(body, BASE)]


def theirs(body: bytes) -> list[tuple[str, date | None]]:
    from urllib.parse import urljoin

    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": BASE})
    out = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if entry.get("guidislink") else None)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        out.append((urljoin(BASE, link) if link else None,
                    date(*stamp[:3]) if stamp else None))
    return out


def big_feed(n: int) -> bytes:
    items = "".join(f"<item><title>Item {i}</title><link>https://www.x.gov.cn/art/2024/5/28/"
                    f"art_1_{i}.html</link><pubDate>Tue, 28 May 2024 09:54:31 +0800</pubDate>"
                    f"<description>Text of item {i}, with a few words.</description></item>"
                    for i in range(n))
    return f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    readers = {"newscrawler (lxml)": ours}
    try:
        import feedparser

        readers[f"feedparser {feedparser.__version__}"] = theirs
    except ImportError:
        print("feedparser is not installed: only newscrawler's reader is measured\n")
    print(f"{'case':<32}" + "".join(f"{name:>24}" for name in readers))
    scores = dict.fromkeys(readers, 0)
    for case, (body, want) in CASES.items():
        row = f"{case:<32}"
        for name, read in readers.items():
            got = read(body)
            ok = got == want
            scores[name] += ok
            row += f" {'right' if ok else 'WRONG ' + str(got)[:50]:>23}"
        print(row)
    print(f"{'cases right':<32}" + "".join(f"{f'{scores[n]}/{len(CASES)}':>24}"
                                           for n in readers))
    body = big_feed(2000)
    row = f"{'items/s (2,000-item RSS)':<32}"
    for read in readers.values():
        best = min(_timed(read, body) for _ in range(args.repeat))
        row += f"{2000 / best:>24,.0f}"
    print(row)
    return 0


def _timed(read, body: bytes) -> float:
    start = time.perf_counter()
    read(body)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
