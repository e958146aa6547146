"""Suggest: ``workbench suggest`` over the 371 PTC articles, in articles per second on one core.

The PTC articles are imported into a fresh project with ``workbench import``
(as a user would), then ``workbench suggest`` runs pinned to one CPU
(``taskset -c 0``, else ``sched_setaffinity``) with its JSON Lines going to a
pipe that is read and counted. The whole process is timed: start-up, parsing
every article and printing included. A second figure times the suggester
alone (``suggest_article``, fresh process, caches cold) to separate its cost
from the command's.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from time import perf_counter

from benchmarks.common import PTC_DIR, PYTHON, Figure, Scale, Target, child_env, module_available
from benchmarks.data import Workspace, new_project

SUGGEST_TARGET = Target(200.0, ">=", "median")
WORKBENCH = str(Path(PYTHON).with_name("workbench"))


def ptc_project(ws: Workspace, limit: int | None) -> Path | None:
    """The PTC training articles imported into a project (``limit`` of them for a smoke run)."""
    articles = sorted((PTC_DIR / "articles").glob("*.txt")) if (PTC_DIR / "articles").is_dir() else []
    if not articles:
        return None
    project = ws.root / f"ptc-{limit or 'all'}"
    if not project.exists():
        new_project(project)
        chosen = articles[:limit] if limit else articles
        subprocess.run([WORKBENCH, "import", "--project", str(project), *map(str, chosen)], check=True,
                       capture_output=True, env=child_env())
    return project


def _one_core() -> list[str]:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def time_suggest(project: Path) -> tuple[float, int]:
    """Seconds for one `workbench suggest` of the whole project, and the lines it printed."""
    start = perf_counter()
    process = subprocess.Popen([*_one_core(), WORKBENCH, "suggest", "--project", str(project)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
    assert process.stdout is not None
    lines = sum(1 for _ in process.stdout)
    process.wait()
    seconds = perf_counter() - start
    if process.returncode:
        error = process.stderr.read().decode()[-1000:] if process.stderr else ""
        raise RuntimeError(f"workbench suggest failed: {error}")
    return seconds, lines


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    if not module_available("workbench.suggest") or not module_available("workbench.commands.suggest"):
        return [Figure("suggest", "PTC articles", "articles/s", [], SUGGEST_TARGET,
                       skipped="workbench.suggest is not present yet")]
    project = ptc_project(ws, 12 if scale.smoke else None)
    if project is None:
        return [Figure("suggest", "PTC articles", "articles/s", [], SUGGEST_TARGET,
                       skipped=f"no PTC data at {PTC_DIR}")]
    count = len(list((project / "corpus").iterdir()))
    runs = 1 if scale.smoke else 5
    time_suggest(project)  # warm-up: .pyc files and page cache
    whole = []
    lines = 0
    for _ in range(runs):
        seconds, lines = time_suggest(project)
        whole.append(count / seconds)
    alone = []
    for _ in range(runs):
        result = subprocess.run([*_one_core(), PYTHON, "-m", "benchmarks.probe", "suggest-rate", str(project)],
                                capture_output=True, text=True, env=child_env(), check=True)
        data = json.loads(result.stdout.strip().splitlines()[-1])
        alone.append(data["articles"] / data["seconds"])
    case = f"{count} PTC articles, one core"
    return [
        Figure("suggest: `workbench suggest` process", case, "articles/s", whole, SUGGEST_TARGET,
               f"whole process incl. start-up and JSON output ({lines:,} lines)"),
        Figure("suggest: suggest_article alone", case, "articles/s", alone, SUGGEST_TARGET,
               "articles parsed beforehand; caches cold"),
    ]


