"""Save: the UI-thread time of one labelling action on an article with many labelled claims.

``Session.label`` is called directly (no screen) on a Session built as the
app builds it (with the write-ahead journal when the workbench has one), on
a claim in the middle of an article whose every claim is already labelled,
alternating two labels so each call really changes something. Whatever the
call does before returning is UI-thread time, and the change must be durable
when it returns. The deferred rewrite of the YAML file (``Session.flush``,
which the screen runs on the UI thread once the analyst pauses) and its
parts (serialise, load back to check, fsync'd atomic write) are timed on the
same document, so the table says where the time goes.
"""

from __future__ import annotations

import inspect
from time import perf_counter
from typing import Any

from benchmarks.common import Figure, Scale, Target
from benchmarks.data import ANNOTATOR, Workspace

SAVE_TARGET = Target(2.0, "<=", "p95")


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    from workbench.project import Project
    from workbench.session import Session
    from workbench.store import atomic_write, doc_to_data
    from workbench.yamlio import dumps, dumps_checked, loads

    original, article = ws.many_claims_article(scale.save_claims)
    project_dir = ws.scratch(original)
    project = Project(project_dir)
    store = project.store(ANNOTATOR)
    extra: dict[str, Any] = {}
    if "journal" in inspect.signature(Session).parameters:
        from workbench.journal import Journal

        extra["journal"] = Journal(store)
    session = Session(project.corpus(), project.scheme(), store, **extra)
    middle = len(article.paragraphs) // 2
    session.goto(0, middle, 0)
    claims = sum(len(r.state.claims) for r in session.doc.paragraphs.values())
    calls: list[float] = []
    for number in range(scale.save_runs):
        label = "fact" if number % 2 else "framing"
        start = perf_counter()
        session.label(label, advance=False)
        calls.append(perf_counter() - start)
        assert not session.unsaved, "the change was not durable when the call returned"
    flushes: list[float] = []
    for number in range(max(3, scale.save_runs // 3)):
        session.label("fact" if number % 2 else "framing", advance=False)
        start = perf_counter()
        session.flush()
        flushes.append(perf_counter() - start)
    doc = session.doc
    size = project_dir / "annotations" / ANNOTATOR / f"{article.id}.yaml"
    parts: dict[str, list[float]] = {"doc_to_data": [], "yamlio.dumps": [], "yamlio.loads (check)": [],
                                     "atomic_write (fsync)": []}
    for _ in range(max(3, scale.save_runs // 3)):
        start = perf_counter()
        data = doc_to_data(doc)
        parts["doc_to_data"].append(perf_counter() - start)
        start = perf_counter()
        text = dumps(data)
        parts["yamlio.dumps"].append(perf_counter() - start)
        start = perf_counter()
        loads(text)
        parts["yamlio.loads (check)"].append(perf_counter() - start)
        checked = dumps_checked(data)
        start = perf_counter()
        atomic_write(size, checked)
        parts["atomic_write (fsync)"].append(perf_counter() - start)
    case = f"{claims:,} labelled claims, {size.stat().st_size / 1e6:.2f} MB file"
    how = "journal line" if extra else "whole YAML file"
    figures = [Figure("save: Session.label call", case, "ms", [c * 1000 for c in calls], SAVE_TARGET,
                      f"UI-thread time of one labelling action, durable on return ({how})")]
    if extra:
        figures.append(Figure("save: deferred YAML rewrite (Session.flush)", case, "ms",
                              [f * 1000 for f in flushes], None,
                              "what the screen runs after a pause (Python-bound: on a thread it still holds the GIL)"))
    for name, samples in parts.items():
        figures.append(Figure(f"save part: {name}", case, "ms", [s * 1000 for s in samples], None))
    return figures
