"""Key to frame: a label key in the running app until the frame showing it is rendered.

The app is the real one (``build_app``, as the CLI builds it), headless at
160x48, suggestions off so no worker competes. Each key is pressed on an
idle app (no frame for 60 ms), so Textual's 60 fps frame pacing never adds a
wait that a typing analyst would not see either. The label key saves before
the screen redraws (``Session._apply`` saves synchronously), so the frame
time includes the fsync'd write; ``durable`` checks it at that moment.
A navigation key (``j``) is timed too, to separate drawing from saving.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.common import PYTHON, Figure, Scale, Target, child_env
from benchmarks.data import ANNOTATOR, Workspace
from benchmarks.frames import FrameClock, KeyTiming, press_and_time

SIZE = (160, 48)
FRAME_TARGET = Target(16.0, "<=", "p95")


async def measure_keys(project: Path, keys: list[str], expect_save: bool,
                       pauses: list[float] | None = None) -> list[KeyTiming]:
    from workbench.tui.launch import build_app

    app = build_app(project, ANNOTATOR, suggest=False, keymap_file=project / "no-keymap.yaml")
    timings: list[KeyTiming] = []
    async with app.run_test(size=SIZE) as pilot:
        clock = FrameClock(app)
        clock.install()
        await pilot.pause()
        await clock.quiet(gap=0.2)
        for number, key in enumerate(keys):
            pause = pauses[number] if pauses else 0.0
            timings.append(await press_and_time(app, clock, key, expect_save, pause))
    return timings


def time_keys(project: Path, keys: list[str], expect_save: bool, pauses: list[float] | None = None,
              ws: Workspace | None = None) -> list[KeyTiming]:
    """Timings of ``keys`` in an app opened on ``project`` (on a fresh copy of it when ``ws`` is given).

    The app runs in a child process (``benchmarks.probe keys``): the suite's
    own objects would otherwise share its heap and its garbage collections.
    """
    target = ws.scratch(project) if ws is not None else project
    if len(set(keys)) != 1:
        return asyncio.run(measure_keys(target, keys, expect_save, pauses))
    args = [PYTHON, "-m", "benchmarks.probe", "keys", str(target), keys[0], str(len(keys)),
            "save" if expect_save else "move", ",".join(f"{p:.3f}" for p in pauses or [])]
    result = subprocess.run(args, capture_output=True, text=True, env=child_env(), timeout=3600)
    if result.returncode:
        raise RuntimeError(f"key timing failed: {result.stderr[-2000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return [KeyTiming(float(a), float(b), bool(c), float(d)) for a, b, c, d in data["timings"]]


def flush_delay() -> float:
    """How long the screen waits for a pause before rewriting the YAML files (0: it saves at once)."""
    try:
        from workbench.tui.screens import annotate
    except ImportError:
        return 0.0
    return float(getattr(annotate, "FLUSH_DELAY", 0.0))


def _figures(case: str, label: list[KeyTiming], navigate: list[KeyTiming], note: str) -> list[Figure]:
    durable = sum(t.durable for t in label)
    lost = sum(1 for t in [*label, *navigate] if math.isinf(t.first_frame))
    if lost:
        note = f"{lost} keys never showed their effect within 30 s (counted as infinitely slow). {note}"
    figures = [
        Figure("key to frame (label key f)", case, "ms", [t.first_frame * 1000 for t in label], FRAME_TARGET,
               f"{durable}/{len(label)} frames drawn with the label already on disk. {note}".strip()),
        Figure("key to frame, UI-thread CPU (f)", case, "ms", [t.cpu * 1000 for t in label], None,
               "CPU the UI thread spent from the key to that frame: the wall time above minus waiting "
               "(other threads holding the GIL, other processes on the machine)"),
        Figure("key to settled screen (f)", case, "ms", [t.settled * 1000 for t in label], None,
               "until the last frame the key caused (footer, details)"),
        Figure("key to frame (navigation j)", case, "ms", [t.first_frame * 1000 for t in navigate], None,
               "drawing alone: no save"),
    ]
    return figures


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    figures: list[Figure] = []
    cases: list[tuple[str, Path, int, str]] = [
        (f"{scale.long_article_words:,}-word article", ws.long_article(scale.long_article_words),
         scale.key_presses, "half the article already labelled"),
        (f"{scale.big_paragraph_bytes / 1e6:g} MB single paragraph", ws.big_paragraph(scale.big_paragraph_bytes),
         scale.big_paragraph_keys, ""),
    ]
    if scale.smoke:
        cases = cases[:1]
    else:
        cases.append((f"{scale.big_corpus:,}-article corpus, just opened", ws.many(), scale.key_presses,
                      "keys from the first second on, while the screen counts the corpus's progress"))
    for case, project, presses, note in cases:
        navigate = time_keys(project, ["j"] * presses, expect_save=False, ws=ws)
        label = time_keys(project, ["f"] * presses, expect_save=True, ws=ws)
        figures += _figures(case, label, navigate, note)
    delay = flush_delay()
    if delay and not scale.smoke:
        figures += _after_pause(ws, scale, delay)
    return figures


def _after_pause(ws: Workspace, scale: Scale, delay: float) -> list[Figure]:
    """Keys after the analyst paused long enough for the deferred YAML rewrite to start."""
    rng = random.Random(8)
    presses = max(5, scale.key_presses // 3)
    pauses = [delay + rng.uniform(0.0, 0.5) for _ in range(presses)]
    figures = []
    cases = [(f"{scale.long_article_words:,}-word article", ws.long_article(scale.long_article_words)),
             (f"article with {scale.save_claims:,} labelled claims", ws.many_claims_article(scale.save_claims)[0])]
    for case, project in cases:
        timings = time_keys(project, ["f"] * presses, expect_save=True, pauses=pauses, ws=ws)
        figures.append(Figure("key to frame after a pause", case, "ms", [t.first_frame * 1000 for t in timings],
                              FRAME_TARGET, f"each key after {delay:g}-{delay + 0.5:g} s idle (the screen rewrites "
                              f"the YAML files after {delay:g} s of quiet; a key may land during the rewrite)"))
    return figures


def _main(args: Any = None) -> None:  # pragma: no cover - manual use
    import sys
    import tempfile

    project = Path(sys.argv[1]) if len(sys.argv) > 1 else Workspace(Path(tempfile.mkdtemp()), 10, 20).long_article(5000)
    for timing in time_keys(project, ["f"] * 10, expect_save=True):
        print(f"{timing.first_frame * 1000:.2f} ms (settled {timing.settled * 1000:.2f}) durable={timing.durable}")


if __name__ == "__main__":  # pragma: no cover
    _main()
