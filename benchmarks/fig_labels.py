"""Load labels and export: every annotation file of a big project read, then written as datasets.

Loading goes through ``workbench.dataset.load_dataset`` (what export, stats
and reports use), three ways: cold (no parse cache: every YAML file and
article parsed), warm (the on-disk parse cache filled by an earlier run, as
a second export of the same project would find it), and the bare parse
(``yamlio.load_file`` per file) for reference. Exports time
``workbench.export.export_dataset`` per format on the loaded dataset, with
the dataset card and the atomic write included.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from time import perf_counter
from typing import Any

from benchmarks.common import Figure, Scale, Target, module_available
from benchmarks.data import ANNOTATOR, Workspace

LOAD_TARGET = Target(5.0, "<=", "p95")
EXPORT_TARGET = Target(3.0, "<=", "p95")
EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def _load(project: Path, cache_dir: Path | None) -> tuple[float, Any]:
    from workbench.dataset import ParseCache, load_dataset
    from workbench.project import Project

    start = perf_counter()
    dataset = load_dataset(Project(project), [ANNOTATOR], cache=ParseCache(cache_dir))
    return perf_counter() - start, dataset


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    project = ws.many_labelled(scale.label_files)
    files = sorted((project / "annotations" / ANNOTATOR).glob("*.yaml"))
    case = f"{len(files):,} files"
    figures: list[Figure] = []

    from workbench.yamlio import load_file

    parse: list[float] = []
    for _ in range(scale.load_runs):
        start = perf_counter()
        for path in files:
            load_file(path)
        parse.append(perf_counter() - start)

    if not module_available("workbench.dataset"):
        figures.append(Figure("load labels", case, "s", [], LOAD_TARGET, skipped="workbench.dataset not present"))
        figures.append(Figure("load labels: yamlio.load_file only", case, "s", parse, None))
        return figures

    cold: list[float] = []
    dataset: Any = None
    for _ in range(scale.load_runs):
        seconds, dataset = _load(project, None)
        cold.append(seconds)
    claims = dataset.claim_count
    case = f"{len(files):,} files, {claims:,} claims"
    cache_dir = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    try:
        _load(project, cache_dir)  # fills the cache
        warm = [_load(project, cache_dir)[0] for _ in range(scale.load_runs)]
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
    figures += [
        Figure("load labels (cold: no parse cache)", case, "s", cold, LOAD_TARGET,
               "load_dataset: every YAML file and corpus article parsed"),
        Figure("load labels (warm: parse cache)", case, "s", warm, LOAD_TARGET,
               "load_dataset with the on-disk parse cache an earlier run filled"),
        Figure("load labels: yamlio.load_file only", f"{len(files):,} files", "s", parse, None,
               "the YAML parse alone, no corpus, no objects"),
    ]
    figures += export_figures(project, dataset, claims, scale)
    return figures


def export_figures(project: Path, dataset: Any, claims: int, scale: Scale) -> list[Figure]:
    case = f"{claims:,} claims"
    if not module_available("workbench.export"):
        return [Figure(f"export {fmt}", case, "s", [], EXPORT_TARGET, skipped="workbench.export not present")
                for fmt in EXPORT_FORMATS]
    from workbench.export import export_dataset
    from workbench.project import Project

    scheme = Project(project).scheme()
    figures = []
    out_dir = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        for fmt in EXPORT_FORMATS:
            if fmt == "parquet" and not module_available("pyarrow"):
                figures.append(Figure(f"export {fmt}", case, "s", [], EXPORT_TARGET, skipped="pyarrow not installed"))
                continue
            samples = []
            size = 0
            for run_number in range(scale.export_runs):
                out = out_dir / f"claims-{run_number}.{fmt}"
                start = perf_counter()
                export_dataset(dataset, scheme, fmt, out, project="bench", date="2026-11-21")
                samples.append(perf_counter() - start)
                size = out.stat().st_size
                for leftover in out_dir.iterdir():
                    leftover.unlink() if leftover.is_file() else shutil.rmtree(leftover)
            figures.append(Figure(f"export {fmt}", case, "s", samples, EXPORT_TARGET,
                                  f"export_dataset on a loaded dataset, {size / 1e6:.1f} MB written"))
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    return figures

