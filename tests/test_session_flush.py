"""Background YAML rewrites: an edit made while the files are written is never lost."""

from __future__ import annotations

from pathlib import Path

from tui_support import make_project, open_session

from workbench.journal import current_data
from workbench.project import Project
from workbench.session import Session
from workbench.yamlio import load_file


def labels_in_file(project: Project) -> list[str | None]:
    data = load_file(project.annotations_dir / "ana" / "a-short.yaml")
    return [c["label"] for c in data["paragraphs"][0]["claims"]]


def test_an_edit_during_a_background_write_stays_pending(tmp_path: Path) -> None:
    project, session = open_session(make_project(tmp_path / "p"))
    store = session.store
    session.label("fact")
    job = session.begin_flush()
    assert job is not None
    session.label("framing")  # made while the worker writes the snapshot
    assert session.write_flush(job) is None
    session.end_flush(job, None)
    assert labels_in_file(project) == ["fact", None, None]  # the snapshot
    # the two labels and, between them, the whole paragraph journalled before the snapshot was written
    assert session.pending_files and session.journal is not None and session.journal.entries == 3
    assert current_data(store, "a-short")["paragraphs"][0]["claims"][1]["label"] == "framing"
    job = session.begin_flush()
    assert job is not None and session.write_flush(job) is None
    session.end_flush(job, None)
    assert labels_in_file(project) == ["fact", "framing", None]
    assert not session.pending_files and session.journal.entries == 0
    store.unlock()


def test_a_failed_background_write_is_reported_and_retried(tmp_path: Path) -> None:
    project, session = open_session(make_project(tmp_path / "p"))
    store = session.store
    session.label("fact")
    job = session.begin_flush()
    assert job is not None
    session.end_flush(job, "disk full")
    assert session.save_error == "disk full" and session.pending_files
    assert session.flush() and session.save_error is None
    assert labels_in_file(project) == ["fact", None, None]
    store.unlock()


def test_resume_skips_complete_articles_by_their_index_and_rechecks_changed_ones(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    project = Project(root)
    store = project.store("ana")
    session = Session(project.corpus(), project.scheme(), store)
    session.resume()
    while session.article.id == "a-short":
        session.label("fact")  # through every claim of the first article, then on to the second
    index = (project.annotations_dir / "ana" / ".complete.json").read_text(encoding="utf-8")
    assert '"a-short"' in index
    fresh = Session(project.corpus(), project.scheme(), project.store("ana"))
    fresh.resume()
    assert fresh.article.id == "b-second"
    assert "a-short" not in fresh._docs  # skipped without opening it
    # The article is edited: the index no longer vouches for it, and resume looks again.
    path = root / "corpus" / "a-short.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing paragraph.\n", encoding="utf-8")
    again = Session(project.corpus(), project.scheme(), project.store("ana"))
    again.resume()
    assert again.article.id == "a-short"


def test_resume_builds_the_index_for_files_written_elsewhere(tmp_path: Path) -> None:
    """Labels merged from git (no index yet): the first resume checks them, the next one skips them."""
    root = make_project(tmp_path / "p")
    project = Project(root)
    session = Session(project.corpus(), project.scheme(), project.store("ana"))
    session.resume()
    while session.article.id == "a-short":
        session.label("fact")
    (project.annotations_dir / "ana" / ".complete.json").unlink()
    first = Session(project.corpus(), project.scheme(), project.store("ana"))
    assert first.resume() and first.article.id == "b-second"
    assert "a-short" in first._docs  # had to open it
    second = Session(project.corpus(), project.scheme(), project.store("ana"))
    second.resume()
    assert second.article.id == "b-second" and "a-short" not in second._docs
