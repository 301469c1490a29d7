"""Worker processes started before they have work: ``newscrawler crawl --workers N`` starts
them first thing, so that their imports (Scrapy, the spider, the extractors: 0.6 s) run while
this process takes the crawl lock, starts Redis and opens the database, instead of after.
Each waits on its standard input for the command line of its crawl, or for the end of it
(nothing to crawl: it exits 0 without having touched Redis or the database).

>>> with standby_workers(4) as standby:
...     processes = [worker.go(["crawl", "demo-en", "--redis", url]) for worker in standby]

In ``ps`` a waiting worker shows as ``python -m newscrawler.distributed.standby``, and keeps
that command line once it crawls.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence

__all__ = ["Standby", "standby_workers"]


class Standby:
    """One worker process waiting for its command line (:meth:`go`)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] = subprocess.Popen(
            [sys.executable, "-m", "newscrawler.distributed.standby"], stdin=subprocess.PIPE)

    def go(self, argv: Sequence[str]) -> subprocess.Popen[bytes]:
        """Run ``newscrawler ARGV`` in the waiting process; returns it. A process that died
        while waiting (its error is on stderr) is returned as it is: the caller sees its exit
        status as for any worker."""
        stdin = self.process.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):
            stdin.write(json.dumps(list(argv)).encode() + b"\n")
            stdin.close()
        return self.process

    def cancel(self) -> None:
        """Nothing to crawl: the process exits without starting."""
        stdin = self.process.stdin
        if stdin is not None and not stdin.closed:
            with contextlib.suppress(BrokenPipeError, OSError):
                stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def standby_workers(count: int) -> Iterator[list[Standby]]:
    """*count* waiting worker processes; those not sent off with :meth:`Standby.go` by the end
    of the block are cancelled."""
    standby = [Standby() for _ in range(count)]
    try:
        yield standby
    finally:
        for worker in standby:
            if worker.process.stdin is not None and not worker.process.stdin.closed:
                worker.cancel()


def main() -> int:
    from newscrawler.extensions.startup import long_lived

    # What a worker imports before it crawls, while there is nothing else to do (frozen out of
    # the collector's way, as `newscrawler` does with what it imports).
    with long_lived():
        import newscrawler.cli as cli

        # without the [redis] extra the crawl, not this warm-up, says what to install
        with contextlib.suppress(ImportError):
            import newscrawler.commands.crawl  # noqa: F401
            import newscrawler.distributed.cluster  # noqa: F401
            import newscrawler.runner  # noqa: F401

    try:
        line = sys.stdin.readline()
    except KeyboardInterrupt:  # Ctrl-C on the terminal before the crawl began
        return 130
    if not line.strip():
        return 0
    argv = json.loads(line)
    sys.stdin.close()
    sys.argv = [sys.argv[0], *argv]  # as if started as `newscrawler ARGV`
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
