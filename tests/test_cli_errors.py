"""The command line as a new user meets it: a message and the documented exit status where a
Python traceback used to be, a quiet end when the reader of a pipe goes away, and a killed
run told apart from a running one."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newscrawler.demo.portal import DemoPortal
from newscrawler.demo.server import PortalServer
from newscrawler.exit_status import ExitStatus
from newscrawler.sites import SiteConfigError, load_site
from newscrawler.storage import lock

from helpers import REPO, free_port, run_cli, run_cli_as_user, run_main, write_site


def assert_message(result: subprocess.CompletedProcess, status: int, message: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == status, result.stderr[-3000:]
    assert message in result.stderr, result.stderr[-3000:]


# -- crawl and demo: bad arguments ----------------------------------------------------------

def test_crawl_into_a_file_or_a_read_only_folder(tmp_path, server):
    site = write_site(tmp_path, "demo-en", server.base_url)
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n")
    assert_message(run_cli("crawl", site, "-o", a_file), ExitStatus.FAILED,
                   f"newscrawler: cannot write the crawl's output at {a_file}: ")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    try:
        result = run_cli_as_user("crawl", site, "-o", read_only)
    finally:
        read_only.chmod(0o755)
    assert_message(result, ExitStatus.FAILED, "Permission denied (choose another folder "
                   "with -o DIR)")
    assert not list(read_only.iterdir())
    assert server.requested == []  # nothing fetched


def test_a_folder_or_a_device_where_a_site_goes(tmp_path):
    assert_message(run_cli("crawl", "/etc"), ExitStatus.USAGE,
                   "newscrawler: site config error: /etc: is a directory, not a site file "
                   "(give a shipped site's name or a .toml file of at most 1 MB)")
    # capped at 2 GB: reading /dev/zero to its end would fail there, not fill the machine
    assert_message(run_cli("crawl", "/dev/zero", max_memory=2 << 30), ExitStatus.USAGE,
                   "newscrawler: site config error: /dev/zero: is a character device, not a "
                   "site file")
    # the same function reads every site path (in this process: no crawl needed)
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (1 << 20) + b"\n")
    with pytest.raises(SiteConfigError, match="big.toml: is 1,048,579 bytes, not a site file"):
        load_site(big)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('name = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(SiteConfigError, match="latin.toml: not UTF-8 text"):
        load_site(latin)


def test_an_unknown_log_level(tmp_path):
    for command, args in ((("crawl", "demo-en"), ("-L", "LOUD")),
                          (("demo",), ("-s", "LOG_LEVEL=loud"))):
        assert_message(run_cli(*command, "-o", tmp_path / "out", *args), ExitStatus.USAGE,
                       "newscrawler: unknown log level ")
    assert not (tmp_path / "out").exists()


def test_demo_on_a_busy_port(tmp_path):
    with PortalServer({}) as busy:
        port = busy.base_url.rsplit(":", 1)[1]
        result = run_cli("demo", "-o", tmp_path / "out", "--port", port)
    assert_message(result, ExitStatus.FAILED, f"cannot serve the demo portal on port {port}")


# -- a second crawl on a database that another holds ----------------------------------------

def hold_lock(db: Path) -> subprocess.Popen:
    """Another process that holds *db*'s crawl lock until killed (as a running crawl does)."""
    code = ("import sys, time; from pathlib import Path; from newscrawler.storage import lock; "
            "lock.acquire(Path(sys.argv[1])); print('held', flush=True); time.sleep(120)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    holder.stdout.close()
    return holder


def test_a_lock_clash_exits_3_everywhere(tmp_path, server):
    out = tmp_path / "out"
    out.mkdir()
    site = write_site(tmp_path, "demo-en", server.base_url)
    holder = hold_lock(out / "news.db")
    try:
        crawl = run_cli("crawl", site, "-o", out)
        demo = run_cli("demo", "-o", out)
        scrapy = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"site={site}",
             "-s", f"NEWSCRAWLER_OUTPUT_DIR={out}", "-s", "LOG_LEVEL=WARNING"],
            cwd=REPO, capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    message = f"another crawl is writing to {out / 'news.db'}: pid {holder.pid}"
    for result in (crawl, demo, scrapy):
        assert_message(result, ExitStatus.LOCKED, message)
    assert "Demo portal served" not in demo.stdout  # refused before serving anything
    assert [p for p in server.requested if p != "/robots.txt"] == []


def scrapy_crawl(site: Path, out: Path, *settings: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"site={site}",
         "-s", f"NEWSCRAWLER_OUTPUT_DIR={out}", "-s", "LOG_LEVEL=WARNING",
         "-s", "AUTOTHROTTLE_START_DELAY=0", *settings],
        cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_scrapy_crawl_exits_with_the_runs_status(tmp_path, server):
    site = write_site(tmp_path, "demo-en", server.base_url)
    ok = scrapy_crawl(site, tmp_path / "ok")
    assert ok.returncode == ExitStatus.OK, ok.stderr[-3000:]
    dead = tmp_path / "dead.toml"
    dead.write_text(f'name = "dead"\nstart_urls = ["http://127.0.0.1:{free_port()}/news/"]\n'
                    "list_links = ['/news/']\narticle_links = ['/art/']\n", encoding="utf-8")
    unreachable = scrapy_crawl(dead, tmp_path / "dead", "-s", "RETRY_TIMES=0")
    assert unreachable.returncode == ExitStatus.FAILED, unreachable.stderr[-3000:]
    refused = scrapy_crawl(site, tmp_path / "refused", "-s", "NEWSCRAWLER_GC_THRESHOLD=-1")
    assert refused.returncode == ExitStatus.USAGE, refused.stderr[-3000:]
    rows = sqlite3.connect(tmp_path / "dead" / "news.db").execute(
        "SELECT outcome, exit_status FROM crawl_runs").fetchall()
    assert rows == [("site unreachable: no list page could be fetched", 1)]


@pytest.mark.slow
def test_scrapy_crawl_of_a_degraded_run_exits_4(tmp_path):
    """What Scrapyd runs (``scrapy crawl``) exits 4 on a degraded run, as ``crawl`` does: the
    portal redesigned after a first run (tests/test_health.py has the checks themselves)."""
    portal = DemoPortal()
    with PortalServer(portal.render()) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        first = scrapy_crawl(site, tmp_path / "out")
        assert first.returncode == ExitStatus.OK, first.stderr[-3000:]
        portal.add_articles(6)
        portal.layout = "redesigned"
        server.set_pages(portal.render())
        second = scrapy_crawl(site, tmp_path / "out")
    assert second.returncode == ExitStatus.DEGRADED, second.stderr[-3000:]
    states = sqlite3.connect(tmp_path / "out" / "news.db").execute(
        "SELECT h.state, r.exit_status FROM crawl_runs r JOIN run_health h ON h.run_id = r.id "
        "ORDER BY r.id").fetchall()
    assert states == [("ok", 0), ("degraded", 4)]


# -- pipes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ("sites",), ("search", "the", "--limit", "60"), ("export", "-o", "-"),
    ("extract", *[str(p) for p in sorted((REPO / "tests" / "fixtures" / "pages").glob("*.html"))]),
], ids=lambda c: c[0])
def test_a_reader_that_goes_away_ends_the_command_quietly(demo_crawl, command):
    args = list(command)
    if command[0] in ("search", "export"):
        args += ["--db", str(demo_crawl.db)]
    # The reader is gone before the first write (as `| head -0`, or `| head -1` on a slow
    # command): every write the command makes meets a closed pipe.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run([sys.executable, "-m", "newscrawler.cli", *args], cwd=REPO,
                                stdout=write_end, stderr=subprocess.PIPE, text=True,
                                timeout=120)
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr, (
        result.stderr[-3000:])
    assert result.stderr == ""
    assert result.returncode == ExitStatus.FAILED  # as CPython's advice has it


# -- runs -----------------------------------------------------------------------------------

def test_runs_n_must_be_at_least_1(demo_crawl):
    result = run_main("runs", "--db", demo_crawl.db, "-n", "0")
    assert (result.returncode, result.stdout, result.stderr) == (
        ExitStatus.USAGE, "", "newscrawler: -n must be at least 1\n")


def unfinished_run(db: Path, pid: int) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO crawl_runs (site, started_at, pid) VALUES "
                 "('demo-en', '2026-01-01T00:00:00+00:00', ?)", (pid,))
    conn.commit()
    conn.close()


def runs_outcome(db: Path) -> str:
    result = run_main("runs", "--db", db, "-n", "1")
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[1].split("  -  ")[-1].strip()


def test_a_killed_run_is_told_from_a_running_one(demo_crawl, tmp_path):
    db = tmp_path / "news.db"
    source = sqlite3.connect(demo_crawl.db)
    source.backup(target := sqlite3.connect(db))
    source.close()
    target.close()
    holder = hold_lock(db)
    try:
        unfinished_run(db, holder.pid)
        assert runs_outcome(db) == f"running (pid {holder.pid})"
        stats = run_main("stats", "--db", db)
        assert f"running (pid {holder.pid})" in stats.stdout
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # as a crawl killed with kill -9
        holder.wait()
    assert json.loads((tmp_path / "news.db.lock").read_text())["pid"] == holder.pid
    assert runs_outcome(db) == "did not finish (killed, or crashed)"
    report = run_main("report", "--db", db, "-o", tmp_path / "r.html")
    assert report.returncode == 0
    assert "did not finish (killed, or crashed)" in (tmp_path / "r.html").read_text()
    # The lock file names a live process that holds no lock on it (the pid was reused):
    # still not running.
    (tmp_path / "news.db.lock").write_text(json.dumps({"pid": os.getpid()}))
    unfinished_run(db, os.getpid())
    if Path("/proc/locks").exists():
        assert runs_outcome(db) == "did not finish (killed, or crashed)"
    # This process takes the lock: its run is running; the earlier one did not finish.
    held = lock.acquire(db)
    try:
        assert runs_outcome(db) == f"running (pid {os.getpid()})"
        rows = run_main("runs", "--db", db, "-n", "2").stdout.splitlines()
        assert rows[2].endswith("did not finish (killed, or crashed)")
    finally:
        held.release()
    assert runs_outcome(db) == "did not finish (killed, or crashed)"  # released: emptied


def test_a_crawl_killed_for_real_is_shown_as_not_finished(tmp_path):
    """A real crawl of a slow portal, seen running, then killed with SIGKILL."""
    from newscrawler.demo.portal import DemoPortal

    with PortalServer(DemoPortal().render(), delay=0.05) as server:
        site = write_site(tmp_path, "demo-en", server.base_url)
        out = tmp_path / "out"
        crawl = subprocess.Popen([sys.executable, "-m", "newscrawler.cli", "crawl", site,
                                  "-o", out, "-s", "AUTOTHROTTLE_ENABLED=False"], cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while len(server.requested) < 5 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert runs_outcome(out / "news.db") == f"running (pid {crawl.pid})"
        finally:
            crawl.kill()
            crawl.wait()
    assert runs_outcome(out / "news.db") == "did not finish (killed, or crashed)"


# -- the parser of one command ---------------------------------------------------------------

def _options(parser) -> dict[str, list[str]]:
    """Each command's option strings, as its subparser knows them."""
    import argparse
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: sorted(s for a in sub._actions for s in a.option_strings)
            for name, sub in action.choices.items()}


@pytest.mark.parametrize("command", ["crawl", "ingest", "sites", "links", "search"])
def test_a_named_command_gets_the_same_parser_without_importing_the_others(command):
    from newscrawler.cli import build_parser

    # a fresh interpreter: what the one-command parser imports, not what this process has
    code = (f"import sys; from newscrawler.cli import build_parser; build_parser({command!r}); "
            "print(sorted(m for m in sys.modules if m.startswith('newscrawler.commands.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, check=True).stdout
    assert f"newscrawler.commands.{command}'" in loaded
    assert "newscrawler.commands.datasette'" not in loaded or command == "datasette"
    assert _options(build_parser(command)) == {command: _options(build_parser())[command]}


@pytest.mark.parametrize("argv", [["crawl", "demo-en", "--workers", "2"],
                                  ["crawl", "demo-en", "--redis", "redis://127.0.0.1:9/0"],
                                  ["ingest", "--redis", "redis://127.0.0.1:9/0"]])
def test_distributed_commands_without_the_redis_extra_say_what_to_install(tmp_path, argv):
    # the Redis client made unimportable, as in an install without ".[redis]"
    code = ("import sys; sys.modules['redis'] = None; from newscrawler.cli import main; "
            f"sys.exit(main({[*argv, '-o', str(tmp_path / 'out'), '--no-progress']!r}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert_message(result, ExitStatus.USAGE, 'pip install ".[redis]"')
