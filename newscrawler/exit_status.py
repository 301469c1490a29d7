"""Exit statuses, the same for every command and stored with each run (cron and systemd
read them; README's tables say what each means to a user).

>>> sys.exit(ExitStatus.LOCKED)
>>> worst([ExitStatus.OK, ExitStatus.DEGRADED, ExitStatus.FAILED])   # ExitStatus.FAILED
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

__all__ = ["ExitStatus", "worst"]


class ExitStatus(IntEnum):
    OK = 0
    #: a run failed (interrupted, site unreachable, every article failed); a read command
    #: found no usable database; an input of ``extract`` could not be read
    FAILED = 1
    #: bad arguments, a bad site config, a setting refused at start: nothing was fetched
    USAGE = 2
    #: another crawl is writing to the same database: nothing was started
    LOCKED = 3
    #: the run finished and stored what it found, but its health checks failed (a portal
    #: that changed its layout: dates or bodies missing, no new articles for too long)
    DEGRADED = 4


#: From the least to the most serious: a command that ran several crawls exits with the most
#: serious of their statuses (a failed run is worse than a degraded one, whatever the numbers).
SEVERITY: tuple[ExitStatus, ...] = (ExitStatus.OK, ExitStatus.DEGRADED, ExitStatus.FAILED,
                                    ExitStatus.USAGE, ExitStatus.LOCKED)


def worst(statuses: Iterable[int]) -> ExitStatus:
    """The most serious of *statuses* (OK when there are none)."""
    return max((ExitStatus(s) for s in statuses), key=SEVERITY.index, default=ExitStatus.OK)
