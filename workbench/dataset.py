"""The one loader of labelled data, for exports, statistics, reports and agreement.

A dataset is every annotation file of a project (one annotator's, or all of
them) joined with its corpus article: claims with their labels and
attributes, the paragraph text they index, and the article's metadata. When
the corpus article is present, claims are re-anchored through the store
(:func:`workbench.store.doc_from_data`), exactly as the annotation screen
would see them. When it is missing, the annotation file alone is used (it
stores every claim's text): the paragraph text is then rebuilt from the
claims, with unknown characters between claims as spaces, and marked
``text_source="annotations"`` so exports can say so.

Parsing dominates the cost (per file of about 20 claims: 0.25 ms of YAML,
0.18 ms reading the article, 0.14 ms re-anchoring and joining; 10,000 files
take seconds even on two cores), so each built document and each parsed
article is cached on disk, keyed by its file's (mtime, size, inode) and a
hash of the parsing code: SQLite holding JSON (never pickle),
under ``$WORKBENCH_CACHE_DIR`` or the user's cache folder. A document is
reused only while its article's stamp is unchanged too. ``WORKBENCH_CACHE=0``
turns the cache off; any cache failure only costs speed. What is not cached
is parsed, when there is a lot of it, by worker processes and this one
together (see :meth:`_Loader._parse_in_parallel`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from workbench.collector import paused_gc
from workbench.corpus import Corpus, CorpusError, load_article
from workbench.journal import JOURNAL_NAME, apply_entries, pending_by_article
from workbench.model import (
    Article,
    ArticleMeta,
    Paragraph,
    ParagraphKind,
    is_annotatable,
    is_boilerplate,
)
from workbench.project import Project
from workbench.store import (
    AnnotationDoc,
    LoadProblem,
    StoreError,
    annotation_files,
    annotators,
    check_name,
    doc_from_data,
)
from workbench.yamlio import YamlError, load_file

TextSource = Literal["corpus", "annotations"]
CACHE_FORMAT = 1
_NO_ATTRIBUTES: Mapping[str, str] = MappingProxyType({})


class Shared(dict[Any, Any]):
    """One object for each distinct label, time and attribute set of a load.

    Read from YAML, every claim has its own copy of them: a quarter of a
    dataset's memory, and of the pages a load has to fault in.
    """

    def text(self, value: str | None) -> str | None:
        return self.setdefault(value, value)

    def attributes(self, attributes: Mapping[str, str] | None) -> Mapping[str, str]:
        if not attributes:
            return _NO_ATTRIBUTES
        key = tuple(attributes.items())
        shared = self.get(key)
        if shared is None:
            shared = self[key] = MappingProxyType(dict(key))
        return shared


class DatasetError(Exception):
    """The dataset cannot be built as asked (unknown annotator, no annotations folder)."""


class Span(NamedTuple):
    """One claim of a paragraph; ``text`` equals the paragraph text at ``[start, end)``.

    Named tuples rather than frozen dataclasses: a dataset holds hundreds of
    thousands of them and tuples are built three times faster.
    """

    start: int
    end: int
    label: str | None
    text: str
    attributes: Mapping[str, str] = _NO_ATTRIBUTES
    note: str = ""
    labelled: str | None = None


class Record(NamedTuple):
    """One paragraph as one annotator labelled it."""

    article: str
    paragraph: int
    annotator: str
    text: str
    spans: tuple[Span, ...]
    meta: ArticleMeta
    kind: ParagraphKind = "content"
    boilerplate: bool = False
    text_source: TextSource = "corpus"


@dataclass(frozen=True)
class Document:
    """One annotation file: an article as one annotator labelled it, unfiltered.

    ``records`` holds every paragraph the file stores (and, when the article
    is in the corpus, its boilerplate paragraphs, so they can be exported on
    request); ``paragraphs`` is the corpus article's text, empty when the
    article is missing.
    """

    article: str
    annotator: str
    path: Path
    meta: ArticleMeta
    updated: str
    in_corpus: bool
    paragraphs: tuple[Paragraph, ...]
    records: tuple[Record, ...]
    annotatable: int | None  # paragraphs to label (None: article missing)
    unplaced: int  # labelled claims that no longer fit the article
    problems: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.meta.title or self.article


@dataclass(frozen=True)
class Dataset:
    """Records of a project, filtered as asked, in (article, annotator, paragraph) order."""

    documents: tuple[Document, ...]
    records: tuple[Record, ...]
    annotators: tuple[str, ...]
    problems: tuple[str, ...]
    include_boilerplate: bool = False
    include_unlabelled: bool = False

    def spans(self) -> Iterator[tuple[Record, Span]]:
        for record in self.records:
            for span in record.spans:
                yield record, span

    @property
    def claim_count(self) -> int:
        return sum(len(r.spans) for r in self.records)

    def label_counts(self) -> Counter[str]:
        return Counter(s.label or "" for _, s in self.spans())

    @property
    def reconstructed(self) -> int:
        """Paragraphs whose text came from the annotation files (article missing)."""
        return sum(1 for r in self.records if r.text_source == "annotations")

    @property
    def latest(self) -> str:
        """The newest label or save time in the data: the dataset's date."""
        times = [s.labelled for _, s in self.spans() if s.labelled]
        times += [d.updated for d in self.documents if d.updated]
        return max(times, default="")


# ---------------------------------------------------------------- cache


def _stamp(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_size}:{st.st_ino}"


def _parser_version() -> str:
    """Cached entries are only valid for the code that parsed them."""
    digest = hashlib.sha256(f"cache-{CACHE_FORMAT}".encode())
    package = resources.files("workbench")
    for name in ("dataset.py", "model.py", "yamlio.py", "corpus.py", "textclean.py", "store.py",
                 "data/boilerplate.yaml"):
        with contextlib.suppress(OSError):
            digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def default_cache_dir() -> Path | None:
    """Where parsed files are kept between runs; None when the cache is off."""
    if os.environ.get("WORKBENCH_CACHE", "").strip().lower() in ("0", "off", "no", "false"):
        return None
    explicit = os.environ.get("WORKBENCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "source-bias-workbench"


class ParseCache:
    """Parsed files keyed by path and (mtime, size, inode, parser version).

    Values are JSON-compatible (what YAML loads; articles as plain lists), so
    the disk copy is read back without trusting it to run code. Entries are
    held only while one dataset is built: the disk copy is the long-lived one,
    which keeps a long TUI session's memory flat.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self.version = _parser_version()
        self._entries: dict[str, tuple[str, str]] = {}
        self._new: dict[str, tuple[str, str]] = {}
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        """Whether entries are kept: without a folder, files are not even stat'ed for stamps."""
        return self.directory is not None

    def _db(self) -> sqlite3.Connection | None:
        if self.directory is None:
            return None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.directory / "parsed-v1.sqlite3", timeout=2)
            db.execute("CREATE TABLE IF NOT EXISTS parsed (path TEXT PRIMARY KEY, stamp TEXT, payload TEXT)")
            return db
        except (sqlite3.Error, OSError):
            return None

    def preload(self, root: Path) -> None:
        """Read the disk entries under ``root`` at once (one query beats 10,000)."""
        db = self._db()
        if db is None:
            return
        prefix = str(root).rstrip(os.sep) + os.sep
        try:
            rows = db.execute(
                "SELECT path, stamp, payload FROM parsed WHERE path >= ? AND path < ?",
                (prefix, prefix[:-1] + chr(ord(os.sep) + 1)),
            ).fetchall()
        except sqlite3.Error:
            rows = []
        finally:
            db.close()
        self._entries.update((path, (stamp, payload)) for path, stamp, payload in rows)

    def get(self, path: Path, stamp: str) -> Any:
        """The cached value, or None; each entry is handed out once (one load reads a file once)."""
        entry = self._entries.pop(str(path), None)
        if entry is None or entry[0] != f"{self.version}:{stamp}":
            self.misses += 1
            return None
        try:
            value = json.loads(entry[1])
        except ValueError:
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, path: Path, stamp: str, value: Any) -> None:
        if self.directory is None:
            return
        try:
            payload = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            return
        self._new[str(path)] = (f"{self.version}:{stamp}", payload)

    def flush(self) -> None:
        """Write new entries to disk and drop those of files that are gone; a failure only costs speed.

        Entries preloaded but not asked for are of files this load did not
        read: another annotator's, or a file deleted or renamed since. The
        deleted ones are removed, so the cache does not keep every article a
        project ever had.
        """
        gone = [(path,) for path in self._entries if not os.path.exists(path)]
        self._entries.clear()
        if not self._new and not gone:
            return
        db = self._db()
        if db is not None:
            try:
                with db:
                    db.executemany(
                        "INSERT OR REPLACE INTO parsed (path, stamp, payload) VALUES (?, ?, ?)",
                        [(path, stamp, payload) for path, (stamp, payload) in self._new.items()],
                    )
                    db.executemany("DELETE FROM parsed WHERE path = ?", gone)
            except sqlite3.Error:
                pass
            finally:
                db.close()
        self._new.clear()


def _article_to_data(article: Article) -> dict[str, Any]:
    return {
        "meta": article.meta.as_dict(),
        "paragraphs": [[p.kind, p.text] for p in article.paragraphs],
        "warnings": list(article.warnings),
        "bold": sorted(article.bold),
    }


def _article_from_data(article_id: str, path: Path, data: Mapping[str, Any]) -> Article:
    meta = ArticleMeta(**{k: str(v) for k, v in data["meta"].items()})
    paragraphs = tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(data["paragraphs"]))
    return Article(article_id, meta, paragraphs, path, tuple(data.get("warnings", ())),
                   frozenset(data.get("bold", ())))


# ---------------------------------------------------------------- documents


def _rebuild_text(spans: Sequence[tuple[int, int, str]]) -> str:
    """Paragraph text from its claims alone; characters no claim covers become spaces."""
    length = max((end for _, end, _ in spans), default=0)
    chars = [" "] * length
    for start, end, text in spans:
        chars[start:end] = text
    return "".join(chars)


def _stored_texts(data: Mapping[str, Any]) -> dict[tuple[int, int, int], str]:
    texts: dict[tuple[int, int, int], str] = {}
    for entry in data.get("paragraphs") or []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("index"), int):
            continue
        for raw in entry.get("claims") or []:
            if isinstance(raw, Mapping) and isinstance(raw.get("text"), str):
                key = (entry["index"], raw.get("start"), raw.get("end"))
                if all(isinstance(v, int) for v in key):
                    texts[key] = raw["text"]  # type: ignore[index]
    return texts


def build_document(data: Any, article: Article | None, path: Path, annotator: str,
                   shared: Shared | None = None) -> Document:
    """Join one parsed annotation file with its article (or without, when it is missing)."""
    share = shared if shared is not None else Shared()
    problems: list[LoadProblem] = []
    doc: AnnotationDoc = doc_from_data(data, article, path, annotator, problems)
    messages = [str(p) for p in problems]
    article_id = path.stem  # the file's name is what the annotation screen opens it by
    if doc.article_id != article_id:
        messages.append(f"{path}: says it is about article {doc.article_id!r}; taken as {article_id!r}")
    unplaced = sum(1 for u in doc.unplaced if u.get("label") is not None)
    records: list[Record] = []
    if article is not None:
        meta = article.meta
        for paragraph in article.paragraphs:
            index = paragraph.index
            stored = doc.paragraphs.get(index)
            state = stored.state if stored else None
            boilerplate = is_boilerplate(paragraph, state)
            if state is None and not boilerplate:
                continue
            text = paragraph.text
            spans = tuple(
                Span(c.start, c.end, share.text(c.label), text[c.start : c.end], share.attributes(c.attributes),
                     c.note, share.text(c.labelled_at))
                for c in (state.claims if state is not None and state.touched else ())
            )
            records.append(Record(article_id, index, annotator, text, spans, meta, paragraph.kind,
                                  boilerplate, "corpus"))
        annotatable: int | None = sum(
            1 for p in article.paragraphs if is_annotatable(p, doc.state(p.index))
        )
        paragraphs = article.paragraphs
    else:
        meta = ArticleMeta()
        stored_texts = _stored_texts(data)
        for index in sorted(doc.paragraphs):
            state = doc.paragraphs[index].state
            placed: list[tuple[int, int, str]] = []
            claims = []
            for claim in state.claims if state.touched else ():
                known = stored_texts.get((index, claim.start, claim.end))
                if known is None or len(known) != claim.end - claim.start:
                    messages.append(f"{path}: paragraph {index}: claim [{claim.start}, {claim.end}) has no "
                                    "matching stored text and the article is not in the corpus; left out")
                    continue
                placed.append((claim.start, claim.end, known))
                claims.append(claim)
            text = _rebuild_text(placed)
            spans = tuple(
                Span(c.start, c.end, share.text(c.label), t, share.attributes(c.attributes), c.note,
                     share.text(c.labelled_at))
                for c, (_, _, t) in zip(claims, placed, strict=True)
            )
            records.append(Record(article_id, index, annotator, text, spans, meta, "content",
                                  state.boilerplate is True, "annotations"))
        annotatable = None
        paragraphs = ()
    return Document(article_id, annotator, path, meta, doc.updated, article is not None, paragraphs,
                    tuple(records), annotatable, unplaced, tuple(messages))


def select(records: Sequence[Record], include_boilerplate: bool, include_unlabelled: bool) -> list[Record]:
    """The records an export includes: labelled claims of article text unless asked for more."""
    chosen: list[Record] = []
    for record in records:
        if record.boilerplate and not include_boilerplate:
            continue
        spans = record.spans
        if not include_unlabelled and any(s.label is None for s in spans):
            spans = tuple(s for s in spans if s.label is not None)
        if not spans and not record.boilerplate:
            continue
        chosen.append(record if spans is record.spans else record._replace(spans=spans))
    return chosen


# ---------------------------------------------------------------- loading


def resolve_annotators(project: Project, names: Sequence[str] | None) -> tuple[str, ...]:
    """The annotators asked for, each checked to have annotation files."""
    known = annotators(project.annotations_dir)
    if names is None:
        return tuple(known)
    for name in names:
        if name not in known:
            have = ", ".join(known) if known else "none yet"
            raise DatasetError(f"no annotations by {name!r} in {project.annotations_dir} (annotators: {have})")
    return tuple(sorted(set(names)))


def _document_to_data(document: Document, article_stamp: str | None,
                      shared: dict[Any, Any] | None = None) -> dict[str, Any]:
    """A built document as plain data: the cache's form (JSON) and what workers send (pickle).

    Paragraph text only where the corpus cannot give it, no attributes as
    None. ``shared`` makes equal labels, times and attribute sets one object,
    which pickle writes once: a worker's answer is then a third of the size
    and five times faster to read back.
    """
    share = shared if shared is not None else {}
    records = []
    for r in document.records:
        spans = []
        for s in r.spans:
            attributes = None
            if s.attributes:
                items = tuple(s.attributes.items())
                attributes = share.get(items)
                if attributes is None:
                    attributes = share[items] = dict(items)
            spans.append([s.start, s.end, share.setdefault(s.label, s.label), attributes, s.note,
                          share.setdefault(s.labelled, s.labelled)])
        records.append([r.paragraph, r.kind, r.boilerplate, r.text if r.text_source == "annotations" else None,
                        spans])
    return {"article": article_stamp, "updated": document.updated, "annotatable": document.annotatable,
            "unplaced": document.unplaced, "problems": list(document.problems), "records": records}


def _document_from_data(data: Mapping[str, Any], article: Article | None, path: Path, annotator: str,
                        shared: Shared) -> Document:
    article_id = path.stem
    meta = article.meta if article is not None else ArticleMeta()
    paragraphs = article.paragraphs if article is not None else ()
    records = []
    for index, kind, boilerplate, stored_text, raw_spans in data["records"]:
        source: TextSource = "corpus"
        if stored_text is None:
            text = paragraphs[index].text
        else:
            text, source = stored_text, "annotations"
        spans = tuple(Span(start, end, shared.text(label), text[start:end], shared.attributes(attributes), note,
                           shared.text(labelled))
                      for start, end, label, attributes, note, labelled in raw_spans)
        records.append(Record(article_id, index, annotator, text, spans, meta, kind, boilerplate, source))
    return Document(article_id, annotator, path, meta, data["updated"], article is not None, paragraphs,
                    tuple(records), data["annotatable"], data["unplaced"], tuple(data["problems"]))


def load_dataset(
    project: Project,
    annotators: Sequence[str] | None = None,
    *,
    include_boilerplate: bool = False,
    include_unlabelled: bool = False,
    cache: ParseCache | None = None,
) -> Dataset:
    """Every annotation file of ``annotators`` (None: all of them), joined with the corpus.

    Unreadable files and claims that no longer fit their article are left
    out and listed in ``problems``, never silently.
    """
    names = resolve_annotators(project, annotators)
    cache = cache if cache is not None else ParseCache(default_cache_dir())
    with paused_gc():
        return _load(project, names, include_boilerplate, include_unlabelled, cache)


def _load(project: Project, names: tuple[str, ...], include_boilerplate: bool, include_unlabelled: bool,
          cache: ParseCache) -> Dataset:
    cache.preload(project.root)
    loader = _Loader(Corpus(project.corpus_dir), cache)
    files: list[tuple[str, Path]] = []
    for name in names:
        listed = list(annotation_files(project.annotations_dir, name))
        files.extend(listed)
        stems = {path.stem for _, path in listed}
        for article_id, entries in journal_entries(project.annotations_dir / name).items():
            path = project.annotations_dir / name / f"{article_id}.yaml"
            loader.journaled[path] = entries
            if article_id not in stems:
                files.append((name, path))
    documents, problems = loader.documents(files)
    cache.flush()
    documents.sort(key=lambda d: (d.article, d.annotator))
    for document in documents:
        problems.extend(document.problems)
    records: list[Record] = []
    for document in documents:
        records.extend(select(document.records, include_boilerplate, include_unlabelled))
    return Dataset(tuple(documents), tuple(records), names, tuple(problems), include_boilerplate,
                   include_unlabelled)


PARALLEL_MIN = 200  # files to parse before it pays to start worker processes
BATCH_FILES = 32  # files per batch: ~20 ms of work, a few kB to send back
QUEUED_BATCHES = 4  # per worker: a worker still has work while this process parses a batch on a busy machine


def _workers() -> int:
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    return min(count, 8)


def _can_fork() -> bool:
    """Worker processes only by fork, only on Linux, only from a single-threaded process.

    fork does not re-run the caller's script (spawn and forkserver import
    ``__main__`` again, which re-executes unguarded scripts), and with one
    thread no lock can be held by a thread that does not exist in the child.
    A TUI (threads) parses in-process instead.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


def journal_entries(directory: Path) -> dict[str, list[dict[str, Any]]]:
    """Actions an open (or crashed) workbench made durable in its journal but not yet in the YAML."""
    try:
        grouped = pending_by_article(directory / JOURNAL_NAME)
    except OSError:
        return {}
    return {article_id: entries for article_id, entries in grouped.items() if _plain_name(article_id)}


def _plain_name(name: str) -> bool:
    """Journal article ids become file names: only the ones the store itself would write."""
    try:
        check_name(name, "article id")
    except ValueError:
        return False
    return True


def _read_article(path: Path) -> tuple[Article | None, str | None]:
    """The parsed article, or the problem that keeps it out."""
    try:
        return load_article(path), None
    except CorpusError as exc:
        return None, f"{exc}; labels kept from the annotation file"


def _read_document(annotator: str, path: Path, article: Article | None, shared: Shared,
                   journaled: list[dict[str, Any]] | None = None) -> tuple[Document | None, str | None]:
    """One annotation file (with its journal entries applied) joined with its article, or why it is left out."""
    try:
        if journaled is not None:
            stored = load_file(path) if path.is_file() else None
            data = apply_entries(stored if isinstance(stored, dict) else None, path.stem, annotator, journaled)
        else:
            data = load_file(path)
        return build_document(data, article, path, annotator, shared), None
    except (YamlError, OSError) as exc:
        return None, f"{path}: {exc}; file left out"
    except StoreError as exc:
        return None, f"{exc}; file left out"


Job = tuple[int, str, Path, str | None]  # position in the file list, annotator, file, its cache stamp
Slot = tuple[Document | None, str | None]  # a file's document (None: left out) and why it was left out


class _Loader:
    """Documents from the cache where it is fresh, parsed (in parallel when many) where not.

    Every file's result goes to its position in the file list and an
    article's problem to its first file, so the dataset and the order of its
    problems do not depend on which process parsed what. Files with journal
    entries are read with the entries applied (what the file will hold once
    the workbench writes it), and never cached. Files are stat'ed only when
    a cache can use the stamp.
    """

    def __init__(self, corpus: Corpus, cache: ParseCache) -> None:
        self.corpus = corpus
        self.cache = cache
        self.journaled: dict[Path, list[dict[str, Any]]] = {}
        self.shared = Shared()
        self.article_problems: dict[str, str] = {}
        self._articles: dict[str, tuple[Article | None, str | None]] = {}
        self._stamps: dict[str, str | None] = {}

    def article_stamp(self, article_id: str) -> str | None:
        if not self.cache.enabled or article_id not in self.corpus:
            return None
        if article_id not in self._stamps:
            self._stamps[article_id] = _stamp(self.corpus.path(article_id))
        return self._stamps[article_id]

    def article(self, article_id: str) -> tuple[Article | None, str | None]:
        """The corpus article and its stamp; (None, None) when it is missing or unreadable."""
        if article_id in self._articles:
            return self._articles[article_id]
        article: Article | None = None
        stamp = self.article_stamp(article_id)
        if article_id in self.corpus:
            path = self.corpus.path(article_id)
            data = self.cache.get(path, stamp) if stamp else None
            if data is not None:
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    article = _article_from_data(article_id, path, data)
            if article is None:
                article, problem = _read_article(path)
                if problem:
                    self.article_problems[article_id] = problem
                elif article is not None and stamp:
                    self.cache.put(path, stamp, _article_to_data(article))
        self._articles[article_id] = (article, stamp) if article is not None else (None, None)
        return self._articles[article_id]

    def documents(self, files: Sequence[tuple[str, Path]]) -> tuple[list[Document], list[str]]:
        """The files' documents, and the problems met, in the order of ``files``."""
        slots: list[Slot | None] = [None] * len(files)
        pending: list[Job] = []
        for position, (annotator, path) in enumerate(files):
            if path in self.journaled:  # read here: workers are not sent journal entries
                slots[position] = self._parse(annotator, path, None)
                continue
            stamp = _stamp(path) if self.cache.enabled else None
            slots[position] = self._cached(annotator, path, stamp) if stamp else None
            if slots[position] is None:
                pending.append((position, annotator, path, stamp))
        if len(pending) >= PARALLEL_MIN and _can_fork() and _workers() > 1:
            with contextlib.suppress(OSError, RuntimeError, BrokenProcessPool):
                self._parse_in_parallel(pending, slots)
        for position, annotator, path, stamp in pending:
            if slots[position] is None:  # serial, or what a failed pool left
                slots[position] = self._parse(annotator, path, stamp)
        documents: list[Document] = []
        problems: list[str] = []
        seen: set[str] = set()
        for (_, path), slot in zip(files, slots, strict=True):
            assert slot is not None
            if path.stem not in seen:
                seen.add(path.stem)
                if path.stem in self.article_problems:
                    problems.append(self.article_problems[path.stem])
            document, problem = slot
            if document is not None:
                documents.append(document)
            if problem:
                problems.append(problem)
        return documents, problems

    def _cached(self, annotator: str, path: Path, stamp: str) -> Slot | None:
        cached = self.cache.get(path, stamp)
        if not isinstance(cached, Mapping) or cached.get("article") != self.article_stamp(path.stem):
            return None
        article, _ = self.article(path.stem)
        try:
            return _document_from_data(cached, article, path, annotator, self.shared), None
        except (KeyError, IndexError, TypeError, ValueError):
            return None

    def _parse(self, annotator: str, path: Path, stamp: str | None) -> Slot:
        article, article_stamp = self.article(path.stem)
        document, problem = _read_document(annotator, path, article, self.shared, self.journaled.get(path))
        if document is not None and stamp:
            self.cache.put(path, stamp, _document_to_data(document, article_stamp))
        return document, problem

    def _parse_in_parallel(self, pending: Sequence[Job], slots: list[Slot | None]) -> None:
        """Parse in worker processes and in this one at once; workers send plain data, rebuilt here.

        Batches hold whole articles (each is parsed once). Workers take
        batches from the front, this process from the back, between
        rebuilding what the workers sent, until they meet: on an idle machine
        no core waits while there is work (when another program holds a core,
        this can be slower than one process). Half the files are then never
        pickled at all (with two cores).
        """
        by_article: dict[str, list[Job]] = {}
        for job in pending:
            by_article.setdefault(job[2].stem, []).append(job)
        batches: list[list[Job]] = [[]]
        for jobs in by_article.values():
            if len(batches[-1]) >= BATCH_FILES:
                batches.append([])
            batches[-1].extend(jobs)
        workers = _workers() - 1
        front, back = 0, len(batches)
        sent: dict[Future[WorkerResult], list[Job]] = {}
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            while front < back or sent:
                while front < back and len(sent) < QUEUED_BATCHES * workers:
                    sent[pool.submit(_parse_batch, [self._worker_job(job) for job in batches[front]])] = batches[front]
                    front += 1
                if front < back:
                    back -= 1
                    for position, annotator, path, stamp in batches[back]:
                        slots[position] = self._parse(annotator, path, stamp)
                else:
                    wait(sent, return_when=FIRST_COMPLETED)
                for future in [f for f in sent if f.done()]:
                    self._adopt(sent.pop(future), future.result(), slots)

    def _worker_job(self, job: Job) -> WorkerJob:
        """What a worker needs: the article's file unless it is missing or known to be unreadable."""
        position, annotator, path, _ = job
        article_id = path.stem
        known = self._articles.get(article_id)
        source = None
        if article_id in self.corpus and (known is None or known[0] is not None):
            source = str(self.corpus.path(article_id))
            self.article_stamp(article_id)  # before the worker reads it: an edit meanwhile must not be cached as new
        return position, annotator, str(path), source

    def _adopt(self, batch: Sequence[Job], results: WorkerResult, slots: list[Slot | None]) -> None:
        """Rebuild a worker's documents, each with the article the worker built it with."""
        jobs = {job[0]: job for job in batch}
        used: dict[str, tuple[Article | None, str | None]] = {}
        for position, doc_data, article_data, article_problem, problem in results:
            _, annotator, path, stamp = jobs[position]
            article_id = path.stem
            if article_data is not None or article_problem is not None:
                article_stamp = self.article_stamp(article_id)
                source = self.corpus.path(article_id)
                article = _article_from_data(article_id, source, article_data) if article_data is not None else None
                used[article_id] = (article, article_stamp) if article is not None else (None, None)
                if article_id not in self._articles:
                    self._articles[article_id] = used[article_id]
                    if article_problem is not None:
                        self.article_problems[article_id] = article_problem
                    elif article_stamp:
                        self.cache.put(source, article_stamp, article_data)
            if doc_data is None:
                slots[position] = (None, problem)
                continue
            article, article_stamp = used.get(article_id) or self._articles.get(article_id) or (None, None)
            doc_data["article"] = article_stamp
            slots[position] = (_document_from_data(doc_data, article, path, annotator, self.shared), None)
            if stamp:
                self.cache.put(path, stamp, doc_data)


WorkerJob = tuple[int, str, str, str | None]  # position, annotator, file, article file (None: without)
WorkerResult = list[tuple[int, dict[str, Any] | None, dict[str, Any] | None, str | None, str | None]]


def _parse_batch(jobs: Sequence[WorkerJob]) -> WorkerResult:
    """Worker: annotation files and their articles as plain data (document, article, problems).

    An article's data and problem come with its first file only.
    """
    results: WorkerResult = []
    articles: dict[str, Article | None] = {}
    shared, plain = Shared(), dict[Any, Any]()
    for position, annotator, raw_path, source in jobs:
        article_data = article_problem = None
        if source is not None and source not in articles:
            parsed, article_problem = _read_article(Path(source))
            articles[source] = parsed
            if parsed is not None:
                article_data = _article_to_data(parsed)
        article = articles[source] if source is not None else None
        path = Path(raw_path)
        document, problem = _read_document(annotator, path, article, shared)
        doc_data = _document_to_data(document, None, plain) if document is not None else None
        results.append((position, doc_data, article_data, article_problem, problem))
    return results
