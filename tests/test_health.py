"""Health checks on real crawls of the demo portal: a redesign degrades the run (exit 4) and
sends one email and one webhook call; the restored layout is ok again; a quiet site is stale
only after its usual interval (history with controlled timestamps, no sleeping).

Alerts go to an SMTP server (aiosmtpd) and an HTTP receiver started here on 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import json
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from newscrawler.exit_status import ExitStatus

from helpers import crawl, db_rows, free_port, run_main, write_site


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's)
        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, _Mailbox]]:
    mailbox = _Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, mailbox
    finally:
        controller.stop()


class _Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict]] = []
        self.status = 204

        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.posts.append((self.path, json.loads(body)))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/newscrawler"


@pytest.fixture
def webhook() -> Iterator[_Receiver]:
    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.shutdown()
        receiver.server_close()


def _alerts(port: int, receiver: _Receiver) -> tuple[str, ...]:
    return ("-s", "NEWSCRAWLER_ALERT_EMAIL_TO=ops@example.org,desk@example.org",
            "-s", "NEWSCRAWLER_ALERT_SMTP_HOST=127.0.0.1",
            "-s", f"NEWSCRAWLER_ALERT_SMTP_PORT={port}",
            "-s", f"NEWSCRAWLER_ALERT_WEBHOOK_URL={receiver.url}")


def _last_run(db: Path, site: str) -> dict:
    return db_rows(db, "SELECT r.*, h.state, h.problems FROM crawl_runs r LEFT JOIN run_health h "
                       "ON h.run_id = r.id WHERE r.site = ? ORDER BY r.id DESC LIMIT 1",
                   (site,))[0]


@pytest.mark.slow
def test_a_redesign_degrades_the_run_alerts_once_and_the_restored_layout_is_ok(
        crawled, smtp, webhook):
    port, mailbox = smtp
    site, db = crawled.sites[0], crawled.out / "news.db"  # demo-en, crawled once already
    portal, server = crawled.portal, crawled.server

    # The same portal, redesigned, with six new articles in its news channel.
    portal.add_articles(6)
    portal.layout = "redesigned"
    server.set_pages(portal.render())
    second = crawl(crawled.out, site, extra=_alerts(port, webhook))
    assert second.returncode == ExitStatus.DEGRADED == 4, second.stderr[-3000:]
    run = _last_run(db, "demo-en")
    problems = json.loads(run["problems"])
    assert [p["check"] for p in problems] == ["coverage", "body path", "lists"]
    assert [p["message"] for p in problems] == [
        "publication time in 0% of 6 articles (usually 81%)",
        "bodies from the generic fallbacks in 100% of 6 articles (usually 0%; mostly the "
        "generic extractor now, the content container before)",
        "2 of 4 list pages gave no article link (usually at most 1)"]
    assert run["state"] == "degraded" and run["exit_status"] == 4 and run["articles_new"] == 6
    assert run["outcome"].startswith("degraded: coverage: publication time in 0% of 6")
    assert "degraded: coverage:" in second.stdout  # the crawl's summary says it too

    # One email, to both addresses, saying what failed; one webhook call with the same.
    [mail] = mailbox.messages
    assert mail["Subject"] == f"newscrawler: demo-en degraded (run {run['id']})"
    assert mail["To"] == "ops@example.org, desk@example.org"
    text = mail.get_content()
    for problem in problems:
        assert f"- {problem['check']}: {problem['message']}" in text
    [(path, payload)] = webhook.posts
    assert path == "/hooks/newscrawler"
    assert (payload["event"], payload["site"], payload["run_id"]) == (
        "degraded", "demo-en", run["id"])
    assert payload["problems"] == problems
    assert payload["coverage"]["time"] == 0 and payload["body_paths"] == {"generic": 6}

    health = run_main("health", "--db", db, "--site", "demo-en")
    assert health.returncode == ExitStatus.DEGRADED
    assert "demo-en  degraded" in health.stdout and "body path: bodies from" in health.stdout

    # Restored: six more articles, the classic layout; the degraded run is not the norm.
    portal.add_articles(6)
    portal.layout = "classic"
    server.set_pages(portal.render())
    third = crawl(crawled.out, site, extra=_alerts(port, webhook))
    assert third.returncode == 0, third.stderr[-3000:]
    run = _last_run(db, "demo-en")
    assert (run["state"], run["outcome"], run["articles_new"]) == ("ok", "ok", 6)
    assert len(mailbox.messages) == 1 and len(webhook.posts) == 1
    assert run_main("health", "--db", db, "--site", "demo-en").returncode == 0
    table = run_main("runs", "--db", db, "--site", "demo-en", "--health").stdout.splitlines()
    assert table[1].split()[4:12] == ["6", "100%", "100%", "100%", "100%", "83%", "container",
                                      "100%"]
    assert table[2].split()[4:12] == ["6", "100%", "100%", "0%", "100%", "83%", "generic",
                                      "100%"]
    assert table[1].endswith("ok") and table[2].endswith("degraded")


@pytest.mark.slow
def test_a_site_still_degraded_by_the_same_checks_alerts_once(crawled, smtp, webhook):
    port, mailbox = smtp
    site, portal, server = crawled.sites[0], crawled.portal, crawled.server
    portal.layout = "redesigned"
    for _ in range(2):  # two runs of the redesigned portal: one alert
        portal.add_articles(6)
        server.set_pages(portal.render())
        result = crawl(crawled.out, site, extra=_alerts(port, webhook))
        assert result.returncode == ExitStatus.DEGRADED, result.stderr[-3000:]
    assert len(mailbox.messages) == 1 and len(webhook.posts) == 1
    # the second run said why it sent nothing (Scrapy's stats dump)
    assert "'newscrawler/alerts/email/repeated': 1" in result.stderr
    assert "'newscrawler/alerts/webhook/repeated': 1" in result.stderr
    # Asked to, every degraded run alerts.
    portal.add_articles(6)
    server.set_pages(portal.render())
    result = crawl(crawled.out, site, extra=(*_alerts(port, webhook),
                                             "-s", "NEWSCRAWLER_ALERT_REPEAT=True"))
    assert result.returncode == ExitStatus.DEGRADED, result.stderr[-3000:]
    assert len(mailbox.messages) == 2 and len(webhook.posts) == 2


def _history(db: Path, site: str, *, every: timedelta, last: datetime, runs: int = 10) -> None:
    """Make *site*'s runs say it found new articles every *every*, the last time at *last*:
    its existing runs are moved to *last* and earlier runs inserted before them."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE crawl_runs SET started_at = ?, finished_at = ? WHERE site = ?",
                     (last.isoformat(timespec="seconds"), last.isoformat(timespec="seconds"),
                      site))
        for i in range(1, runs):
            when = (last - every * i).isoformat(timespec="seconds")
            conn.execute("INSERT INTO crawl_runs (site, started_at, finished_at, articles_new, "
                         "finish_reason, outcome, exit_status) VALUES "
                         "(?, ?, ?, 3, 'finished', 'ok', 0)", (site, when, when))
    conn.close()


def test_a_quiet_site_is_stale_only_after_its_usual_interval(crawled, tmp_path):
    now = datetime.now(UTC)
    quiet_since = now - timedelta(hours=25)  # no new article for a day and an hour
    frequent, sparse = crawled.out, tmp_path / "sparse"
    shutil.copytree(frequent, sparse)
    _history(frequent / "news.db", "demo-en", every=timedelta(hours=2), last=quiet_since)
    _history(sparse / "news.db", "demo-en", every=timedelta(days=3), last=quiet_since)

    # What `health` says now, before any crawl: it reads the history alone.
    stale = run_main("health", "--db", frequent / "news.db", "--site", "demo-en", "--json")
    assert stale.returncode == ExitStatus.DEGRADED
    [state] = json.loads(stale.stdout)
    assert state["state"] == "stale" and state["usual_gap_seconds"] == 7200
    assert state["reasons"][0]["message"].startswith("no new article for 1d01h (usually at "
                                                     "most 2h00m between new articles")
    fine = run_main("health", "--db", sparse / "news.db", "--site", "demo-en", "--json")
    assert fine.returncode == 0 and json.loads(fine.stdout)[0]["state"] == "ok"
    assert json.loads(fine.stdout)[0]["stale_after_seconds"] == 1.5 * 3 * 86400

    # A crawl that finds nothing new is degraded on the first site, ok on the second; with
    # the checks switched off it is not judged at all.
    site = crawled.sites[0]
    off = crawl(frequent, site, extra=("-s", "NEWSCRAWLER_HEALTH_ENABLED=False"))
    assert off.returncode == 0, off.stderr[-3000:]
    assert _last_run(frequent / "news.db", "demo-en")["state"] is None
    result = crawl(frequent, site)
    assert result.returncode == ExitStatus.DEGRADED, result.stderr[-3000:]
    run = _last_run(frequent / "news.db", "demo-en")
    assert run["articles_new"] == 0 and run["state"] == "degraded"
    assert [p["check"] for p in json.loads(run["problems"])] == ["stale"]
    result = crawl(sparse, site)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _last_run(sparse / "news.db", "demo-en")["state"] == "ok"


class _Stats(dict):
    """What the alerts count with: a crawl's stats collector, or an ingester's."""

    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] = self.get(key, 0) + count


def test_the_suite_runs_without_a_crawl_and_an_alert_that_fails_changes_no_verdict(
        tmp_path, smtp, webhook):
    # What an ingester does at the end of a batch: measure, then judge() with the database.
    from newscrawler import settings
    from newscrawler.health import RunHealth, Thresholds
    from newscrawler.health.alerts import AlertSettings
    from newscrawler.health.monitors import judge
    from newscrawler.storage import Storage

    store = Storage.open(tmp_path / "news.db")
    full = {"title": 10, "published": 10, "time": 10, "body": 10, "source": 10}
    first = store.start_run("zj")
    store.save_health(RunHealth(site="zj", run_id=first, articles=10, coverage=full,
                                body_paths={"container": 10}, lists=3, lists_empty=1,
                                state="ok"))
    store.finish_run(first, finish_reason="finished", articles_new=10)
    second = store.start_run("zj")
    run = RunHealth(site="zj", run_id=second, articles=10, new=10, lists=3, lists_empty=1,
                    coverage={**full, "published": 2}, body_paths={"container": 10})
    limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH)
    port, mailbox = smtp

    webhook.status = 500
    closed = AlertSettings(email_to=("ops@example.org",), email_from="nc@example.org",
                           smtp_host="127.0.0.1", smtp_port=free_port(),
                           webhook_url=webhook.url, timeout=5)
    stats = _Stats()
    problems = judge(run, conn=store.db.conn, limits=limits, alerts=closed, crawl_stats=stats)
    assert [(p.check, p.message) for p in problems] == [
        ("coverage", "publication date in 20% of 10 articles (usually 100%)")]
    assert stats == {"newscrawler/alerts/email/failed": 1,
                     "newscrawler/alerts/webhook/failed": 1}
    assert len(webhook.posts) == 1  # tried, and answered 500

    webhook.status = 200
    working = dataclasses.replace(closed, smtp_port=port)
    stats = _Stats()
    assert judge(run, conn=store.db.conn, limits=limits, alerts=working,
                 crawl_stats=stats) == problems
    assert stats == {"newscrawler/alerts/email/sent": 1, "newscrawler/alerts/webhook/sent": 1}
    assert len(mailbox.messages) == 1 and len(webhook.posts) == 2
    # nothing configured: nothing sent, nothing counted
    stats = _Stats()
    assert judge(run, conn=store.db.conn, limits=limits, alerts=AlertSettings(),
                 crawl_stats=stats) == problems
    assert stats == {}
    store.close()


def test_a_degraded_run_counts_for_min_interval_and_a_failed_one_does_not(tmp_path):
    from newscrawler.storage import Storage

    store = Storage.open(tmp_path / "news.db")
    assert store.last_good_run_started("zj") is None
    degraded = store.start_run("zj")
    store.finish_run(degraded, finish_reason="finished", exit_status=ExitStatus.DEGRADED)
    started = store.last_good_run_started("zj")
    assert started is not None  # it crawled the site: the next run waits as after an ok one
    failed = store.start_run("zj")
    store.finish_run(failed, finish_reason="finished", exit_status=ExitStatus.FAILED)
    assert store.last_good_run_started("zj") == started
    store.close()


def test_a_project_suite_adds_its_own_spidermon_monitors(tmp_path):
    from spidermon import Monitor, monitors

    from newscrawler import settings
    from newscrawler.health import RunHealth, Thresholds
    from newscrawler.health.monitors import HealthMonitorSuite, judge
    from newscrawler.storage import Storage

    @monitors.name("enough news")
    class EnoughNews(Monitor):
        @monitors.name("at least 20 new articles a run")
        def test_new(self):
            self.assertGreaterEqual(self.data.run.new, 20, msg="too few new articles")

    class Strict(HealthMonitorSuite):
        monitors = [*HealthMonitorSuite.monitors, EnoughNews]

    store = Storage.open(tmp_path / "news.db")
    run = RunHealth(site="zj", run_id=store.start_run("zj"), articles=10, new=10,
                    coverage={"title": 10, "published": 10, "body": 10}, lists=2)
    limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH)
    assert judge(run, conn=store.db.conn, limits=limits) == []
    [problem] = judge(run, conn=store.db.conn, limits=limits, suite=Strict)
    assert problem.check == "enough news" and problem.message.startswith("10 not greater")
    assert problem.message.endswith("too few new articles")
    store.close()


def test_a_bad_threshold_refuses_the_crawl_before_any_request(tmp_path, server):
    site = write_site(tmp_path, "demo-en", server.base_url)
    result = crawl(tmp_path / "out", site, extra=("-s", 'NEWSCRAWLER_HEALTH={"stale_min": "soon"}'))
    assert result.returncode == ExitStatus.USAGE
    assert "error: health threshold 'stale_min': 'soon' is not a duration" in result.stdout
    assert server.requested == []
