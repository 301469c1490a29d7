"""Worker processes started ahead of their crawl (``newscrawler crawl --workers N``): each runs
the command line it is given once ready, and exits quietly when it is given none."""

from __future__ import annotations

import subprocess
import sys
import time

from newscrawler.distributed.standby import Standby, standby_workers

from helpers import REPO


def test_a_waiting_worker_runs_the_command_line_it_is_given(tmp_path):
    worker = Standby()
    process = worker.go(["runs", "--db", str(tmp_path / "none.db")])
    assert process.wait(timeout=60) != 0  # the same exit as `newscrawler runs` on no database
    with_cli = subprocess.run(
        [sys.executable, "-m", "newscrawler.cli", "runs", "--db", str(tmp_path / "none.db")],
        cwd=REPO, capture_output=True, timeout=60)
    assert process.returncode == with_cli.returncode


def test_workers_given_nothing_to_do_exit_at_once_without_error():
    started = time.monotonic()
    with standby_workers(3) as standby:
        processes = [worker.process for worker in standby]
    assert [p.returncode for p in processes] == [0, 0, 0]
    assert time.monotonic() - started < 30


def test_a_worker_sent_off_is_left_running_by_the_end_of_the_block(tmp_path):
    with standby_workers(2) as standby:
        sent = standby[0].go(["runs", "--db", str(tmp_path / "none.db")])
    assert standby[1].process.returncode == 0  # cancelled
    sent.wait(timeout=60)
    assert sent.returncode != 0  # it ran the command (no database there), not a cancel
