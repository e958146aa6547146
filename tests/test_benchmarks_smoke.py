"""The benchmark suite works: its smoke run measures every figure and writes the report.

The suite itself is not part of the test run (it takes minutes); this runs
``python -m benchmarks --smoke`` (tiny sizes) as a user would, plus unit
tests of the counting and statistics the report relies on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import Figure, Target, percentile  # noqa: E402
from benchmarks.fig_keys import prompt_cost  # noqa: E402
from benchmarks.fig_startup import strip_ansi  # noqa: E402
from benchmarks.profiles import aggregate, collapsed_stacks, importtime_table  # noqa: E402

GROUPS = ("key to frame", "start to first frame", "memory: peak RSS", "save: Session.label call", "load labels",
          "export jsonl", "suggest", "keystrokes per claim")


def test_smoke_run_prints_and_writes_the_table(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    committed = [REPO / "benchmarks" / name for name in ("RESULTS.md", "results.json")]
    before = [p.stat().st_mtime_ns if p.exists() else None for p in committed]
    env = dict(os.environ, PYTHONPATH=str(REPO), WORKBENCH_CACHE="0", XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--smoke", "--out", str(out)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    table = result.stdout.split("\nfigure ", 1)[-1]
    for group in GROUPS:
        assert group in table, f"{group!r} missing from the table:\n{table}"
    assert "crashed" not in result.stdout, result.stdout[-3000:]
    report = out.read_text("utf-8")
    assert report.startswith("# Benchmark results")
    assert "| figure | case | median | p95 | n | target | verdict |" in report
    assert "- cpu:" in report and "- commit:" in report and "- textual:" in report
    assert "Keystroke counting rules" in report
    # Measured rows carry numbers and a verdict against their target.
    rows = [line for line in report.splitlines() if line.startswith("| key to frame (label key f)")]
    assert rows and " ms |" in rows[0] and ("PASS" in rows[0] or "FAIL" in rows[0])
    # A smoke run never overwrites the committed results.
    assert [p.stat().st_mtime_ns if p.exists() else None for p in committed] == before


def test_only_a_full_run_rewrites_the_committed_report() -> None:
    from benchmarks.suite import RESULTS, report_path

    assert report_path(smoke=False, partial=False) == RESULTS
    for smoke, partial in ((True, False), (False, True), (True, True)):
        assert report_path(smoke, partial) != RESULTS  # `--only suggest` once replaced every other figure


def test_percentile_is_nearest_rank() -> None:
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95) == 10
    assert percentile([5.0], 95) == 5.0
    assert percentile(list(range(1, 101)), 95) == 95


def test_verdict_uses_the_slow_tail() -> None:
    latency = Figure("key", "case", "ms", [1, 1, 1, 1, 1, 1, 1, 1, 1, 100], Target(16, "<=", "p95"))
    assert latency.median == 1 and latency.verdict == "FAIL"
    throughput = Figure("suggest", "case", "articles/s", [300, 300, 300, 300, 300, 300, 300, 300, 300, 10],
                        Target(200, ">=", "median"))
    assert throughput.verdict == "PASS"
    assert throughput.p95 == 10  # for throughput the tail is the slow end
    assert Figure("x", "c", "s", [], Target(1, "<=")).verdict == "n/a"


@pytest.mark.parametrize(
    ("prefilled", "target", "known", "keys"),
    [
        ("BBC", "BBC", [], 1),  # right pre-filled value: enter
        ("", "BBC", [], 4),  # typed, enter
        ("", "Tyler Durden", ["Tyler Durden"], 3),  # t, → completes, enter
        ("BBC", "Reuters", [], 8),  # 7 letters typed over the selected value, enter
        ("Joe", "Joe Biden", [], 8),  # → keeps "Joe", type " Biden", enter
        ("BBC", "", [], 2),  # backspace empties the selected value, enter
        # C, → "Chris Sununu", " and J" typed, → completes the list's next name, enter
        ("", "Chris Sununu and Jeanne Shaheen", ["Chris Sununu", "Jeanne Shaheen"], 10),
        ("", "Chris Sununu Jr", ["Chris Sununu"], 6),  # C, → completes part of it, " Jr" typed, enter
        ("", "Legambiente", ["Anche Legambiente"], 3),  # l, → completes a later word, enter
        # → keeps the pre-filled "Jean" but offers nothing until a letter is typed: → n →, enter (or J e →, enter)
        ("Jean", "Jeanne", ["Joe", "Jeanne"], 4),
    ],
)
def test_prompt_cost(prefilled: str, target: str, known: list[str], keys: int) -> None:
    assert prompt_cost(prefilled, target, known) == keys


def test_strip_ansi_finds_the_status_text() -> None:
    raw = "\x1b[?1049h\x1b[1;1H\x1b[38;2;1;2;3mOutlet · Title\x1b[0m \x1b[1m¶ 1/5 · art 1/2\x1b[0m"
    assert "art 1/2" in strip_ansi(raw)


def test_profile_tables_from_collapsed_stacks() -> None:
    text = "main (a.py:1);work (workbench/session.py:10);save (workbench/store.py:5) 30\n" \
           "main (a.py:1);work (workbench/session.py:12) 10\n"
    inclusive, own, total = aggregate(collapsed_stacks(text))
    assert total == 40
    assert inclusive["work (workbench/session.py)"] == 40
    assert own["save (workbench/store.py)"] == 30 and own["work (workbench/session.py)"] == 10


def test_importtime_table_ranks_by_cumulative_time() -> None:
    stderr = ("import time: self [us] | cumulative | imported package\n"
              "import time:       100 |        100 |   small\n"
              "import time:      2000 |       9000 | big\n")
    table = importtime_table(stderr)
    assert table.index("`big`") < table.index("`small`")
    assert "Total import time (top-level imports): 9 ms" in table
