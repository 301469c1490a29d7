"""Files a command writes (``export -o``, ``report -o``) appear whole or not at all, and never
replace what they must not; files it reads (a page, a site config) are regular files of a
size it expects.

>>> with output_file(Path("report.html")) as out:     # UnsafeOutput for a symlink, a directory...
...     out.write(html.encode())
>>> read_regular_file("page.html", max_bytes=MAX)      # NotARegularFile for /dev/zero, a pipe...

What ``-o PATH`` does, by what is at *PATH*:

- nothing, or a regular file: the data goes to a new file beside it (``tempfile.mkstemp``:
  an unpredictable name, created with ``O_EXCL``, so nothing planted under that name is
  followed), which is renamed over *PATH* once complete. A reader never sees half a file, a
  failed command leaves the old file as it was. An existing file keeps its permissions; a new
  one gets the umask's.
- a character device (``/dev/null``, a terminal) or a named pipe: written to as a stream, as
  the shell's ``>`` does (the device is opened, never created, truncated or replaced). So
  ``-o /dev/null`` discards, and ``-o /dev/stdout`` works when standard output is a terminal
  or a pipe (``-o -`` always does).
- a symbolic link to a file (or to nothing): refused. Following it would replace a file
  elsewhere, maybe one a link was planted to reach; replacing the link would break whoever
  made it. The message names the file it points to, to give as ``-o`` instead.
- a directory, a block device, a socket: refused.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["NotARegularFile", "UnsafeOutput", "output_file", "read_regular_file"]

_KINDS = {stat.S_IFDIR: "a directory", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFIFO: "a named pipe", stat.S_IFREG: "a regular file"}


class UnsafeOutput(Exception):
    """*path* is not something a command may write its output to (the message says why)."""


class NotARegularFile(Exception):
    """An input that is not a regular file of the size allowed: *kind* is what it is ("a
    directory", "a character device", ...), or *size* the bytes of one too large."""

    def __init__(self, path: str | Path, kind: str | None = None, size: int | None = None):
        super().__init__(f"{path}: {kind}" if kind else f"{path}: {size:,} bytes")
        self.kind, self.size = kind, size


def read_regular_file(path: str | Path, *, max_bytes: int) -> bytes:
    """``read_regular_file("page.html", max_bytes=20 * 1024 * 1024)``: the bytes of a regular
    file of at most *max_bytes*; :class:`NotARegularFile` for a directory, a device (reading
    /dev/zero would fill the memory), a named pipe (opened without blocking, never read) or a
    larger file; OSError (FileNotFoundError...) when it cannot be opened."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise NotARegularFile(path, kind=_kind(found.st_mode))
        if found.st_size > max_bytes:
            raise NotARegularFile(path, size=found.st_size)
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew while being read
        raise NotARegularFile(path, size=len(data))
    return data


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _is_stream(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


@contextmanager
def output_file(path: Path) -> Iterator[IO[bytes]]:
    """``output_file(Path("out.csv"))``: a binary file for the block that becomes *path* when
    the block ends without error (see the module for devices, pipes and links)."""
    path = Path(path)
    try:
        found = path.lstat()
    except FileNotFoundError:
        found = None
    if found is not None and stat.S_ISLNK(found.st_mode):
        try:
            target_mode: int | None = path.stat().st_mode
        except FileNotFoundError:
            target_mode = None
        if target_mode is None or not _is_stream(target_mode):
            raise UnsafeOutput(
                f"{path} is a symbolic link (to {os.readlink(path)}): not replacing it or "
                f"what it points to; give the file itself: -o {path.resolve()}")
        found = path.stat()
    if found is not None and _is_stream(found.st_mode):
        with _stream(path) as out:
            yield out
        return
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise UnsafeOutput(f"{path} is {_kind(found.st_mode)}, not a file: give a file name")
    with _atomic(path, None if found is None else stat.S_IMODE(found.st_mode)) as out:
        yield out


@contextmanager
def _stream(path: Path) -> Iterator[IO[bytes]]:
    # No O_CREAT, no O_TRUNC: only an existing device or pipe is opened. Checked again on the
    # open descriptor, in case the name was swapped for a file since the lstat.
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    mode = os.fstat(fd).st_mode
    if not _is_stream(mode):
        os.close(fd)
        raise UnsafeOutput(f"{path} changed while being opened (now {_kind(mode)}); try again")
    with os.fdopen(fd, "wb") as out:
        yield out


@contextmanager
def _atomic(path: Path, keep_mode: int | None) -> Iterator[IO[bytes]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            # mkstemp makes the file 0600; it gets the old file's mode, or the umask's.
            os.fchmod(fd, keep_mode if keep_mode is not None else 0o666 & ~_umask())
            yield out
            out.flush()
            os.fsync(out.fileno())
        # rename() replaces the name itself: a link or file put there meanwhile is replaced,
        # never followed.
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
