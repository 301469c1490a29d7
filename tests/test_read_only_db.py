"""A database in a folder the reader cannot write (another user's crawl, a read-only copy):
the read commands read it, or say what is wrong; they never call it "not an SQLite database"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_cli_as_user, run_main

READERS = (("stats",), ("runs",), ("search", "推进"), ("export", "-o", "-"),
           ("report", "-o", "/dev/null"))


def copy_closed(db: Path, folder: Path) -> Path:
    """A copy of *db* as a crawl leaves it when it ends: WAL mode, no -wal or -shm file."""
    folder.mkdir()
    copy = folder / "news.db"
    source = sqlite3.connect(db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    assert target.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    target.close()
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]
    return copy


def read_only(folder: Path) -> None:
    for path in (folder, *folder.iterdir()):
        path.chmod(0o555 if path.is_dir() else 0o444)


@pytest.fixture
def unlocked(tmp_path):
    """Folders made read-only in a test are made writable again, so tmp_path can be cleaned."""
    yield tmp_path
    for path in tmp_path.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_database_in_a_read_only_folder_is_read(demo_crawl, unlocked, command):
    db = copy_closed(demo_crawl.db, unlocked / "ro")
    read_only(db.parent)
    result = run_cli_as_user(*command, "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if command[0] == "stats":
        assert "demo-en        36" in result.stdout
    if command[0] == "export":
        assert len(result.stdout.splitlines()) == 66
    assert sorted(p.name for p in db.parent.iterdir()) == ["news.db"]  # nothing written there


def test_changes_in_a_killed_crawls_wal_are_read_or_explained(demo_crawl, unlocked):
    db = copy_closed(demo_crawl.db, unlocked / "ro")
    # A writer that dies with a committed run in its -wal (no checkpoint): as a killed crawl.
    code = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('PRAGMA wal_autocheckpoint = 0'); c.execute(\"INSERT INTO crawl_runs "
            "(site, started_at) VALUES ('in-the-wal', '2026-01-01T00:00:00+00:00')\"); "
            "os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=30)
    assert sorted(p.name for p in db.parent.iterdir()) == ["news.db", "news.db-shm",
                                                           "news.db-wal"]
    read_only(db.parent)
    # -wal and -shm there: read with mode=ro, the run in the -wal included
    seen = run_cli_as_user("runs", "--db", db, "-n", "1")
    assert seen.returncode == 0, seen.stderr
    assert "in-the-wal" in seen.stdout
    # -shm gone (cannot be made again here): the -wal's changes cannot be read, and it says so
    db.parent.chmod(0o755)
    (db.parent / "news.db-shm").unlink()
    read_only(db.parent)
    refused = run_cli_as_user("runs", "--db", db)
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"newscrawler: cannot read {db} ")
    assert "its last changes are in news.db-wal" in refused.stderr
    assert "not an SQLite database" not in refused.stderr and "Traceback" not in refused.stderr


def test_an_unreadable_or_foreign_file_is_named_for_what_it_is(demo_crawl, unlocked):
    db = copy_closed(demo_crawl.db, unlocked / "ro")
    db.chmod(0o000)
    denied = run_cli_as_user("stats", "--db", db)
    assert (denied.returncode, denied.stderr) == (
        1, f"newscrawler: cannot read {db}: Permission denied\n")
    folder = run_cli_as_user("stats", "--db", db.parent)
    assert folder.returncode == 1
    assert folder.stderr == (f"newscrawler: {db.parent} is not a file (give the database "
                             "file with --db PATH)\n")
    text = unlocked / "notes.db"
    text.write_text("not a database\n" * 10)
    foreign = run_cli_as_user("stats", "--db", text)
    assert (foreign.returncode, foreign.stderr) == (
        1, f"newscrawler: {text} is not an SQLite database\n")
    for command in READERS:  # every reader alike (runs once exited 2 here)
        result = run_main(*command, "--db", text)
        assert (result.returncode, result.stderr) == (
            1, f"newscrawler: {text} is not an SQLite database\n"), command

