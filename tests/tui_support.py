"""Shared helpers for the TUI tests: temporary projects and reading what was saved."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from workbench.journal import Journal, current_data
from workbench.project import Project
from workbench.session import Session, Suggester
from workbench.store import AnnotationStore
from workbench.tui.app import WorkbenchApp
from workbench.tui.launch import build_app
from workbench.yamlio import load_file

REPO = Path(__file__).resolve().parent.parent

SHORT_ARTICLE = """---
title: Short test article
outlet: Test Outlet
---

First sentence is a fact. Second sentence is another one. Third one ends here.

Officials said the road would reopen. The mayor called it "a disaster".

Share this article on Facebook and follow us on Twitter.

A final paragraph with one sentence.
"""

SECOND_ARTICLE = """---
title: Second article
outlet: Other Outlet
---

Alpha beta gamma delta. Epsilon zeta eta theta.
"""


def make_project(root: Path, articles: dict[str, str] | None = None, seeds: bool = False) -> Path:
    """A project folder with the shipped labels.yaml and the given articles (id -> file text)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "labels.yaml", root / "labels.yaml")
    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    if seeds:
        for path in (REPO / "corpus").glob("*.md"):
            shutil.copy(path, corpus / path.name)
    for article_id, text in (articles if articles is not None else {"a-short": SHORT_ARTICLE,
                                                                    "b-second": SECOND_ARTICLE}).items():
        (corpus / f"{article_id}.md").write_text(text, encoding="utf-8")
    return root


def app_for(project: Path, annotator: str = "tester", suggester: Suggester | None = None,
            suggest: bool = False, keymap: Path | None = None) -> WorkbenchApp:
    """Build the app exactly as the CLI does (no suggestions unless asked, no user keymap)."""
    return build_app(project, annotator, suggest=suggest or suggester is not None,
                     keymap_file=keymap or project / "no-keymap.yaml", suggester=suggester)


def saved(project: Path, article_id: str, annotator: str = "tester") -> dict[str, Any]:
    """What is durably saved: the YAML file with the journal of the running session applied."""
    data = current_data(AnnotationStore(project / "annotations", annotator), article_id)
    assert isinstance(data, dict)
    return data


def file_data(project: Path, article_id: str, annotator: str = "tester") -> dict[str, Any]:
    """The YAML file alone."""
    data = load_file(project / "annotations" / annotator / f"{article_id}.yaml")
    assert isinstance(data, dict)
    return data


def saved_claims(project: Path, article_id: str, paragraph: int, annotator: str = "tester") -> list[dict[str, Any]]:
    data = saved(project, article_id, annotator)
    for entry in data["paragraphs"]:
        if entry["index"] == paragraph:
            return list(entry.get("claims", []))
    return []


def labels_of(project: Path, article_id: str, paragraph: int, annotator: str = "tester") -> list[str | None]:
    return [c["label"] for c in saved_claims(project, article_id, paragraph, annotator)]


def open_session(root: Path, annotator: str = "ana") -> tuple[Project, Session]:
    """A resumed Session with a journal on the project at ``root``, its store locked (unlock when done)."""
    project = Project(root)
    store = project.store(annotator)
    store.lock()
    session = Session(project.corpus(), project.scheme(), store, journal=Journal(store))
    session.resume()
    return project, session
