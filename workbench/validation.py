"""Checking a whole project: the scheme, every article and every annotation file."""

from __future__ import annotations

from pathlib import Path

from workbench.corpus import CorpusError
from workbench.project import Project, SettingsError
from workbench.scheme import Problem, Scheme, SchemeError
from workbench.store import AnnotationStore, StoreError, annotation_files, check_name


def validate_project(project: Project) -> list[Problem]:
    """Every problem found, one per line's worth, each naming its file."""
    problems: list[Problem] = []
    scheme: Scheme | None = None
    try:
        scheme = project.scheme()
    except SchemeError as exc:
        problems.extend(exc.problems)
    try:
        project.settings()
    except SettingsError as exc:
        problems.append(Problem(None, None, str(exc)))

    corpus = project.corpus()
    if not project.corpus_dir.is_dir():
        problems.append(Problem(project.corpus_dir, None, "corpus folder not found (create it or run `workbench import`)"))
    elif not len(corpus):
        problems.append(Problem(project.corpus_dir, None, "no articles (.md, .txt); add some with `workbench import FILE`"))
    for duplicate in corpus.duplicates:
        problems.append(Problem(duplicate, None, f"another file already has the article id {duplicate.stem!r}; this one is ignored"))
    articles = {}
    for article_id in corpus.ids:
        try:
            article = corpus.get(article_id)
        except CorpusError as exc:
            problems.append(Problem(exc.path, exc.line, exc.message))
            continue
        articles[article_id] = article
        for warning in article.warnings:
            problems.append(Problem(article.path, None, warning))
    corpus._cache.clear()  # noqa: SLF001 - a full scan must not pin every article in memory

    for annotator, path in annotation_files(project.annotations_dir):
        problems.extend(_check_annotation_file(project, annotator, path, articles, corpus, scheme))
    return problems


def _check_annotation_file(project: Project, annotator: str, path: Path, articles: dict[str, object],
                           corpus: object, scheme: Scheme | None) -> list[Problem]:
    problems: list[Problem] = []
    article_id = path.stem
    try:
        check_name(annotator, "annotator name")
    except ValueError as exc:
        return [Problem(path.parent, None, str(exc))]
    if article_id not in articles:
        if article_id in getattr(corpus, "ids", ()):
            return problems  # the article itself failed and is reported above
        return [Problem(path, None, f"no article {article_id!r} in the corpus; labels kept but not shown")]
    store = AnnotationStore(project.annotations_dir, annotator)
    try:
        doc, load_problems = store.load(articles[article_id])  # type: ignore[arg-type]
    except StoreError as exc:
        return [Problem(path, getattr(exc, "line", None), str(exc).removeprefix(f"{path}: "))]
    for load_problem in load_problems:
        problems.append(Problem(path, None, load_problem.message))
    for unplaced in doc.unplaced:
        text = str(unplaced.get("text", ""))[:60]
        problems.append(Problem(path, None, f"unplaced claim in paragraph {unplaced.get('paragraph')}: "
                                f"{text!r} ({unplaced.get('reason', 'not in the article')})"))
    if scheme is not None:
        known = set(scheme.ids)
        for index, record in sorted(doc.paragraphs.items()):
            for claim in record.state.claims:
                if claim.label is not None and claim.label not in known:
                    problems.append(Problem(path, None, f"paragraph {index}: label {claim.label!r} is not in labels.yaml"))
    return problems
