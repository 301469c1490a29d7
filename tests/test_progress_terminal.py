"""The live progress display on a real terminal (a pty), with a start URL that refuses every
connection: the log's lines stay on the screen above the display, one line each."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time

from helpers import REPO, free_port

_CONTROL = re.compile(r"\x1b\[(\d*)([A-Za-z])|\r|\n|[^\x1b\r\n]+")


def screen(output: str) -> list[str]:
    """What a terminal shows after *output*, for the sequences the display uses (cursor up
    to column 0 ``ESC[nF``, erase line ``ESC[2K``, erase below ``ESC[J``, CR, LF)."""
    lines, row, col = [""], 0, 0
    for match in _CONTROL.finditer(output):
        token = match.group(0)
        if token == "\n":
            row, col = row + 1, 0
            if row == len(lines):
                lines.append("")
        elif token == "\r":
            col = 0
        elif match.group(2) == "F":
            row, col = max(row - int(match.group(1) or 1), 0), 0
        elif match.group(2) == "K":
            lines[row] = ""
        elif match.group(2) == "J":
            lines[row] = lines[row][:col]
            del lines[row + 1:]
        elif match.group(2):
            raise AssertionError(f"unexpected sequence {token!r}")
        else:
            lines[row] = lines[row][:col] + token + lines[row][col + len(token):]
            col += len(token)
    return lines


def run_on_a_terminal(*args: str, columns: int, timeout: float = 90) -> tuple[int, str]:
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen([sys.executable, "-m", "newscrawler.cli", *args], cwd=REPO,
                               stdin=subprocess.DEVNULL, stdout=follower, stderr=follower,
                               env={**os.environ, "TERM": "xterm", "COLUMNS": "200"})
    os.close(follower)
    output, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other end is closed
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=30), output.decode("utf-8", "replace")


def test_a_dead_start_url_on_a_terminal(tmp_path):
    site = tmp_path / "dead.toml"
    site.write_text(f'name = "dead"\nstart_urls = ["http://127.0.0.1:{free_port()}/news/"]\n'
                    "list_links = ['/news/']\narticle_links = ['/art/']\n", encoding="utf-8")
    status, output = run_on_a_terminal("crawl", str(site), "-o", str(tmp_path / "out"),
                                       "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_DELAY=0",
                                       "-s", "AUTOTHROTTLE_START_DELAY=0", columns=66)
    assert status == 1, output[-3000:]
    assert "\x1b[" in output  # the live display was on
    # each line of the display fits the terminal (a wrapped line would break redrawing)
    drawn = re.findall(r"\x1b\[2K([^\r\n]*)", output)
    assert drawn and max(len(line) for line in drawn) <= 65
    shown = [line.rstrip() for line in screen(output) if line.strip()]
    errors = [line for line in shown if "] ERROR: " in line]
    # robots.txt given up, and the robots.txt error; RFC 9309: a robots.txt that cannot be
    # fetched means disallow all, so the start URL is not requested (and says why)
    assert len(errors) == 2, shown
    assert any("robots.txt> (failed 1 times)" in line for line in errors)
    assert any("assuming it disallows everything" in line for line in shown)
    assert "Traceback" not in output
    done = [line for line in shown if line.startswith("dead: ")]
    assert done == ["dead: 0 pages, 0 new, 0 known, 0 duplicates, 1 failed (done)"]
    assert shown.index(done[0]) > max(shown.index(line) for line in errors)  # below the log
    assert shown[-4].split()[:2] == ["site", "saved"]
    assert "site unreachable: no list page could be fetched" in shown[-3]
