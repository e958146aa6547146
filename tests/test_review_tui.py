"""Review mode through the real screen: every disagreement resolved, saved as 'adjudicated'."""

from __future__ import annotations

from pathlib import Path

from tui_support import make_project, saved_claims

from workbench.adjudication import Adjudication
from workbench.project import ADJUDICATED, Project
from workbench.session import Session
from workbench.tui.review_app import ReviewApp
from workbench.tui.screens.forms import AttributeForm


def label_as(project: Path, annotator: str, labels: list[str], speaker: str = "") -> None:
    """Tag the first claims of the first article through a Session (as the TUI would)."""
    p = Project(project)
    store = p.store(annotator)
    store.lock()
    try:
        session = Session(p.corpus(), p.scheme(), store)
        session.goto_id("a-short")
        for label in labels:
            session.label(label, {"speaker": speaker} if label == "quote" and speaker else None)
    finally:
        store.unlock()


def review_app(project: Path) -> ReviewApp:
    p = Project(project)
    store = p.store(ADJUDICATED)
    store.lock()
    corpus = p.corpus()
    model, _ = Adjudication.open(corpus.get("a-short"), p.annotations_dir, p.scheme(), store=store)
    return ReviewApp(model, corpus, p.annotations_dir, store, ["a-short"])


async def test_review_resolves_every_disagreement(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    label_as(project, "ana", ["fact", "quote", "fact"], speaker="Reuters")
    label_as(project, "ben", ["fact", "framing", "framing"])
    app = review_app(project)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        model = app.screen.model  # type: ignore[attr-defined]
        assert model.progress.total == 2 and model.progress.agreed == 1
        await pilot.press("1")  # take ana's quotation for the second claim
        await pilot.press("e")  # third claim: the final label is framing
        await pilot.pause()
        assert model.progress.complete
    claims = saved_claims(project, "a-short", 0, ADJUDICATED)
    assert [c["label"] for c in claims] == ["fact", "quote", "framing"]
    assert claims[1]["speaker"] == "Reuters"


async def test_review_undo_and_speaker(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    label_as(project, "ana", ["quote"], speaker="Reuters")
    label_as(project, "ben", ["quote"], speaker="AP")
    app = review_app(project)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert saved_claims(project, "a-short", 0, ADJUDICATED)[0]["speaker"] == "AP"
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("q")  # final label quotation, keeping the focused version's span
        await pilot.pause()
        await pilot.press("p", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press("ctrl+u", *"Reuters and AP", "enter")
        await pilot.pause()
    claims = saved_claims(project, "a-short", 0, ADJUDICATED)
    assert claims[0]["label"] == "quote" and claims[0]["speaker"] == "Reuters and AP"
