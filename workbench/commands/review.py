"""`workbench review`: adjudicate disagreements into the `adjudicated` annotator."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.commands.common import fail, load_scheme_or_fail, open_project, project_option
from workbench.corpus import CorpusError
from workbench.project import ADJUDICATED
from workbench.store import StoreError


@click.command()
@click.argument("article_id", required=False)
@project_option
def review(article_id: str | None, project_dir: Path) -> None:
    """Resolve, claim by claim, where annotators disagree; saved as annotator 'adjudicated'.

    Opens ARTICLE_ID (default: the first article labelled by two or more
    annotators that still has open disagreements). Claims everybody agreed on
    are taken over automatically. Keys: 1-9 pick an annotator's version, the
    label keys set the final label, n/p jump between open disagreements, r
    means no label, u undoes, o lists the other articles, ? shows help.
    Export the result with `workbench export --annotator adjudicated`.

    \b
    Examples:
      workbench review
      workbench review kosovo-nato --project ~/team-project
    """
    project = open_project(project_dir)
    scheme = load_scheme_or_fail(project)
    from workbench.adjudication import Adjudication, review_candidates

    corpus = project.corpus()
    candidates = [c for c in review_candidates(project.annotations_dir) if c in corpus]
    if article_id is not None and article_id not in corpus:
        fail(f"{article_id}: no such article in {project.corpus_dir}")
    if not candidates and article_id is None:
        fail("no article has labels from two or more annotators yet; nothing to review")
    store = project.store(ADJUDICATED)
    try:
        store.lock()
    except StoreError as exc:
        fail(str(exc))
    chosen = None
    try:
        for candidate in [article_id] if article_id else candidates:
            model, _problems = Adjudication.open(corpus.get(candidate), project.annotations_dir, scheme, store=store)
            chosen = model
            if not model.progress.complete:
                break
    except (StoreError, CorpusError, ValueError) as exc:
        store.unlock()
        fail(str(exc))
    assert chosen is not None
    from workbench.tui.keymap import load_keymap
    from workbench.tui.review_app import ReviewApp
    from workbench.tui.terminal import make_terminal_input_lenient

    make_terminal_input_lenient()
    keymap, problem = load_keymap()
    if problem:
        click.echo(f"workbench: {problem}", err=True)
    ReviewApp(chosen, corpus, project.annotations_dir, store, candidates, keymap).run()
