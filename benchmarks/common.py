"""What every figure shares: the result record, statistics, scale, and the machine.

A figure is a list of samples (seconds, bytes, keys, articles per second…)
with a target. The verdict is taken on the statistic the target names (p95 for
latencies, the median for throughput), so a lucky median never hides a slow
tail.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

REPO = Path(__file__).resolve().parent.parent
PTC_DIR = REPO.parent / "shared" / "data" / "ptc-train"
PYTHON = sys.executable

Unit = Literal["s", "ms", "MB", "keys/claim", "articles/s", "x"]
Stat = Literal["median", "p95", "max"]


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: an observed value, never an interpolation between two."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Target:
    value: float
    op: Literal["<=", ">="]
    stat: Stat = "p95"

    def met(self, figure: Figure) -> bool | None:
        observed = figure.stat(self.stat)
        if math.isnan(observed):
            return None
        return observed <= self.value if self.op == "<=" else observed >= self.value

    def describe(self, unit: str) -> str:
        return f"{self.stat} {self.op} {format_value(self.value, unit)}"


@dataclass
class Figure:
    """One measured quantity on one case, e.g. key to frame on a 5,000-word article."""

    name: str
    case: str
    unit: Unit
    samples: list[float] = field(default_factory=list)
    target: Target | None = None
    note: str = ""
    skipped: str = ""  # why it was not measured (a missing module, no data)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def higher_is_better(self) -> bool:
        return self.target is not None and self.target.op == ">="

    @property
    def p95(self) -> float:
        """The slow tail: the 95th percentile, or the 5th when more is better (throughput)."""
        return percentile(self.samples, 5 if self.higher_is_better else 95)

    def stat(self, which: Stat) -> float:
        if which == "median":
            return self.median
        if which == "max":
            return max(self.samples) if self.samples else math.nan
        return self.p95

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "skipped"
        if self.target is None:
            return "(reference)"
        met = self.target.met(self)
        return "n/a" if met is None else ("PASS" if met else "FAIL")


def format_value(value: float, unit: str) -> str:
    if math.isnan(value):
        return "-"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "keys/claim":
        return f"{value:.3f}"
    if unit == "articles/s":
        return f"{value:,.0f}/s"
    return f"{value:.3g} {unit}"


@dataclass(frozen=True)
class Scale:
    """Sizes and repetitions; ``smoke`` shrinks everything to run in seconds."""

    smoke: bool
    big_corpus: int  # articles in the "many articles" corpus
    navigated: int  # articles navigated for the memory figure
    label_files: int  # annotation files for load/export
    claims_per_file: int
    key_presses: int  # per case, key to frame
    big_paragraph_keys: int
    big_paragraph_bytes: int
    long_article_words: int
    start_runs: int
    memory_runs: int
    save_claims: int
    save_runs: int
    load_runs: int
    export_runs: int

    @staticmethod
    def full() -> Scale:
        return Scale(False, 10_000, 1_000, 10_000, 20, 100, 20, 1_000_000, 5_000, 10, 2, 2_000, 60, 3, 3)

    @staticmethod
    def tiny() -> Scale:
        return Scale(True, 40, 10, 30, 20, 4, 2, 20_000, 600, 1, 1, 100, 5, 1, 1)


def timed(function: Callable[[], object]) -> float:
    """Wall time of one call, in seconds."""
    from time import perf_counter

    start = perf_counter()
    function()
    return perf_counter() - start


def calibration_ms(runs: int = 5) -> float:
    """Median time of a fixed pure-Python loop: compare runs to see how busy the machine was."""
    from time import perf_counter

    samples = []
    for _ in range(runs):
        start = perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number & 7
        samples.append((perf_counter() - start) * 1000)
    return statistics.median(samples)


def machine() -> dict[str, str]:
    """CPU model and cores, OS, Python, Textual, the commit: what a figure depends on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import textual

        textual_version = getattr(textual, "__version__", "") or _dist_version("textual")
    except ImportError:
        textual_version = "not installed"
    try:
        import yaml

        libyaml = "yes" if getattr(yaml, "__with_libyaml__", False) else "no"
    except ImportError:
        libyaml = "no"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count() or "?"),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "textual": textual_version,
        "libyaml": libyaml,
        "commit": git_commit(),
    }


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def git_commit() -> str:
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short=12", "HEAD"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit}{' (+ uncommitted changes)' if dirty else ''}" if commit else "unknown"


def module_available(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


BYTECODE_CACHE = Path(tempfile.gettempdir()) / "workbench-bench-pycache"


def child_env(bytecode: bool = True, **extra: str) -> dict[str, str]:
    """Environment for child processes: the repo importable, no user keymap.

    With ``bytecode`` (the default) children read and write compiled modules
    in a cache folder outside the repository, as an installed package has
    them: an environment with PYTHONDONTWRITEBYTECODE=1 would otherwise make
    every start compile the workbench from source.
    """
    env = dict(os.environ)
    env.pop("WORKBENCH_KEYMAP", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env
