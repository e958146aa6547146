"""Driving the real app headless and noticing when a frame is rendered.

Textual draws in ``Screen._on_timer_update``: the compositor renders the
dirty regions and hands a ``CompositorUpdate`` to ``App._display``, which
turns it into terminal bytes and writes them. Headless (``run_test``) skips
that last step, so :class:`FrameClock` wraps ``App._display`` on the app
instance: it lets the original run, then does the step headless mode skips
(``render_segments``, the escape sequences a terminal would receive) and
stamps the time. "Frame rendered" is that stamp: the moment the bytes for
the frame exist, which is what a real driver would write next.

Keys are injected with ``app.post_message(events.Key(...))``, the same
message the terminal driver posts after parsing input; ``pilot.press`` is
not used because it sleeps between keys.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from time import perf_counter, thread_time
from typing import Any

from textual import events
from textual._compositor import CompositorUpdate
from textual.app import App


@dataclass
class Frame:
    at: float
    cpu: float  # the UI thread's CPU clock (time.thread_time) when the frame was drawn
    size: int  # bytes of terminal output
    saves: int  # the session's save counter when the frame was drawn
    unsaved: bool


@dataclass
class FrameClock:
    """Records every frame the app renders; one instance per app."""

    app: App[Any]
    frames: list[Frame] = field(default_factory=list)
    _waiters: list[tuple[Callable[[], bool], asyncio.Future[Frame]]] = field(default_factory=list)

    def install(self) -> None:
        original = self.app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if isinstance(renderable, CompositorUpdate):
                output = renderable.render_segments(self.app.console)
                session = getattr(self.app, "session", None)
                frame = Frame(perf_counter(), thread_time(), len(output), getattr(session, "saves", 0),
                              bool(getattr(session, "unsaved", False)))
                self.frames.append(frame)
                for condition, future in list(self._waiters):
                    if not future.done() and condition():
                        future.set_result(frame)
                        self._waiters.remove((condition, future))

        self.app._display = display  # type: ignore[method-assign]

    async def next_frame(self, condition: Callable[[], bool] = lambda: True, timeout: float = 120.0) -> Frame:
        """The first frame drawn from now on while ``condition()`` holds (e.g. the key's command ran)."""
        future: asyncio.Future[Frame] = asyncio.get_running_loop().create_future()
        self._waiters.append((condition, future))
        return await asyncio.wait_for(future, timeout)

    async def quiet(self, gap: float = 0.1, limit: float = 30.0) -> float:
        """Wait until no frame has been drawn for ``gap`` seconds; the time of the last frame."""
        start = perf_counter()
        while perf_counter() - start < limit:
            last = self.frames[-1].at if self.frames else start
            if perf_counter() - last >= gap:
                return last
            await asyncio.sleep(gap / 4)
        return self.frames[-1].at if self.frames else start


def key_event(key: str) -> events.Key:
    """The Key message a terminal driver posts for ``key`` (a printable key or a name)."""
    character = key if len(key) == 1 else None
    return events.Key(key, character)


@dataclass
class KeyTiming:
    first_frame: float  # seconds from the key to the first frame that shows its effect
    settled: float  # seconds from the key to the last frame of the burst it caused
    durable: bool  # the change was on disk (no unsaved changes) when that frame was drawn
    cpu: float = math.nan  # UI-thread CPU seconds from the key to that frame (excludes waiting for the CPU)


async def press_and_time(app: App[Any], clock: FrameClock, key: str, expect_save: bool,
                         pause: float = 0.0, timeout: float = 30.0) -> KeyTiming:
    """Press ``key`` on an idle app; time the frame that shows the command's effect.

    The frame counted is the first one drawn after the key's command ran:
    for a saving command, after the session's save counter moved; else after
    its cursor moved. Frames a timer draws in between do not count.
    ``pause`` seconds of idling come first, as an analyst who stops to read
    (timers due meanwhile, e.g. a deferred file rewrite, run as they would).
    """
    session: Any = getattr(app, "session", None)
    saves, cursor = session.saves, session.cursor
    await clock.quiet(gap=0.06)
    if pause:
        await asyncio.sleep(pause)
    start = perf_counter()
    cpu_start = thread_time()

    def effect_shown() -> bool:
        return bool(session.saves > saves if expect_save else session.cursor != cursor)

    waiter = asyncio.ensure_future(clock.next_frame(effect_shown, timeout))
    await asyncio.sleep(0)
    app.post_message(key_event(key))
    try:
        frame = await waiter
    except TimeoutError:  # the key's effect never reached the screen: an infinitely slow key
        return KeyTiming(math.inf, math.inf, False)
    last = await clock.quiet(gap=0.06)
    return KeyTiming(frame.at - start, max(frame.at, last) - start, not frame.unsaved, frame.cpu - cpu_start)
