"""Measurements that need a fresh process of their own; each prints one JSON line.

Memory:
``python -m benchmarks.probe app PROJECT N`` opens the real app
headless (160x48), waits for the first frame, then moves to the next article
N times, waiting for each frame; ``session`` does the same with a bare
Session (no Textual); ``minimal-app`` is the one-line Textual app, for the
framework's own share. Peak RSS is VmHWM; the current RSS is read at
each stage from /proc/self/status.

Keys: ``keys PROJECT KEY COUNT save|move [PAUSES]`` times key presses in the
app (see benchmarks.fig_keyframe), in a process of their own so that the
suite's data and earlier figures' imports are not in the measured heap.

Suggest: ``suggest-rate PROJECT`` parses every article of the project, then
times ``suggest_article`` on each once, with the suggester's caches cold.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
from pathlib import Path
from time import perf_counter
from typing import Any


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_mb() -> float:
    """VmHWM, the peak RSS of this program (ru_maxrss would include the forking parent's pages)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _app(project: Path, navigate: int) -> dict[str, Any]:
    from benchmarks.data import ANNOTATOR
    from benchmarks.frames import FrameClock
    from workbench.tui.launch import build_app

    stages: dict[str, Any] = {"imported": rss_mb()}
    app = build_app(project, ANNOTATOR, suggest=False, keymap_file=project / "no-keymap.yaml")
    stages["built"] = rss_mb()
    steps: list[float] = []
    async with app.run_test(size=(160, 48)) as pilot:
        clock = FrameClock(app)
        clock.install()
        await pilot.pause()
        await clock.quiet(gap=0.1)
        stages["first frame"] = rss_mb()
        screen: Any = app.annotate_screen
        session: Any = app.session
        for _ in range(navigate):
            article = session.cursor.article
            start = perf_counter()
            def moved(before: int = article) -> bool:
                return bool(session.cursor.article != before)

            waiter = asyncio.ensure_future(clock.next_frame(moved))
            await asyncio.sleep(0)
            screen.run_command(session.next_article)
            try:
                frame = await asyncio.wait_for(waiter, 30)
            except TimeoutError:
                break
            steps.append(frame.at - start)
        await clock.quiet(gap=0.05)
        stages["navigated"] = rss_mb()
        stages["articles visited"] = session.cursor.article + 1
        stages["docs held"] = len(session._docs)
    return {"stages": stages, "steps": steps}


def _session(project: Path, navigate: int) -> dict[str, Any]:
    from benchmarks.data import ANNOTATOR
    from workbench.project import Project
    from workbench.session import Session

    stages: dict[str, Any] = {"imported": rss_mb()}
    p = Project(project)
    session = Session(p.corpus(), p.scheme(), p.store(ANNOTATOR))
    session.resume()
    session.progress()
    stages["opened"] = rss_mb()
    steps = []
    for _ in range(navigate):
        start = perf_counter()
        session.next_article()
        session.progress()
        steps.append(perf_counter() - start)
    stages["navigated"] = rss_mb()
    stages["docs held"] = len(session._docs)
    return {"stages": stages, "steps": steps}


async def _minimal() -> dict[str, Any]:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("benchmark-ready")

    app = Minimal()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
    return {"stages": {"first frame": rss_mb()}, "steps": []}


def _suggest_rate(project: Path) -> dict[str, Any]:
    from workbench.project import Project
    from workbench.suggest import suggest_article

    corpus = Project(project).corpus()
    articles = [corpus.get(article_id) for article_id in corpus.ids]
    start = perf_counter()
    claims = sum(len(paragraph) for article in articles for paragraph in suggest_article(article))
    seconds = perf_counter() - start
    return {"articles": len(articles), "claims": claims, "seconds": seconds}


async def _keys(project: Path, key: str, count: int, expect_save: bool, pauses: list[float]) -> dict[str, Any]:
    from benchmarks.fig_keyframe import measure_keys

    timings = await measure_keys(project, [key] * count, expect_save, pauses or None)
    return {"timings": [[t.first_frame, t.settled, t.durable, t.cpu] for t in timings]}


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "app":
        result = asyncio.run(_app(Path(argv[1]), int(argv[2])))
    elif mode == "session":
        result = _session(Path(argv[1]), int(argv[2]))
    elif mode == "keys":
        pauses = [float(p) for p in argv[5].split(",")] if len(argv) > 5 and argv[5] else []
        result = asyncio.run(_keys(Path(argv[1]), argv[2], int(argv[3]), argv[4] == "save", pauses))
    elif mode == "suggest-rate":
        result = _suggest_rate(Path(argv[1]))
    elif mode == "minimal-app":
        result = asyncio.run(_minimal())
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
