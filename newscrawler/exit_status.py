"""Exit statuses, the same for every command and stored with each run (cron and systemd
read them; README's tables say what each means to a user).

>>> sys.exit(ExitStatus.LOCKED)
"""

from __future__ import annotations

from enum import IntEnum

__all__ = ["ExitStatus"]


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
