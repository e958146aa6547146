"""The cycle collector paused around work that allocates many objects and makes no cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# Whether a freeze made through freeze() is in force: then paused_gc need not ask the collector, whose count
# walks every frozen object (1.4 ms per article in `workbench suggest`, a sixth of the command).
_frozen = False


def freeze() -> None:
    """gc.freeze(), noted so that paused_gc knows without walking the frozen objects."""
    global _frozen
    gc.freeze()
    _frozen = True


def unfreeze() -> None:
    """gc.unfreeze(), which releases every freeze."""
    global _frozen
    gc.unfreeze()
    _frozen = False


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The cycle collector off for the block, for work that allocates many objects and makes hardly any cycles:
    building a dataset (millions of objects, freed none: the collector walking them again and again was half of
    the load time) or analysing an article for suggestions (its collections cost about 6% of the suggester).
    Reference counting still frees what is dropped.

    On the way out, what was allocated is moved to the oldest generation (freeze, unfreeze)
    rather than left in the youngest, whose next collection would walk all of it at once
    (0.25 s for 200,000 claims): it is long-lived data, still collected by full collections.
    Not where something is frozen already: unfreeze would release it too (the TUI freezes its
    start-up objects so that full collections never stall a key, and `workbench suggest` paces
    the collector itself); a freeze made through freeze() is known without asking the collector,
    whose count walks every frozen object. The collector is left off if it was off; two threads
    in here at once leave it on once the first that turned it off is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if not _frozen and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
