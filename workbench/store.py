"""The annotation store: one YAML file per annotator and article, written atomically.

``annotations/<annotator>/<article-id>.yaml`` holds every paragraph the
annotator touched: its hash, its claims (offsets, label, attributes, note,
when labelled, and the claim text itself, so the file is a dataset on its
own). Files are written deterministically (clean diffs), atomically (temp
file, fsync, rename, fsync of the folder) and only after proving they load
back to the same data. Claims whose text moved are re-anchored on load;
claims that cannot be placed are kept in ``unplaced`` and reported, never
dropped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench.model import Article, Claim, ParagraphState, frozen_attributes, sha256_text
from workbench.textclean import strip_unsafe
from workbench.yamlio import YamlError, dumps_checked, load_file

FORMAT = "workbench-annotations/1"
CLAIM_FIELDS = ("start", "end", "label", "note", "labelled", "text")
_CLAIM_FIELD_SET = frozenset(CLAIM_FIELDS)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_TEMP_PREFIX = ".tmp-"


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_name(name: str, what: str) -> str:
    """Annotator names and article ids become path components: keep them plain."""
    if not _NAME.match(name) or name in (".", ".."):
        raise ValueError(
            f"invalid {what} {name!r}: use letters, digits, '.', '_' or '-' (at most 64, not starting with '.')"
        )
    return name


class StoreError(Exception):
    """A save or load that failed; the message names the file and the reason.

    ``path`` and ``line`` locate the problem where known (for `validate`).
    """

    def __init__(self, message: str, path: Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class StoreLocked(StoreError):
    """Another live process is writing this annotator's labels."""


@dataclass(slots=True)
class ParagraphRecord:
    """A paragraph's state together with the text its offsets index."""

    text: str
    state: ParagraphState


@dataclass
class AnnotationDoc:
    article_id: str
    annotator: str
    text_sha256: str = ""
    paragraphs: dict[int, ParagraphRecord] = field(default_factory=dict)
    unplaced: list[dict[str, Any]] = field(default_factory=list)
    updated: str = ""
    # Paragraphs whose claims are, one for one and in order, the claims their entry in the file
    # holds (nothing re-anchored, dropped or re-sorted on load): the journal can write a change to
    # one of them as a splice of the file's list instead of the whole paragraph.
    as_stored: set[int] = field(default_factory=set, compare=False, repr=False)
    # Some entry of the file now belongs to another paragraph (the article was re-imported with
    # paragraphs added or removed): the file's indices are not the article's, so a journal line,
    # which names a paragraph by its index now, cannot be replayed onto it until it is rewritten.
    relocated: bool = field(default=False, compare=False, repr=False)

    def state(self, index: int) -> ParagraphState | None:
        record = self.paragraphs.get(index)
        return record.state if record else None

    @property
    def labelled_claims(self) -> int:
        return sum(r.state.labelled for r in self.paragraphs.values())


@dataclass(frozen=True, slots=True)
class LoadProblem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# ---------------------------------------------------------------- serialising


def claim_to_data(claim: Claim, paragraph_text: str) -> dict[str, Any]:
    data: dict[str, Any] = {"start": claim.start, "end": claim.end, "label": claim.label}
    for key, value in claim.attributes.items():
        data[key] = value
    if claim.note:
        data["note"] = claim.note
    if claim.labelled_at:
        data["labelled"] = claim.labelled_at
    data["text"] = paragraph_text[claim.start : claim.end]
    return data


def paragraph_fields(index: int, record: ParagraphRecord) -> dict[str, Any]:
    """A paragraph's file entry without its claims."""
    state = record.state
    entry: dict[str, Any] = {"index": index, "sha256": sha256_text(record.text)}
    entry["status"] = "done" if state.done else ("boilerplate" if state.boilerplate else "open")
    if state.boilerplate is not None:
        entry["boilerplate"] = state.boilerplate
    return entry


def doc_to_data(doc: AnnotationDoc) -> dict[str, Any]:
    paragraphs = []
    for index in sorted(doc.paragraphs):
        record = doc.paragraphs[index]
        state = record.state
        if not state.touched and state.boilerplate is None:
            continue
        entry = paragraph_fields(index, record)
        if state.touched:
            entry["claims"] = [claim_to_data(c, record.text) for c in state.claims]
        paragraphs.append(entry)
    data: dict[str, Any] = {
        "format": FORMAT,
        "article": doc.article_id,
        "annotator": doc.annotator,
        "text_sha256": doc.text_sha256,
        "updated": doc.updated,
        "paragraphs": paragraphs,
    }
    if doc.unplaced:
        data["unplaced"] = doc.unplaced
    return data


def claim_from_data(raw: Mapping[str, Any]) -> Claim:
    """A claim from its file form; raises ValueError for a malformed entry."""
    start, end = raw.get("start"), raw.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise ValueError("claim start and end must be whole numbers")
    label = raw.get("label")
    if label is not None and not isinstance(label, str):
        raise ValueError(f"claim label must be text, got {label!r}")
    # Values are shown on screen: escape sequences and control characters a
    # hand-edited or hostile file may hold are removed, like in article text.
    attributes: dict[str, str] = {}
    if not raw.keys() <= _CLAIM_FIELD_SET:  # most claims (facts, framing without a device) have no others
        attributes = {
            str(k): strip_unsafe(str(v))
            for k, v in raw.items()
            if k not in _CLAIM_FIELD_SET and v is not None and not isinstance(v, list | dict)
        }
    note = raw.get("note")
    labelled = raw.get("labelled")
    return Claim(start, end, label, frozen_attributes(attributes), strip_unsafe(str(note)) if note else "",
                 str(labelled) if labelled is not None else None)


# ---------------------------------------------------------------- re-anchoring


def _find_all(text: str, needle: str) -> list[int]:
    positions: list[int] = []
    at = text.find(needle)
    while at != -1 and len(positions) < 50:
        positions.append(at)
        at = text.find(needle, at + 1)
    return positions


def _anchor(claim: Claim, stored_text: str, text: str) -> Claim | None:
    """Place a claim in ``text`` by its stored text, nearest its old offset."""
    if not stored_text:
        return claim if claim.end <= len(text) else None
    if text[claim.start : claim.end] == stored_text:
        return claim
    positions = _find_all(text, stored_text)
    if not positions:
        return None
    best = min(positions, key=lambda p: abs(p - claim.start))
    return claim.with_span(best, best + len(stored_text))


def doc_from_data(data: Any, article: Article | None, path: Path, annotator: str,
                  problems: list[LoadProblem]) -> AnnotationDoc:
    """Rebuild a document against the article as it is now, re-anchoring what moved.

    Nothing in the file is lost: an entry or claim that cannot be read or
    placed goes to ``unplaced`` (written back on the next save) and is
    reported.
    """
    if not isinstance(data, Mapping):
        raise StoreError(f"{path}: not an annotation file (expected a mapping)", path)
    if data.get("format") != FORMAT:
        raise StoreError(f"{path}: unknown format {data.get('format')!r} (expected {FORMAT!r})", path)
    article_id = str(data.get("article") or path.stem)
    doc = AnnotationDoc(article_id, annotator, str(data.get("text_sha256") or ""),
                        updated=str(data.get("updated") or ""))
    raw_unplaced = data.get("unplaced") or []
    if isinstance(raw_unplaced, list):
        doc.unplaced = [dict(u) if isinstance(u, Mapping) else {"value": u} for u in raw_unplaced]
    else:
        doc.unplaced = [{"value": raw_unplaced, "reason": "'unplaced' was not a list"}]
    raw_paragraphs = data.get("paragraphs") or []
    if not isinstance(raw_paragraphs, list):
        raise StoreError(f"{path}: 'paragraphs' must be a list", path)

    entries: list[tuple[int, Mapping[str, Any]]] = []
    for entry in raw_paragraphs:
        index = entry.get("index") if isinstance(entry, Mapping) else None
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            kept = dict(entry) if isinstance(entry, Mapping) else {"value": entry}
            doc.unplaced.append({**kept, "reason": "paragraph entry without a valid index"})
            problems.append(LoadProblem(path, "a paragraph entry without a valid index is kept as unplaced"))
            continue
        entries.append((index, entry))
    if article is None:
        for index, entry in entries:
            claims = _read_claims(entry, index, doc, path, problems)
            _add_record(doc, index, "", [c for c, _ in claims], entry, path, problems)
        return doc

    texts = [p.text for p in article.paragraphs]
    for (index, entry), target in zip(entries, _place_entries(entries, texts), strict=True):
        claims = _read_claims(entry, index, doc, path, problems)
        placed: list[Claim] = []
        moved = False
        for claim, stored_text in claims:
            anchored = _anchor(claim, stored_text, texts[target]) if target is not None else None
            moved = moved or anchored is not claim
            if anchored is None:
                doc.unplaced.append({"paragraph": index, **claim_to_data(claim, ""), "text": stored_text,
                                     "reason": "text no longer found in the article"})
                if claim.label is not None:
                    problems.append(LoadProblem(path, f"paragraph {index}: labelled claim {stored_text[:60]!r} "
                                                      "no longer matches the article; kept as unplaced"))
                continue
            placed.append(anchored)
        doc.relocated = doc.relocated or target != index
        if target is not None:
            kept_all = _add_record(doc, target, texts[target], placed, entry, path, problems)
            raw_claims = entry.get("claims")
            if (target == index and kept_all and not moved and isinstance(raw_claims, list)
                    and len(raw_claims) == len(placed)):
                doc.as_stored.add(index)
    doc.text_sha256 = article.text_sha256
    return doc


def _place_entries(entries: list[tuple[int, Mapping[str, Any]]], texts: list[str]) -> list[int | None]:
    """Which paragraph each entry belongs to now (None: nowhere).

    First by hash (unchanged paragraphs, wherever they moved, nearest the old
    position), then edited paragraphs by the text of their claims, nearest
    their old position among paragraphs no other entry took.
    """
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        positions.setdefault(sha256_text(text), []).append(i)
    targets: list[int | None] = [None] * len(entries)
    taken: set[int] = set()
    for n, (index, entry) in enumerate(entries):
        free = [i for i in positions.get(str(entry.get("sha256") or ""), []) if i not in taken]
        if free:
            targets[n] = min(free, key=lambda i: abs(i - index))
            taken.add(targets[n])  # type: ignore[arg-type]
    for n, (index, entry) in enumerate(entries):
        if targets[n] is not None:
            continue
        needles = [str(c.get("text") or "") for c in entry.get("claims") or [] if isinstance(c, Mapping)]
        needles = [t for t in needles if t]
        candidates = [i for i, text in enumerate(texts) if i not in taken and any(t in text for t in needles)]
        if not candidates and not needles and 0 <= index < len(texts) and index not in taken:
            candidates = [index]
        if candidates:
            targets[n] = min(candidates, key=lambda i: abs(i - index))
            taken.add(targets[n])  # type: ignore[arg-type]
    return targets


def _read_claims(entry: Mapping[str, Any], index: int, doc: AnnotationDoc, path: Path,
                 problems: list[LoadProblem]) -> list[tuple[Claim, str]]:
    """The entry's claims with their stored text; unreadable ones go to ``unplaced``."""
    result: list[tuple[Claim, str]] = []
    raw_claims = entry.get("claims")
    if raw_claims is not None and not isinstance(raw_claims, list):
        doc.unplaced.append({"paragraph": index, "value": raw_claims, "reason": "'claims' was not a list"})
        problems.append(LoadProblem(path, f"paragraph {index}: 'claims' is not a list; kept as unplaced"))
        return result
    for raw in raw_claims or []:
        if not isinstance(raw, Mapping):
            doc.unplaced.append({"paragraph": index, "value": raw, "reason": "not a claim mapping"})
            problems.append(LoadProblem(path, f"paragraph {index}: a claim that is not a mapping is kept as unplaced"))
            continue
        try:
            claim = claim_from_data(raw)
        except ValueError as exc:
            doc.unplaced.append({"paragraph": index, **{str(k): v for k, v in raw.items()}, "reason": str(exc)})
            problems.append(LoadProblem(path, f"paragraph {index}: {exc}; kept as unplaced"))
            continue
        result.append((claim, str(raw.get("text") or "")))
    return result


def _add_record(doc: AnnotationDoc, index: int, text: str, claims: list[Claim], entry: Mapping[str, Any],
                path: Path, problems: list[LoadProblem]) -> bool:
    """Store the paragraph's claims sorted; one that overlaps another goes to ``unplaced``.

    True when the stored claims are ``claims`` as given: none dropped, none moved by the sort.
    """
    clean: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        if clean and claim.start < clean[-1].end:
            doc.unplaced.append({"paragraph": index, **claim_to_data(claim, text),
                                 "reason": "overlaps another claim after re-anchoring"})
            problems.append(LoadProblem(path, f"paragraph {index}: overlapping claim kept as unplaced"))
            continue
        clean.append(claim)
    boilerplate = entry.get("boilerplate")
    doc.paragraphs[index] = ParagraphRecord(
        text, ParagraphState(tuple(clean), boilerplate if isinstance(boilerplate, bool) else None,
                             isinstance(entry.get("claims"), list)),
    )
    return clean == claims  # compared by identity first: the common case costs no __eq__ call


# ---------------------------------------------------------------- files


def atomic_write(path: Path, text: str) -> None:
    """Write so that a crash leaves the old file or the new one, never a mix."""
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    temp = directory / f"{_TEMP_PREFIX}{path.name}.{os.getpid()}"
    data = text.encode("utf-8")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(directory)


def fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sweep_temp_files(directory: Path) -> list[Path]:
    """Remove temp files a killed writer left behind (only call while holding the lock)."""
    removed = []
    if directory.is_dir():
        for temp in directory.glob(f"{_TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed.append(temp)
    return removed


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is not writable"
    return exc.strerror or str(exc)


class AnnotationStore:
    """One annotator's annotation files in a project."""

    def __init__(self, annotations_dir: Path, annotator: str) -> None:
        self.annotator = check_name(annotator, "annotator name")
        self.root = annotations_dir
        self.directory = annotations_dir / annotator
        self._lock_fd: int | None = None

    def path(self, article_id: str) -> Path:
        return self.directory / f"{article_id}.yaml"

    # -- locking

    def lock(self) -> None:
        """Take this annotator's lock; an OS lock, so it dies with the process."""
        import fcntl

        lock_path = self.directory / ".lock"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{lock_path}: cannot take the annotator's lock: {describe_os_error(exc)}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = ""
            with contextlib.suppress(OSError, ValueError):
                holder = os.pread(fd, 64, 0).decode().strip()
            os.close(fd)
            who = f" (process {holder})" if holder else ""
            raise StoreLocked(
                f"annotator {self.annotator!r} is already working on this project{who}: "
                f"{lock_path} is locked. Close that workbench first, or choose another --annotator."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._lock_fd = fd
        sweep_temp_files(self.directory)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():  # the lock, journal and indexes are this machine's, not the team's
            with contextlib.suppress(OSError):
                atomic_write(ignore, ".lock\n.journal.jsonl\n.complete.json\n.tmp-*\n")

    def unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    @property
    def locked(self) -> bool:
        return self._lock_fd is not None

    # -- reading and writing

    def exists(self, article_id: str) -> bool:
        return self.path(article_id).is_file()

    def load(self, article: Article) -> tuple[AnnotationDoc, list[LoadProblem]]:
        """The annotator's document for ``article``, re-anchored; empty when none exists."""
        path = self.path(article.id)
        problems: list[LoadProblem] = []
        if not path.is_file():
            return AnnotationDoc(article.id, self.annotator, article.text_sha256), problems
        try:
            data = load_file(path)
        except YamlError as exc:
            where = f"{path}:{exc.line}" if exc.line else str(path)
            raise StoreError(f"{where}: {exc.message}", path, exc.line) from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot read: {describe_os_error(exc)}", path) from None
        doc = doc_from_data(data, article, path, self.annotator, problems)
        return doc, problems

    def save(self, doc: AnnotationDoc) -> Path:
        """Write the document atomically; raise StoreError and leave the old file intact on failure."""
        doc.updated = utc_now()
        path = self.path(doc.article_id)
        unsafe = _unsafe_value(doc)
        if unsafe is not None:
            raise StoreError(f"{path}: {unsafe} holds control characters or escape sequences; not saved", path)
        try:
            text = dumps_checked(doc_to_data(doc))
        except YamlError as exc:
            raise StoreError(f"{path}: {exc}") from None
        try:
            atomic_write(path, text)
        except OSError as exc:
            raise StoreError(f"{path}: could not save: {describe_os_error(exc)}") from None
        return path


def _unsafe_value(doc: AnnotationDoc) -> str | None:
    """Where a note or attribute value holds what loading would strip (so a save is never lossy)."""
    for index, record in sorted(doc.paragraphs.items()):
        for claim in record.state.claims:
            if strip_unsafe(claim.note) != claim.note:
                return f"paragraph {index}: the note of claim [{claim.start}, {claim.end})"
            for name, value in claim.attributes.items():
                if strip_unsafe(value) != value:
                    return f"paragraph {index}: {name!r} of claim [{claim.start}, {claim.end})"
    return None


def annotators(annotations_dir: Path) -> list[str]:
    if not annotations_dir.is_dir():
        return []
    return sorted(p.name for p in annotations_dir.iterdir() if p.is_dir() and _NAME.match(p.name))


def annotation_files(annotations_dir: Path, annotator: str | None = None) -> Iterator[tuple[str, Path]]:
    """(annotator, file) for every annotation file, in a stable order."""
    for name in [annotator] if annotator else annotators(annotations_dir):
        directory = annotations_dir / name
        if directory.is_dir():
            for path in sorted(directory.glob("*.yaml")):
                if not path.name.startswith("."):
                    yield name, path
