"""A crawl without a config against the same crawl with the hand-written configs, on the demo
portal: articles stored right, list pages stored as articles, requests; first run and re-run.

    python benchmarks/zeroconf_demo.py [--articles N] [--keep DIR]

The demo portal (two editions, pagination, an article under two addresses, tracking
parameters, a robots.txt-forbidden folder, a dead link, an empty page) is served on 127.0.0.1
under the name ``www.demo.gov.cn`` (``newscrawler.demo.hosts``: nothing leaves the machine),
so that the zero-config crawl gets its timezone from the country domain as it would on a real
portal. Crawls, each into a fresh output folder and each run twice (the second run shows the
incremental cost):

1. configured: ``newscrawler crawl demo-en.toml demo-zh.toml`` (the shipped configs);
2. zero-config, the home page: ``newscrawler crawl http://www.demo.gov.cn:PORT/``;
3. zero-config, the two editions: ``newscrawler crawl .../en/index.html .../zh/index.html``;
4. proposed: ``newscrawler sites new http://www.demo.gov.cn:PORT/`` writes a site file, which
   is crawled (the requests of ``sites new`` itself are counted apart).

An article is right when its title, published_at and body equal the portal's own
(``DemoPortal.expected_articles``); requests are the server's count (robots.txt included).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawler.demo.portal import DemoPortal  # noqa: E402
from newscrawler.demo.server import PortalServer  # noqa: E402
from newscrawler.sites import SITES_DIR  # noqa: E402

HOST = "www.demo.gov.cn"
SETTINGS = ("-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", "TWISTED_DNS_RESOLVER=newscrawler.demo.hosts.DemoHosts")


def newscrawler(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newscrawler.cli", *map(str, args)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)


def stored(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        rows = {r["url"]: dict(r) for r in conn.execute(
            "SELECT url, title, published_at, body FROM articles")}
        for url, article_id in conn.execute("SELECT u.url, a.url FROM article_urls u "
                                            "JOIN articles a ON a.id = u.article_id"):
            rows.setdefault(url, rows[article_id])
        return rows
    finally:
        conn.close()


def judge(db: Path, expected: list[dict]) -> tuple[int, int, int]:
    """(articles right, articles stored, stored pages that are not articles of the portal)"""
    rows = stored(db)
    right = sum(1 for e in expected if (r := rows.get(e["url"])) is not None
                and (r["title"], r["published_at"], r["body"])
                == (e["title"], e["published_at"], e["body"]))
    conn = sqlite3.connect(db)
    urls = [u for (u,) in conn.execute("SELECT url FROM articles")]
    conn.close()
    known = {e["url"] for e in expected}
    return right, len(urls), sum(1 for u in urls if u not in known)


def run_twice(server: PortalServer, out: Path, *targets: str | Path) -> list[int]:
    counts = []
    for _ in range(2):
        mark = len(server.requested)
        result = newscrawler("crawl", *targets, "-o", out, "--no-progress", *SETTINGS)
        if result.returncode != 0:
            raise SystemExit(f"crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
        counts.append(len(server.requested) - mark)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=0,
                        help="articles per edition (default: the demo's 36 + 30)")
    parser.add_argument("--keep", type=Path, help="keep the output folders here")
    args = parser.parse_args(argv)
    portal = DemoPortal(en=args.articles, zh=args.articles) if args.articles else DemoPortal()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="zeroconf-"))
    tmp.mkdir(parents=True, exist_ok=True)
    with PortalServer(portal.render()) as server:
        port = server.base_url.rsplit(":", 1)[1]
        base = f"http://{HOST}:{port}"
        expected = portal.expected_articles(base)
        sites = []
        for name in ("demo-en", "demo-zh"):
            path = tmp / f"{name}.toml"
            path.write_text((SITES_DIR / f"{name}.toml").read_text("utf-8")
                            .replace("http://127.0.0.1:8765", base), "utf-8")
            sites.append(path)
        rows = []
        for edition, start in (("portal", "/"), ("en", "/en/index.html")):
            mark = len(server.requested)
            proposed = tmp / f"proposed-{edition}.toml"
            result = newscrawler("sites", "new", f"{base}{start}", "-o", proposed, "--force",
                                 *SETTINGS)
            if result.returncode != 0:
                raise SystemExit(f"sites new failed ({result.returncode}): "
                                 f"{result.stderr[-2000:]}")
            sampled = len(server.requested) - mark
            if edition == "portal":
                runs = {
                    "configured (demo-en, demo-zh)": sites,
                    "zero-config, home page": [f"{base}/"],
                    "zero-config, two editions": [f"{base}/en/index.html",
                                                  f"{base}/zh/index.html"],
                }
                want = expected
            else:
                runs = {"configured (demo-en)": sites[:1],
                        "zero-config, /en/index.html": [f"{base}/en/index.html"]}
                want = [e for e in expected if e["site"] == "demo-en"]
            runs[f"proposed by sites new ({sampled} requests)"] = [proposed]
            first_row = len(rows)
            for label, targets in runs.items():
                out = tmp / f"out-{len(rows)}"
                shutil.rmtree(out, ignore_errors=True)
                first, second = run_twice(server, out, *targets)
                right, count, not_articles = judge(out / "news.db", want)
                same = stored(out / "news.db").keys() == stored(
                    tmp / f"out-{first_row}" / "news.db").keys()
                rows.append((edition, len(want), label, right, count, not_articles, first,
                             second, same))
    print(f"{'pages':<7} {'crawl':<42} {'right':>9} {'stored':>6} {'not art.':>8} "
          f"{'requests':>8} {'ratio':>6} {'re-run':>6} same URLs")
    base_first = {}
    for edition, total, label, right, count, not_articles, first, second, same in rows:
        base_first.setdefault(edition, first)
        print(f"{edition:<7} {label:<42} {right:>4}/{total:<4} {count:>6} {not_articles:>8} "
              f"{first:>8} {first / base_first[edition]:>6.3f} {second:>6} {same}")
    print("\nright = title, published_at and body equal the portal's; same URLs = the "
          f"articles' addresses equal the first crawl's of the group; output in {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
