"""`workbench suggest [ARTICLE_ID | FILE]...`: suggestions as JSON Lines, for pipelines."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from json.encoder import encode_basestring as _string  # a str as json.dumps(..., ensure_ascii=False) writes it
from pathlib import Path
from typing import Any

import click

from workbench import collector
from workbench.commands.common import open_project, project_option
from workbench.corpus import Corpus, CorpusError, parse_article, read_text_file
from workbench.model import Article
from workbench.suggest import suggest_article, suggestion_rows

CLAIM_KEYS = ("start", "end", "text", "label", "speaker", "quote_type", "device", "reason")


def read_file(path: Path) -> Article:
    """An article from a .txt/.md/.html file outside the project, parsed as `import` would, not saved."""
    from workbench.importer import SOURCE_SUFFIXES, convert_html, convert_text, looks_like_markdown, render_article

    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise CorpusError(path, f"unsupported file type {suffix or '(none)'!r} (use .txt, .md or .html)")
    if not path.is_file():
        raise CorpusError(path, "not a file" if path.exists() else "file not found")
    text = read_text_file(path)
    if not text.strip():
        raise CorpusError(path, "the file is empty")
    if suffix == ".txt" and not looks_like_markdown(text):
        # Plain text gives the same paragraphs read directly as through `import`'s Markdown
        # round trip (checked on all 371 PTC articles), at less than half the cost.
        return parse_article(text, str(path), path, markdown=False)
    try:
        fields, body = convert_html(text) if suffix in (".html", ".htm") else convert_text(text, suffix)
    except ValueError as exc:
        raise CorpusError(path, str(exc)) from None
    return parse_article(render_article(fields, body), str(path), path, markdown=True)


def paragraph_records(article: Article) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per paragraph; boilerplate paragraphs have no claims."""
    for paragraph, suggested in zip(article.paragraphs, suggest_article(article), strict=True):
        claims = []
        if paragraph.kind != "boilerplate":
            for claim in suggested:
                values = dict.fromkeys(CLAIM_KEYS)
                values.update(
                    start=claim.start, end=claim.end, text=paragraph.text[claim.start : claim.end],
                    label=claim.suggestion.label, reason=claim.suggestion.reason,
                )
                for name in ("speaker", "quote_type", "device"):
                    values[name] = claim.suggestion.attributes.get(name)
                claims.append(values)
        yield {"article": article.id, "paragraph": paragraph.index, "kind": paragraph.kind,
               "text": paragraph.text, "claims": claims}


def json_lines(article: Article) -> str:
    """The article's paragraph_records as JSON Lines, byte for byte what json.dumps(record,
    ensure_ascii=False) writes, but without building the records first (half the cost)."""
    article_id = _string(article.id)
    lines = []
    for paragraph, rows in zip(article.paragraphs, suggestion_rows(article), strict=True):
        text = paragraph.text
        claims = [
            f'{{"start": {start}, "end": {end}, "text": {_string(text[start:end])}, "label": {_string(label)}, '
            f'"speaker": {_maybe(speaker)}, "quote_type": {_maybe(quote_type)}, "device": {_maybe(device)}, '
            f'"reason": {_string(reason)}}}'
            for start, end, label, speaker, quote_type, device, reason in rows
        ] if paragraph.kind != "boilerplate" else ()
        lines.append(f'{{"article": {article_id}, "paragraph": {paragraph.index}, "kind": {_string(paragraph.kind)}, '
                     f'"text": {_string(text)}, "claims": [{", ".join(claims)}]}}\n')
    return "".join(lines)


def _maybe(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _articles(sources: tuple[str, ...], corpus: Corpus) -> Iterator[Article | str]:
    """The articles to print, or an error message for each source that cannot be read."""
    if not sources:
        if not corpus.ids:
            yield f"no articles in {corpus.directory} (name ARTICLE_IDs or FILEs, or `workbench import` some)"
        for article_id in corpus.ids:
            try:
                yield corpus.get(article_id)
            except CorpusError as exc:
                yield str(exc)
        return
    from workbench.importer import SOURCE_SUFFIXES  # only files named on the command line need the importer

    for source in sources:
        try:
            if source in corpus:
                yield corpus.get(source)
            elif Path(source).expanduser().exists() or Path(source).suffix.lower() in SOURCE_SUFFIXES:
                yield read_file(Path(source).expanduser())
            else:
                yield f"{source}: no such article in {corpus.directory} and no such file"
        except CorpusError as exc:
            yield str(exc)
        except OSError as exc:
            yield f"{source}: {exc.strerror or exc}"


@contextlib.contextmanager
def _batch_collection() -> Iterator[None]:
    """The garbage collector paced for a batch that allocates many short-lived objects and makes hardly any
    cycles (about 430 objects in cycles over the 371 PTC articles): at its default pace (every 700 allocations)
    its collections took 8% of the run, every 10,000 allocations 0.035-0.05 s (2%), every 100,000 0.015 s, as
    timed with gc.callbacks."""
    threshold = gc.get_threshold()
    collector.freeze()
    gc.set_threshold(100_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        collector.unfreeze()


@click.command("suggest")
@click.argument("sources", nargs=-1, metavar="[ARTICLE_ID | FILE]...")
@project_option
def suggest(sources: tuple[str, ...], project_dir: Path) -> None:
    """Print suggested claims and labels as JSON Lines, one line per paragraph.

    Each line is {"article", "paragraph", "kind", "text", "claims"}; each
    claim has "start" and "end" (character offsets into that paragraph's
    text), "text", "label" (quote, framing or fact), "speaker" and
    "quote_type" for quotations, "device" for framing (else null), and the
    "reason" it was suggested. Boilerplate paragraphs are printed with no
    claims.

    ARTICLE_ID is an article of the project; FILE is a .txt, .md or .html
    file anywhere, read as `workbench import` would read it but not added
    to the corpus. With no argument, every article of the project. An
    argument that cannot be read is reported on standard error, the others
    are still printed, and the exit status is 1.

    \b
    Examples:
      workbench suggest                          # the whole corpus
      workbench suggest kosovo-nato ~/inbox/story.html
      workbench suggest story.txt | jq -c '.claims[] | select(.label=="quote") | [.speaker, .text]'
    """
    project = open_project(project_dir)
    corpus = project.corpus()
    failures = 0
    out = sys.stdout
    with _batch_collection():
        for item in _articles(sources, corpus):
            if isinstance(item, str):
                out.flush()
                click.echo(f"workbench: {item}", err=True)
                failures += 1
                continue
            out.write(json_lines(item))
    out.flush()
    if failures:
        sys.exit(1)
