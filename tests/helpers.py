"""Helpers for tests that crawl: site files pointing at a local portal, the CLI in a
subprocess, and readers for the database and the JSON lines."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

from newscrawler.sites import SITES_DIR

REPO = Path(__file__).resolve().parent.parent


def write_site(directory: Path, name: str, base_url: str, **changes: str) -> Path:
    """A copy of shipped site *name* with its URLs moved to *base_url* (and *changes* applied
    as raw TOML lines)."""
    text = (SITES_DIR / f"{name}.toml").read_text(encoding="utf-8")
    text = text.replace("http://127.0.0.1:8765", base_url)
    lines = [line for line in text.splitlines() if line.split("=")[0].strip() not in changes]
    lines += [f"{key} = {value}" for key, value in changes.items()]
    path = directory / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 120,
            env: dict[str, str] | None = None, max_memory: int | None = None
            ) -> subprocess.CompletedProcess[str]:
    """``newscrawler ARGS`` in a subprocess; returns the completed process (never raises).
    *max_memory* (bytes) caps its address space: a test of input that could fill the memory
    (/dev/zero) fails with a MemoryError rather than wake the machine's OOM killer."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}

    def cap() -> None:  # pragma: no cover - runs in the child
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))

    return subprocess.run([sys.executable, "-m", "newscrawler.cli", *map(str, args)],
                          cwd=cwd or REPO, capture_output=True, text=True, timeout=timeout,
                          env=env, preexec_fn=cap if max_memory else None)


def _drop_permission_override() -> None:  # pragma: no cover - runs in the child
    # Capabilities that let root ignore file modes: CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH,
    # CAP_FOWNER. Dropped from the bounding set (PR_CAPBSET_DROP), root's next program runs
    # without them and meets file modes like any user.
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_cli_as_user(*args: str | Path, cwd: Path | None = None, timeout: float = 120
                    ) -> subprocess.CompletedProcess[str]:
    """:func:`run_cli`, with file modes enforced even when the tests run as root (as on CI):
    a folder made read-only with chmod is then read-only to the command too."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "newscrawler.cli", *map(str, args)],
                          cwd=cwd or REPO, capture_output=True, text=True, timeout=timeout,
                          env=env,
                          preexec_fn=_drop_permission_override if os.geteuid() == 0 else None)


def run_main(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``newscrawler ARGS`` in this process, for the commands that only read the database
    (no Scrapy, no reactor): the same ``main`` without the interpreter's start-up."""
    from newscrawler.cli import main

    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", newline="")  # has .buffer, as sys.stdout
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
        stdout.flush()
    return subprocess.CompletedProcess(list(args), status, out.getvalue().decode("utf-8"),
                                       err.getvalue())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str, *, timeout: float = 10) -> object:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def crawl(out: Path, *sites: Path, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    result = run_cli("crawl", *sites, "--output-dir", out, "-s", "AUTOTHROTTLE_START_DELAY=0",
                     *extra)
    return result


def db_rows(path: Path, sql: str, params: tuple = ()) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def jsonl_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
