"""Memory: peak RSS of a fresh process that opens a big corpus and navigates through it.

Each measurement is its own child process (``benchmarks.probe``), so
nothing the suite itself holds is counted. The app run also times "next
article to frame" for every step, a figure an analyst feels when paging
through a large corpus.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

from benchmarks.common import PYTHON, Figure, Scale, Target, child_env
from benchmarks.data import Workspace

MEMORY_TARGET = Target(250.0, "<=", "max")


def probe(*args: str) -> dict[str, Any]:
    result = subprocess.run([PYTHON, "-m", "benchmarks.probe", *args], capture_output=True, text=True,
                            env=child_env(), timeout=3600)
    if result.returncode:
        raise RuntimeError(f"memory probe {' '.join(args)} failed: {result.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _stages(data: dict[str, Any]) -> str:
    parts = []
    for key, value in data["stages"].items():
        parts.append(f"{key} {value:.0f} MB" if isinstance(value, float) else f"{key} {value}")
    return "RSS by stage: " + ", ".join(parts)


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    project = str(ws.many())
    count, steps = scale.big_corpus, scale.navigated
    case = f"{count:,} articles opened, {steps:,} navigated"
    app_runs = [probe("app", project, str(steps)) for _ in range(scale.memory_runs)]
    held = app_runs[-1]["stages"].get("docs held", "?")
    app_figure = Figure("memory: peak RSS (app)", case, "MB", [r["peak_mb"] for r in app_runs], MEMORY_TARGET,
                        _stages(app_runs[-1]) + f"; {held} annotation docs held")
    if scale.smoke:
        return [app_figure]
    session_run = probe("session", project, str(steps))
    minimal = probe("minimal-app")
    figures = [
        app_figure,
        Figure("memory: peak RSS (Session, no UI)", case, "MB", [session_run["peak_mb"]], None,
               _stages(session_run)),
        Figure("memory: peak RSS (minimal Textual app)", "baseline", "MB", [minimal["peak_mb"]], None),
        Figure("next article to frame", f"{count:,} articles", "ms",
               [s * 1000 for r in app_runs for s in r["steps"]], None,
               "session.next_article via the screen, until the frame is drawn"),
    ]
    return figures
