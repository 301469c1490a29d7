"""Files a command writes appear whole or not at all.

>>> with atomic_file(Path("report.html")) as out:
...     out.write(html.encode())
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

__all__ = ["atomic_file"]


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary file beside *path* that becomes *path* when the block ends without error (and
    is removed when it raises), so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    # os.open with 0o666 lets the umask decide the mode, as for any file a command writes.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
