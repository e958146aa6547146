"""Corpus progress counted in a child process gives what counting in-process gives."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tui_support import make_project, open_session

from workbench import progress_count
from workbench.progress_count import count, count_in_child
from workbench.project import Project


def labelled_project(tmp_path: Path) -> tuple[Project, list[tuple[str, Path]]]:
    project, session = open_session(make_project(tmp_path / "p"))
    session.label("fact")
    session.label("framing")
    assert session.flush()
    session.store.unlock()
    corpus = project.corpus()
    articles = [(article_id, corpus.path(article_id)) for article_id in corpus]
    articles.append(("missing", tmp_path / "nowhere.md"))
    return project, articles


def test_the_child_counts_what_this_process_counts(tmp_path: Path) -> None:
    project, articles = labelled_project(tmp_path)
    here = count(project.annotations_dir, "ana", articles)
    assert here is not None and here["a-short"].labelled == 2 and "missing" not in here
    assert count_in_child(project.annotations_dir, "ana", articles, lambda: False) == here


def test_cancelling_stops_the_child(tmp_path: Path) -> None:
    project, articles = labelled_project(tmp_path)
    assert count_in_child(project.annotations_dir, "ana", articles * 2000, lambda: True) is None


def test_without_a_child_process_it_counts_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, articles = labelled_project(tmp_path)

    def refuse(*args: object, **kwargs: object) -> subprocess.Popen[str]:
        raise OSError("no processes left")

    monkeypatch.setattr(progress_count.subprocess, "Popen", refuse)
    assert count_in_child(project.annotations_dir, "ana", articles, lambda: False) == count(
        project.annotations_dir, "ana", articles)
