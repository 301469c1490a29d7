"""``export -o`` and ``report -o``: a file is replaced whole, a device or pipe is written as a
stream, and a symbolic link, a directory or a block device is refused (never replaced)."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from helpers import run_main

COMMANDS = {
    "export": ("export", "--format", "jsonl"),
    "report": ("report",),
}


def write(command: str, db: Path, target: Path):
    return run_main(*COMMANDS[command], "--db", db, "-o", target)


@pytest.fixture
def db(demo_crawl) -> Path:
    return demo_crawl.db


def char_device(tmp_path: Path) -> Path:
    """A character device to write to: our own node of the null device when we may make one
    (as root), else /dev/null itself (which a non-root process could not replace anyway)."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@pytest.mark.parametrize("command", COMMANDS)
def test_a_character_device_is_written_as_a_stream_not_replaced(db, tmp_path, command):
    device = char_device(tmp_path)
    before = device.stat()
    result = write(command, db, device)
    assert result.returncode == 0, result.stderr
    after = device.lstat()
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino
    assert not [p for p in tmp_path.iterdir() if p != device]  # no temporary left


@pytest.mark.parametrize("command", COMMANDS)
def test_a_named_pipe_gets_the_whole_output(db, tmp_path, command):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = bytearray()

    def read() -> None:
        with open(fifo, "rb") as pipe:
            received.extend(pipe.read())

    reader = threading.Thread(target=read)
    reader.start()
    result = write(command, db, fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    if command == "export":
        assert len([json.loads(line) for line in received.decode().splitlines()]) == 66
    else:
        assert received.startswith(b"<!DOCTYPE html>") and received.rstrip().endswith(b"</html>")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(db, tmp_path,
                                                                           command):
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    link = tmp_path / "out.html"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to(tmp_path / "nowhere" / "x.html")
    for path in (link, dangling):
        result = write(command, db, path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"newscrawler: {path} is a symbolic link")
        assert "Traceback" not in result.stderr
        assert path.is_symlink()
    assert f"-o {target}" in write(command, db, link).stderr  # says what to give instead
    assert target.read_text() == "keep me\n"
    assert not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.html", "out.html",
                                                          "precious.txt"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_directory_is_refused(db, tmp_path, command):
    result = write(command, db, tmp_path)
    assert result.returncode == 2
    assert result.stderr == (f"newscrawler: {tmp_path} is a directory, not a file: "
                             "give a file name\n")
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(os.geteuid() != 0, reason="making a block device node needs root")
def test_a_block_device_is_refused(db, tmp_path):
    node = tmp_path / "disk"
    os.mknod(node, 0o600 | stat.S_IFBLK, os.makedev(7, 200))  # a loop device number
    result = write("export", db, node)
    assert result.returncode == 2 and "is a block device" in result.stderr
    assert stat.S_ISBLK(node.lstat().st_mode)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_regular_file_is_replaced_whole_keeping_its_mode(db, tmp_path, command):
    old = tmp_path / "old.out"
    old.write_text("old\n")
    old.chmod(0o640)
    assert write(command, db, old).returncode == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert old.read_bytes() != b"old\n" and old.stat().st_size > 1000
    new = tmp_path / "sub" / "new.out"
    mask = os.umask(0o027)
    try:
        assert write(command, db, new).returncode == 0
    finally:
        os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0o666 less the umask, not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["new.out", "old.out", "sub"]


def test_a_link_planted_under_a_temporary_name_is_not_followed(db, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    # names a writer could have guessed: fixed suffixes, this process's pid
    planted = [tmp_path / name for name in (
        ".report.html.part", "report.html.part", "report.html.tmp", ".report.html.tmp",
        f".report.html.{os.getpid()}.part")]
    for link in planted:
        link.symlink_to(victim)
    result = write("report", db, tmp_path / "report.html")
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "keep me\n"
    assert all(link.is_symlink() for link in planted)
    assert (tmp_path / "report.html").read_bytes().startswith(b"<!DOCTYPE html>")
