"""``newscrawler report``: a self-contained page whose chart really renders in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers import run_main

WINDOW = (1000, 800)
CHART_ROWS = (150, 520)  # where the chart sits on the page, in pixels from the top
BLUE, ORANGE = (0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00)  # the first two series' colours


@pytest.fixture(scope="module")
def report(demo_crawl, tmp_path_factory) -> Iterator[tuple[Path, str]]:
    out = tmp_path_factory.mktemp("report") / "report.html"
    made = run_main("report", "--db", demo_crawl.db, "-o", out)
    assert made.returncode == 0, made.stderr
    yield out, demo_crawl.base_url


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_report_is_self_contained_and_has_every_section(report):
    path, base = report
    html = path.read_text(encoding="utf-8")
    page = _Collect()
    page.feed(html)
    names = [tag for tag, _ in page.tags]
    assert "script" not in names and "link" not in names and "img" not in names
    assert not any("src" in attrs for _, attrs in page.tags)
    assert "@import" not in html and "url(" not in html and "@font-face" not in html
    text = " ".join(page.text)
    for heading in ("Articles per day", "Sites", "Health", "Recent runs",
                    "Failures by reason", "Newest articles"):
        assert heading in text
    # The chart: one bar segment per site and day, both sites in the legend.
    rects = [attrs for tag, attrs in page.tags if tag == "rect"]
    assert len(rects) == 18  # 11 days of demo-en, 7 of demo-zh
    assert "demo-en (36)" in text and "demo-zh (30)" in text
    # Runs with their outcome, failures by reason, newest articles linked.
    assert "ok, 3 failed" in text and "HTTP 404" in text and "forbidden by robots.txt" in text
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert f"{base}/en/art/2018/5/28/art_1000.html" in links
    assert sum(href.startswith(base) for href in links) >= 30


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


#: CI (.ci/run) installs Chromium and sets this: there a missing browser fails the test
#: rather than skipping it, so the chart is always checked where it matters.
REQUIRE_BROWSER = os.environ.get("NEWSCRAWLER_REQUIRE_BROWSER") == "1"
NO_BROWSER = ("Chromium is not installed, and this test renders the report in it "
              "(Debian/Ubuntu: apt-get install chromium; CI installs it and sets "
              "NEWSCRAWLER_REQUIRE_BROWSER=1, which makes this a failure)")


@pytest.fixture(scope="session")
def chromium() -> str:
    found = _find_chromium()
    if found is None:
        if REQUIRE_BROWSER:
            pytest.fail(f"NEWSCRAWLER_REQUIRE_BROWSER=1: {NO_BROWSER}", pytrace=False)
        pytest.skip(NO_BROWSER)
    return found


def _screenshot(browser: str, page: Path, png: Path, profile: Path) -> None:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--hide-scrollbars",
               f"--user-data-dir={profile}", f"--screenshot={png}",
               f"--window-size={WINDOW[0]},{WINDOW[1]}", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=90)
    assert png.exists(), f"no screenshot ({result.returncode}): {result.stderr[-2000:]}"


def read_png(path: Path) -> tuple[int, int, list[bytes], int]:
    """Width, height, the unfiltered rows and bytes per pixel of an 8-bit RGB(A) PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) \
                    & 0xFF
        prev = bytes(line)
        rows.append(prev)
    return width, height, rows, bpp


def colour_counts(path: Path, top: int, bottom: int) -> dict[str, int]:
    """Pixels in rows top..bottom that are strongly coloured, and near each series colour."""
    width, _, rows, bpp = read_png(path)
    counts = {"coloured": 0, "blue": 0, "orange": 0}
    for row in rows[top:bottom]:
        for x in range(0, width * bpp, bpp):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if max(r, g, b) - min(r, g, b) > 80:
                counts["coloured"] += 1
                for name, (cr, cg, cb) in (("blue", BLUE), ("orange", ORANGE)):
                    if abs(r - cr) + abs(g - cg) + abs(b - cb) < 40:
                        counts[name] += 1
    return counts


@pytest.mark.slow
def test_chart_renders_in_headless_chromium(chromium, report, tmp_path):
    path, _ = report
    html = path.read_text(encoding="utf-8")
    without = tmp_path / "without-chart.html"
    without.write_text(re.sub(r'<svg id="chart".*?</svg>', "", html, flags=re.S),
                       encoding="utf-8")
    shots = {}
    for name, page in (("report", path), ("without", without)):
        png = tmp_path / f"{name}.png"
        _screenshot(chromium, page, png, tmp_path / f"profile-{name}")
        width, height, _, _ = read_png(png)
        assert (width, height) == WINDOW
        shots[name] = colour_counts(png, *CHART_ROWS)
    chart, bare = shots["report"], shots["without"]
    # The bars fill a good part of the chart area, in both sites' colours; the same page
    # without its chart has almost no colour there.
    assert chart["blue"] > 15_000 and chart["orange"] > 10_000, shots
    assert chart["coloured"] > 10 * max(bare["coloured"], 100), shots


def test_health_shows_each_sites_state_and_a_coverage_drop_along_its_runs(tmp_path):
    from newscrawler.health import Problem, RunHealth
    from newscrawler.report import render_report
    from newscrawler.storage import Storage
    from newscrawler.storage.reader import open_reader

    store = Storage.open(tmp_path / "news.db")
    full = {"title": 10, "published": 10, "time": 10, "body": 10, "source": 8}
    for site, times in (("zj", (10, 10, 2, 10)), ("gd", (10, 10))):
        for time in times:
            run_id = store.start_run(site)
            dropped = time < 10
            store.save_health(RunHealth(
                site=site, run_id=run_id, articles=10, coverage={**full, "time": time},
                body_paths={"container": 10}, lists=3, lists_empty=1,
                state="degraded" if dropped else "ok",
                problems=(Problem("coverage", "publication time in 20% of 10 articles "
                                              "(usually 100%)"),) if dropped else ()))
            store.finish_run(run_id, finish_reason="finished", articles_new=10,
                             exit_status=4 if dropped else 0,
                             outcome="degraded: coverage: ..." if dropped else "ok")
    store.close()
    conn = open_reader(tmp_path / "news.db")
    html = render_report(conn)
    conn.close()
    section = html[html.index("<h2>Health</h2>"):html.index("<h2>Recent runs</h2>")]
    # now: both ok (zj's last run was ok again), each with the runs it went through
    now = section[:section.index("</table>")]
    assert re.findall(r"<tr><td>(\w+)</td><td class=\"(\w+)\">(\w+)</td>", now) == [
        ("gd", "ok", "ok"), ("zj", "ok", "ok")]
    zj = section[section.index("zj: its last 4 runs"):]
    zj = zj[:zj.index("</table>")]
    row = re.search(r"<tr><th>publication time</th>(.*?)</tr>", zj).group(1)
    assert re.findall(r'<td class="(\w+)">(\d+)%</td>', row) == [
        ("hi", "100"), ("hi", "100"), ("lo", "20"), ("hi", "100")]
    verdicts = re.search(r"<tr><th>verdict</th>(.*?)</tr>", zj).group(1)
    assert verdicts.count(">ok<") == 3 and verdicts.count(">degraded<") == 1
    assert 'title="coverage: publication time in 20% of 10 articles (usually 100%)"' in verdicts
    gd = section[section.index("gd: its last 2 runs"):]
    assert '<td class="lo">' not in gd[:gd.index("</table>")]


@pytest.mark.slow
@pytest.mark.parametrize("require", [False, True])
def test_without_chromium_the_chart_test_skips_or_fails_as_asked(tmp_path, require):
    """On a machine without a browser (PATH holds only Python here) the chart test is
    skipped with the reason, unless NEWSCRAWLER_REQUIRE_BROWSER=1 (CI) makes it fail."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSCRAWLER_REQUIRE_BROWSER"}
    env["PATH"] = str(Path(sys.executable).parent)
    if require:
        env["NEWSCRAWLER_REQUIRE_BROWSER"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         f"{__file__}::test_chart_renders_in_headless_chromium", "--basetemp",
         str(tmp_path / "base")], cwd=Path(__file__).parent.parent, capture_output=True,
        text=True, timeout=300, env=env)
    if require:
        assert result.returncode == 1, result.stdout[-3000:]
        assert "1 error" in result.stdout or "1 failed" in result.stdout
        assert "NEWSCRAWLER_REQUIRE_BROWSER=1: Chromium is not installed" in result.stdout
    else:
        assert result.returncode == 0, result.stdout[-3000:]
        assert "1 skipped" in result.stdout and "apt-get install chromium" in result.stdout
