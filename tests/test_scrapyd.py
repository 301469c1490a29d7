"""A real Scrapyd on 127.0.0.1: deploy the project as an egg, schedule a crawl over its HTTP
API, and find the articles in the database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests  # comes with scrapyd-client, a test extra

from helpers import REPO, db_rows, free_port, get_json, write_site


@pytest.fixture
def scrapyd(tmp_path):
    if not (Path(sys.executable).parent / "scrapyd-deploy").exists():
        pytest.fail("scrapyd-client is not installed: pip install -e '.[test]'")
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        "items_dir =\npoll_interval = 0.5\nmax_proc = 1\n", encoding="utf-8")
    log = home / "scrapyd.log"
    with open(log, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=home,
                                stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if get_json(f"{url}/daemonstatus.json")["status"] == "ok":
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"scrapyd did not start: {log.read_text()[-2000:]}")
        time.sleep(0.2)
    yield url, home
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.slow
def test_scrapyd_deploy_schedule_and_crawl(tmp_path, portal, server, scrapyd):
    url, home = scrapyd
    # Build from a copy: setup.py bdist_egg leaves build/ and *.egg-info/ behind.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md"):
        shutil.copy(REPO / name, src / name)
    for package in ("newscrawler", "pipelines"):
        shutil.copytree(REPO / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    egg = tmp_path / "newscrawler.egg"
    deploy = Path(sys.executable).parent / "scrapyd-deploy"
    # scrapyd-deploy builds in a scrapydeploy-* folder of the temporary directory and leaves
    # it there: this test's own.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    built = subprocess.run([str(deploy), "--build-egg", str(egg)], cwd=src,
                           capture_output=True, text=True, timeout=180,
                           env={**os.environ, "TMPDIR": str(scratch)})
    assert built.returncode == 0, built.stderr[-2000:]
    with open(egg, "rb") as fh:
        added = requests.post(f"{url}/addversion.json", timeout=60,
                              data={"project": "newscrawler", "version": "1"},
                              files={"egg": ("newscrawler.egg", fh)}).json()
    assert added["status"] == "ok", added
    # (Scrapyd answers listspiders by running the egg's "scrapy list" in a new process: on a
    # loaded 2-core machine that took more than get_json's 10 s)
    listed = get_json(f"{url}/listspiders.json?project=newscrawler", timeout=60)
    assert "portal" in listed["spiders"]

    site = write_site(tmp_path, "demo-zh", server.base_url)
    out = tmp_path / "out"
    job = requests.post(f"{url}/schedule.json", timeout=30, data={
        "project": "newscrawler", "spider": "portal", "site": str(site),
        "setting": [f"NEWSCRAWLER_OUTPUT_DIR={out}", "AUTOTHROTTLE_START_DELAY=0"],
    }).json()
    assert job["status"] == "ok", job
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        jobs = get_json(f"{url}/listjobs.json?project=newscrawler")
        if any(j["id"] == job["jobid"] for j in jobs["finished"]):
            break
        time.sleep(0.5)
    else:
        pytest.fail("the Scrapyd job did not finish in time")

    titles = {r["title"] for r in db_rows(out / "news.db", "SELECT title FROM articles")}
    assert titles == {a.title for a in portal.articles if a.edition == "zh"}
    run = db_rows(out / "news.db", "SELECT site, outcome, exit_status FROM crawl_runs")[0]
    assert run == {"site": "demo-zh", "outcome": "ok", "exit_status": 0}
