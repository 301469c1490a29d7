"""The health of a run: what it extracted and how well, judged against the site's own history.

>>> run = RunHealth.from_stats(stats, site="demo-en", run_id=7)      # measure.py
>>> limits = Thresholds.of(settings.NEWSCRAWLER_HEALTH, site.health)   # thresholds.py
>>> check_run(run, history, limits, new_times=times, now=now)         # checks.py: [Problem]

``state.py`` says where each site stands now (the ``health`` command, the report). The
checks are pure functions; ``monitors.py`` wraps them as Spidermon monitors, which the
crawl runs when it closes a run (``newscrawler/extensions/health.py``), and ``alerts.py``
holds the Spidermon actions that send email and webhook alerts. Those two import Spidermon and
are not imported here, so that the commands that only read the database start without it.
"""

from .checks import CHECKS, check_run
from .measure import FIELDS, Problem, RunHealth, count_article
from .thresholds import ThresholdError, Thresholds, check_thresholds

__all__ = ["CHECKS", "FIELDS", "Problem", "RunHealth", "ThresholdError", "Thresholds",
           "check_run", "check_thresholds", "count_article"]
