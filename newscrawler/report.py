"""One self-contained HTML page about a news database: what came in, and how the crawls went.

>>> html = render_report(conn, title="news.db")
>>> Path("report.html").write_text(html, encoding="utf-8")

The page has no scripts, no external style sheets, fonts or images: the chart is inline SVG
and the style is one ``<style>`` element, so the file can be mailed or opened offline.
Sections, top to bottom: the totals; articles per day per site (by publication date, a
stacked bar chart over the last :data:`CHART_DAYS` days that have articles); the sites; their
health now and, per site, what each of its last :data:`HEALTH_RUNS` runs extracted (the share
of articles with each field, of bodies found by the site's own path: a table whose cells are
shaded by the share, so that a drop shows as a change of colour along a row, and whose
degraded runs are marked); the recent runs with their outcome; failures by reason; the newest
articles, linked.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from html import escape

from newscrawler import __version__
from newscrawler.durations import between
from newscrawler.health import FIELDS, RunHealth
from newscrawler.health.measure import FIELD_NAMES
from newscrawler.health.state import site_states, why
from newscrawler.storage.health import site_history
from newscrawler.storage.stats import (
    articles_per_day,
    failures_by_reason,
    newest_articles,
    recent_runs,
    site_stats,
)

__all__ = ["CHART_DAYS", "HEALTH_RUNS", "render_report"]

CHART_DAYS = 60
HEALTH_RUNS = 20
# Colour-blind-safe categorical palette (Okabe and Ito), then greys.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000", "#999999", "#666666")
_CHART_W, _CHART_H = 960, 320
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 48, 16, 16, 48

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei",
       sans-serif; margin: 24px auto; max-width: 1000px; color: #222; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: #666; font-size: 13px; }
.totals { display: flex; gap: 24px; margin: 16px 0; }
.totals div { border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px; }
.totals b { display: block; font-size: 22px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f6f6f6; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ok { color: #0a7a32; } .bad { color: #b00020; font-weight: 600; } .muted { color: #888; }
.legend span { display: inline-block; margin-right: 16px; font-size: 13px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px;
            vertical-align: -1px; }
svg text { font-size: 11px; fill: #555; }
a { color: #0645ad; text-decoration: none; } a:hover { text-decoration: underline; }
table.cov { width: auto; margin: 6px 0 14px; } table.cov caption { text-align: left;
  font-weight: 600; padding: 4px 0; } table.cov td { text-align: right; min-width: 34px;
  font-variant-numeric: tabular-nums; } table.cov th { font-weight: normal; }
td.hi { background: #dcefdc; } td.mid { background: #fbeec2; } td.lo { background: #f6c9c4; }
td.na { color: #aaa; }
"""


def render_report(conn: sqlite3.Connection, *, title: str = "news.db",
                  now: datetime | None = None, chart_days: int = CHART_DAYS,
                  runs: int = 20, newest: int = 30) -> str:
    """``render_report(conn, title="news.db", now=None, chart_days=60, runs=20, newest=30)``:
    the whole page as a string."""
    now = now or datetime.now(UTC)
    sites = site_stats(conn)
    per_day = articles_per_day(conn, days=chart_days)
    colours = {s.site: PALETTE[i % len(PALETTE)] for i, s in enumerate(sites)}
    total_articles = sum(s.articles for s in sites)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>newscrawler report: {escape(title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>newscrawler report: {escape(title)}</h1>",
        f'<div class="meta">made {now:%Y-%m-%d %H:%M} UTC by newscrawler {__version__}</div>',
        '<div class="totals">',
        f"<div><b>{total_articles:,}</b>articles</div>",
        f"<div><b>{sum(s.reposts for s in sites):,}</b>reposts</div>",
        f"<div><b>{len(sites)}</b>sites</div>",
        f"<div><b>{sum(s.runs for s in sites):,}</b>runs</div>",
        f"<div><b>{sum(s.failures for s in sites):,}</b>failures</div>",
        "</div>",
        "<h2>Articles per day</h2>",
        _chart(per_day, colours, chart_days),
        "<h2>Sites</h2>",
        _sites_table(sites),
        "<h2>Health</h2>",
        _health_section(conn, now),
        "<h2>Recent runs</h2>",
        _runs_table(conn, runs),
        "<h2>Failures by reason</h2>",
        _failures_table(conn),
        "<h2>Newest articles</h2>",
        _newest_table(conn, newest),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _chart(per_day: dict[str, dict[str, int]], colours: dict[str, str], days: int) -> str:
    if not per_day:
        return '<p class="muted">No articles with a publication date yet.</p>'
    dates = sorted({d for counts in per_day.values() for d in counts})
    try:
        first, last = date.fromisoformat(dates[0]), date.fromisoformat(dates[-1])
    except ValueError:
        return '<p class="muted">No readable publication dates.</p>'
    span = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    span = span[-days:]
    sites = sorted(per_day, key=lambda s: list(colours).index(s) if s in colours else 0)
    totals = [sum(per_day[s].get(d, 0) for s in sites) for d in span]
    top = _nice_max(max(totals))
    plot_w = _CHART_W - _PAD_L - _PAD_R
    plot_h = _CHART_H - _PAD_T - _PAD_B
    slot = plot_w / len(span)
    bar = max(1.0, slot * 0.8)
    out = [f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{_CHART_W}" '
           f'height="{_CHART_H}" viewBox="0 0 {_CHART_W} {_CHART_H}" role="img" '
           f'aria-label="Articles per day per site">']
    for i in range(5):  # horizontal grid lines with their values
        value = top * i / 4
        y = _PAD_T + plot_h - plot_h * i / 4
        out.append(f'<line x1="{_PAD_L}" y1="{y:.1f}" x2="{_CHART_W - _PAD_R}" y2="{y:.1f}" '
                   f'stroke="#e5e5e5"/>')
        out.append(f'<text x="{_PAD_L - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    for i, day in enumerate(span):
        x = _PAD_L + i * slot + (slot - bar) / 2
        y = _PAD_T + plot_h
        for site in sites:
            count = per_day[site].get(day, 0)
            if not count:
                continue
            height = plot_h * count / top
            y -= height
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                       f'fill="{colours.get(site, "#999")}"><title>{escape(site)} {day}: '
                       f"{count}</title></rect>")
    step = max(1, round(len(span) / 10))
    for i in range(0, len(span), step):
        x = _PAD_L + i * slot + slot / 2
        out.append(f'<text x="{x:.1f}" y="{_CHART_H - _PAD_B + 16}" '
                   f'text-anchor="middle">{span[i][5:]}</text>')
    out.append(f'<line x1="{_PAD_L}" y1="{_PAD_T + plot_h}" x2="{_CHART_W - _PAD_R}" '
               f'y2="{_PAD_T + plot_h}" stroke="#888"/>')
    out.append(f'<text x="{_PAD_L}" y="{_CHART_H - 8}">{span[0]} .. {span[-1]} '
               f"(publication date)</text></svg>")
    legend = "".join(f'<span><i style="background:{colours.get(s, "#999")}"></i>{escape(s)}'
                     f" ({sum(per_day[s].values())})</span>" for s in sites)
    return "\n".join(out) + f'\n<div class="legend">{legend}</div>'


def _minute(stamp: str | None) -> str:
    """``2024-05-31 08:00`` of an ISO timestamp, escaped."""
    return escape((stamp or "")[:16].replace("T", " "))


def _nice_max(value: int) -> int:
    """The chart's top: four grid steps of 1, 2, 3 or 5 times a power of ten, at least
    *value*."""
    scale = 1
    while True:
        for step in (1, 2, 3, 5):
            if 4 * step * scale >= value:
                return 4 * step * scale
        scale *= 10


def _sites_table(sites: list) -> str:
    if not sites:
        return '<p class="muted">Nothing crawled yet.</p>'
    rows = []
    for s in sites:
        published = (f"{escape(s.first_published[:10])} .. {escape((s.last_published or '')[:10])}"
                     if s.first_published else "-")
        last = s.last_run
        outcome = (f'<span class="{"ok" if last.ok else "bad"}">{escape(last.outcome)}</span>'
                   if last else '<span class="muted">never run</span>')
        rows.append(f"<tr><td>{escape(s.site)}</td><td class=n>{s.articles:,}</td>"
                    f"<td class=n>{s.reposts:,}</td><td>{published}</td>"
                    f"<td>{_minute(last.started_at) if last else '-'}</td>"
                    f"<td>{outcome}</td><td class=n>{s.failures_last_run:,}</td>"
                    f"<td class=n>{s.failures:,}</td></tr>")
    return ("<table><tr><th>site</th><th>articles</th><th>reposts</th><th>published</th>"
            "<th>last run (UTC)</th><th>outcome</th><th>failed last run</th>"
            "<th>failed in all</th></tr>" + "".join(rows) + "</table>")


def _health_section(conn: sqlite3.Connection, now: datetime) -> str:
    states = site_states(conn, now=now)
    if not states:
        return '<p class="muted">No finished runs yet.</p>'
    rows = [f"<tr><td>{escape(s['site'])}</td>"
            f'<td class="{"ok" if s["state"] == "ok" else "bad"}">{s["state"]}</td>'
            f"<td>{escape(why(s)) or '-'}</td></tr>" for s in states]
    parts = ["<table><tr><th>site</th><th>now</th><th>why</th></tr>" + "".join(rows)
             + "</table>"]
    for s in states:
        history = site_history(conn, s["site"], limit=HEALTH_RUNS)
        if history:
            parts.append(_coverage_table(s["site"], history[::-1]))
    return "\n".join(parts)


def _share_cell(share: float | None) -> str:
    if share is None:
        return '<td class="na">-</td>'
    shade = "hi" if share >= 0.9 else "mid" if share >= 0.7 else "lo"
    return f'<td class="{shade}">{share:.0%}</td>'


def _coverage_table(site: str, runs: list[RunHealth]) -> str:
    """One site's last runs, oldest first: the share of articles with each field, of bodies
    from the site's own path (not a fallback), list pages without links, the verdict."""
    head = "".join(f'<th title="run {r.run_id}, {_minute(r.started_at)} UTC">#{r.run_id}</th>'
                   for r in runs)
    rows = [f"<tr><th>{escape(FIELD_NAMES[name])}</th>"
            + "".join(_share_cell(r.share(name)) for r in runs) + "</tr>" for name in FIELDS]
    own = [None if r.fallback_share() is None else 1 - (r.fallback_share() or 0) for r in runs]
    rows.append("<tr><th>bodies by the site's own path</th>"
                + "".join(_share_cell(share) for share in own) + "</tr>")
    rows.append("<tr><th>list pages without links</th>"
                + "".join(f"<td>{r.lists_empty}/{r.lists}</td>" for r in runs) + "</tr>")
    rows.append("<tr><th>articles</th>"
                + "".join(f"<td>{r.articles}</td>" for r in runs) + "</tr>")
    verdicts = "".join(
        '<td class="bad" title="{}">degraded</td>'.format(
            escape("; ".join(f"{p.check}: {p.message}" for p in r.problems)))
        if r.state == "degraded" else f'<td class="ok">{r.state or "-"}</td>' for r in runs)
    rows.append(f"<tr><th>verdict</th>{verdicts}</tr>")
    return (f'<table class="cov"><caption>{escape(site)}: its last {len(runs)} runs</caption>'
            f"<tr><th></th>{head}</tr>" + "".join(rows) + "</table>")


def _runs_table(conn: sqlite3.Connection, limit: int) -> str:
    runs = recent_runs(conn, limit=limit)
    if not runs:
        return '<p class="muted">No runs yet.</p>'
    rows = []
    for r in runs:
        started = r.started_at or ""
        rows.append(f"<tr><td class=n>{r.id}</td><td>{escape(r.site)}</td>"
                    f"<td>{_minute(started)}</td>"
                    f"<td>{between(started, r.finished_at)}</td>"
                    f"<td class=n>{r.pages:,}</td><td class=n>{r.articles_new:,}</td>"
                    f"<td class=n>{r.failures:,}</td>"
                    f'<td class="{"ok" if r.ok else "bad"}">{escape(r.outcome)}</td></tr>')
    return ("<table><tr><th>run</th><th>site</th><th>started (UTC)</th><th>took</th>"
            "<th>pages</th><th>new articles</th><th>failures</th><th>outcome</th></tr>"
            + "".join(rows) + "</table>")


def _failures_table(conn: sqlite3.Connection) -> str:
    failures = failures_by_reason(conn)
    if not failures:
        return '<p class="ok">No failures recorded.</p>'
    rows = [f"<tr><td>{escape(f.reason)}</td><td>{escape(f.site or '')}</td>"
            f"<td class=n>{f.count:,}</td>"
            f"<td>{_minute(f.last_failed_at)}</td>"
            f'<td><a href="{escape(f.example_url)}">{escape(f.example_url)}</a></td></tr>'
            for f in failures]
    return ("<table><tr><th>reason</th><th>site</th><th>pages</th><th>last (UTC)</th>"
            "<th>latest example</th></tr>" + "".join(rows) + "</table>")


def _newest_table(conn: sqlite3.Connection, limit: int) -> str:
    articles = newest_articles(conn, limit=limit)
    if not articles:
        return '<p class="muted">No articles yet.</p>'
    rows = []
    for a in articles:
        repost = (f' <span class="muted">(repost of #{a["duplicate_of"]})</span>'
                  if a["duplicate_of"] else "")
        rows.append(f"<tr><td>{_minute(a['published_at'])}</td>"
                    f"<td>{escape(a['site'])}</td>"
                    f'<td><a href="{escape(a["url"])}">{escape(a["title"] or a["url"])}</a>'
                    f"{repost}</td></tr>")
    return ("<table><tr><th>published</th><th>site</th><th>title</th></tr>"
            + "".join(rows) + "</table>")
