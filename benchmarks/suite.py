"""Running the figures, printing the table, writing RESULTS.md and results.json.

``run_suite`` is what ``python -m benchmarks`` calls; the smoke test calls it
too, with the tiny scale. Every full run keeps the previous run's raw
figures (results.json) so RESULTS.md can show before/after side by side.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.common import Figure, Scale, calibration_ms, format_value, machine
from benchmarks.data import Workspace, bank_source
from benchmarks.report import markdown_table, results_markdown, text_table

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
RAW = HERE / "results.json"
FIGURES = ("keyframe", "startup", "memory", "save", "labels", "suggest", "keys")


def _runner(name: str) -> Callable[[Workspace, Scale], list[Figure]]:
    if name == "keyframe":
        from benchmarks import fig_keyframe

        return fig_keyframe.run
    if name == "startup":
        from benchmarks import fig_startup

        return fig_startup.run
    if name == "memory":
        from benchmarks import fig_memory

        return fig_memory.run
    if name == "save":
        from benchmarks import fig_save

        return fig_save.run
    if name == "labels":
        from benchmarks import fig_labels

        return fig_labels.run
    if name == "suggest":
        from benchmarks import fig_suggest

        return fig_suggest.run
    if name == "keys":
        from benchmarks import fig_keys

        return lambda _ws, scale: fig_keys.run(scale)
    raise ValueError(f"unknown figure group {name!r} (known: {', '.join(FIGURES)})")


def run_suite(scale: Scale, only: Sequence[str] = FIGURES, workspace: Path | None = None,
              log: Callable[[str], None] = print) -> list[Figure]:
    """Measure the chosen figure groups; a group that crashes becomes a skipped row, not a lost run."""
    root = workspace or Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    ws = Workspace(root, scale.big_corpus, scale.claims_per_file)
    figures: list[Figure] = []
    try:
        for name in only:
            start = perf_counter()
            log(f"[{name}] measuring…")
            try:
                found = _runner(name)(ws, scale)
            except Exception as exc:  # a broken figure must not hide the others
                log(traceback.format_exc())
                found = [Figure(name, "", "s", [], None, skipped=f"crashed: {type(exc).__name__}: {exc}")]
            figures += found
            log(f"[{name}] done in {perf_counter() - start:.1f} s")
    finally:
        if workspace is None:
            shutil.rmtree(root, ignore_errors=True)
    return figures


def _raw(figures: Sequence[Figure], info: dict[str, str]) -> dict[str, Any]:
    return {"machine": info, "figures": [
        {**asdict(f), "target": asdict(f.target) if f.target else None, "median": f.median, "p95": f.p95}
        for f in figures]}


def before_after(previous: dict[str, Any], figures: Sequence[Figure]) -> str:
    """Medians and p95 of the previous run next to this one's, for the figures both have."""
    old = {(f["name"], f["case"]): f for f in previous.get("figures", [])}
    lines = [f"Previous run: {previous.get('machine', {}).get('date', '?')}, "
             f"commit {previous.get('machine', {}).get('commit', '?')}.", "",
             "| figure | case | median before | median now | p95 before | p95 now |", "|---|---|---|---|---|---|"]
    count = 0
    for figure in figures:
        before = old.get((figure.name, figure.case))
        if before is None or figure.skipped or not before.get("samples"):
            continue
        unit = figure.unit
        lines.append(f"| {figure.name} | {figure.case} | {format_value(before['median'], unit)} | "
                     f"{format_value(figure.median, unit)} | {format_value(before['p95'], unit)} | "
                     f"{format_value(figure.p95, unit)} |")
        count += 1
    return "\n".join(lines) if count else ""


def write_reports(figures: Sequence[Figure], info: dict[str, str], command: str, out: Path,
                  sections: Sequence[tuple[str, str]] = (), raw: Path | None = None) -> str:
    extra = list(sections)
    if raw is not None and raw.is_file():
        try:
            comparison = before_after(json.loads(raw.read_text("utf-8")), figures)
        except (ValueError, KeyError, TypeError):
            comparison = ""
        if comparison:
            extra.insert(0, ("Before/after (previous run of the suite)", comparison))
    from benchmarks.fig_keys import __doc__ as keys_doc

    rules = (keys_doc or "").split("Counting rules (also written to RESULTS.md):", 1)[-1].strip()
    extra.append(("Keystroke counting rules", rules))
    text = results_markdown(figures, info, command, bank_source(), extra)
    out.write_text(text, "utf-8")
    if raw is not None:
        raw.write_text(json.dumps(_raw(figures, info), indent=1, default=str) + "\n", "utf-8")
    return text


def report_path(smoke: bool, partial: bool) -> Path:
    """Where a run's report goes by default: only a full run rewrites the committed RESULTS.md (and results.json,
    the "before" of the next run), so that a quick look at one group never replaces the other groups' figures."""
    if smoke:
        return Path(tempfile.gettempdir()) / "workbench-bench-smoke.md"
    if partial:
        return Path(tempfile.gettempdir()) / "workbench-bench-partial.md"
    return RESULTS


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repetition: checks the suite works")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"comma-separated groups of {', '.join(FIGURES)}")
    parser.add_argument("--out", type=Path, help="where to write the Markdown report (default: "
                        "benchmarks/RESULTS.md; a temp file with --smoke or --only)")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiles (imports, start, key)")
    parser.add_argument("--keep", type=Path, help="generate the data in this folder and keep it (reuse it next time)")
    args = parser.parse_args(argv)
    # Terminated: unwind, so that programs started in a pty are quit and temp data removed.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    scale = Scale.tiny() if args.smoke else Scale.full()
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    for name in only:
        if name not in FIGURES:
            parser.error(f"unknown group {name!r} (known: {', '.join(FIGURES)})")
    os.environ.setdefault("WORKBENCH_CACHE", "0")
    info = machine()
    load_before = os.getloadavg()
    calibration_before = calibration_ms()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    workspace = args.keep or Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    try:
        figures = run_suite(scale, only, workspace)
        sections: list[tuple[str, str]] = []
        if not args.no_profile and not args.smoke:
            from benchmarks import profiles

            ws = Workspace(workspace, scale.big_corpus, scale.claims_per_file)
            print("[profiles] measuring…")
            sections = profiles.run(ws, scale.long_article_words, scale.big_paragraph_bytes)
    finally:
        if not args.keep:
            shutil.rmtree(workspace, ignore_errors=True)
    info["load average (1 min) before / after"] = f"{load_before[0]:.2f} / {os.getloadavg()[0]:.2f}"
    info["calibration loop (1M iterations) before / after"] = (
        f"{calibration_before:.0f} ms / {calibration_ms():.0f} ms (slower = a busier machine)")
    print()
    print(text_table(figures))
    partial = set(only) != set(FIGURES)
    out = args.out or report_path(args.smoke, partial)
    command = "python -m benchmarks" + (" --smoke" if args.smoke else "") + (f" --only {args.only}" if partial else "")
    write_reports(figures, info, command, out, sections, None if args.smoke or partial or args.out else RAW)
    print(f"\nwritten to {out}")
    return 0


__all__ = ["main", "markdown_table", "run_suite"]
