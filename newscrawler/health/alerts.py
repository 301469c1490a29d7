"""Alerts on a degraded run: Spidermon actions of the health suite (its
``monitors_failed_actions``), configured by the ``NEWSCRAWLER_ALERT_*`` settings.

>>> alerts = AlertSettings.from_settings(crawler.settings)
>>> runner.run(HealthMonitorSuite(), run=run, alerts=alerts, ...)  # a failed check: EmailAlert
...                                                               # and WebhookAlert run

:class:`EmailAlert` sends a plain-text email over SMTP with :mod:`smtplib`, not through
Spidermon 1.27's ``SendSmtpEmail``: that action sends through ``scrapy.mail.MailSender``,
which Scrapy 2.19 deprecates (scrapy#7249; Spidermon moved to smtplib upstream in its PR #483,
after 1.27), refuses a server without a login (a local relay), needs ``premailer`` from
Spidermon's ``monitoring`` extra at import, and hands its rendered MIME message to
``MailSender`` as the text body of a second message. :class:`WebhookAlert` POSTs JSON;
Spidermon has no generic webhook action. Both block the end of the run for at most
``NEWSCRAWLER_ALERT_TIMEOUT`` seconds; a failure is logged by Spidermon and counted
(``newscrawler/alerts/<kind>/failed``), and never changes the run's verdict. A run degraded
only by checks that already failed in the site's previous run alerts no more
(``.../repeated``) unless ``NEWSCRAWLER_ALERT_REPEAT``.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from spidermon import Action
from spidermon.exceptions import SkipAction

from newscrawler import statkeys

from .measure import FIELDS, Problem, RunHealth

__all__ = ["AlertSettings", "EmailAlert", "WebhookAlert", "alert_payload", "alerted_before",
           "problems_of"]

_SECURITY = ("", "starttls", "ssl")


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """Where alerts go (``NEWSCRAWLER_ALERT_*``); nothing is sent where nothing is set."""

    email_to: tuple[str, ...] = ()
    email_from: str = ""
    smtp_host: str = ""
    smtp_port: int = 0
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_security: str = ""
    webhook_url: str = ""
    timeout: float = 10.0
    repeat: bool = False

    @classmethod
    def from_settings(cls, settings: Any) -> AlertSettings:
        """From Scrapy settings; ValueError on a value that cannot work."""
        security = (settings.get("NEWSCRAWLER_ALERT_SMTP_SECURITY") or "").lower()
        if security not in _SECURITY:
            raise ValueError(f"NEWSCRAWLER_ALERT_SMTP_SECURITY must be one of "
                             f"{', '.join(repr(s) for s in _SECURITY)}, got {security!r}")
        url = settings.get("NEWSCRAWLER_ALERT_WEBHOOK_URL") or ""
        if url and not url.startswith(("http://", "https://")):
            raise ValueError(f"NEWSCRAWLER_ALERT_WEBHOOK_URL must be an http(s) URL, got {url!r}")
        return cls(
            email_to=tuple(a.strip() for a in settings.getlist("NEWSCRAWLER_ALERT_EMAIL_TO")
                           if a.strip()),
            email_from=settings.get("NEWSCRAWLER_ALERT_EMAIL_FROM"),
            smtp_host=settings.get("NEWSCRAWLER_ALERT_SMTP_HOST"),
            smtp_port=settings.getint("NEWSCRAWLER_ALERT_SMTP_PORT"),
            smtp_user=settings.get("NEWSCRAWLER_ALERT_SMTP_USER") or "",
            smtp_password=settings.get("NEWSCRAWLER_ALERT_SMTP_PASSWORD") or "",
            smtp_security=security, webhook_url=url,
            timeout=settings.getfloat("NEWSCRAWLER_ALERT_TIMEOUT"),
            repeat=settings.getbool("NEWSCRAWLER_ALERT_REPEAT"))


def problems_of(result: Any) -> list[Problem]:
    """The problems of a Spidermon result: one per failed monitor, named for it (ours fail
    with their problems' messages; a monitor that raised reports its error's last line)."""
    problems = []
    for item in result.monitors_failed_results:
        message = item.reason
        if not message:
            lines = (item.error or "error").strip().splitlines()
            message = f"the check failed: {lines[-1]}"
        problems.append(Problem(item.item.monitor_name, message))
    return problems


def alerted_before(problems: list[Problem], history: Sequence[RunHealth]) -> bool:
    """Whether the site's previous judged run (*history* is newest first) was degraded by
    every check that fails now: its alert said it already."""
    previous = history[0] if history else None
    if previous is None or previous.state != "degraded":
        return False
    return {p.check for p in problems} <= {p.check for p in previous.problems}


def alert_payload(data: Mapping[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """What an alert says: the site, the run, the problems, and what the run measured."""
    run = data["run"]
    return {
        "event": "degraded", "site": run.site, "run_id": run.run_id,
        "started_at": run.started_at,
        "problems": [{"check": p.check, "message": p.message} for p in problems],
        "articles": {"extracted": run.articles, "new": run.new, "updated": run.updated,
                     "duplicates": run.duplicates, "failed": run.article_failures},
        "coverage": {name: run.share(name) for name in FIELDS},
        "body_paths": dict(run.body_paths), "failures": dict(run.failures),
        "lists": {"fetched": run.lists, "without_article_links": run.lists_empty},
        "database": data.get("database"),
    }


class _Alert(Action):
    kind = ""

    def run_action(self) -> None:
        settings: AlertSettings = self.data.get("alerts") or AlertSettings()
        problems = problems_of(self.result)
        if not settings.repeat and alerted_before(problems, self.data.get("history") or ()):
            self._count("repeated")
            raise SkipAction("the site's previous run was degraded by the same checks, and "
                             "alerted then (NEWSCRAWLER_ALERT_REPEAT)")
        try:
            self.send(settings, alert_payload(self.data, problems))
        except SkipAction:
            raise
        except Exception:
            self._count("failed")
            raise
        self._count("sent")

    def send(self, settings: AlertSettings, payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def _count(self, outcome: str) -> None:
        stats = self.data.get("crawl_stats")
        if stats is not None:
            stats.inc_value(f"{statkeys.ALERTS}/{self.kind}/{outcome}")


class EmailAlert(_Alert):
    """A plain-text email to ``NEWSCRAWLER_ALERT_EMAIL_TO`` (skipped when it is empty)."""

    kind = "email"

    def send(self, settings: AlertSettings, payload: dict[str, Any]) -> None:
        if not settings.email_to:
            raise SkipAction("NEWSCRAWLER_ALERT_EMAIL_TO is empty")
        message = EmailMessage()
        message["Subject"] = (f"newscrawler: {payload['site']} degraded "
                              f"(run {payload['run_id']})")
        message["From"] = settings.email_from
        message["To"] = ", ".join(settings.email_to)
        message.set_content(email_text(payload))
        smtp_class = smtplib.SMTP_SSL if settings.smtp_security == "ssl" else smtplib.SMTP
        with smtp_class(settings.smtp_host, settings.smtp_port,
                        timeout=settings.timeout) as smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(message)


def email_text(payload: Mapping[str, Any]) -> str:
    """The body of the alert email."""
    articles = payload["articles"]
    lines = [f"newscrawler: run {payload['run_id']} of {payload['site']} (started "
             f"{payload['started_at']} UTC) finished degraded:", ""]
    lines += [f"- {p['check']}: {p['message']}" for p in payload["problems"]]
    lines += ["", f"It extracted {articles['extracted']} article pages: {articles['new']} new, "
                  f"{articles['updated']} updated, {articles['duplicates']} duplicates, "
                  f"{articles['failed']} failed."]
    if payload.get("database"):
        lines += ["", f"newscrawler health --db {payload['database']} --site {payload['site']}"]
    return "\n".join(lines) + "\n"


class WebhookAlert(_Alert):
    """A JSON POST of :func:`alert_payload` to ``NEWSCRAWLER_ALERT_WEBHOOK_URL`` (skipped when
    it is empty); any answer but 2xx is a failure."""

    kind = "webhook"

    def send(self, settings: AlertSettings, payload: dict[str, Any]) -> None:
        if not settings.webhook_url:
            raise SkipAction("NEWSCRAWLER_ALERT_WEBHOOK_URL is empty")
        request = urllib.request.Request(
            settings.webhook_url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8"}, method="POST")
        # urlopen raises HTTPError for 4xx and 5xx
        with urllib.request.urlopen(request, timeout=settings.timeout) as response:
            response.read()
