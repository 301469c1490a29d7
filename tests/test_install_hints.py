"""Every install command the project shows (README, docs, messages, test reasons) installs
our code or a named third-party package: never the distribution ``newscrawler`` from an
index, which is an unrelated project on PyPI."""

from __future__ import annotations

import re

from helpers import REPO

#: a requirement naming the distribution "newscrawler" (with extras or a version, quoted or not)
OURS_FROM_AN_INDEX = re.compile(r"""(?<![\w./-])["']?newscrawler(?:\[[^\]]*\])?"""
                                r"""(?:[=<>~!]=?[\w.]+)?\\?["']?(?=[\s`"')\\]|$)""")
PIP_INSTALL = re.compile(r"pip3? install\b(?P<args>[^\n`]*)")


def shown_files():
    yield REPO / "README.md"
    yield REPO / "ARCHITECTURE.md"
    yield REPO / ".ci" / "run"
    for folder, pattern in (("docs", "*.md"), ("newscrawler", "*.py"), ("tests", "*.py"),
                            ("benchmarks", "*.py"), ("pipelines", "*.py")):
        yield from sorted((REPO / folder).rglob(pattern))


def test_no_install_command_can_pick_up_another_project():
    found, bad = 0, []
    for path in shown_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "unrelated project" in line:  # the README's warning names it on purpose
                continue
            for match in PIP_INSTALL.finditer(line):
                found += 1
                if OURS_FROM_AN_INDEX.search(match["args"]):
                    bad.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert found >= 8  # the README's, the docs' and the messages' install commands were seen
    assert not bad, "\n".join(bad)


def test_the_pattern_catches_what_it_must():
    for args in (' "newscrawler[parquet]"', " newscrawler", " -U newscrawler==0.1",
                 " 'newscrawler[datasette]'", r' \"newscrawler[parquet]\"'):
        assert OURS_FROM_AN_INDEX.search(args), args
    for args in (' ".[parquet]"', " -e '.[test]'", ' "pyarrow>=14"', " .", " datasette",
                 " newscrawler-gov"):
        assert not OURS_FROM_AN_INDEX.search(args), args
