"""The cycle collector paused around allocation-heavy work, and the freezes it must respect."""

from __future__ import annotations

import gc

import pytest

from workbench import collector
from workbench.collector import paused_gc


def test_what_a_paused_block_made_is_moved_to_the_oldest_generation() -> None:
    # left in the youngest, the next young collection would walk all of it at once
    assert not gc.get_freeze_count()
    with paused_gc():
        made = [[] for _ in range(1_000)]
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(obj) in oldest for obj in made)


def test_a_paused_block_keeps_frozen_what_was_frozen() -> None:
    collector.freeze()  # as the app does with its start-up objects
    frozen = gc.get_freeze_count()
    with paused_gc():
        made = [[] for _ in range(1_000)]
    assert gc.get_freeze_count() >= frozen
    assert made


def test_a_freeze_made_directly_is_respected_too() -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    with paused_gc():
        made = [[] for _ in range(1_000)]
    assert gc.get_freeze_count() >= frozen
    assert made


def test_a_known_freeze_is_not_counted_again_at_every_block(monkeypatch: pytest.MonkeyPatch) -> None:
    # counting walks every frozen object: 1.4 ms per article in `workbench suggest`, which freezes its imports
    collector.freeze()

    def walk() -> int:
        raise AssertionError("the frozen objects were walked")

    monkeypatch.setattr(gc, "get_freeze_count", walk)
    with paused_gc():
        pass
    assert gc.isenabled()


def test_unfreeze_forgets_the_freezes() -> None:
    collector.freeze()
    collector.freeze()
    collector.unfreeze()
    assert not gc.get_freeze_count()
    with paused_gc():
        made = [[] for _ in range(100)]
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(obj) in oldest for obj in made)
