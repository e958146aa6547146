"""Progress is kept incrementally; it must always equal a count from scratch."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

from tui_support import make_project

from workbench.edits import EditRefused
from workbench.project import Project
from workbench.session import Progress, Session


def recount(session: Session) -> Progress:
    article = session.article
    labelled = total = done = paragraphs = 0
    for index in range(len(article.paragraphs)):
        if session.annotatable(article, index):
            state = session.state(article, index)
            paragraphs += 1
            total += len(state.claims)
            labelled += state.labelled
            done += state.done
    return Progress(labelled, total, done, paragraphs)


def test_incremental_progress_matches_a_recount(tmp_path: Path) -> None:
    project = Project(make_project(tmp_path / "p"))
    store = project.store("ana")
    session = Session(project.corpus(), project.scheme(), store)
    session.resume()
    commands = [
        lambda: session.label("fact"), lambda: session.label("quote"), session.clear, session.undo, session.redo,
        lambda: session.move_end(True), lambda: session.move_end(False), session.merge_next, session.split,
        session.toggle_boilerplate, session.next_paragraph, session.previous_paragraph, session.next_claim,
        lambda: session.step_paragraph(1), lambda: session.step_paragraph(-1),
    ]
    rng = random.Random(7)
    for _ in range(300):
        with contextlib.suppress(EditRefused):
            rng.choice(commands)()
        assert session.progress() == recount(session)
        position = session.annotatable_position(session.article, session.cursor.paragraph)
        expected = [i for i in range(len(session.article.paragraphs)) if session.annotatable(session.article, i)]
        assert position == (expected.index(session.cursor.paragraph) + 1 if session.cursor.paragraph in expected
                            else 0)
