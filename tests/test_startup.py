"""The start-up helper: objects built inside it are frozen, and the collector is restored."""

from __future__ import annotations

import gc

import pytest

from newscrawler.extensions.startup import long_lived


@pytest.mark.parametrize("enabled", [True, False])
def test_long_lived_freezes_and_restores_the_collector(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        frozen = gc.get_freeze_count()
        with long_lived():
            assert not gc.isenabled()
            objects = [[i] for i in range(1000)]
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() >= frozen + len(objects)
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_long_lived_restores_the_collector_when_the_body_raises():
    assert gc.isenabled()
    try:
        with pytest.raises(ImportError), long_lived():
            import newscrawler_no_such_module  # noqa: F401
        assert gc.isenabled()
    finally:
        gc.unfreeze()
