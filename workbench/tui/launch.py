"""Building the app from a project folder: one factory for the CLI and the tests."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from workbench.journal import Journal, replay
from workbench.model import Article, SuggestedClaim
from workbench.project import LABELS_FILE, Project, SettingsError
from workbench.scheme import SchemeError
from workbench.session import AttributeSuggester, Session, SessionError, Suggester
from workbench.store import StoreError
from workbench.tui.app import WorkbenchApp
from workbench.tui.keymap import load_keymap
from workbench.yamlio import YamlError


class LaunchRefused(Exception):
    """The workbench must not open (e.g. this annotator's labels are locked by another process)."""


def default_suggester() -> Suggester | None:
    """The rule-based suggester, imported when first used.

    Its module and word lists take ~60 ms to load; the first call comes from
    the suggestion worker after the first frame, so the screen never waits.
    """
    import importlib
    import importlib.util

    if importlib.util.find_spec("workbench.suggest") is None:
        return None

    def suggest(article: Article, index: int) -> Sequence[SuggestedClaim]:
        module = importlib.import_module("workbench.suggest")
        suggestions: Sequence[SuggestedClaim] = module.suggest_paragraph(article, index)
        return suggestions

    return suggest


def default_attribute_suggester() -> AttributeSuggester:
    """The suggester's quote type or device for a span labelled otherwise than it proposed. It reads what the
    suggestion worker computed, so it never imports or analyses anything at a key press."""

    def attributes(article: Article, index: int, start: int, end: int, label: str) -> Mapping[str, str]:
        module = sys.modules.get("workbench.suggest")
        if module is None:
            return {}
        found: Mapping[str, str] = module.suggest_attributes(article, index, start, end, label)
        return found

    return attributes


def _relative(message: str, root: Path) -> str:
    """Problems name files relative to the project, as the analyst thinks of them."""
    return message.replace(f"{root}/", "")


def build_app(project_dir: Path, annotator: str, suggest: bool = True, keymap_file: Path | None = None,
              suggester: Suggester | None = None) -> WorkbenchApp:
    """The app for a project, or an app showing what is wrong; raises LaunchRefused if locked."""
    project = Project(project_dir)
    keymap, keymap_problem = load_keymap(keymap_file)
    notices = [keymap_problem] if keymap_problem else []
    try:
        scheme = project.scheme()
    except SchemeError as exc:
        if not os.path.lexists(project.labels_path):
            return WorkbenchApp(problems=(
                "This folder is not a workbench project", [f"{project.root}: no {LABELS_FILE} here"],
                "Start the workbench in your project folder (or with --project DIR), "
                f"or run `workbench init {shlex.quote(str(project.root))}` to make this folder one.",
            ))
        return WorkbenchApp(problems=(
            "The label scheme has problems", [_relative(str(p), project.root) for p in exc.problems],
            "Fix labels.yaml in the project folder (see the README, 'Label scheme'), then run `workbench validate`.",
        ))
    try:
        settings = project.settings()
    except SettingsError as exc:
        return WorkbenchApp(problems=("The project settings have problems", [str(exc)], "Fix workbench.yaml."))
    corpus = project.corpus()
    if not len(corpus):
        return WorkbenchApp(problems=(
            "There are no articles to annotate", ["corpus/ has no .md or .txt files"],
            "Add articles with `workbench import FILE...` (txt, md, html), then start again.",
        ))
    store = project.store(annotator)
    try:
        store.lock()
    except StoreError as exc:
        raise LaunchRefused(str(exc)) from None
    try:
        repaired = replay(store)
    except (YamlError, OSError) as exc:
        store.unlock()
        raise LaunchRefused(f"could not replay the journal of unsaved actions: {exc}") from None
    if repaired:
        notices.append(f"recovered unsaved actions from the last session in: {', '.join(repaired)}")
    use_suggestions = suggest and settings.suggest and not settings.blind
    chosen = (suggester or default_suggester()) if use_suggestions else None
    attributes = default_attribute_suggester() if use_suggestions and suggester is None else None
    try:
        session = Session(corpus, scheme, store, suggester=chosen, journal=Journal(store),
                          blind=settings.blind, attribute_suggester=attributes)
        session.resume()
    except SessionError as exc:
        store.unlock()
        return WorkbenchApp(problems=("No article could be opened", str(exc).splitlines(),
                                      "Run `workbench validate` for details."))
    notices += [f"cannot open: {why}" for why in session.failed.values()]
    notices += [str(p) for p in session.load_problems]
    return WorkbenchApp(session, keymap=keymap, notices=notices, project=project)
