"""Checking a whole project: the scheme, every article and every annotation file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from workbench.corpus import Corpus, CorpusError
from workbench.model import Article
from workbench.project import Project, SettingsError
from workbench.scheme import Problem, Scheme, SchemeError
from workbench.store import AnnotationStore, StoreError, annotation_files, check_name


def validate_project(project: Project) -> list[Problem]:
    """Every problem found, one per line's worth, each naming its file (and line where known)."""
    problems: list[Problem] = []
    scheme: Scheme | None = None
    try:
        scheme = project.scheme()
    except SchemeError as exc:
        problems.extend(exc.problems)
    try:
        project.settings()
    except SettingsError as exc:
        problems.append(Problem(exc.path, exc.line, exc.message))

    corpus = project.corpus()
    if not project.corpus_dir.is_dir():
        problems.append(Problem(project.corpus_dir, None,
                                "corpus folder not found (create it or run `workbench import`)"))
    elif not len(corpus):
        problems.append(Problem(project.corpus_dir, None,
                                "no articles (.md, .txt); add some with `workbench import FILE`"))
    for duplicate in corpus.duplicates:
        problems.append(Problem(duplicate, None,
                                f"another file already has the article id {duplicate.stem!r}; this one is ignored"))
    articles: dict[str, Article] = {}
    for article_id in corpus.ids:
        try:
            article = corpus.get(article_id)
        except CorpusError as exc:
            problems.append(Problem(exc.path, exc.line, exc.message))
            continue
        articles[article_id] = article
        for warning in article.warnings:
            problems.append(Problem(article.path, None, warning))
        corpus.forget(article_id)  # a full scan must not pin every article in memory

    problems.extend(_check_annotator_folders(project.annotations_dir))
    for annotator, path in annotation_files(project.annotations_dir):
        problems.extend(_check_annotation_file(project, annotator, path, articles, corpus, scheme))
    return problems


def _check_annotator_folders(annotations_dir: Path) -> list[Problem]:
    """Folders whose names cannot be annotators are never read: say so rather than ignore them."""
    if not annotations_dir.is_dir():
        return []
    problems = []
    for entry in sorted(annotations_dir.iterdir()):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            check_name(entry.name, "annotator folder name")
        except ValueError as exc:
            problems.append(Problem(entry, None, f"{exc}; its files are not read"))
    return problems


def _check_annotation_file(project: Project, annotator: str, path: Path, articles: Mapping[str, Article],
                           corpus: Corpus, scheme: Scheme | None) -> list[Problem]:
    problems: list[Problem] = []
    article_id = path.stem
    if article_id not in articles:
        if article_id in corpus:
            return problems  # the article itself failed and is reported above
        return [Problem(path, None, f"no article {article_id!r} in the corpus; labels kept but not shown")]
    store = AnnotationStore(project.annotations_dir, annotator)
    try:
        doc, load_problems = store.load(articles[article_id])
    except StoreError as exc:
        message = str(exc).removeprefix(f"{path}:{exc.line}: " if exc.line else f"{path}: ")
        return [Problem(path, exc.line, message)]
    for load_problem in load_problems:
        if not load_problem.message.endswith("kept as unplaced"):  # each is listed once below
            problems.append(Problem(path, None, load_problem.message))
    for unplaced in doc.unplaced:
        text = str(unplaced.get("text", unplaced.get("value", "")))[:60]
        problems.append(Problem(path, None, f"unplaced claim in paragraph {unplaced.get('paragraph')}: "
                                f"{text!r} ({unplaced.get('reason', 'not in the article')})"))
    if scheme is not None:
        known = set(scheme.ids)
        for index, record in sorted(doc.paragraphs.items()):
            for claim in record.state.claims:
                if claim.label is not None and claim.label not in known:
                    problems.append(Problem(path, None,
                                            f"paragraph {index}: label {claim.label!r} is not in labels.yaml"))
    return problems
